"""Hybrid retrieval: vector search in Chroma and BM25 beside it, fused by rank.

For each query the vector and keyword rankings are fused (weighted reciprocal
rank fusion). When the question names outlets, each outlet's clause is also
searched within that outlet's articles and fused in, so a multi-hop question
("… according to Fortune, and … as reported by The Age?") gets passages for
every hop. The final list keeps a few passages per article at most, so one long
article cannot crowd out the others. Every passage carries its cosine similarity
to the question, whichever retriever found it, so scores mean the same thing
everywhere (refusal thresholds, the UI).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from byline.embedding import MiniLMEncoder
from byline.keyword import KeywordIndex, current_keyword_index
from byline.settings import Settings
from byline.store import Store, StoredChunk
from rag.query import QueryPlan, plan_query
from rag.types import Passage

log = logging.getLogger(__name__)


def fuse_ranks(
    rankings: Sequence[Sequence[str]], weights: Sequence[float], rrf_k: int
) -> list[tuple[str, float]]:
    """Weighted reciprocal rank fusion: ``sum(w / (rrf_k + rank))`` over rankings."""
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (rrf_k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def diversify(ranked: Sequence[str], doc_of: dict[str, str], k: int, per_doc: int) -> list[str]:
    """The first ``k`` ids with at most ``per_doc`` per article (then the rest, in order)."""
    taken: list[str] = []
    held: list[str] = []
    counts: dict[str, int] = {}
    for cid in ranked:
        doc = doc_of.get(cid, cid)
        if counts.get(doc, 0) < per_doc:
            counts[doc] = counts.get(doc, 0) + 1
            taken.append(cid)
        else:
            held.append(cid)
        if len(taken) >= k:
            break
    return (taken + held)[:k]


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

    def plan(self, query: str) -> QueryPlan:
        """Outlets, dates and per-outlet clauses named in the question."""
        return plan_query(query, self.keyword_index().outlets())

    def _ranking(
        self, text: str, vector: np.ndarray, pool: int, outlet: str | None, found: dict[str, StoredChunk]
    ) -> list[str]:
        """Vector and keyword rankings of one (sub-)query, fused."""
        where = {"publisher": outlet} if outlet else None
        hits = self.store.query(vector, pool, where=where)
        for h in hits:
            # A sub-query's distance is not the question's: keep it only for the question.
            found.setdefault(h.chunk_id, h if outlet is None else replace(h, distance=None))
        keyword = self.keyword_index().search(text, pool, publisher=outlet)
        fused = fuse_ranks(
            [[h.chunk_id for h in hits], [cid for cid, _ in keyword]],
            [self.settings.vector_weight, 1.0 - self.settings.vector_weight],
            self.settings.rrf_k,
        )
        return [cid for cid, _ in fused]

    def retrieve(self, query: str, k: int) -> list[Passage]:
        """The ``k`` best passages for ``query``, best first."""
        self.refresh()
        pool = max(self.settings.candidates, k)
        plan = self.plan(query) if self.settings.query_analysis else QueryPlan(query)
        texts = [query, *(p.text for p in plan.parts)]
        vectors = self.encoder.embed(texts)
        found: dict[str, StoredChunk] = {}
        rankings = [self._ranking(query, vectors[0], pool, None, found)]
        for part, vector in zip(plan.parts, vectors[1:], strict=True):
            rankings.append(self._ranking(part.text, vector, pool, None, found))
        weights = [1.0] + [self.settings.part_weight] * len(plan.parts)
        ranked = [cid for cid, _ in fuse_ranks(rankings, weights, self.settings.rrf_k)]
        return self._passages(ranked, vectors[0], k, found)

    def _passages(
        self, ranked: list[str], qvec: np.ndarray, k: int, found: dict[str, StoredChunk]
    ) -> list[Passage]:
        """Load the passages (text, metadata, cosine score) and keep the top ``k`` diversified."""
        head = ranked[: k * 4]
        missing = [cid for cid in head if cid not in found or found[cid].distance is None]
        vectors: dict[str, np.ndarray] = {}
        for cid, (chunk, vector) in self.store.chunks_by_id(missing).items():
            found[cid] = chunk
            vectors[cid] = vector
        doc_of = {cid: str(found[cid].metadata.get("doc_id")) for cid in head if cid in found}
        chosen = diversify([c for c in head if c in found], doc_of, k, self.settings.per_article)
        out = []
        for cid in chosen:
            chunk = found[cid]
            if cid in vectors:
                score = float(np.dot(vectors[cid], qvec))
            else:
                score = 1.0 - float(chunk.distance or 0.0)
            out.append(Passage.from_store(cid, chunk.text, chunk.metadata, score))
        return out
