"""Filters on what an answer may cite: outlets, a date range, a language.

A filter is applied inside retrieval, not to its result: the keyword engine's
per-passage scores are masked before the top rows are taken and the vector
search gets the equivalent Chroma ``where``, so a narrow filter still fills the
top k with passages it admits instead of returning the few that happened to
survive a cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from byline.errors import QuestionError
from store import schema


def iso_day(value: str | date | None, name: str) -> str:
    """``value`` as ``YYYY-MM-DD`` (or ``""``); anything else is the caller's mistake, said plainly."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise QuestionError(f"{name} must be a date as YYYY-MM-DD, not {str(value)[:40]!r}.") from None


@dataclass(frozen=True)
class Filters:
    """Which articles an answer may draw on; an empty filter admits every article.

    ``outlets`` match the article's publisher (case-insensitively once resolved
    against the index's outlets); ``since`` and ``until`` are inclusive ISO days
    and exclude undated articles; ``language`` matches the article's language tag.
    """

    outlets: tuple[str, ...] = ()
    since: str = ""
    until: str = ""
    language: str = ""

    @classmethod
    def of(
        cls,
        outlets: Iterable[str] | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        language: str | None = None,
    ) -> Filters:
        """Checked filters from loose input (CLI flags, JSON)."""
        names = tuple(dict.fromkeys(o.strip() for o in outlets or () if o and o.strip()))
        first, last = iso_day(since, "since"), iso_day(until, "until")
        if first and last and first > last:
            raise QuestionError(f"since ({first}) is after until ({last}).")
        return cls(names, first, last, (language or "").strip().lower())

    def __bool__(self) -> bool:
        return bool(self.outlets or self.since or self.until or self.language)

    def resolved(self, known_outlets: Iterable[str]) -> Filters:
        """The same filter with outlet names spelled as the index spells them."""
        if not self.outlets:
            return self
        spelling = {name.casefold(): name for name in known_outlets if name}
        names = tuple(spelling.get(o.casefold(), o) for o in self.outlets)
        return Filters(names, self.since, self.until, self.language)

    def admits_day(self, day: str) -> bool:
        if not (self.since or self.until):
            return True
        return bool(day) and (not self.since or day >= self.since) and (not self.until or day <= self.until)

    def admits(self, meta: Mapping[str, Any]) -> bool:
        """Whether a passage (by its metadata) passes."""
        if self.outlets and str(meta.get(schema.PUBLISHER) or "") not in self.outlets:
            return False
        if self.language and str(meta.get(schema.LANGUAGE) or "").lower() != self.language:
            return False
        return self.admits_day(str(meta.get(schema.DATE) or ""))

    def mask(self, publishers: Sequence[str], dates: Sequence[str], languages: Sequence[str]) -> np.ndarray:
        """Per-passage 1.0 (admitted) / 0.0, to multiply a keyword score array with."""
        keep = np.ones(len(publishers), dtype=bool)
        if self.outlets:
            keep &= np.isin(np.asarray(publishers, dtype=object), list(self.outlets))
        if self.since or self.until:  # ISO days compare as strings; undated ("") never passes
            days = np.asarray(dates, dtype=str)
            keep &= days != ""
            if self.since:
                keep &= days >= self.since
            if self.until:
                keep &= days <= self.until
        if self.language:
            keep &= np.fromiter((x.lower() == self.language for x in languages), bool, len(languages))
        return keep.astype(np.float32)

    def where(self, known_dates: Iterable[str]) -> dict[str, Any] | None:
        """The Chroma ``where`` admitting the same passages.

        Chroma compares only numbers with ``$gte``/``$lte``, so the date range
        becomes the list of the index's dates that fall in it.
        """
        clauses: list[dict[str, Any]] = []
        if self.outlets:
            clauses.append({schema.PUBLISHER: {"$in": list(self.outlets)}})
        if self.since or self.until:
            days = sorted(d for d in set(known_dates) if d and self.admits_day(d))
            clauses.append({schema.DATE: {"$in": days or ["none"]}})  # "none" matches no day
        if self.language:
            clauses.append({schema.LANGUAGE: self.language})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


NO_FILTERS = Filters()
