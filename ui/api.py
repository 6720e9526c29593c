"""The JSON API under ``/api/v1``: answer, search, list, add and remove articles.

A thin layer over ``rag`` and ``index``: requests are validated into typed
models, handed to the process's one engine, and the results returned as JSON
(``ui.models``). Nothing is HTML-escaped; errors are ``{"error": message}``.
Handlers are plain functions, so FastAPI runs them in its thread pool and one
slow answer never blocks the event loop.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, HTTPException, Query, UploadFile
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from byline.errors import UserFacingError
from byline.settings import Settings
from index import remove_articles
from rag import Answer, Engine, engine_for
from rag.catalog import MAX_PAGE_SIZE, article_page
from rag.followup import History
from ui.http_errors import error_payload
from ui.models import AnswerOut, ArticlePageOut, FiltersIn, PassageOut, SearchOut, to_filters
from ui.uploads import MAX_FILES_PER_UPLOAD, add_uploads

log = logging.getLogger(__name__)

PREFIX = "/api/v1"


class AnswerRequest(BaseModel):
    question: str = Field(description="The question, in any language the articles use.")
    history: list[tuple[str, str]] = Field(
        default_factory=list, description="Earlier turns as [question, answer] pairs, oldest first."
    )
    filters: FiltersIn | None = None
    stream: bool = Field(
        default=False,
        description="Server-sent events: `piece` events with answer text, then `answer` "
        "(the whole answer with citations), then `end`.",
    )


class SearchRequest(BaseModel):
    query: str
    k: int = Field(default=10, ge=1, le=100)
    filters: FiltersIn | None = None


class UploadOut(BaseModel):
    added: int
    updated: int
    unchanged: int
    skipped: list[dict[str, str]]
    rejected: list[dict[str, str]]
    summary: str


class RemovedOut(BaseModel):
    removed: str


def sse(event: str, data: object) -> bytes:
    """One server-sent event; ``data`` is JSON on one line."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


def answer_events(first: str | Answer, rest: Iterator[str | Answer]) -> Iterator[bytes]:
    """Answer pieces as ``piece`` events, then the whole answer, then ``end``; a failure is an ``error``."""
    piece: str | Answer = first
    try:
        while True:
            if isinstance(piece, Answer):
                yield sse("answer", AnswerOut.of(piece).model_dump())
                break
            yield sse("piece", {"text": piece})
            piece = next(rest)
    except UserFacingError as exc:
        yield sse("error", {"error": str(exc)})
    except Exception:
        log.exception("answering failed mid-stream")
        yield sse("error", error_payload(None))
    yield sse("end", {})


def _safe_name(name: str | None, i: int) -> str:
    base = re.split(r"[\\/]", name or "")[-1]
    return re.sub(r"[^\w.\- ]", "_", base)[:80] or f"upload-{i}"


def build_router(settings: Settings) -> APIRouter:
    """The ``/api/v1`` routes over the index of ``settings``."""
    router = APIRouter(prefix=PREFIX, tags=["Byline API"])

    def engine() -> Engine:
        return engine_for(settings)

    @router.post("/answer", response_model=AnswerOut, responses={200: {"content": {"text/event-stream": {}}}})
    def answer(body: AnswerRequest) -> AnswerOut | StreamingResponse:
        """Answer a question from the articles; every claim cites a passage as `[n]`."""
        history: History = list(body.history)
        if not body.stream:
            return AnswerOut.of(engine().answer(body.question, history, to_filters(body.filters)))
        pieces = engine().stream(body.question, history, to_filters(body.filters))
        first = next(pieces)  # a bad question fails here, as a plain JSON error
        return StreamingResponse(
            answer_events(first, pieces),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    @router.post("/search", response_model=SearchOut)
    def search(body: SearchRequest) -> SearchOut:
        """The passages that best match a query, best first, with their similarity."""
        found = engine().retrieve(body.query, body.k, to_filters(body.filters))
        return SearchOut(passages=[PassageOut.of(i, p) for i, p in enumerate(found, 1)])

    @router.get("/articles", response_model=ArticlePageOut)
    def articles(
        page: Annotated[int, Query(ge=1)] = 1,
        per_page: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
        outlet: Annotated[list[str] | None, Query()] = None,
        since: str | None = None,
        until: str | None = None,
        language: str | None = None,
    ) -> ArticlePageOut:
        """The indexed articles, newest first, a page at a time; filter by outlet, dates, language."""
        chosen = FiltersIn(outlets=outlet or [], since=since, until=until, language=language)
        records = engine().article_records().values()
        return ArticlePageOut.of(article_page(records, chosen.filters(), page, per_page))

    @router.post("/articles", response_model=UploadOut)
    def add(files: Annotated[list[UploadFile], File()]) -> UploadOut:
        """Add article files (txt, md, html, json, jsonl, pdf) with the chat's checks and limits."""
        settings.home.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=settings.home, prefix="api-upload-") as tmp:
            paths = []
            for i, upload in enumerate(files[: MAX_FILES_PER_UPLOAD + 1]):
                target = Path(tmp) / str(i) / _safe_name(upload.filename, i)
                target.parent.mkdir()
                with target.open("wb") as out:
                    shutil.copyfileobj(upload.file, out)
                paths.append(target)
            result = add_uploads(paths, settings)
        report = result.report
        return UploadOut(
            added=report.added if report else 0,
            updated=report.updated if report else 0,
            unchanged=report.unchanged if report else 0,
            skipped=[
                {"file": Path(s.path).name, "reason": s.reason} for s in (report.skipped if report else [])
            ],
            rejected=[{"file": s.path, "reason": s.reason} for s in result.rejected],
            summary=result.summary(),
        )

    @router.delete("/articles/{doc_id}", response_model=RemovedOut)
    def remove(doc_id: str) -> RemovedOut:
        """Remove one article (by its doc id) from the index."""
        if doc_id not in engine().article_records():  # a doc id, never a path or a folder
            raise HTTPException(404, f"no article with doc id {doc_id!r}")
        if not remove_articles(settings, [doc_id]):
            raise HTTPException(404, f"no article with doc id {doc_id!r}")
        return RemovedOut(removed=doc_id)

    return router
