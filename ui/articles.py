"""The chat's Articles panel: one page of the indexed articles, and removing one.

The server pages, sorts and filters, so a browser receives one page (25 rows)
however large the archive; the registry is read once per index generation.
Reads the registry through the shared store code and removes through ``index``,
so the panel shows exactly what ``byline list`` shows and removes exactly what
``byline remove`` removes. Every value from an article is HTML-escaped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

from byline.errors import IndexMissingError
from byline.settings import Settings
from index import remove_articles
from store.chroma import Store
from store.records import ArticleRecord
from ui.uploads import shown_source

PAGE_SIZE = 25
COLUMNS = ["Article", "Outlet", "Date", "Language", "Passages"]


def _newest(records: list[ArticleRecord]) -> list[ArticleRecord]:
    by_title = sorted(records, key=lambda r: _title(r).lower())
    return sorted(by_title, key=lambda r: r.date, reverse=True)  # ISO dates; undated ("") last


SORTS: dict[str, Callable[[list[ArticleRecord]], list[ArticleRecord]]] = {
    "Newest first": _newest,
    "Oldest first": lambda rs: sorted(_newest(rs), key=lambda r: (not r.date, r.date)),
    "Title": lambda rs: sorted(rs, key=lambda r: _title(r).lower()),
    "Outlet": lambda rs: sorted(_newest(rs), key=lambda r: (not r.publisher, r.publisher.lower())),
    "Most passages": lambda rs: sorted(_newest(rs), key=lambda r: -r.chunks),
}


def _title(record: ArticleRecord) -> str:
    """The article's headline, or its file name as the reader knows it (no generated prefix)."""
    return record.title or shown_source(record.source)


@dataclass(frozen=True)
class ArticlePage:
    """One page of the (filtered, sorted) articles."""

    total: int
    matching: int
    page: int
    pages: int
    records: list[ArticleRecord]

    @property
    def summary(self) -> str:
        n = self.total
        text = f"{n} article{'s' if n != 1 else ''} indexed."
        if self.matching != self.total:
            text += f" {self.matching} match{'es' if self.matching == 1 else ''} the filter."
        return text + (f" Page {self.page} of {self.pages}." if self.pages > 1 else "")

    @property
    def choices(self) -> list[tuple[str, str]]:
        """(label, doc id) pairs for the remove menu: this page's articles."""
        return [(_title(r), r.doc_id) for r in self.records]

    def table_html(self) -> str:
        """The page as a fixed-layout table that wraps instead of scrolling sideways."""
        head = "".join(f"<th>{c}</th>" for c in COLUMNS)
        rows = "".join(
            "<tr>"
            f'<td title="{escape(shown_source(r.source))}">{escape(_title(r))}</td>'
            f"<td>{escape(r.publisher)}</td><td>{escape(r.date)}</td>"
            f"<td>{escape(r.language)}</td><td>{r.chunks}</td></tr>"
            for r in self.records
        )
        return f'<table class="byline-articles"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


class _Registry:
    """The registry's records, read again only when the index generation moves."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[tuple[str, str], tuple[int, list[ArticleRecord]]] = {}

    def records(self, settings: Settings) -> list[ArticleRecord]:
        try:
            store = Store(settings)
        except IndexMissingError:
            return []
        key = (str(settings.home.resolve()), settings.chroma_url or "")
        generation = store.generation()
        with self._lock:
            cached = self._seen.get(key)
            if cached is not None and cached[0] == generation:
                return cached[1]
        records = list(store.article_records().values())
        with self._lock:
            self._seen[key] = (generation, records)
        return records


REGISTRY = _Registry()


def _matches(record: ArticleRecord, words: list[str]) -> bool:
    haystack = " ".join((_title(record), record.publisher, record.date, record.language)).lower()
    return all(w in haystack for w in words)


def list_articles(
    settings: Settings, query: str = "", sort: str = "Newest first", page: Any = 1, size: int = PAGE_SIZE
) -> ArticlePage:
    """One page of the indexed articles matching every word of ``query``, in ``sort`` order."""
    records = REGISTRY.records(settings)
    words = (query or "").lower().split()
    chosen = [r for r in records if _matches(r, words)] if words else records
    ordered = SORTS.get(sort, _newest)(chosen)
    pages = max(1, -(-len(ordered) // size))
    try:
        number = min(max(1, int(page)), pages)
    except (TypeError, ValueError):
        number = 1
    start = (number - 1) * size
    return ArticlePage(len(records), len(ordered), number, pages, ordered[start : start + size])


def remove_article(settings: Settings, doc_id: str | None) -> str:
    """Remove one article by doc id; returns the status line."""
    if not doc_id:
        return "Choose an article to remove."
    removed = remove_articles(settings, [doc_id])
    return "Removed 1 article." if removed else "That article is no longer in the index."
