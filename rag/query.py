"""Query analysis: the clauses of a question, and the outlets and dates it names.

Multi-hop news questions join several facts ("Which person …, according to
'Fortune', and … as reported by 'The Age'?"), each usually in its own clause
and its own article. Searching each clause on its own, beside the whole
question, lets every hop find its passage. Outlets are matched against the
publishers present in the index, never a hard-coded list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from index.dates import iso_date

_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b"
)
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|or|while|whereas|but)\b", re.IGNORECASE)
MIN_CLAUSE_WORDS = 4


@dataclass(frozen=True)
class QueryPlan:
    """What retrieval should look for."""

    text: str
    clauses: tuple[str, ...] = ()
    outlets: frozenset[str] = field(default_factory=frozenset)
    dates: frozenset[str] = field(default_factory=frozenset)


def clauses_of(question: str) -> tuple[str, ...]:
    """The question's clauses of at least four words (none when it has just one)."""
    parts = [p.strip(" ?.!'\"‘’“”") for p in _CLAUSE_BREAK.split(question)]
    parts = [p for p in parts if len(p.split()) >= MIN_CLAUSE_WORDS]
    return tuple(parts) if len(parts) > 1 else ()


def outlets_in(question: str, publishers: Iterable[str]) -> frozenset[str]:
    """Publishers named in the question; the longest name wins where names overlap."""
    taken: list[tuple[int, int]] = []
    found = set()
    for name in sorted({p for p in publishers if len(p) >= 3}, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        for m in pattern.finditer(question):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                found.add(name)
    return frozenset(found)


def plan_query(question: str, publishers: Iterable[str] = ()) -> QueryPlan:
    """Split ``question`` into clauses and collect the outlets and dates it names."""
    return QueryPlan(
        text=question,
        clauses=clauses_of(question),
        outlets=outlets_in(question, publishers),
        dates=frozenset(filter(None, (iso_date(m.group(0)) for m in _DATE.finditer(question)))),
    )
