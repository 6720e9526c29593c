"""An OpenAI-compatible chat endpoint, so chat tools built for OpenAI can ask Byline.

``POST /v1/chat/completions`` takes the last user message as the question and
the earlier user/assistant turns as its history. The reply text carries the
answer's ``[n]`` markers followed by a sources list; the citations also come as
a structured ``citations`` field (on the response, or on the last chunk when
streaming). ``filters`` may be sent as an extra body field. The model name is
ignored: there is one model, ``byline``.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from byline.errors import QuestionError, UserFacingError
from byline.settings import Settings
from rag import Answer, engine_for
from ui.models import CitationOut, FiltersIn, to_filters

MODEL = "byline"


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        """The message's text (text parts joined when the content is a list of parts)."""
        if isinstance(self.content, list):
            return "\n".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")
        return self.content or ""


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow")  # temperature, max_tokens, … are accepted and ignored

    model: str = MODEL
    messages: list[Message] = Field(min_length=1)
    stream: bool = False
    filters: FiltersIn | None = None


class ModelOut(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "byline"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelOut]


def conversation(messages: list[Message]) -> tuple[str, list[tuple[str, str]]]:
    """The last user message, and the earlier (user, assistant) turns as history."""
    last = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
    if last < 0:
        raise QuestionError("messages must include a user message (the question).")
    history: list[tuple[str, str]] = []
    asked: str | None = None
    for m in messages[:last]:
        if m.role == "user":
            asked = m.text()
        elif m.role == "assistant" and asked is not None:
            history.append((asked, m.text()))
            asked = None
    return messages[last].text(), history


def sources_text(answer: Answer) -> str:
    """The sources list appended to the reply: one line per ``[n]``."""
    if not answer.citations:
        return ""
    lines = []
    for c in answer.citations:
        label = " — ".join(x for x in (c.title or c.source, c.publisher, c.date) if x)
        lines.append(f"[{c.n}] {label}" + (f" <{c.url}>" if c.url else ""))
    return "\n\nSources:\n" + "\n".join(lines)


def _citations(answer: Answer) -> list[dict[str, Any]]:
    return [CitationOut.of(c).model_dump() for c in answer.citations]


def _chunk(cid: str, created: int, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
    body = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n".encode()


def _stream(cid: str, created: int, first: str | Answer, rest: Iterator[str | Answer]) -> Iterator[bytes]:
    """OpenAI's chunk stream: the role, the answer text in pieces, the sources and citations, ``[DONE]``."""
    yield _chunk(cid, created, {"role": "assistant", "content": ""})
    piece: str | Answer = first
    try:
        while not isinstance(piece, Answer):
            yield _chunk(cid, created, {"content": piece})
            piece = next(rest)
        yield _chunk(cid, created, {"content": sources_text(piece)}, "stop", citations=_citations(piece))
    except UserFacingError as exc:
        yield _chunk(cid, created, {"content": f"\n\n{exc}"}, "stop")
    yield b"data: [DONE]\n\n"


def build_router(settings: Settings) -> APIRouter:
    """``/v1/chat/completions`` and ``/v1/models`` over the index of ``settings``."""
    router = APIRouter(prefix="/v1", tags=["OpenAI-compatible"])

    @router.get("/models", response_model=ModelList)
    def models() -> ModelList:
        """The one model: Byline answering from the indexed articles."""
        return ModelList(data=[ModelOut(id=MODEL)])

    @router.post("/chat/completions", response_model=None)
    def chat_completions(body: ChatRequest) -> dict[str, Any] | StreamingResponse:
        """Answer the last user message from the articles, citing passages as `[n]`."""
        question, history = conversation(body.messages)
        engine, filters = engine_for(settings), to_filters(body.filters)
        cid, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        if body.stream:
            pieces = engine.stream(question, history, filters)
            first = next(pieces)  # a bad question fails here, as a plain JSON error
            return StreamingResponse(_stream(cid, created, first, pieces), media_type="text/event-stream")
        final = engine.answer(question, history, filters)
        return {
            "id": cid,
            "object": "chat.completion",
            "created": created,
            "model": MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": final.text + sources_text(final)},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            "citations": _citations(final),
            "refused": final.refused,
        }

    return router
