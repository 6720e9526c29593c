"""Hybrid retrieval: BM25 over passages and sentences, and sentence vectors, fused by score.

A news fact is a sentence, and multi-hop questions join several facts. So:

1. the question is split into clauses (``rag.query``);
2. candidates are the BM25 top passages for the whole question, the BM25 top
   passages for each clause, and the passages nearest to the question and to each
   clause (Chroma, cosine; a passage's vector is the mean of its sentences');
3. each candidate is scored by its BM25 score for the whole question plus its
   best clause's BM25 score plus 0.3 × the BM25 score of its best single sentence
   for the question or a clause (each scaled by the best score of its ranking; for
   sentences, the best among the candidates and each query's top passages),
   plus a bonus for the outlet and a larger one for the date when the question
   names them (a small one when the article has no outlet or date to compare),
   plus the cosine similarity of its vector to the question or a clause (from the
   local index's int8 passage vectors);
4. the best ``4 k`` are read from Chroma with their sentences' vectors, and the
   passage similarity is replaced by the best sentence's similarity: a fact is
   one sentence, and the mean vector of a passage blurs it. Sentence vectors are
   needed only for these few passages, so no process keeps millions of them;
5. the top k keep at most ``per_article`` passages of one article.

Measured on MultiHop-RAG in docs/benchmarks.md. A passage's ``score`` is that
best sentence similarity (cosine, −1..1), whichever way it was found.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from byline.embedding import Encoder
from byline.language import detect_query_language
from byline.settings import Settings
from rag.background_build import BackgroundBuild, worth_building_apart
from rag.filters import NO_FILTERS, Filters
from rag.passage_cache import CachedPassage, PassageCache, Sentence
from rag.query import QueryPlan, plan_query
from rag.types import Passage
from store import schema
from store.chroma import Store
from store.local_index import LocalIndex
from store.local_index_files import current_local_index

log = logging.getLogger(__name__)

SentenceVectors = dict[str, list[Sentence]]


@dataclass
class Retrieval:
    """Ranked passages, with what the answerer reuses: sentence vectors and probe vectors."""

    plan: QueryPlan
    passages: list[Passage]
    probes: np.ndarray
    sentences: SentenceVectors = field(default_factory=dict)
    keyword: LocalIndex | None = None  # the index the passages were ranked on (the answerer scores with it)
    partial: bool = False  # ranked by vector search alone: the keyword index was still being built


SCALE_PASSAGES = 100  # per query, the top passages whose best sentences set its sentence scale


def scaled(scores: np.ndarray) -> np.ndarray:
    """Scores divided by their maximum (0..1), so rankings of different queries add up fairly."""
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores


def top_rows(scores: np.ndarray, n: int) -> list[int]:
    """Rows of the ``n`` highest positive scores (in no particular order).

    Only the positive rows are partitioned: a question's terms reach a small share of a
    large archive's passages, and partitioning all 300,000 rows at 60,000 articles took
    ~12 % of a question (docs/benchmarks.md, "Fewer rows partitioned").
    """
    if n <= 0 or not scores.size:
        return []
    rows = np.flatnonzero(scores > 0)
    if rows.size > n:
        rows = rows[np.argpartition(scores[rows], rows.size - n)[rows.size - n :]]
    return rows.tolist()


def rank_scores(pool: Sequence[str], nearest: Sequence[Sequence[str]]) -> np.ndarray:
    """Per passage of ``pool``, 1 for first place in any probe's nearest list, down towards 0.

    What stands for the local vectors' cosine when only the store's ranking is known.
    """
    best: dict[str, float] = {}
    for hits in nearest:
        for rank, cid in enumerate(hits):
            best[cid] = max(best.get(cid, 0.0), 1.0 - rank / max(len(hits), 1))
    return np.asarray([best.get(cid, 0.0) for cid in pool], dtype=np.float32)


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


# An embedded store's vector index is reloaded once this many passages were added since it
# was loaded; until then they are scanned exactly (10,000 int8 vectors: a few ms a question).
RELOAD_VECTORS_AFTER = 10_000


class HybridRetriever:
    """BM25 + sentence-vector retrieval over one index."""

    def __init__(self, settings: Settings, store: Store, encoder: Encoder) -> None:
        self.settings = settings
        self.store = store
        self.encoder = encoder
        self._local: LocalIndex | None = None
        self._generation = store.generation()
        # The embedded store's vector index is loaded once per handle: it holds every passage
        # of generation ``_vectors_generation`` (at least), and the local segments named in
        # ``_vector_segments`` were current when that was recorded (see ``_added_since_vectors``).
        self._vectors_generation = self._generation
        self._vector_segments: frozenset[str] | None = None
        self._passages = PassageCache(settings.passage_cache_size)
        self._build: BackgroundBuild | None = None
        self._build_checked = False
        self._build_lock = threading.Lock()
        # The question's vectors are computed here while this thread scores its words: the model
        # run releases the GIL, and the two were a third and a fifth of a question at 60,000
        # articles (docs/benchmarks.md, "A question's model run beside its BM25"). One worker per
        # answer a server runs at once, so concurrent questions never queue behind each other.
        self._model_runs = ThreadPoolExecutor(
            max_workers=settings.concurrent_answers or os.cpu_count() or 1,
            thread_name_prefix="byline-question-vectors",
        )

    def keyword_index(self) -> LocalIndex:
        """Keyword index and passage vectors at the store's current generation (brought forward by deltas)."""
        self.refresh()
        return self._local_index()

    def _local_index(self) -> LocalIndex:
        """The local index as of the last :meth:`refresh` (a question reads the generation once).

        Empty while it is built in the background (:meth:`building`).
        """
        if self.building():
            return LocalIndex(self._generation)
        if self._local is None or self._local.generation != self._generation:
            self._local = current_local_index(self.store, self.settings.local_index_path, self._local)
        return self._local

    def building(self) -> bool:
        """Whether the keyword index is being built in the background (see ``rag.background_build``).

        Decided once, when the first question finds no index: a large store and none saved.
        When the build ends its index is taken over; if it failed, the next question builds
        in the foreground and meets the same error as it would have.
        """
        if self._local is not None:
            return False
        with self._build_lock:
            if not self._build_checked:
                self._build_checked = True
                if worth_building_apart(self.settings, self.store):
                    self._build = BackgroundBuild(self.store.reopened(), self.settings.local_index_path)
                    return True
            if self._build is None or not self._build.done():
                return self._build is not None
            build, self._build = self._build, None
            try:
                self._local = build.wait()
            except Exception:
                log.exception("the background keyword index build failed; building it again")
            return False

    def wait_for_keyword_index(self, timeout: float | None = None) -> None:
        """Block until a background build of the keyword index has ended (at once if none runs)."""
        build = self._build
        if build is not None:
            try:
                build.wait(timeout)
            except Exception:  # its error is met again by the next question, which rebuilds
                log.debug("background keyword index build failed", exc_info=True)

    def refresh(self) -> None:
        """Follow index runs made since the last question (by this or another process).

        The keyword index follows by delta (:meth:`keyword_index`). The store handle is
        kept: Chroma reads records fresh from its database, and the one thing an embedded
        handle holds stale, its vector index, misses only the passages added since it was
        loaded, which :meth:`nearest` finds in the local index's newer segments. Reopening
        instead reloaded the whole vector index for every change (1.5 s and ~0.5 GB at
        60,000 articles).
        """
        generation = self.store.generation()
        if generation != self._generation:
            log.info("index changed (generation %d)", generation)
            touched = self.store.touched_since(self._generation, generation)
            if touched is None:
                self._passages.clear()
            else:
                self._passages.forget(touched)
            self._generation = generation

    def _reopen_store(self) -> None:
        """A new store handle, whose vector index is loaded from disk at its first query.

        The old handle's vector index (~0.5 GB at 60,000 articles) is held in reference
        cycles inside Chroma's client, so it is collected now rather than whenever Python's
        collector next runs a full pass (RSS grew by that much per change before).
        """
        self.store = self.store.reopened()
        self._vectors_generation = self.store.generation()
        gc.collect()

    def _added_since_vectors(self, keyword: LocalIndex, filtered: bool) -> np.ndarray | None:
        """Live rows of ``keyword`` that the embedded store's vector index may lack (None: it lacks none).

        A server's index is always current. An embedded handle's is as of its loading:
        the passages added since are the rows of the local segments written since then.
        The handle is reopened when those grow past ``RELOAD_VECTORS_AFTER``, when its
        first question finds the index already moved on, and for a ``filtered`` search
        after any addition: Chroma looks every passage its filter admits up in the vector
        index and fails ("Error finding id") on one the index lacks.
        """
        if self.settings.chroma_url:
            return None
        if self._vector_segments is None and keyword.generation != self._vectors_generation:
            self._reopen_store()
        if self._vector_segments is None:
            self._vector_segments = keyword.segment_names()
        added = keyword.rows_outside(self._vector_segments)
        if len(added) > RELOAD_VECTORS_AFTER or (filtered and len(added)):
            log.info("%d passages added since the vector index was loaded; reloading it", len(added))
            self._reopen_store()
            self._vector_segments = keyword.segment_names()
            return None
        return added

    def read_passages(self, ids: list[str]) -> dict[str, CachedPassage]:
        """The passages among ``ids`` with their sentence vectors: from the cache, the rest from Chroma."""
        found, missing = self._passages.take(ids)
        read = {cid: CachedPassage.decoded(chunk) for cid, chunk in self.store.chunks_by_id(missing).items()}
        self._passages.put(read)
        return found | read

    def retrieve(self, query: str, k: int, filters: Filters = NO_FILTERS) -> list[Passage]:
        """The ``k`` best passages for ``query`` among those ``filters`` admits, best first."""
        return self.search(query, k, filters).passages

    def probes(self, query: str, clauses: Sequence[str]) -> np.ndarray:
        """Vectors of the question and its clauses (rows in that order), as ``clause_vectors`` says."""
        if self.settings.clause_vectors == "separate":
            return self.encoder.embed_queries([query, *clauses])
        return self.encoder.embed_question(query, clauses)

    @staticmethod
    def filter_mask(keyword: LocalIndex, filters: Filters) -> np.ndarray:
        """1/0 per keyword row: whether ``filters`` admits the passage."""
        return filters.mask(keyword.publishers, keyword.dates, keyword.languages)

    def nearest(
        self,
        keyword: LocalIndex,
        probes: np.ndarray,
        filters: Filters,
        admitted: np.ndarray | None,
        partial: bool = False,
    ) -> list[list[str]]:
        """Per probe, the ``vector_pool`` nearest passages: a local scan for a small archive, else Chroma.

        ``partial``: the keyword index is being built, so Chroma is asked, unfiltered (the
        date filter needs the index's dates; the passages read are filtered instead).
        """
        n = self.settings.vector_pool
        if partial:
            return self.store.nearest_passages(probes, n, self.store.passage_count())
        if len(keyword) <= self.settings.exact_search_passages:
            return keyword.nearest(probes, n, admitted)
        where = filters.where(keyword.dates) if filters else None
        added = self._added_since_vectors(keyword, filtered=where is not None)
        hits = self.store.nearest_passages(probes, n, len(keyword), where)
        if added is None:
            return hits
        if admitted is not None:
            added = added[admitted[added] > 0]
        extra = keyword.nearest_among(probes, n, added)
        live = keyword.position()  # a stale vector index still holds the passages deleted since
        return [
            list(dict.fromkeys([*(cid for cid in old if cid in live), *new]))
            for old, new in zip(hits, extra, strict=True)
        ]

    @staticmethod
    def best_sentences(
        keyword: LocalIndex,
        rows: Sequence[int],
        queries: Sequence[str],
        language: str | None,
        admitted: np.ndarray | None,
        passage_scores: Sequence[np.ndarray],
    ) -> np.ndarray:
        """Per candidate row, the best single sentence's BM25 for the question or any clause.

        Each query's scores are scaled by the best sentence of the passages that score
        highest for it (``SCALE_PASSAGES`` of them) and of the candidates: close to the
        best of every sentence, which is what the passage scores are scaled by, while
        only a few thousand sentences are scored, whatever the archive's size (scoring
        all 3.8 million sentences of 60,000 articles cost more than the rest of the
        question; the candidates alone as the scale cost AllFacts@10 0.003).
        """
        asked = np.asarray(rows, dtype=np.int64)
        if not len(asked):
            return np.zeros(0, dtype=np.float32)
        extras = [np.asarray(top_rows(scores, SCALE_PASSAGES), dtype=np.int64) for scores in passage_scores]
        # One call for every query over all the rows any of them needs: the terms they share
        # are looked up once. Each query's scale is still the best of its own rows.
        union, where = np.unique(np.concatenate([asked, *extras]), return_inverse=True)
        found_all = keyword.best_sentence_scores_at(union, queries, language)
        at_asked = where[: len(asked)]
        best = np.zeros(len(asked), dtype=np.float32)
        begin = len(asked)
        for q, extra in enumerate(extras):
            found = found_all[q, np.concatenate([at_asked, where[begin : begin + len(extra)]])]
            begin += len(extra)
            top = float(found.max())
            if top > 0:
                best = np.maximum(best, found[: len(asked)] / top)
        return best * admitted[asked] if admitted is not None else best

    def search(self, query: str, k: int, filters: Filters = NO_FILTERS) -> Retrieval:
        """Rank passages for ``query`` and keep the evidence the answerer needs."""
        self.refresh()
        cfg = self.settings
        partial = self.building()
        keyword = LocalIndex(self._generation) if partial else self._local_index()
        filters = filters.resolved(keyword.outlets())
        admitted = self.filter_mask(keyword, filters) if filters and not partial else None
        plan = plan_query(query, keyword.outlets())
        if admitted is not None and not admitted.any():
            return Retrieval(plan, [], np.zeros((0, 0), dtype=np.float32), keyword=keyword)
        probes_running = self._model_runs.submit(self.probes, query, plan.asking_clauses)
        language = detect_query_language(query)  # the question's analysis, once for all its parts
        probes_text = [query, *plan.clauses]
        passage_scores = keyword.scores_many(probes_text, language)
        probes = probes_running.result()
        whole, *clauses = (scaled(s) for s in passage_scores)
        best_clause = np.max(clauses, axis=0) if clauses else np.zeros_like(whole)
        if admitted is not None:  # masked before the top rows are taken, so narrow filters fill k
            whole, best_clause = whole * admitted, best_clause * admitted
            clauses = [scores * admitted for scores in clauses]

        candidates = {keyword.ids[r] for r in top_rows(whole, cfg.keyword_pool)}
        for scores in clauses:
            candidates.update(keyword.ids[r] for r in top_rows(scores, cfg.clause_pool))
        nearest = self.nearest(keyword, probes, filters, admitted, partial) if cfg.vector_pool else []
        for hits in nearest:
            candidates.update(hits)
        if not candidates:
            return Retrieval(plan, [], probes, keyword=keyword, partial=partial)

        position = keyword.position()
        pool = sorted(candidates)
        first = rank_scores(pool, nearest) if partial else keyword.similarity(pool, probes)
        rows = {cid: position[cid] for cid in pool if cid in position}
        best_sentence = self.best_sentences(
            keyword, list(rows.values()), probes_text, language, admitted, passage_scores
        )
        lexical: dict[str, float] = dict.fromkeys(pool, 0.0)
        for (cid, row), sentence in zip(rows.items(), best_sentence, strict=True):
            lexical[cid] = float(
                whole[row]
                + cfg.clause_weight * best_clause[row]
                + cfg.sentence_keyword_weight * sentence
                + named_bonus(plan, keyword.publishers[row], keyword.dates[row], cfg)
            )
        order = np.argsort(
            [-(lexical[c] + cfg.semantic_weight * f) for c, f in zip(pool, first, strict=True)]
        )
        shortlist = [pool[i] for i in order[: k * cfg.rescore_factor]]
        read = self.read_passages(shortlist)
        if filters:
            read = {cid: item for cid, item in read.items() if filters.admits(item.chunk.metadata)}
        chunks = {cid: item.chunk for cid, item in read.items()}
        similarity = {cid: item.best_similarity(probes) for cid, item in read.items()}
        ranked = sorted(chunks, key=lambda c: (-(lexical[c] + cfg.semantic_weight * similarity[c]), c))
        doc_of = {cid: str(chunk.metadata.get(schema.DOC_ID)) for cid, chunk in chunks.items()}
        chosen = diversify(ranked, doc_of, k, cfg.per_article)
        passages = [
            Passage.from_store(cid, chunks[cid].text, chunks[cid].metadata, similarity[cid]) for cid in chosen
        ]
        sentences = {cid: read[cid].sentences for cid in chosen}
        return Retrieval(plan, passages, probes, sentences, keyword, partial)
