"""A term's BM25 hits kept between questions, within a memory budget.

The hits of a term (the rows holding it and their BM25) are fixed for the life of
one local index, and questions share most of their terms ("report", "company",
"according"): on MultiHop-RAG a question's keyword scoring fell from ~6 to ~2 ms
of CPU once they were kept. A common term at 60,000 articles has millions of
sentence rows, so the budget is in bytes, not terms; the least recently asked go first.

At 60,000 articles a question's new terms bring ~4 MB of hits: a 16 MB budget
turned over every four questions and kept half the asked terms (300 MultiHop-RAG
questions: 10,930 terms computed, 1.25 GB of hits). With 64 MB, least recently
used first: 5,102 terms, 0.38 GB (docs/benchmarks.md, "The term cache at 60,000").
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

# Over all segments: the live rows holding a term (sorted), and its BM25 or tf in each.
TermHits = tuple[np.ndarray, np.ndarray]


class TermCache:
    """Term → hits, least recently asked dropped first once the arrays held pass ``budget`` bytes."""

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._held = 0
        self._hits: OrderedDict[str, tuple[TermHits, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, term: str) -> TermHits | None:
        with self._lock:
            found = self._hits.get(term)
            if found is None:
                return None
            self._hits.move_to_end(term)
            return found[0]

    def put(self, term: str, hits: TermHits) -> None:
        size = hits[0].nbytes + hits[1].nbytes
        if size > self._budget // 4:
            return  # one term would push out a quarter of the others: recompute it instead
        with self._lock:
            if term in self._hits:
                return
            while self._hits and self._held + size > self._budget:
                _, (_, dropped) = self._hits.popitem(last=False)
                self._held -= dropped
            self._hits[term] = (hits, size)
            self._held += size
