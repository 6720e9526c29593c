"""Term postings of a set of documents: which rows hold a term, how often, and each row's length.

Terms are kept sorted as UTF-8 bytes in one fixed-width array, so a lookup is a
binary search over a memory-mapped file and opening a segment costs nothing per
term. Frequencies, not scores, are stored (see ``store/bm25.py``).
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from store.column_file import Column

MAX_TERM_BYTES = 64


def _encoded(term: str) -> bytes:
    return term.encode("utf-8", "surrogatepass")[:MAX_TERM_BYTES]


def _narrowest(terms: np.ndarray) -> np.ndarray:
    """``terms`` as wide as its longest term, not ``MAX_TERM_BYTES``.

    The longest analysed term is ~30 bytes and most are 6: at 64 bytes a term, the two
    term tables were 15 % of a segment's bytes. Lookups compare whole byte strings,
    so any width reads the same (and segments written at 64 still load).
    """
    width = max(1, int(np.char.str_len(terms).max())) if len(terms) else 1
    return terms.astype(f"S{width}")


@dataclass
class Postings:
    """Compressed-column postings: rows ``rows[indptr[t]:indptr[t+1]]`` hold term ``terms[t]``."""

    terms: np.ndarray  # sorted, dtype S<n>
    indptr: np.ndarray  # int64, len(terms) + 1
    rows: Column  # int32; saved postings are read per term (``store/column_file.py``)
    tf: Column  # uint16
    lengths: np.ndarray  # int32, terms per document

    @classmethod
    def build(cls, docs: Sequence[Sequence[str]]) -> Postings:
        """Postings of ``docs`` (each a list of analysed terms); row i is docs[i]."""
        builder = PostingsBuilder()
        for doc in docs:
            builder.add(doc)
        return builder.build()

    @classmethod
    def from_triples(
        cls,
        terms: np.ndarray,
        term_ids: np.ndarray,
        rows: Sequence[int] | np.ndarray,
        tfs: Sequence[int] | np.ndarray,
        lengths: np.ndarray,
    ) -> Postings:
        """Postings from (term id, row, tf) triples over an unsorted, duplicate-free ``terms``."""
        order_terms = np.argsort(terms, kind="stable")
        rank = np.empty(len(terms), dtype=np.int64)
        rank[order_terms] = np.arange(len(terms))
        sorted_ids = rank[term_ids] if len(term_ids) else term_ids
        rows_arr = np.asarray(rows, dtype=np.int32)
        order = np.lexsort((rows_arr, sorted_ids))
        counts = np.bincount(sorted_ids, minlength=len(terms)) if len(term_ids) else np.zeros(len(terms))
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        tf_arr = np.minimum(np.asarray(tfs, dtype=np.int64), np.iinfo(np.uint16).max).astype(np.uint16)
        return cls(
            terms=np.asarray(terms)[order_terms],
            indptr=indptr,
            rows=rows_arr[order],
            tf=tf_arr[order],
            lengths=np.asarray(lengths, dtype=np.int32),
        )

    def _position(self, term: str) -> int | None:
        """Where ``term`` is in ``terms`` (None when absent)."""
        key = _encoded(term)
        at = int(np.searchsorted(self.terms, key))
        return at if at < len(self.terms) and self.terms[at] == key else None

    def holds(self, term: str) -> bool:
        """Whether any row holds ``term`` (its postings are not read)."""
        at = self._position(term)
        return at is not None and int(self.indptr[at + 1]) > int(self.indptr[at])

    def lookup(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(rows, term frequencies) of ``term``; empty arrays when absent."""
        at = self._position(term)
        if at is None:
            return self.rows[:0], self.tf[:0]
        first, stop = int(self.indptr[at]), int(self.indptr[at + 1])
        return self.rows[first:stop], self.tf[first:stop]

    def kept(self, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(terms, term ids, new rows, tf) of the postings of rows where ``keep`` holds, renumbered."""
        new_row = np.cumsum(keep) - 1
        term_of = np.repeat(np.arange(len(self.terms)), np.diff(self.indptr))
        rows, tf = np.asarray(self.rows), np.asarray(self.tf)
        mask = keep[rows] if len(rows) else np.zeros(0, dtype=bool)
        return self.terms, term_of[mask], new_row[rows[mask]], tf[mask]

    @classmethod
    def merge(cls, parts: Sequence[tuple[Postings, np.ndarray]]) -> Postings:
        """One postings of the kept rows of each part, in order (rows renumbered after each other)."""
        all_terms = [p.terms.astype(f"S{MAX_TERM_BYTES}") for p, _ in parts]
        union = _narrowest(np.unique(np.concatenate(all_terms))) if all_terms else np.zeros(0, dtype="S1")
        ids, rows, tfs, lengths = [], [], [], []
        offset = 0
        for (postings, keep), terms in zip(parts, all_terms, strict=True):
            _, term_of, new_rows, tf = postings.kept(keep)
            ids.append(np.searchsorted(union, terms)[term_of])
            rows.append(new_rows + offset)
            tfs.append(tf)
            lengths.append(postings.lengths[keep])
            offset += int(keep.sum())
        cat = np.concatenate
        return cls.from_triples(
            union,
            cat(ids) if ids else np.zeros(0, dtype=np.int64),
            cat(rows) if rows else np.zeros(0, dtype=np.int32),
            cat(tfs) if tfs else np.zeros(0, dtype=np.uint16),
            cat(lengths) if lengths else np.zeros(0, dtype=np.int32),
        )

    ARRAYS = ("terms", "indptr", "rows", "tf", "lengths")


class PostingsBuilder:
    """Postings made one document at a time, its (term, row, tf) triples in typed arrays.

    A document's terms are counted and dropped as it is added: holding every document's
    term list and the triples as Python ints took ~3 GB for a 50,000-passage segment
    (a process joining a server built several); typed arrays take 16 bytes a posting.
    """

    def __init__(self) -> None:
        self._vocab: dict[bytes, int] = {}
        self._term_ids = array("q")
        self._rows = array("i")
        self._tfs = array("I")
        self._lengths = array("i")

    def __len__(self) -> int:
        return len(self._lengths)

    def add(self, doc: Sequence[str]) -> None:
        """Add the next row: ``doc``'s analysed terms."""
        row = len(self._lengths)
        self._lengths.append(len(doc))
        vocab = self._vocab
        for term, count in Counter(doc).items():
            self._term_ids.append(vocab.setdefault(_encoded(term), len(vocab)))
            self._rows.append(row)
            self._tfs.append(count)

    def build(self) -> Postings:
        vocab = self._vocab
        terms = _narrowest(np.array(list(vocab))) if vocab else np.zeros(0, dtype="S1")
        return Postings.from_triples(
            terms,
            np.frombuffer(self._term_ids, dtype=np.int64),
            np.frombuffer(self._rows, dtype=np.int32),
            np.frombuffer(self._tfs, dtype=np.uint32),
            np.frombuffer(self._lengths, dtype=np.int32),
        )
