"""Sentence vectors of every passage, as one memory-mapped matrix beside Chroma.

Scoring candidates needs the sentence vectors of ~80 passages per question;
fetching them from Chroma with a metadata filter costs ~60 ms. This cache holds
them as float16 rows grouped by passage, saved under ``home/sentences/g<generation>``
and memory-mapped, so a lookup is a slice and the operating system keeps only
the pages in use. Like the keyword index it is derived from Chroma and tagged
with the store's generation, so every process (also against a Chroma server)
can tell whether it is current and rebuild it if not.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from byline.embedding import DIMENSION

log = logging.getLogger(__name__)

Sentence = tuple[int, int, np.ndarray]


@dataclass
class SentenceChanges:
    """The sentence rows an index run wrote and the passages it deleted.

    With them the run updates the previous cache instead of reading every vector
    back from Chroma, which cost ~1.5 s per 609 articles and grows with the whole
    index (millions of rows at 60,000 articles), not with the run.
    """

    added: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)

    def add(self, chunk_ids: Sequence[str], spans: Sequence[tuple[int, int]], vectors: np.ndarray) -> None:
        """Rows as written: one per sentence, a passage's rows together, in article order."""
        begin = 0
        for end in range(1, len(chunk_ids) + 1):
            if end == len(chunk_ids) or chunk_ids[end] != chunk_ids[begin]:
                cid = chunk_ids[begin]
                self.added[cid] = (
                    np.asarray(spans[begin:end], dtype=np.int64).reshape(-1, 2),
                    np.asarray(vectors[begin:end], dtype=np.float16),
                )
                self.removed.discard(cid)
                begin = end

    def remove(self, chunk_ids: Sequence[str]) -> None:
        for cid in chunk_ids:
            self.removed.add(cid)
            self.added.pop(cid, None)


@dataclass
class SentenceMatrix:
    """Rows of sentence vectors; ``rows[chunk_id]`` is its ``(first, stop)`` row range."""

    generation: int
    vectors: np.ndarray
    spans: np.ndarray
    rows: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def build(cls, generation: int, store: Any) -> SentenceMatrix:
        """Read every sentence vector from the store (a :class:`store.chroma.Store`)."""
        grouped: dict[str, list[tuple[int, int, np.ndarray]]] = {}
        for chunk_id, start, end, vector in store.sentence_rows():
            grouped.setdefault(chunk_id, []).append((start, end, vector))
        count = sum(len(v) for v in grouped.values())
        vectors = np.zeros((count, DIMENSION), dtype=np.float16)
        spans = np.zeros((count, 2), dtype=np.int64)
        rows: dict[str, tuple[int, int]] = {}
        at = 0
        for chunk_id in sorted(grouped):
            items = sorted(grouped[chunk_id], key=lambda s: s[0])
            for i, (start, end, vector) in enumerate(items):
                vectors[at + i] = vector
                spans[at + i] = (start, end)
            rows[chunk_id] = (at, at + len(items))
            at += len(items)
        return cls(generation, vectors, spans, rows)

    def updated(self, generation: int, changes: SentenceChanges) -> SentenceMatrix:
        """This matrix with the passages an index run deleted dropped and those it wrote added."""
        keep = sorted(
            (span, cid)
            for cid, span in self.rows.items()
            if cid not in changes.removed and cid not in changes.added
        )
        count = sum(stop - first for (first, stop), _ in keep)
        count += sum(len(spans) for spans, _ in changes.added.values())
        vectors = np.empty((count, DIMENSION), dtype=np.float16)
        spans = np.empty((count, 2), dtype=np.int64)
        rows: dict[str, tuple[int, int]] = {}
        at = 0
        for (first, stop), cid in keep:
            n = stop - first
            vectors[at : at + n] = self.vectors[first:stop]
            spans[at : at + n] = self.spans[first:stop]
            rows[cid] = (at, at + n)
            at += n
        for cid in sorted(changes.added):
            new_spans, new_vectors = changes.added[cid]
            n = len(new_spans)
            vectors[at : at + n] = new_vectors
            spans[at : at + n] = new_spans
            rows[cid] = (at, at + n)
            at += n
        return SentenceMatrix(generation, vectors, spans, rows)

    def span_map(self) -> Mapping[str, Sequence[tuple[int, int]]]:
        """Each passage's sentence spans, read on demand (the keyword index's sentence input)."""
        return _SpanMap(self)

    def of(self, chunk_id: str) -> list[Sentence]:
        """(start, end, vector) of a passage's sentences, start and end in article offsets."""
        first, stop = self.rows.get(chunk_id, (0, 0))
        return [
            (int(self.spans[r, 0]), int(self.spans[r, 1]), self.vectors[r].astype(np.float32))
            for r in range(first, stop)
        ]

    def best_similarity(self, chunk_id: str, probes: np.ndarray) -> float:
        """Highest cosine between any of the passage's sentences and any probe."""
        first, stop = self.rows.get(chunk_id, (0, 0))
        if stop <= first:
            return 0.0
        return float((self.vectors[first:stop].astype(np.float32) @ probes.T).max())

    def save(self, folder: Path) -> None:
        """Write to ``folder/g<generation>`` atomically and drop older generations."""
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"g{self.generation}"
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder))
        try:
            np.save(tmp / "vectors.npy", self.vectors)
            np.save(tmp / "spans.npy", self.spans)
            (tmp / "rows.json").write_text(json.dumps({"generation": self.generation, "rows": self.rows}))
            if target.exists():
                shutil.rmtree(target)
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        for old in folder.iterdir():
            if old.is_dir() and old.name != target.name and not old.name.startswith(".tmp-"):
                shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path, generation: int) -> SentenceMatrix | None:
        """The saved matrix for ``generation``, memory-mapped, or None when absent or unreadable."""
        target = folder / f"g{generation}"
        try:
            info = json.loads((target / "rows.json").read_text())
            vectors = np.load(target / "vectors.npy", mmap_mode="r")
            spans = np.load(target / "spans.npy", mmap_mode="r")
        except (OSError, ValueError, KeyError) as exc:
            log.debug("no usable sentence cache at %s: %s", target, exc)
            return None
        rows = {k: (int(v[0]), int(v[1])) for k, v in info["rows"].items()}
        return cls(int(info["generation"]), vectors, spans, rows)


class _SpanMap(Mapping[str, Sequence[tuple[int, int]]]):
    def __init__(self, matrix: SentenceMatrix) -> None:
        self._matrix = matrix

    def __getitem__(self, chunk_id: str) -> Sequence[tuple[int, int]]:
        first, stop = self._matrix.rows[chunk_id]
        return [(int(s), int(e)) for s, e in self._matrix.spans[first:stop]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._matrix.rows)

    def __len__(self) -> int:
        return len(self._matrix.rows)


def updated_sentence_matrix(
    store: Any, folder: Path, before: int, changes: SentenceChanges
) -> SentenceMatrix:
    """The cache for the store's generation after an index run that started at ``before``.

    Updates the saved matrix of ``before`` with the run's ``changes``; when that
    matrix is missing (or nothing changed) this is :func:`current_sentence_matrix`.
    """
    generation = store.generation()
    previous = SentenceMatrix.load(folder, before) if generation != before else None
    if previous is None:
        return current_sentence_matrix(store, folder)
    matrix = previous.updated(generation, changes)
    try:
        matrix.save(folder)
    except OSError as exc:
        log.warning("could not save the sentence cache in %s: %s", folder, exc)
    return matrix


def current_sentence_matrix(store: Any, folder: Path, cached: SentenceMatrix | None = None) -> SentenceMatrix:
    """The sentence matrix matching the store's generation: cached, loaded or rebuilt and saved."""
    generation = store.generation()
    if cached is not None and cached.generation == generation:
        return cached
    loaded = SentenceMatrix.load(folder, generation)
    if loaded is not None:
        return loaded
    log.info("building the sentence cache for generation %d from Chroma", generation)
    built = SentenceMatrix.build(generation, store)
    try:
        built.save(folder)
    except OSError as exc:  # a read-only home still answers, from memory
        log.warning("could not save the sentence cache in %s: %s", folder, exc)
    return built
