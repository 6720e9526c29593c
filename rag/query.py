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
from functools import lru_cache

from byline.language import detect_query_language
from byline.lexicon import ATTRIBUTIONS, CLAUSE_JOINERS, alternatives
from byline.sentences import word_count
from index.dates import iso_date

_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b"
)
# Punctuation (Latin and CJK) joins clauses in every language; the joining words are per language.
_PUNCTUATION_BREAK = r"[,;，、；]"


@lru_cache(maxsize=32)
def _clause_break(language: str) -> re.Pattern[str]:
    """Clause boundaries of a question in ``language`` (English words when unknown)."""
    words = CLAUSE_JOINERS.get(language, CLAUSE_JOINERS["en"])
    return re.compile(rf"{_PUNCTUATION_BREAK}|\b(?:{'|'.join(words)})\b", re.IGNORECASE)


MIN_CLAUSE_WORDS = 4
# "According to the BBC", "as reported by 'The Age'": who reported, not what is asked.
_ATTRIBUTION = re.compile(rf"(?:{alternatives(ATTRIBUTIONS)})\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def is_attribution(clause: str, outlets: Iterable[str]) -> bool:
    """Whether ``clause`` only says who reported: an attribution and outlet names, < 3 other words."""
    rest = _ATTRIBUTION.sub(" ", clause, count=1)
    for outlet in outlets:
        rest = re.sub(re.escape(outlet), " ", rest, flags=re.IGNORECASE)
    return rest != clause and len(_WORD.findall(rest)) < 3


@dataclass(frozen=True)
class QueryPlan:
    """What retrieval should look for."""

    text: str
    clauses: tuple[str, ...] = ()
    outlets: frozenset[str] = field(default_factory=frozenset)
    dates: frozenset[str] = field(default_factory=frozenset)

    @property
    def asking_clauses(self) -> tuple[str, ...]:
        """The clauses that ask something, without those that only say who reported."""
        return tuple(c for c in self.clauses if not is_attribution(c, self.outlets))


# A joining word between two capitalised words is inside a name: "Glitter and Glow", "Procter & Gamble".
_NAME_BEFORE = re.compile(r"(?<!\w)[A-Z][\w'’.-]*\s*$")
_NAME_AFTER = re.compile(r"\s*[A-Z]")


def _split(question: str, language: str) -> list[str]:
    """The question cut at its clause breaks, except at a joining word inside a name."""
    parts, start = [], 0
    for m in _clause_break(language).finditer(question):
        inside_name = (
            m.group(0)[:1].isalpha()
            and _NAME_BEFORE.search(question, 0, m.start()) is not None
            and _NAME_AFTER.match(question, m.end()) is not None
        )
        if not inside_name:
            parts.append(question[start : m.start()])
            start = m.end()
    parts.append(question[start:])
    return parts


def clauses_of(question: str, language: str = "") -> tuple[str, ...]:
    """The question's clauses of at least four words (none when it has just one).

    ``language`` (ISO 639-1; detected when empty) picks the joining words.
    """
    language = language or detect_query_language(question)
    parts = [p.strip(" ?.!'\"‘’“”？！。「」") for p in _split(question, language)]
    parts = [p for p in parts if word_count(p) >= MIN_CLAUSE_WORDS]
    return tuple(parts) if len(parts) > 1 else ()


def outlets_in(question: str, publishers: Iterable[str]) -> frozenset[str]:
    """Publishers named in the question; the longest name wins where names overlap."""
    taken: list[tuple[int, int]] = []
    found = set()
    # A plain substring test first: an archive has thousands of outlets, a question names few.
    named = {p for p in publishers if len(p) >= 3 and p in question}
    for name in sorted(named, key=len, reverse=True):
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
