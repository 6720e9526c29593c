"""The chat's Articles panel: what is indexed, and removing an article.

Reads the registry through the shared store code and removes through ``index``,
so the panel shows exactly what ``byline list`` shows and removes exactly what
``byline remove`` removes.
"""

from __future__ import annotations

from dataclasses import dataclass

from byline.errors import IndexMissingError
from byline.settings import Settings
from index import remove_articles
from store.chroma import ArticleRecord, Store

COLUMNS = ["Article", "Source", "Date", "Passages"]


@dataclass(frozen=True)
class ArticleList:
    """Rows for the table and (label, doc id) choices for the remove menu."""

    rows: list[list[str | int]]
    choices: list[tuple[str, str]]

    @property
    def summary(self) -> str:
        n = len(self.rows)
        return f"{n} article{'s' if n != 1 else ''} indexed."


def _label(record: ArticleRecord) -> str:
    """Title and file name (just the file name when the article has no title of its own)."""
    if record.title and record.title != record.source:
        return f"{record.title} ({record.source})"
    return record.source


def list_articles(settings: Settings) -> ArticleList:
    """The indexed articles, newest first (undated last), then by title."""
    try:
        records = list(Store(settings).article_records().values())
    except IndexMissingError:
        records = []
    records.sort(key=lambda r: r.title)
    records.sort(key=lambda r: r.date, reverse=True)  # ISO dates; undated ("") sort last
    rows: list[list[str | int]] = [[_label(r), r.publisher, r.date, r.chunks] for r in records]
    return ArticleList(rows=rows, choices=[(_label(r), r.doc_id) for r in records])


def remove_article(settings: Settings, doc_id: str | None) -> str:
    """Remove one article by doc id; returns the status line."""
    if not doc_id:
        return "Choose an article to remove."
    removed = remove_articles(settings, [doc_id])
    return "Removed 1 article." if removed else "That article is no longer in the index."
