"""Answering: a question (and chat history) → hybrid retrieval → an answer citing passages.

    from rag import answer, retrieve
    reply = answer("Who is negotiating with Trump?")
    print(reply.text, [c.source for c in reply.citations])

Both functions read the index in ``BYLINE_HOME`` (default ``.byline``) unless
given a :class:`byline.settings.Settings`.
"""

from __future__ import annotations

import threading

from byline.errors import IndexMissingError, QuestionError, StoreUnavailableError
from byline.offline import go_offline
from byline.settings import Settings
from rag.engine import Engine
from rag.filters import Filters
from rag.followup import History
from rag.types import Answer, Citation, Passage

__all__ = [
    "Answer",
    "Citation",
    "Engine",
    "Filters",
    "IndexMissingError",
    "Passage",
    "QuestionError",
    "StoreUnavailableError",
    "answer",
    "close_engines",
    "engine_for",
    "retrieve",
]

_engines: dict[tuple[str, str | None, str], Engine] = {}
_lock = threading.Lock()


def engine_for(settings: Settings | None = None) -> Engine:
    """The process's engine for an index, created once (model session and BM25 stay warm)."""
    go_offline()
    settings = settings or Settings()
    key = (str(settings.home.resolve()), settings.chroma_url, settings.collection)
    with _lock:
        engine = _engines.get(key)
        if engine is None or engine.settings != settings:
            if engine is not None:
                engine.close()  # its answer processes, if any, would otherwise outlive it
            engine = _engines[key] = Engine(settings)
        return engine


def close_engines() -> None:
    """Stop every engine's answer processes (a server calls this as it shuts down)."""
    with _lock:
        for engine in _engines.values():
            engine.close()
        _engines.clear()


def answer(
    question: str,
    history: History | None = None,
    settings: Settings | None = None,
    filters: Filters | None = None,
) -> Answer:
    """Answer ``question`` from the indexed articles ``filters`` admits, citing passages as ``[n]``."""
    return engine_for(settings).answer(question, history, filters or Filters())


def retrieve(
    question: str, k: int = 10, settings: Settings | None = None, filters: Filters | None = None
) -> list[Passage]:
    """The ``k`` passages that best match ``question`` among those ``filters`` admits, best first."""
    return engine_for(settings).retrieve(question, k, filters or Filters())
