"""Hybrid retrieval: BM25 over passages and sentences, and sentence vectors, fused by score.

A news fact is a sentence, and multi-hop questions join several facts. So:

1. the question is split into clauses (``rag.query``);
2. candidates are the BM25 top passages for the whole question, the BM25 top
   passages for each clause, and the passages nearest to the question and to each
   clause (Chroma, cosine; a passage's vector is the mean of its sentences');
3. each candidate is scored by its BM25 score for the whole question plus its
   best clause's BM25 score plus 0.3 × the BM25 score of its best single sentence
   for the question or a clause (each scaled by the best score of its ranking),
   plus its best sentence's cosine similarity to the question or a clause (from the
   memory-mapped sentence cache), plus a bonus for the outlet and a larger one
   for the date when the question names them (a small one when the article has
   no outlet or date to compare);
4. the top k keep at most ``per_article`` passages of one article.

Measured on MultiHop-RAG in docs/benchmarks.md. A passage's ``score`` is that
best sentence similarity (cosine, −1..1), whichever way it was found.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from byline.embedding import Encoder
from store.keyword import KeywordIndex, current_keyword_index
from store.sentence_cache import Sentence, SentenceMatrix, current_sentence_matrix
from byline.settings import Settings
from store.chroma import Store
from rag.query import QueryPlan, plan_query
from rag.types import Passage

log = logging.getLogger(__name__)

SentenceVectors = dict[str, list[Sentence]]


@dataclass
class Retrieval:
    """Ranked passages, with what the answerer reuses: sentence vectors and probe vectors."""

    plan: QueryPlan
    passages: list[Passage]
    probes: np.ndarray
    sentences: SentenceVectors = field(default_factory=dict)


def scaled(scores: np.ndarray) -> np.ndarray:
    """Scores divided by their maximum (0..1), so rankings of different queries add up fairly."""
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores


def top_rows(scores: np.ndarray, n: int) -> list[int]:
    """Rows of the ``n`` highest positive scores."""
    if n <= 0 or not scores.size:
        return []
    n = min(n, scores.size)
    rows = np.argpartition(-scores, n - 1)[:n]
    return [int(r) for r in rows if scores[r] > 0]


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


def named_bonus(plan: QueryPlan, publisher: str, date: str, cfg: Settings) -> float:
    """Bonus for a passage whose outlet or date the question names.

    A date names one day's articles, an outlet hundreds of them, so the date
    weighs more. An article without an outlet (or a date) in its metadata may
    still be the one meant, so it keeps a small share instead of losing to every
    article that has one (46% of the benchmark's articles carry neither).
    """
    bonus = 0.0
    if plan.outlets:
        bonus += cfg.outlet_boost if publisher in plan.outlets else cfg.unknown_boost * (not publisher)
    if plan.dates:
        bonus += cfg.date_boost if date in plan.dates else cfg.unknown_boost * (not date)
    return bonus


class HybridRetriever:
    """BM25 + sentence-vector retrieval over one index."""

    def __init__(self, settings: Settings, store: Store, encoder: Encoder) -> None:
        self.settings = settings
        self.store = store
        self.encoder = encoder
        self._keyword: KeywordIndex | None = None
        self._sentences: SentenceMatrix | None = None
        self._generation = store.generation()

    def keyword_index(self) -> KeywordIndex:
        """The BM25 index for the store's current generation (rebuilt if the store moved on)."""
        self._keyword = current_keyword_index(
            self.store, self.settings.keyword_path, lambda: self.sentence_matrix().span_map(), self._keyword
        )
        return self._keyword

    def sentence_matrix(self) -> SentenceMatrix:
        """Sentence vectors for the store's current generation (rebuilt if the store moved on)."""
        self._sentences = current_sentence_matrix(
            self.store, self.settings.sentence_cache_path, self._sentences
        )
        return self._sentences

    def refresh(self) -> None:
        """Follow index runs made since the last question (by this or another process)."""
        generation = self.store.generation()
        if generation != self._generation:
            log.info("index changed (generation %d); reopening the store", generation)
            self.store = self.store.reopened()
            self._generation = generation

    def retrieve(self, query: str, k: int) -> list[Passage]:
        """The ``k`` best passages for ``query``, best first."""
        return self.search(query, k).passages

    def search(self, query: str, k: int) -> Retrieval:
        """Rank passages for ``query`` and keep the evidence the answerer needs."""
        self.refresh()
        cfg = self.settings
        keyword = self.keyword_index()
        plan = plan_query(query, keyword.outlets())
        probes = self.encoder.embed_queries([query, *plan.clauses])
        matrix = self.sentence_matrix()
        whole = scaled(keyword.scores(query))
        clauses = [scaled(keyword.scores(c)) for c in plan.clauses]
        best_clause = np.max(clauses, axis=0) if clauses else np.zeros_like(whole)
        # Best single sentence for the question or any clause, passage by passage.
        probes_text = (query, *plan.clauses)
        best_sentence = np.max([scaled(keyword.best_sentence_scores(q)) for q in probes_text], axis=0)

        candidates = {keyword.ids[r] for r in top_rows(whole, cfg.keyword_pool)}
        for scores in clauses:
            candidates.update(keyword.ids[r] for r in top_rows(scores, cfg.clause_pool))
        if cfg.vector_pool:
            for hits in self.store.nearest_passages(probes, cfg.vector_pool, len(keyword.ids)):
                candidates.update(hits)
        if not candidates:
            return Retrieval(plan, [], probes)

        position = keyword.position()
        total: dict[str, float] = {}
        similarity: dict[str, float] = {}
        for cid in candidates:
            row = position.get(cid)
            lexical = 0.0
            if row is not None:
                lexical = float(
                    whole[row]
                    + cfg.clause_weight * best_clause[row]
                    + cfg.sentence_keyword_weight * best_sentence[row]
                    + named_bonus(plan, keyword.publishers[row], keyword.dates[row], cfg)
                )
            similarity[cid] = matrix.best_similarity(cid, probes)
            total[cid] = lexical + cfg.semantic_weight * similarity[cid]
        ranked = sorted(candidates, key=lambda c: (-total[c], c))[: k * 4]
        chunks = self.store.chunks_by_id(ranked)
        doc_of = {cid: str(chunk.metadata.get("doc_id")) for cid, chunk in chunks.items()}
        chosen = diversify([c for c in ranked if c in chunks], doc_of, k, cfg.per_article)
        passages = [
            Passage.from_store(cid, chunks[cid].text, chunks[cid].metadata, similarity[cid]) for cid in chosen
        ]
        return Retrieval(plan, passages, probes, {cid: matrix.of(cid) for cid in chosen})
