"""Recently ranked passages with their decoded sentence vectors, kept between questions.

Every question reads its best ``4 k`` passages from Chroma and decodes their
sentence vectors: ~20 ms of a ~70 ms question at 609 articles, and the same
passages come back for related questions. Passage ids carry their content hash
(``store.schema.chunk_id``), so a cached passage stays right until an index run
touches it; the retriever forgets what the change log says a run touched, and
everything when the log does not reach back. Bounded (least recently used out),
so memory does not grow with the archive.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from byline.embedding import DIMENSION
from store import schema, sentence_codec
from store.records import StoredChunk

log = logging.getLogger(__name__)

Sentence = tuple[int, int, np.ndarray]  # start, end (article offsets), unit vector


@dataclass(frozen=True)
class CachedPassage:
    """A stored passage and its sentences' spans and quantised vectors (``store.sentence_codec``).

    The vectors stay in their stored codes (one byte a dimension) and are turned into unit
    floats when asked for (``sentence_codec.CompactVectors``): kept as floats, a full cache at
    60,000 articles held ~70 MB more, and a serving process grew past 1.5 GiB
    (docs/benchmarks.md, issue 12). Turning a shortlist's 40 passages into floats costs ~0.3 ms.
    """

    chunk: StoredChunk
    spans: np.ndarray  # (n, 2) int32, article offsets
    vectors: sentence_codec.CompactVectors

    @classmethod
    def decoded(cls, chunk: StoredChunk) -> CachedPassage:
        """A passage as read from the store, its sentence data unpacked once.

        The encoded form leaves the metadata: kept twice over, it was two thirds of the
        cache's memory (~100 MB of a full cache).
        """
        try:
            spans, vectors = sentence_codec.decode_compact(chunk.metadata)
        except (ValueError, TypeError):
            log.warning("passage %s has malformed sentence data", chunk.chunk_id)
            empty = np.zeros((0, DIMENSION), dtype=np.uint8)
            spans, vectors = (
                np.zeros((0, 2), dtype=np.int32),
                sentence_codec.CompactVectors.of(empty, np.zeros(0), 8),
            )
        meta = dict(chunk.metadata)
        sentence_codec.remove(meta)  # unpacked into ``vectors``
        meta.pop(schema.SENTENCE_SPANS, None)
        return cls(StoredChunk(chunk.chunk_id, chunk.text, meta, chunk.distance), spans, vectors)

    def matrix(self) -> np.ndarray:
        """The sentences' unit vectors, one row each in sentence order (float32)."""
        return self.vectors.unit()

    @property
    def sentences(self) -> list[Sentence]:
        """Each sentence's start, end and vector (a row of one matrix)."""
        matrix = self.matrix()
        return [(int(s), int(e), matrix[i]) for i, (s, e) in enumerate(self.spans)]

    def best_similarity(self, probes: np.ndarray) -> float:
        """The best cosine between any probe and any of the passage's sentences (0 without sentences)."""
        if not len(self.spans):
            return 0.0
        return float((self.matrix() @ probes.T).max())


class PassageCache:
    """At most ``capacity`` passages, least recently used dropped first; safe across serving threads."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, CachedPassage] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def take(self, ids: Sequence[str]) -> tuple[dict[str, CachedPassage], list[str]]:
        """The cached passages among ``ids``, and the ids still to be read."""
        found: dict[str, CachedPassage] = {}
        missing: list[str] = []
        with self._lock:
            for cid in ids:
                item = self._items.get(cid)
                if item is None:
                    missing.append(cid)
                else:
                    self._items.move_to_end(cid)
                    found[cid] = item
        return found, missing

    def put(self, items: dict[str, CachedPassage]) -> None:
        """Keep freshly read passages (nothing when the capacity is 0)."""
        if self.capacity <= 0:
            return
        with self._lock:
            for cid, item in items.items():
                self._items[cid] = item
                self._items.move_to_end(cid)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def forget(self, ids: Iterable[str]) -> None:
        """Drop passages an index run touched."""
        with self._lock:
            for cid in ids:
                self._items.pop(cid, None)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
