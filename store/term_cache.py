"""A term's BM25 hits kept between questions, within a memory budget.

The hits of a term (the rows holding it and their BM25) are fixed for the life of
one local index, and questions share most of their terms ("report", "company",
"according"): on MultiHop-RAG a question's keyword scoring fell from ~6 to ~2 ms
of CPU once they were kept. A common term at 60,000 articles has millions of
sentence rows, so the budget is in bytes, not terms; the oldest go first.
"""

from __future__ import annotations

import threading

import numpy as np

# Over all segments: the live rows holding a term (sorted), and its BM25 or tf in each.
TermHits = tuple[np.ndarray, np.ndarray]


class TermCache:
    """Term → hits, oldest dropped first once the arrays held pass ``budget`` bytes."""

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._held = 0
        self._hits: dict[str, tuple[TermHits, int]] = {}
        self._lock = threading.Lock()

    def get(self, term: str) -> TermHits | None:
        found = self._hits.get(term)
        return found[0] if found is not None else None

    def put(self, term: str, hits: TermHits) -> None:
        size = hits[0].nbytes + hits[1].nbytes
        if size > self._budget // 4:
            return  # one term would push out a quarter of the others: recompute it instead
        with self._lock:
            if term in self._hits:
                return
            while self._hits and self._held + size > self._budget:
                _, dropped = self._hits.pop(next(iter(self._hits)))  # dicts keep insertion order
                self._held -= dropped
            self._hits[term] = (hits, size)
            self._held += size
