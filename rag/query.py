"""Query analysis: which outlets and dates a question names, and its per-outlet clauses.

News questions often combine reports: "Which person …, according to 'Fortune',
and … as reported by 'The Age'?". Each named outlet usually closes the clause
describing what that outlet reported, so the question is cut after each outlet
mention into sub-queries, each searched within that outlet's articles. Outlets
are matched against the publishers actually present in the index, never a
hard-coded list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from byline.keyword import analyze
from index.dates import iso_date

_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b"
)


@dataclass(frozen=True)
class SubQuery:
    """A clause of the question and the outlet it is attributed to."""

    text: str
    outlet: str


@dataclass(frozen=True)
class QueryPlan:
    """What retrieval should look for."""

    text: str
    parts: tuple[SubQuery, ...] = ()
    outlets: frozenset[str] = field(default_factory=frozenset)
    dates: frozenset[str] = field(default_factory=frozenset)


def _mentions(question: str, publishers: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping outlet mentions, longest names first."""
    found: list[tuple[int, int, str]] = []
    for name in sorted({p for p in publishers if len(p) >= 3}, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(question):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), name))
    return sorted(found)


def plan_query(question: str, publishers: Iterable[str]) -> QueryPlan:
    """Split ``question`` into outlet-attributed clauses and collect named dates."""
    mentions = _mentions(question, publishers)
    dates = frozenset(filter(None, (iso_date(m.group(0)) for m in _DATE.finditer(question))))
    bounds = [0, *(x for s, e, _ in mentions for x in (s, e)), len(question)]
    segments = [question[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    parts: list[SubQuery] = []
    if len(mentions) >= 2:
        for i, segment in enumerate(segments):
            clause = segment.strip(" ,.?;:'\"‘’“”")
            if len(analyze(clause)) >= 3:
                outlet = mentions[min(i, len(mentions) - 1)][2]
                parts.append(SubQuery(clause, outlet))
    return QueryPlan(
        text=question,
        parts=tuple(parts),
        outlets=frozenset(name for _, _, name in mentions),
        dates=dates,
    )
