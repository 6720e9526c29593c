"""The typed shapes every programmatic way in shares: the JSON API, OpenAI's extra field, MCP tools.

One set of pydantic models, so a citation looks the same whichever door it
leaves by, and the OpenAPI page and the MCP tool schemas are generated from them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from rag import Answer, Citation, Filters, Passage
from rag.catalog import MAX_PAGE_SIZE, ArticlePage
from store.records import ArticleRecord


class FiltersIn(BaseModel):
    """Which articles an answer may cite; every field is optional."""

    model_config = ConfigDict(extra="forbid")

    outlets: list[str] = Field(default_factory=list, description="Publishers to keep (any of them).")
    since: str | None = Field(default=None, description="Earliest article date, YYYY-MM-DD (inclusive).")
    until: str | None = Field(default=None, description="Latest article date, YYYY-MM-DD (inclusive).")
    language: str | None = Field(default=None, description="Article language tag, e.g. en.")

    def filters(self) -> Filters:
        return Filters.of(self.outlets, self.since, self.until, self.language)


def to_filters(given: FiltersIn | None) -> Filters:
    return given.filters() if given else Filters()


class CitationOut(BaseModel):
    """A passage an answer cites as ``[n]``; ``highlights`` are (start, end) offsets in ``text``."""

    n: int
    doc_id: str
    source: str
    title: str
    outlet: str
    date: str
    url: str
    author: str
    language: str
    text: str
    start: int
    end: int
    score: float
    highlights: list[tuple[int, int]]

    @classmethod
    def of(cls, c: Citation) -> CitationOut:
        return cls(
            n=c.n,
            doc_id=c.doc_id,
            source=c.source,
            title=c.title,
            outlet=c.publisher,
            date=c.date,
            url=c.url,
            author=c.author,
            language=c.language,
            text=c.text,
            start=c.start,
            end=c.end,
            score=c.score,
            highlights=[(a, b) for a, b in c.highlights],
        )


class AnswerOut(BaseModel):
    """An answer whose ``[n]`` markers name ``citations``; refusals put the nearest in ``related``."""

    answer: str
    refused: bool
    short: str = Field(
        default="",
        description="The named answer (person, organisation, place, number, amount or date) the answer "
        "opens with, verbatim from a cited sentence; empty when the quotes name none or it was refused.",
    )
    citations: list[CitationOut]
    related: list[CitationOut]
    notice: str = ""
    confidence: float = 0.0
    unsupported: list[str] = Field(default_factory=list)
    doubts: list[str] = Field(
        default_factory=list,
        description="The checks that doubted the answer (rag.doubts): why it was refused.",
    )

    @classmethod
    def of(cls, a: Answer) -> AnswerOut:
        return cls(
            answer=a.text,
            refused=a.refused,
            short=a.short,
            citations=[CitationOut.of(c) for c in a.citations],
            related=[CitationOut.of(c) for c in a.related],
            notice=a.notice,
            confidence=round(a.confidence, 4),
            unsupported=list(a.unsupported),
            doubts=list(a.doubts),
        )


class PassageOut(BaseModel):
    """A retrieved passage; ``score`` is its cosine similarity to the query (−1..1)."""

    rank: int
    chunk_id: str
    doc_id: str
    source: str
    title: str
    outlet: str
    date: str
    url: str
    language: str
    text: str
    start: int
    end: int
    score: float

    @classmethod
    def of(cls, rank: int, p: Passage) -> PassageOut:
        return cls(
            rank=rank,
            chunk_id=p.chunk_id,
            doc_id=p.doc_id,
            source=p.source,
            title=p.title,
            outlet=p.publisher,
            date=p.date,
            url=p.url,
            language=p.language,
            text=p.text,
            start=p.start,
            end=p.end,
            score=round(p.score, 4),
        )


class SearchOut(BaseModel):
    passages: list[PassageOut]


class ArticleOut(BaseModel):
    doc_id: str
    title: str
    source: str
    outlet: str
    date: str
    url: str
    author: str
    language: str
    passages: int

    @classmethod
    def of(cls, r: ArticleRecord) -> ArticleOut:
        return cls(
            doc_id=r.doc_id,
            title=r.title,
            source=r.source,
            outlet=r.publisher,
            date=r.date,
            url=r.url,
            author=r.author,
            language=r.language,
            passages=r.chunks,
        )


class ArticlePageOut(BaseModel):
    """One page of the indexed articles (newest first) and how many match in all."""

    articles: list[ArticleOut]
    total: int
    page: int
    per_page: int = Field(le=MAX_PAGE_SIZE)

    @classmethod
    def of(cls, page: ArticlePage) -> ArticlePageOut:
        return cls(
            articles=[ArticleOut.of(r) for r in page.articles],
            total=page.total,
            page=page.page,
            per_page=page.per_page,
        )
