"""The indexed articles as a reader browses them: filtered, newest first, one page at a time.

Also what a reader can filter by (:class:`Facets`), found from the keyword index's
per-passage columns, which are in memory already, so offering the choices costs
no read of the article registry however large the archive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress

from rag.filters import Filters
from store.records import ArticleRecord

MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class ArticlePage:
    """One page of articles and how many match in all."""

    articles: list[ArticleRecord]
    total: int
    page: int
    per_page: int


def article_page(
    records: Iterable[ArticleRecord], filters: Filters, page: int = 1, per_page: int = 50
) -> ArticlePage:
    """Page ``page`` (from 1) of the articles ``filters`` admits: newest first, undated last."""
    per_page = max(1, min(per_page, MAX_PAGE_SIZE))
    page = max(1, page)
    records = list(records)
    filters = filters.resolved({r.publisher for r in records})
    chosen = [r for r in records if filters.admits(r.metadata())]
    chosen.sort(key=lambda r: (r.title.casefold(), r.doc_id))
    chosen.sort(key=lambda r: r.date, reverse=True)  # ISO dates; undated ("") sort last
    start = (page - 1) * per_page
    return ArticlePage(chosen[start : start + per_page], len(chosen), page, per_page)


@dataclass(frozen=True)
class Facets:
    """What the live archive can be filtered by: its outlets and language tags, sorted."""

    outlets: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()


def facets_of(outlets: Iterable[str], languages: Sequence[str], live: Sequence[bool]) -> Facets:
    """The facets from the live outlets and the per-passage language tags (``live[i]``: passage i exists)."""
    tags = {tag.lower() for tag in set(compress(languages, live)) if tag}
    names = sorted({o for o in outlets if o}, key=lambda o: (o.casefold(), o))
    return Facets(tuple(names), tuple(sorted(tags)))
