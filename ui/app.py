"""The Gradio chat: ask, watch the answer stream in, check its sources, add articles."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any

import gradio as gr

from byline.errors import IndexMissingError, UserFacingError
from byline.offline import go_offline
from byline.settings import Settings
from rag import Answer, close_engines, engine_for
from ui.access import Access
from ui.articles import SORTS, list_articles, remove_article
from ui.cancel import Cancellations
from ui.chat_filters import (
    NO_CHOICE,
    FilterValues,
    build_filter_row,
    chosen_filters,
    filter_choices,
    filter_note,
)
from ui.render import answer_markdown, literal_markdown, sources_html
from ui.uploads import ALLOWED_SUFFIXES, add_uploads, discard_received, prepare_upload_folder

log = logging.getLogger(__name__)

CSS = """
.byline-source { border-left: 3px solid #888; padding: 4px 10px; margin: 8px 0; }
.byline-source-meta { color: #666; font-size: 0.85em; }
.byline-source-text mark { background: #ffe58a; }
.byline-filter-note { color: #555; font-size: 0.9em; margin: 0 0 6px; }
table.byline-articles { width: 100%; table-layout: fixed; border-collapse: collapse; }
table.byline-articles th, table.byline-articles td {
  text-align: left; padding: 3px 6px; overflow-wrap: anywhere; vertical-align: top;
  border-bottom: 1px solid #ddd;
}
table.byline-articles th:nth-child(1) { width: 50%; }
table.byline-articles th:nth-child(2) { width: 20%; }
table.byline-articles th:nth-child(3) { width: 12%; }
table.byline-articles th:nth-child(4) { width: 9%; }
table.byline-articles th:nth-child(5) { width: 9%; }
"""

Chat = list[dict[str, Any]]
Turns = list[tuple[str, str]]
CANCELS = Cancellations()


def _respond(
    settings: Settings,
    message: str,
    chat: Chat,
    turns: Turns,
    chosen: FilterValues = NO_CHOICE,
) -> Iterator[tuple]:
    """Stream one answer into the chat; the last update also fills the sources panel.

    ``chosen`` is the filter row's values (outlets, since, until, language); an
    invalid one is answered with its message and the question stays in the box.
    """
    shown = message.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate cannot be sent back
    chat = [*chat, {"role": "user", "content": literal_markdown(shown)}, {"role": "assistant", "content": ""}]
    try:
        filters = chosen_filters(chosen)
        note = filter_note(filters)
        head = f'<p class="byline-filter-note">{escape(note)}</p>' if note else ""
        engine = engine_for(settings)
        text, shown = "", ""
        for piece in engine.stream(message, turns, filters):
            if isinstance(piece, Answer):
                chat[-1]["content"] = answer_markdown(piece)
                yield chat, head + sources_html(piece), [*turns, (message, piece.text)], ""
                return
            # A piece is shown when the next one arrives: the last one is shown as the answer
            # itself, one round of Gradio's rendering fewer. While the text grows only the chat
            # changes (gr.skip: nothing else is sent or rendered).
            if text:
                chat[-1]["content"] = answer_markdown(Answer(text=text, refused=False))
                if shown:
                    yield chat, gr.skip(), gr.skip(), gr.skip()
                else:
                    yield chat, "<p>Finding sources…</p>", turns, ""
                shown = text
            text += piece
    except UserFacingError as exc:
        chat[-1]["content"] = literal_markdown(str(exc))
        yield chat, "", turns, shown
    except Exception:
        log.exception("answering failed")
        chat[-1]["content"] = "Something went wrong while answering; the details are in the server log."
        yield chat, "", turns, ""


def _upload(settings: Settings, files: list[str] | None, progress: Any, cancel: threading.Event) -> str:
    if not files:
        return "No files chosen."

    def embedding(done: int, total: int) -> None:
        progress((done, total), desc="Indexing (bytes of the files read)", unit="bytes")

    progress(0, desc=f"Indexing {len(files)} file(s)…")
    try:
        return add_uploads(files, settings, progress=embedding, cancel=cancel).summary()
    except UserFacingError as exc:
        return str(exc)


def _remove(settings: Settings, doc_id: str | None) -> str:
    try:
        return remove_article(settings, doc_id)
    except UserFacingError as exc:
        return str(exc)


def build_app(settings: Settings) -> Any:
    """The Blocks app for an index; handlers close over ``settings``."""
    with gr.Blocks(title="Byline", delete_cache=(3600, 3600)) as app:
        gr.Markdown("# Byline\nAsk the indexed news articles. Every claim cites its passage.")
        turns = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                row = build_filter_row()
                chat = gr.Chatbot(
                    label="Chat",
                    height=480,
                    elem_id="byline-chat",
                    latex_delimiters=[],  # article text may hold "$$"; nothing here is math
                    allow_tags=False,
                    sanitize_html=True,
                )
                with gr.Row():
                    question = gr.Textbox(
                        placeholder="Ask a question about the articles…",
                        show_label=False,
                        scale=5,
                        elem_id="byline-question",
                    )
                    send = gr.Button("Ask", variant="primary", scale=1, elem_id="byline-ask")
                clear = gr.Button("New conversation", size="sm")
            with gr.Column(scale=2):
                sources = gr.HTML("<p>Sources appear here.</p>", elem_id="byline-sources")
        with gr.Accordion("Articles", open=False, elem_id="byline-articles"):
            # Filled by app.load on every page load (see refresh below): one page, from the server.
            count = gr.Markdown(elem_id="byline-article-count")
            with gr.Row():
                query = gr.Textbox(
                    placeholder="Filter by title, outlet, date or language",
                    show_label=False,
                    scale=4,
                    elem_id="byline-article-filter",
                )
                order = gr.Dropdown(list(SORTS), value="Newest first", show_label=False, scale=2)
                previous = gr.Button("◀", size="sm", scale=0, elem_id="byline-page-previous")
                page = gr.Number(1, precision=0, minimum=1, show_label=False, scale=1, elem_id="byline-page")
                following = gr.Button("▶", size="sm", scale=0, elem_id="byline-page-next")
            table = gr.HTML(elem_id="byline-article-table")
            with gr.Row():
                files = gr.File(
                    file_count="multiple",
                    file_types=list(ALLOWED_SUFFIXES),
                    label="Add articles (txt, md, html, json, jsonl, pdf)",
                    elem_id="byline-upload",
                    scale=3,
                )
                with gr.Column(scale=2):
                    status = gr.Markdown(elem_id="byline-upload-status")
                    cancel = gr.Button("Cancel upload", size="sm", elem_id="byline-upload-cancel")
            with gr.Row():
                chosen = gr.Dropdown([], label="Article to remove", elem_id="byline-remove-choice", scale=4)
                remove = gr.Button("Remove", variant="stop", elem_id="byline-remove", scale=1)

        def refresh(text: str, sort: str, number: Any) -> tuple:
            now = list_articles(settings, text, sort, number)
            return now.summary, now.table_html(), now.page, gr.Dropdown(choices=now.choices, value=None)

        panel = [count, table, page, chosen]
        view = [query, order, page]
        gr.on([query.submit, order.change, page.submit], refresh, view, panel)
        previous.click(lambda t, s, n: refresh(t, s, (n or 1) - 1), view, panel)
        following.click(lambda t, s, n: refresh(t, s, (n or 1) + 1), view, panel)

        def respond(
            message: str,
            history: Chat,
            past: Turns,
            outlets: list[str] | None = None,  # the filter row; optional for API callers
            since: str | None = None,
            until: str | None = None,
            language: str | None = None,
        ) -> Iterator[tuple]:
            values = (outlets, since, until, language)
            yield from _respond(settings, message, history or [], past or [], values)

        gr.on(
            [question.submit, send.click],
            respond,
            [question, chat, turns, *row.inputs],
            [chat, sources, turns, question],
            api_name="ask",  # the HTTP API: /ask (message, chat, filters) -> (chat, sources, box)
        )
        row.wire_clear()
        clear.click(lambda: ([], "<p>Sources appear here.</p>", []), None, [chat, sources, turns])

        def choices() -> tuple[Any, Any]:
            return filter_choices(settings)

        def upload(
            chosen_files: list[str] | None,
            request: gr.Request,
            progress: Any = gr.Progress(),  # noqa: B008
        ) -> tuple[str, None]:
            key = request.session_hash or ""
            flag = CANCELS.start(key)
            try:
                return _upload(settings, chosen_files, progress, flag), None
            finally:
                CANCELS.finish(key, flag)
                discard_received(chosen_files or [], settings)

        def cancel_upload(request: gr.Request) -> None:
            CANCELS.cancel(request.session_hash or "")

        uploaded = files.upload(upload, files, [status, files])
        uploaded.then(refresh, view, panel).then(choices, None, row.choices)
        cancel.click(cancel_upload, None, None, concurrency_limit=None)
        removed = remove.click(lambda doc_id: _remove(settings, doc_id), chosen, status)
        removed.then(refresh, view, panel).then(choices, None, row.choices)
        app.load(refresh, view, panel)
        app.load(choices, None, row.choices)
    return app


def ensure_index(settings: Settings, seeds: Path) -> None:
    """Index the seed articles on first start, so the chat has something to read."""
    from store.chroma import Store

    try:
        Store(settings)
        return
    except IndexMissingError:
        if not seeds.is_dir():
            raise
    from index import index_paths

    log.warning("no index in %s yet: indexing %s", settings.home, seeds)
    report = index_paths([seeds], settings)
    log.warning("indexed %d articles (%d chunks)", report.added, report.chunks_embedded)


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


# A server joining a store larger than this answers from vector search while its keyword index builds.
SERVE_BACKGROUND_BUILD_PASSAGES = 20_000


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, seeds: Path | None = None) -> None:
    """Start the chat; blocks until interrupted."""
    go_offline()
    settings = settings.model_copy(
        update={
            "query_model_threads": settings.query_model_threads or 1,
            "background_build_passages": (
                SERVE_BACKGROUND_BUILD_PASSAGES
                if settings.background_build_passages is None
                else settings.background_build_passages
            ),
        }
    )
    if not Access.from_settings(settings).logins and not is_loopback(host):
        log.warning(
            "serving on %s without a login: anyone who can reach this address can read and add "
            "articles; use --auth-file FILE or BYLINE_AUTH",
            host,
        )
    if seeds is not None:
        ensure_index(settings, seeds)
    engine_for(settings)  # load the model and keyword index before the first question
    prepare_upload_folder(settings)  # before the Blocks exist: Gradio reads GRADIO_TEMP_DIR then
    from ui.server import build_server, run_server

    try:
        run_server(build_server(settings, build_app(settings), host=host, css=CSS), host, port)
    finally:
        close_engines()
