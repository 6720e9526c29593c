"""Hybrid retrieval: vector search in Chroma and BM25 beside it, fused by rank.

Each retriever proposes ``settings.candidates`` passages; their ranks are fused
(weighted reciprocal rank fusion), and every returned passage carries its cosine
similarity to the question, whichever retriever found it, so scores mean the
same thing everywhere (refusal thresholds, the UI).
"""

from __future__ import annotations

import logging

import numpy as np

from byline.embedding import MiniLMEncoder
from byline.keyword import KeywordIndex, current_keyword_index
from byline.settings import Settings
from byline.store import Store, StoredChunk
from rag.types import Passage

log = logging.getLogger(__name__)


def fuse_ranks(
    rankings: list[list[str]], weights: list[float], rrf_k: int
) -> list[tuple[str, float]]:
    """Weighted reciprocal rank fusion: ``sum(w / (rrf_k + rank))`` over rankings."""
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (rrf_k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


class HybridRetriever:
    """Vector + keyword retrieval over one index."""

    def __init__(self, settings: Settings, store: Store, encoder: MiniLMEncoder) -> None:
        self.settings = settings
        self.store = store
        self.encoder = encoder
        self._keyword: KeywordIndex | None = None
        self._generation = store.generation()

    def keyword_index(self) -> KeywordIndex:
        """The BM25 index for the store's current generation (rebuilt if the store moved on)."""
        self._keyword = current_keyword_index(self.store, self.settings.keyword_path, self._keyword)
        return self._keyword

    def refresh(self) -> None:
        """Follow index runs made since the last question (by this or another process)."""
        generation = self.store.generation()
        if generation != self._generation:
            log.info("index changed (generation %d); reopening the store", generation)
            self.store = self.store.reopened()
            self._generation = generation

    def retrieve(self, query: str, k: int) -> list[Passage]:
        """The ``k`` best passages for ``query``, best first."""
        self.refresh()
        pool = max(self.settings.candidates, k)
        qvec = self.encoder.embed_one(query)
        vector_hits = self.store.query(qvec, pool)
        keyword_hits = self.keyword_index().search(query, pool)
        fused = fuse_ranks(
            [[h.chunk_id for h in vector_hits], [cid for cid, _ in keyword_hits]],
            [self.settings.vector_weight, 1.0 - self.settings.vector_weight],
            self.settings.rrf_k,
        )[:k]
        known: dict[str, tuple[StoredChunk, float]] = {
            h.chunk_id: (h, 1.0 - (h.distance or 0.0)) for h in vector_hits
        }
        missing = [cid for cid, _ in fused if cid not in known]
        for cid, (chunk, vector) in self.store.chunks_by_id(missing).items():
            known[cid] = (chunk, float(np.dot(vector, qvec)))
        return [
            Passage.from_store(cid, known[cid][0].text, known[cid][0].metadata, known[cid][1])
            for cid, _ in fused
            if cid in known
        ]
