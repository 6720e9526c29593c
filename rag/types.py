"""What ``rag`` hands its callers: passages, citations and answers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from store import schema


@dataclass(frozen=True)
class Passage:
    """A retrieved passage. ``score`` is its cosine similarity to the question (−1..1)."""

    chunk_id: str
    doc_id: str
    text: str
    source: str
    title: str
    start: int
    end: int
    score: float
    publisher: str = ""
    date: str = ""
    url: str = ""
    author: str = ""
    language: str = ""

    @classmethod
    def from_store(cls, chunk_id: str, text: str, meta: dict[str, Any], score: float) -> Passage:
        return cls(
            chunk_id=chunk_id,
            doc_id=str(meta.get(schema.DOC_ID, "")),
            text=text,
            source=str(meta.get(schema.SOURCE, "")),
            title=str(meta.get(schema.TITLE, "")),
            start=int(meta.get(schema.START, 0)),
            end=int(meta.get(schema.END, 0)),
            score=score,
            publisher=str(meta.get(schema.PUBLISHER, "")),
            date=str(meta.get(schema.DATE, "")),
            url=str(meta.get(schema.URL, "")),
            author=str(meta.get(schema.AUTHOR, "")),
            language=str(meta.get(schema.LANGUAGE, "")),
        )


@dataclass(frozen=True)
class Citation:
    """A passage the answer cites as ``[n]``.

    ``highlights`` are ``(start, end)`` offsets inside ``text`` of the sentences the
    answer quotes, so a UI can mark them without re-parsing anything.
    """

    n: int
    doc_id: str
    source: str
    title: str
    text: str
    start: int
    end: int
    score: float
    publisher: str = ""
    date: str = ""
    url: str = ""
    author: str = ""
    language: str = ""
    highlights: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, n: int, passage: Passage, highlights: tuple[tuple[int, int], ...] = ()) -> Citation:
        return cls(
            n=n,
            doc_id=passage.doc_id,
            source=passage.source,
            title=passage.title,
            text=passage.text,
            start=passage.start,
            end=passage.end,
            score=round(passage.score, 4),
            publisher=passage.publisher,
            date=passage.date,
            url=passage.url,
            author=passage.author,
            language=passage.language,
            highlights=highlights,
        )

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["highlights"] = [list(h) for h in self.highlights]
        return data


@dataclass
class Answer:
    """An answer: text with ``[n]`` markers, the passages they name, and whether it refused.

    On a refusal ``citations`` is empty and ``related`` holds the closest passages,
    so a reader can see what the articles do say. ``short`` is the name, number, amount
    or date the answer opens with, verbatim from a cited sentence ("" when none).
    """

    text: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    related: list[Citation] = field(default_factory=list)
    notice: str = ""
    confidence: float = 0.0
    unsupported: list[str] = field(default_factory=list)
    short: str = ""  # the named answer of the answer's first line ("" when none is named)
    doubts: tuple[str, ...] = ()  # the checks that doubted it (``rag.doubts``); a refusal says why

    def as_dict(self) -> dict[str, Any]:
        return {
            "answer": self.text,
            "refused": self.refused,
            "citations": [c.as_dict() for c in self.citations],
            "related": [c.as_dict() for c in self.related],
            "notice": self.notice,
            "confidence": round(self.confidence, 4),
            "unsupported": self.unsupported,
            "short": self.short,
            "doubts": list(self.doubts),
        }
