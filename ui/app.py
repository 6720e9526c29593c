"""The Gradio chat: ask, watch the answer stream in, check its sources, add articles."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from byline.errors import IndexMissingError, UserFacingError
from byline.offline import go_offline
from byline.settings import Settings
from rag import Answer, engine_for
from ui.access import Access
from ui.articles import COLUMNS, list_articles, remove_article
from ui.render import answer_markdown, sources_html
from ui.uploads import ALLOWED_SUFFIXES, add_uploads

log = logging.getLogger(__name__)

CSS = """
.byline-source { border-left: 3px solid #888; padding: 4px 10px; margin: 8px 0; }
.byline-source-meta { color: #666; font-size: 0.85em; }
.byline-source-text mark { background: #ffe58a; }
"""

Chat = list[dict[str, Any]]
Turns = list[tuple[str, str]]


def _respond(settings: Settings, message: str, chat: Chat, turns: Turns) -> Iterator[tuple]:
    """Stream one answer into the chat; the last update also fills the sources panel."""
    chat = [*chat, {"role": "user", "content": message}, {"role": "assistant", "content": ""}]
    try:
        engine = engine_for(settings)
        text = ""
        for piece in engine.stream(message, turns):
            if isinstance(piece, Answer):
                chat[-1]["content"] = answer_markdown(piece)
                yield chat, sources_html(piece), [*turns, (message, piece.text)], ""
                return
            text += piece
            chat[-1]["content"] = answer_markdown(Answer(text=text, refused=False))
            yield chat, "<p>Finding sources…</p>", turns, ""
    except UserFacingError as exc:
        chat[-1]["content"] = str(exc)
        yield chat, "", turns, ""
    except Exception:
        log.exception("answering failed")
        chat[-1]["content"] = "Something went wrong while answering; the details are in the server log."
        yield chat, "", turns, ""


def _upload(settings: Settings, files: list[str] | None, progress: Any) -> str:
    if not files:
        return "No files chosen."

    def embedding(done: int, total: int) -> None:
        progress((done, total), desc="Embedding passages", unit="passages")

    progress(0, desc=f"Indexing {len(files)} file(s)…")
    try:
        return add_uploads(files, settings, progress=embedding).summary()
    except UserFacingError as exc:
        return str(exc)


def _remove(settings: Settings, doc_id: str | None) -> str:
    try:
        return remove_article(settings, doc_id)
    except UserFacingError as exc:
        return str(exc)


def build_app(settings: Settings) -> Any:
    """The Blocks app for an index; handlers close over ``settings``."""
    import gradio as gr

    with gr.Blocks(title="Byline") as app:
        gr.Markdown("# Byline\nAsk the indexed news articles. Every claim cites its passage.")
        turns = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="Chat", height=480, elem_id="byline-chat")
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
                    # Filled by app.load on every page load (see refresh below).
                    count = gr.Markdown(elem_id="byline-article-count")
                    table = gr.Dataframe(
                        headers=COLUMNS,
                        interactive=False,
                        wrap=True,
                        elem_id="byline-article-table",
                    )
                    files = gr.File(
                        file_count="multiple",
                        file_types=list(ALLOWED_SUFFIXES),
                        label="Add articles (txt, md, html, json, jsonl, pdf)",
                        elem_id="byline-upload",
                    )
                    status = gr.Markdown(elem_id="byline-upload-status")
                    with gr.Row():
                        chosen = gr.Dropdown(
                            [], label="Article to remove", elem_id="byline-remove-choice", scale=4
                        )
                        remove = gr.Button("Remove", variant="stop", elem_id="byline-remove", scale=1)

        def refresh() -> tuple:
            now = list_articles(settings)
            return now.summary, now.rows, gr.Dropdown(choices=now.choices, value=None)

        panel = [count, table, chosen]

        def respond(message: str, history: Chat, past: Turns) -> Iterator[tuple]:
            yield from _respond(settings, message, history or [], past or [])

        gr.on(
            [question.submit, send.click],
            respond,
            [question, chat, turns],
            [chat, sources, turns, question],
            api_name="ask",  # the HTTP API: /ask (message, chat) -> (chat, sources, box)
        )
        clear.click(lambda: ([], "<p>Sources appear here.</p>", []), None, [chat, sources, turns])

        def upload(chosen_files: list[str] | None, progress: Any = gr.Progress()) -> str:  # noqa: B008
            return _upload(settings, chosen_files, progress)

        files.upload(upload, files, status).then(refresh, None, panel)
        remove.click(lambda doc_id: _remove(settings, doc_id), chosen, status).then(refresh, None, panel)
        app.load(refresh, None, panel)
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


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, seeds: Path | None = None) -> None:
    """Start the chat; blocks until interrupted."""
    go_offline()
    settings = settings.model_copy(update={"query_model_threads": settings.query_model_threads or 1})
    if not Access.from_settings(settings).logins and not is_loopback(host):
        log.warning(
            "serving on %s without a login: anyone who can reach this address can read and add "
            "articles; use --auth USER:PASSWORD or BYLINE_AUTH",
            host,
        )
    if seeds is not None:
        ensure_index(settings, seeds)
    engine_for(settings)  # load the model and keyword index before the first question
    from ui.server import build_server, run_server

    run_server(build_server(settings, build_app(settings), host=host, css=CSS), host, port)
