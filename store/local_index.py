"""The keyword engine and compact passage vectors every process keeps beside Chroma.

A :class:`LocalIndex` is a list of immutable segments (``store/segment.py``) plus,
per segment, which of its passages are deleted. It answers the retriever's
questions over all live passages: BM25 of a question for every passage, the BM25
of each passage's best sentence, a passage vector's similarity to the question.

It follows the store by deltas: when the store's generation moves from g to G,
the passages touched in between (``store/changelog.py``) are fetched from
Chroma; the ones still there form one new segment, and every touched passage is
marked deleted in the older segments. Segments of similar size are merged
(tiered, as Lucene does), so the number of segments stays logarithmic in the
archive and each passage is rewritten O(log n) times over its life.

Saving, loading, checking and rebuilding it, and bringing it to the store's
generation, are ``store/local_index_files.py``'s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from byline.embedding import DIMENSION
from byline.language import detect_query_language
from store.analysis import question_terms
from store.bm25 import idf_lucene, tf_lucene
from store.column_file import rows_of
from store.segment import SCALE, PassageRow, Segment
from store.term_cache import TermCache, TermHits

log = logging.getLogger(__name__)

MERGE_FACTOR = 4  # merge when this many segments share a size tier
MERGE_LIMIT = MERGE_FACTOR**7  # 16,384 live passages: larger segments are not merged (tiered_merge)
MAX_DELETED_SHARE = 0.5  # a segment too large to merge is rewritten alone past this share deleted
IDF_CACHE = 1 << 16  # terms whose idf an index keeps (cleared when full)
# Per kind: passage terms' BM25 and sentence terms' postings kept between questions. At
# 60,000 articles 64 MB each (least recently asked first) against 16: p50 128 → 108 ms,
# RSS after 300 questions 1,398 → 1,494 MiB (store/term_cache.py; docs/benchmarks.md).
TERM_CACHE_BYTES = 64 << 20


@dataclass
class LocalIndex:
    """Live passages of ``segments`` (``deleted[i]`` marks the dead rows of segment i)."""

    generation: int
    segments: list[Segment] = field(default_factory=list)
    deleted: list[np.ndarray] = field(default_factory=list)

    def __post_init__(self) -> None:
        sizes = [len(s) for s in self.segments]
        self._offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        self.live = ~np.concatenate(self.deleted) if self.deleted else np.zeros(0, dtype=bool)
        self._live_passages = int(self.live.sum())
        self._passage_avg = self._average(lambda s: s.passages.lengths, self.deleted)
        sentence_dead = [
            np.repeat(d, np.diff(s.sentence_starts)) for s, d in zip(self.segments, self.deleted, strict=True)
        ]
        self._sentence_dead = sentence_dead
        # Per segment, its deletion mask, or None when it has none (a term's hits skip the mask).
        self._passage_gone = [d if d.any() else None for d in self.deleted]
        self._sentence_gone = [d if d.any() else None for d in sentence_dead]
        self._live_sentences = int(sum(len(d) - int(d.sum()) for d in sentence_dead))
        self._sentence_avg = self._average(lambda s: s.sentences.lengths, sentence_dead)
        self._unpacked: np.ndarray | None = None  # float32 passage vectors, made on first exact search
        self._idf: dict[str, float] = {}
        self._sentence_idf: dict[str, float] = {}
        self._passage_terms = TermCache(TERM_CACHE_BYTES)
        self._sentence_postings = TermCache(TERM_CACHE_BYTES)

    # Per-row lists, made on first use: an index run that applies a delta needs none of them
    # (0.3 s at 45,000 articles), a serving process makes them once per generation.

    @cached_property
    def ids(self) -> list[str]:
        return [cid for s in self.segments for cid in s.ids]

    @cached_property
    def publishers(self) -> list[str]:
        return [p for s in self.segments for p in s.publishers]

    @cached_property
    def dates(self) -> list[str]:
        return [d for s in self.segments for d in s.dates]

    @cached_property
    def languages(self) -> list[str]:
        return [x for s in self.segments for x in s.languages]

    @cached_property
    def _position(self) -> dict[str, int]:
        ids = self.ids
        return {ids[i]: i for i in np.flatnonzero(self.live).tolist()}

    @cached_property
    def _outlets(self) -> set[str]:
        publishers = self.publishers
        return {p for i in np.flatnonzero(self.live).tolist() if (p := publishers[i])}

    def _average(self, lengths: Any, dead: Sequence[np.ndarray]) -> float:
        total = sum(int(np.asarray(lengths(s))[~d].sum()) for s, d in zip(self.segments, dead, strict=True))
        count = sum(len(d) - int(d.sum()) for d in dead)
        return total / count if count else 0.0

    # -- what the retriever asks ------------------------------------------------

    def __len__(self) -> int:
        return self._live_passages

    def position(self) -> dict[str, int]:
        """Row of each live passage in the arrays :meth:`scores` returns."""
        return self._position

    def outlets(self) -> set[str]:
        """The outlets of the live passages (found once per generation, not per question)."""
        return self._outlets

    def __contains__(self, term: object) -> bool:
        """Whether any segment holds the analysed ``term``."""
        return isinstance(term, str) and any(s.passages.holds(term) for s in self.segments)

    def terms(self, query: str, language: str | None = None) -> list[str]:
        """The question's terms in its language (detected when not given), each once."""
        language = language if language is not None else detect_query_language(query)
        return list(dict.fromkeys(question_terms(query, language, self)))

    def idf(self, term: str) -> float:
        """Passage-level idf of an analysed term: rare terms say more about an answer (kept per term)."""
        live = self._live_passages
        return self._cached_idf(self._idf, term, lambda: len(self._passage_term(term)[0]), live)

    @staticmethod
    def _cached_idf(cache: dict[str, float], term: str, df: int | Callable[[], int], live: int) -> float:
        """Lucene's idf of ``term`` among the ``live`` rows, kept in ``cache``.

        ``df``: the number of live rows holding it, or how to count them when the idf is not kept.
        """
        known = cache.get(term)
        if known is None:
            count = df() if callable(df) else df
            known = float(idf_lucene(count, max(live, 1)))
            if len(cache) >= IDF_CACHE:
                cache.clear()
            cache[term] = known
        return known

    def scores(self, query: str, language: str | None = None) -> np.ndarray:
        """BM25 of every passage (rows as in :meth:`position`, dead rows 0) for ``query``."""
        return self.scores_many([query], language)[0]

    def best_sentence_scores(self, query: str, language: str | None = None) -> np.ndarray:
        """Per passage, the BM25 of its best sentence for ``query`` (sentences scored as documents)."""
        return self.best_sentence_scores_many([query], language)[0]

    def scores_many(self, queries: Sequence[str], language: str | None = None) -> list[np.ndarray]:
        """:meth:`scores` of each query; a term several share (clause and question) is scored once."""
        return self._accumulate_many([self.terms(q, language) for q in queries])

    def best_sentence_scores_many(
        self, queries: Sequence[str], language: str | None = None
    ) -> list[np.ndarray]:
        """:meth:`best_sentence_scores` of each query, every passage (:meth:`best_sentence_scores_at`)."""
        every = np.flatnonzero(self.live)
        out = []
        for scores in self.best_sentence_scores_at(every, queries, language):
            full = np.zeros(len(self.ids), dtype=np.float32)
            full[every] = scores
            out.append(full)
        return out

    def best_sentence_scores_at(
        self, rows: np.ndarray, queries: Sequence[str], language: str | None = None
    ) -> np.ndarray:
        """Per query (rows of the result), the BM25 of the best sentence of each passage at ``rows``.

        Only the sentences of those passages are scored: a term's hits among them are
        found by one binary search in its postings over all segments (sorted by global
        sentence row). The retriever asks for its few hundred candidates, so a question's
        cost does not grow with the archive (scoring every sentence of 60,000 articles,
        3.8 million, took most of a question's time). A term several queries share (the
        question and its clauses) is looked up once; each query then adds its terms'
        contributions in its own term order, so every sum is the same float as before.
        """
        rows = np.asarray(rows, dtype=np.int64)
        at = np.zeros((len(queries), len(rows)), dtype=np.float32)
        if not len(rows) or not self.segments:
            return at
        sentence_rows, lengths, targets, firsts = self._sentences_of(rows)
        if not len(sentence_rows):
            return at
        per_query = [self.terms(query, language) for query in queries]
        contribution: dict[str, np.ndarray | None] = {}
        for term in dict.fromkeys(t for terms in per_query for t in terms):
            term_rows, tf = self._sentence_hits(term)
            if not len(term_rows):
                contribution[term] = None
                continue
            idf = self._cached_idf(self._sentence_idf, term, len(term_rows), self._live_sentences)
            found_at = np.minimum(np.searchsorted(term_rows, sentence_rows), len(term_rows) - 1)
            found = term_rows[found_at] == sentence_rows
            if not found.any():
                contribution[term] = None
                continue
            values = np.zeros(len(sentence_rows), dtype=np.float32)
            scored = tf_lucene(tf[found_at[found]], lengths[found], self._sentence_avg)
            values[found] = np.float32(idf) * scored
            contribution[term] = values
        for q, terms in enumerate(per_query):
            sums = np.zeros(len(sentence_rows), dtype=np.float32)
            for term in terms:
                added = contribution[term]
                if added is not None:
                    sums += added  # adding 0.0 elsewhere leaves each sum the same float
            if sums.any():
                at[q, targets] = np.maximum.reduceat(sums, firsts)
        return at

    @cached_property
    def _sentence_offsets(self) -> np.ndarray:
        """Global row of each segment's first sentence (and the total at the end)."""
        counts = [int(s.sentence_starts[-1]) for s in self.segments]
        return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)

    def _sentences_of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The sentences of the passages at ``rows``, grouped by passage.

        Returns their global rows, their lengths (0 for a deleted one, never found),
        which of ``rows`` own any sentence (positions into ``rows``), and where each
        of those passages' sentences begin in the list.
        """
        seg_of = np.searchsorted(self._offsets, rows, side="right") - 1
        parts_rows, parts_lengths, parts_targets, parts_firsts = [], [], [], []
        done = 0
        for k in np.unique(seg_of):
            mine = np.flatnonzero(seg_of == k)
            local = rows[mine] - int(self._offsets[k])
            segment = self.segments[k]
            starts = np.asarray(segment.sentence_starts)
            first, counts = starts[local], starts[local + 1] - starts[local]
            before = np.cumsum(counts) - counts
            local_sentences = np.repeat(first - before, counts) + np.arange(int(counts.sum()))
            parts_rows.append(local_sentences + int(self._sentence_offsets[k]))
            parts_lengths.append(np.asarray(segment.sentences.lengths)[local_sentences])
            owned = counts > 0
            parts_targets.append(mine[owned])
            parts_firsts.append(before[owned] + done)
            done += len(local_sentences)
        return (
            np.concatenate(parts_rows),
            np.concatenate(parts_lengths),
            np.concatenate(parts_targets),
            np.concatenate(parts_firsts),
        )

    def _sentence_hits(self, term: str) -> TermHits:
        """The live sentence rows holding ``term`` over all segments (global rows, sorted) and its tf.

        Kept between questions (within a budget): the postings are read from disk
        (``store/column_file.py``), and a question asks for its terms once per clause.
        """
        known = self._sentence_postings.get(term)
        if known is None:
            known = _global_hits(
                [s.sentences.lookup(term) for s in self.segments],
                self._sentence_gone,
                self._sentence_offsets,
                int(self._sentence_offsets[-1]),
            )
            self._sentence_postings.put(term, known)
        return known

    def _passage_term(self, term: str) -> TermHits:
        """The live passage rows holding ``term`` (global rows, sorted) and their BM25 for it.

        df counts live rows only; kept between questions within a budget.
        """
        known = self._passage_terms.get(term)
        if known is not None:
            return known
        term_rows, tf = _global_hits(
            [s.passages.lookup(term) for s in self.segments],
            self._passage_gone,
            self._offsets,
            len(self.live),
        )
        scores = np.zeros(0, dtype=np.float32)
        if len(term_rows):
            idf = np.float32(idf_lucene(len(term_rows), self._live_passages))
            scores = idf * tf_lucene(tf, self._passage_lengths[term_rows], self._passage_avg)
        known = (term_rows, scores)
        self._passage_terms.put(term, known)
        return known

    @cached_property
    def _passage_lengths(self) -> np.ndarray:
        """Terms per passage, every segment's in row order (4 bytes a passage)."""
        parts = [np.asarray(s.passages.lengths) for s in self.segments]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)

    def _accumulate_many(self, queries: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per query, the sum of its terms' BM25 for every passage (in term order)."""
        out = []
        for terms in queries:
            total = np.zeros(len(self.live), dtype=np.float32)
            for term in terms:
                term_rows, score = self._passage_term(term)
                total[term_rows] += score
            out.append(total)
        return out

    def similarity(self, chunk_ids: Sequence[str], probes: np.ndarray) -> np.ndarray:
        """Per passage, its vector's highest cosine with any probe (0 for passages not live here)."""
        out = np.zeros(len(chunk_ids), dtype=np.float32)
        rows = [self._position.get(cid) for cid in chunk_ids]
        found = [i for i, row in enumerate(rows) if row is not None]
        if not found:
            return out
        at = np.asarray([rows[i] for i in found], dtype=np.int64)
        out[found] = (self._vectors_at(at) @ probes.T).max(axis=1) / SCALE
        return out

    def _vectors_at(self, at: np.ndarray) -> np.ndarray:
        """The int8 vectors of rows ``at`` (as float32, still scaled by ``SCALE``)."""
        seg_of = np.searchsorted(self._offsets, at, side="right") - 1
        vectors = np.zeros((len(at), DIMENSION), dtype=np.float32)
        for k in np.unique(seg_of):
            mine = np.flatnonzero(seg_of == k)
            vectors[mine] = rows_of(self.segments[k].vectors, at[mine] - int(self._offsets[k]))
        return vectors

    def segment_names(self) -> frozenset[str]:
        """The names of this index's segments (a segment's rows never change)."""
        return frozenset(s.name for s in self.segments)

    def rows_outside(self, names: frozenset[str]) -> np.ndarray:
        """The live rows of the segments not named in ``names``: the passages added since then."""
        parts = [
            np.arange(self._offsets[k], self._offsets[k + 1])
            for k, s in enumerate(self.segments)
            if s.name not in names
        ]
        rows = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        return rows[self.live[rows]]

    def nearest_among(self, probes: np.ndarray, n: int, rows: np.ndarray) -> list[list[str]]:
        """For each probe, the ids of the ``n`` passages among ``rows`` nearest to it, exactly."""
        k = min(n, len(rows))
        if k == 0:
            return [[] for _ in probes]
        scores = self._vectors_at(rows) @ probes.T
        return [[self.ids[rows[r]] for r in _best(column, k)] for column in scores.T]

    def nearest(self, probes: np.ndarray, n: int, admitted: np.ndarray | None = None) -> list[list[str]]:
        """For each probe, the ids of the ``n`` live (and admitted) passages nearest to it, exactly.

        A scan of the compact vectors, for an archive small enough that it costs less
        than a query to Chroma's HNSW index (3,060 passages: ~1 ms against ~3.5 ms);
        the retriever decides by ``exact_search_passages``. The unpacked vectors
        (1.5 KB a passage) are kept for the life of this index.
        """
        if self._unpacked is None:
            parts = [np.asarray(s.vectors, dtype=np.float32) / SCALE for s in self.segments]
            self._unpacked = np.concatenate(parts) if parts else np.zeros((0, probes.shape[1]), np.float32)
        allowed = self.live if admitted is None else self.live & (admitted > 0)
        k = min(n, int(allowed.sum()))
        if k == 0:
            return [[] for _ in probes]
        scores = self._unpacked @ probes.T
        scores[~allowed] = -np.inf
        return [[self.ids[r] for r in _best(column, k)] for column in scores.T]

    # -- following the store ------------------------------------------------------

    def applied(self, generation: int, touched: Iterable[str], rows: Sequence[PassageRow]) -> LocalIndex:
        """This index with ``touched`` passages deleted and ``rows`` (their current state) added."""
        deleted = [d.copy() for d in self.deleted]
        for cid in touched:
            row = self._position.get(cid)
            if row is not None:
                k = int(np.searchsorted(self._offsets, row, side="right")) - 1
                deleted[k][row - int(self._offsets[k])] = True
        segments = list(self.segments)
        if rows:
            segments.append(Segment.build(rows))
            deleted.append(np.zeros(len(rows), dtype=bool))
        return LocalIndex(generation, *tiered_merge(segments, deleted))


def _global_hits(
    found: Sequence[tuple[np.ndarray, np.ndarray]],
    dead: Sequence[np.ndarray | None],
    offsets: np.ndarray,
    total: int,
) -> TermHits:
    """Per-segment (rows, values) of one term as one pair over all segments: live rows only,
    numbered after each other (``offsets[k]`` is segment k's first row), sorted.

    ``dead[k]`` is None for a segment without deletions (most of them): its rows are not
    looked up in a mask, which was most of this function's time at 300,000 passages.
    """
    dtype = np.int32 if total < np.iinfo(np.int32).max else np.int64
    rows_parts, value_parts = [], []
    for k, ((rows, values), gone) in enumerate(zip(found, dead, strict=True)):
        if not len(rows):
            continue
        rows, values = np.asarray(rows), np.asarray(values)
        if gone is not None:
            keep = ~gone[rows]
            rows, values = rows[keep], values[keep]
        rows_parts.append(np.add(rows, int(offsets[k]), dtype=dtype))
        value_parts.append(values)
    if not rows_parts:
        return np.zeros(0, dtype=dtype), np.zeros(0, dtype=np.uint16)
    return np.concatenate(rows_parts), np.concatenate(value_parts)


def _best(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` highest ``scores``, highest first (ties: lower position first)."""
    top = np.argpartition(-scores, k - 1)[:k]
    return top[np.argsort(-scores[top], kind="stable")]


def _tier(live: int) -> int:
    return int(np.log(max(live, 1)) / np.log(MERGE_FACTOR))


def tiered_merge(
    segments: list[Segment], deleted: list[np.ndarray]
) -> tuple[list[Segment], list[np.ndarray]]:
    """Drop empty segments; merge any ``MERGE_FACTOR`` segments of one size tier (live passages).

    Segments of ``MERGE_LIMIT`` live passages or more are not merged with others (like
    Lucene's largest-segment cap): a merge is built in memory by whichever process
    follows the index, and four 50,000-passage segments took ~3.5 GB there. Such a
    segment is rewritten alone once most of its rows are deleted.
    """
    pairs = [(s, d) for s, d in zip(segments, deleted, strict=True) if not d.all()]
    pairs = [
        (Segment.merge([(s, ~d)]), np.zeros(len(d) - int(d.sum()), dtype=bool))
        if len(d) >= MERGE_LIMIT and d.mean() > MAX_DELETED_SHARE
        else (s, d)
        for s, d in pairs
    ]
    while True:
        tiers: dict[int, list[int]] = {}
        for i, (_, d) in enumerate(pairs):
            live = len(d) - int(d.sum())
            if live < MERGE_LIMIT:
                tiers.setdefault(_tier(live), []).append(i)
        full = next((members for members in tiers.values() if len(members) >= MERGE_FACTOR), None)
        if full is None:
            return [s for s, _ in pairs], [d for _, d in pairs]
        merged = Segment.merge([(pairs[i][0], ~pairs[i][1]) for i in full])
        pairs = [p for i, p in enumerate(pairs) if i not in full]
        pairs.append((merged, np.zeros(len(merged), dtype=bool)))
