"""A segment: the keyword postings and compact passage vectors of a batch of passages.

Segments are immutable, like Lucene's: an index run adds one for the passages it
wrote, and passages it replaced or removed are marked deleted in the older
segments (see ``store/local_index.py``). So one changed article costs one small
segment, not a rebuild. Each file is written with its SHA-256 in the segment's
``checksums.json``, checked when the segment is opened (``store/checksums.py``: a
file unchanged since it last matched is not hashed again): a damaged file is found,
never used. Small arrays are memory-mapped, large ones read on demand
(``store/column_file.py``).
"""

from __future__ import annotations

import json
import shutil
import sys
import uuid
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from byline.embedding import DIMENSION
from store import schema
from store.analysis import analyze
from store.checksums import DamagedFile, verify, write_checksums
from store.column_file import Column, ColumnFile
from store.postings import Postings, PostingsBuilder

SCALE = 127.0  # int8 passage vectors: unit vectors times 127, rounded


def quantize(vectors: np.ndarray) -> np.ndarray:
    """Unit vectors as int8 (cosine error ~0.01, a quarter of float32's bytes)."""
    return np.clip(np.rint(np.asarray(vectors, dtype=np.float32) * SCALE), -127, 127).astype(np.int8)


@dataclass(frozen=True)
class PassageRow:
    """What a segment needs of one passage: text, metadata, its sentences' spans, its int8 vector."""

    chunk_id: str
    text: str
    meta: dict[str, Any]
    spans: np.ndarray  # (n, 2) int32, article offsets of its sentences
    vector: np.ndarray  # (DIMENSION,) int8


def indexed_text(text: str, meta: dict[str, Any]) -> str:
    """What keyword search sees of a passage: its title and outlet, then its text."""
    return f"{meta.get(schema.TITLE) or ''} {meta.get(schema.PUBLISHER) or ''}\n{text}"


@dataclass
class Segment:
    """Passages ``ids``; passage i owns sentence rows ``sentence_starts[i]:sentence_starts[i+1]``.

    Sentence vectors are not kept here: they travel with the passage in Chroma and
    are read for the few passages that reach the final ranking (``rag/retriever.py``).
    """

    name: str
    ids: list[str]
    publishers: list[str]
    dates: list[str]
    languages: list[str]
    passages: Postings
    sentences: Postings
    sentence_starts: np.ndarray  # int64, len(ids) + 1
    vectors: Column  # int8 (len(ids), DIMENSION): passage vectors

    @classmethod
    def build(cls, rows: Iterable[PassageRow]) -> Segment:
        """Analyse and index ``rows`` (each passage in its own language)."""
        builder = SegmentBuilder()
        for row in rows:
            builder.add(row)
        return builder.build()

    @classmethod
    def merge(cls, parts: Sequence[tuple[Segment, np.ndarray]]) -> Segment:
        """One segment of the live passages (``keep`` masks) of ``parts``, in order."""
        ids: list[str] = []
        publishers: list[str] = []
        dates: list[str] = []
        languages: list[str] = []
        sentence_parts: list[tuple[Postings, np.ndarray]] = []
        starts = [np.zeros(1, dtype=np.int64)]
        vectors = []
        for segment, keep in parts:
            rows = np.flatnonzero(keep)
            ids.extend(segment.ids[r] for r in rows)
            publishers.extend(segment.publishers[r] for r in rows)
            dates.extend(segment.dates[r] for r in rows)
            languages.extend(segment.languages[r] for r in rows)
            owned = np.diff(segment.sentence_starts)
            keep_sentences = np.repeat(keep, owned)
            sentence_parts.append((segment.sentences, keep_sentences))
            starts.append(starts[-1][-1] + np.cumsum(owned[rows]))
            vectors.append(np.asarray(segment.vectors)[keep])
        return cls(
            name=new_name(),
            ids=ids,
            publishers=publishers,
            dates=dates,
            languages=languages,
            passages=Postings.merge([(s.passages, k) for s, k in parts]),
            sentences=Postings.merge(sentence_parts),
            sentence_starts=np.concatenate(starts).astype(np.int64),
            vectors=np.concatenate(vectors) if vectors else np.zeros((0, DIMENSION), dtype=np.int8),
        )

    def __len__(self) -> int:
        return len(self.ids)

    # -- files ----------------------------------------------------------------

    def _arrays(self) -> dict[str, np.ndarray]:
        arrays = {f"p_{k}": getattr(self.passages, k) for k in Postings.ARRAYS}
        arrays.update({f"s_{k}": getattr(self.sentences, k) for k in Postings.ARRAYS})
        arrays.update(sentence_starts=self.sentence_starts, vectors=self.vectors)
        return arrays

    def save(self, folder: Path) -> None:
        """Write to ``folder/<name>`` (a new folder; segments are never rewritten)."""
        target = folder / self.name
        tmp = folder / f".tmp-{self.name}"
        tmp.mkdir(parents=True)
        try:
            (tmp / "rows.json").write_text(
                json.dumps(
                    {
                        "ids": self.ids,
                        "publishers": self.publishers,
                        "dates": self.dates,
                        "languages": self.languages,
                    }
                )
            )
            for key, array in self._arrays().items():
                np.save(tmp / f"{key}.npy", np.ascontiguousarray(array))
            write_checksums(tmp)
            tmp.rename(target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path, name: str, thorough: bool = False) -> Segment:
        """Open a saved segment (small arrays mapped, large ones read on demand).

        :class:`DamagedFile` when anything does not check out; ``thorough``: every file is
        hashed, even those unchanged since they last matched (``store/checksums.py``).
        """
        target = folder / name
        try:
            verify(target, thorough)
            rows = json.loads((target / "rows.json").read_text())
            # Plain arrays over the mapped files: slicing a np.memmap builds a memmap object
            # each time, which cost more than the BM25 arithmetic of a question.
            mapped = {
                k: np.asarray(np.load(target / f"{k}.npy", mmap_mode="r"))
                for k in _array_names()
                if k not in READ_ON_DEMAND
            }
            columns = {k: _column(target / f"{k}.npy", resident=k in RESIDENT) for k in READ_ON_DEMAND}
            segment = cls(
                name=name,
                ids=list(rows["ids"]),
                publishers=_shared(rows["publishers"]),
                dates=_shared(rows["dates"]),
                languages=_shared(rows["languages"]),
                passages=_postings("p_", mapped, columns),
                sentences=_postings("s_", mapped, columns),
                sentence_starts=mapped["sentence_starts"],
                vectors=columns["vectors"],
            )
        except DamagedFile:
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError, EOFError) as exc:
            raise DamagedFile(f"{target}: {exc}") from exc
        segment.check_shapes()
        return segment

    def check_shapes(self) -> None:
        """Raise :class:`DamagedFile` when the parts do not describe the same passages."""
        n, m = len(self.ids), len(self.sentences.lengths)
        ok = (
            len(self.publishers) == len(self.dates) == len(self.languages) == n
            and len(self.sentence_starts) == n + 1
            and int(self.sentence_starts[-1]) == m
            and self.vectors.shape == (n, DIMENSION)
            and len(self.passages.lengths) == n
            and len(self.sentences.lengths) == m
        )
        if not ok:
            raise DamagedFile(f"segment {self.name}: its parts disagree on the passages")


class SegmentBuilder:
    """A segment made one passage at a time: each is analysed and dropped as it is added."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._publishers: list[str] = []
        self._dates: list[str] = []
        self._languages: list[str] = []
        self._passages = PostingsBuilder()
        self._sentences = PostingsBuilder()
        self._starts = array("q", [0])
        self._vectors = bytearray()

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, row: PassageRow) -> None:
        language = str(row.meta.get(schema.LANGUAGE) or "") or None
        self._ids.append(row.chunk_id)
        self._publishers.append(sys.intern(str(row.meta.get(schema.PUBLISHER) or "")))
        self._dates.append(sys.intern(str(row.meta.get(schema.DATE) or "")))
        self._languages.append(sys.intern(language or ""))
        self._passages.add(analyze(indexed_text(row.text, row.meta), language))
        base = int(row.meta.get(schema.START) or 0)
        for start, end in row.spans:
            self._sentences.add(analyze(row.text[int(start) - base : int(end) - base], language))
        self._starts.append(len(self._sentences))
        self._vectors += np.asarray(row.vector, dtype=np.int8).reshape(DIMENSION).tobytes()

    def build(self) -> Segment:
        return Segment(
            name=new_name(),
            ids=self._ids,
            publishers=self._publishers,
            dates=self._dates,
            languages=self._languages,
            passages=self._passages.build(),
            sentences=self._sentences.build(),
            sentence_starts=np.frombuffer(self._starts, dtype=np.int64).copy(),
            vectors=np.frombuffer(bytes(self._vectors), dtype=np.int8).reshape(-1, DIMENSION).copy(),
        )


READ_ON_DEMAND = frozenset({"p_rows", "p_tf", "s_rows", "s_tf", "vectors"})  # most of a segment's bytes
RESIDENT = frozenset({"vectors"})  # of those, read whole once a question needs rows (store/column_file.py)
# Of those, files larger than this are read on demand (store/column_file.py). At 8 MB the
# 16,384-passage segments of a 60,000-article index stayed mapped, and fault-around made
# them count whole: 364 MiB of a 1,547 MiB process after 300 questions; at 1 MB, 138 of
# 1,385 MiB, p50/p95 unchanged (docs/benchmarks.md, "Serving memory at 60,000").
ON_DEMAND_BYTES = 1 << 20


def _column(path: Path, resident: bool = False) -> Column:
    """One of the large arrays: read on demand, or mapped when the file is small.

    A small segment (an index run's few articles) is asked for every term of every
    question, and a read costs a system call where a mapped slice costs nothing, while
    all of it mapped is under a megabyte.
    """
    if path.stat().st_size > ON_DEMAND_BYTES:
        return ColumnFile(path, resident)
    return np.asarray(np.load(path, mmap_mode="r"))


def _postings(prefix: str, mapped: dict[str, np.ndarray], columns: dict[str, Column]) -> Postings:
    """A saved segment's passage (``p_``) or sentence (``s_``) postings."""
    return Postings(
        terms=mapped[f"{prefix}terms"],
        indptr=mapped[f"{prefix}indptr"],
        rows=columns[f"{prefix}rows"],
        tf=columns[f"{prefix}tf"],
        lengths=mapped[f"{prefix}lengths"],
    )


def _shared(values: list[str]) -> list[str]:
    """``values`` with equal strings as one object: an outlet, a date or a language repeats
    across thousands of passages, and a separate string for each cost ~40 MB at 45,000 articles."""
    return list(map(sys.intern, values))


def _array_names() -> list[str]:
    names = [f"p_{k}" for k in Postings.ARRAYS] + [f"s_{k}" for k in Postings.ARRAYS]
    return [*names, "sentence_starts", "vectors"]


def new_name() -> str:
    return f"seg-{uuid.uuid4().hex[:16]}"
