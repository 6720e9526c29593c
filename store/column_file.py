"""A saved array read on demand (``os.pread``) instead of being mapped into memory.

A question reads a few scattered parts of a segment's largest arrays: the postings
of its terms and the vectors of a few hundred candidates. Mapped, every one of those
reads makes the kernel map the pages around it as well (fault-around, 64 KB, which
``madvise`` does not turn off), so after a few hundred questions the whole file
counts in the serving process's memory: ~290 MB of a 1.4 GB process at 45,000
articles (docs/capacity.md). Read with ``pread``, the same bytes stay in the page
cache, which the kernel shares between processes and frees under pressure, and
the process holds only what a question is using.

The file is the ``.npy`` the segment wrote; its checksum was verified when the
segment was opened (``store/segment.py``). One descriptor stays open for the
column's life, so a segment that an index run has since replaced stays readable.
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import Any

import numpy as np


class ColumnFile:
    """A read-only ``.npy`` array: slices and row lists are read from the file when asked for."""

    def __init__(self, path: Path, resident: bool = False) -> None:
        with path.open("rb") as handle:
            version = np.lib.format.read_magic(handle)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(handle)
            else:
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(handle)
            offset = handle.tell()
        if fortran or dtype.hasobject:
            raise ValueError(f"{path}: not a plain C-ordered array")
        self.path = path
        self.shape: tuple[int, ...] = tuple(int(n) for n in shape)
        self.dtype = np.dtype(dtype)
        self._offset = offset
        self._row_bytes = self.dtype.itemsize * int(np.prod(self.shape[1:], dtype=np.int64))
        size = os.path.getsize(path)
        if not self.shape or size != offset + self._row_bytes * self.shape[0]:
            raise ValueError(f"{path}: {size} bytes, not what its header describes")
        self._fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)
        self._resident = resident
        self._whole: np.ndarray | None = None  # a resident column, once first asked for rows

    def __len__(self) -> int:
        return self.shape[0]

    def _read(self, first: int, count: int) -> np.ndarray:
        """Rows ``first .. first + count`` as a new array."""
        want = count * self._row_bytes
        raw = os.pread(self._fd, want, self._offset + first * self._row_bytes) if want else b""
        if len(raw) != want:
            raise OSError(f"{self.path}: short read")
        return np.frombuffer(raw, dtype=self.dtype).reshape((count, *self.shape[1:]))

    def __getitem__(self, key: Any) -> np.ndarray:
        """A contiguous slice is read as such; anything else from the whole array."""
        if isinstance(key, slice) and key.step in (None, 1):
            first, stop, _ = key.indices(len(self))
            return self._read(first, max(stop - first, 0))
        return np.asarray(self)[key]

    def take(self, rows: np.ndarray) -> np.ndarray:
        """The given rows, in order (one read per row: they are few and scattered).

        A ``resident`` column is read whole at its first use and kept: the passage
        vectors, whose few hundred scattered rows per question were each a disk read
        once the page cache had dropped them (p95 28 ms of a question at 60,000
        articles, for 384 bytes a passage of memory). A process that never asks for
        rows (an index run) never reads it.
        """
        if self._resident:
            if self._whole is None:
                self._whole = self._read(0, len(self))
            return self._whole[np.asarray(rows, dtype=np.int64)]
        out = np.empty((len(rows), *self.shape[1:]), dtype=self.dtype)
        for i, row in enumerate(np.asarray(rows, dtype=np.int64)):
            out[i] = self._read(int(row), 1)[0]
        return out

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        whole = self._whole if self._whole is not None else self._read(0, len(self))
        return whole if dtype is None else whole.astype(dtype)


Column = np.ndarray | ColumnFile  # a segment's array: built in memory, or saved and read on demand


def rows_of(column: Column, rows: np.ndarray) -> np.ndarray:
    """``column[rows]`` for a list of rows, reading only those when the column is on disk."""
    return column.take(rows) if isinstance(column, ColumnFile) else np.asarray(column)[rows]
