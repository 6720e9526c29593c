"""Disk full, read-only or forbidden data folders: one clear message instead of a traceback.

SQLite (inside Chroma) reports these as its own error codes wrapped in Chroma's
errors, the caches as ``OSError``: both are recognised here. Because an index run
stores each article before registering it and marks the run unfinished until the
end, the index a failed run leaves behind still answers from what it held, and
the next run completes the work.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from byline.errors import DataFolderError, UserFacingError, causes

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the folder is on a read-only file system",
    errno.EACCES: "there is no permission to write there",
    errno.EPERM: "there is no permission to write there",
}
# How SQLite words the same faults (SQLITE_FULL, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR).
_SQLITE_PHRASES = {
    "database or disk is full": "the disk is full",
    "attempt to write a readonly database": "the folder is read-only",
    "readonly database": "the folder is read-only",
    "unable to open database file": "the database file cannot be opened for writing",
    "disk i/o error": "the disk reported an input/output error",
    "no space left on device": "the disk is full",
    "read-only file system": "the folder is on a read-only file system",
}


NEARLY_FULL_BYTES = 2**20


def _nearly_full(home: Path) -> bool:
    """Whether the file system of ``home`` has (almost) no room left.

    Chroma's storage engine reports a failed write during its compaction without
    the operating system's error code ("Failed to apply logs to the metadata
    segment"); a data folder with a few megabytes left is then the cause.
    """
    folder = home
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return False
    return usage.free < NEARLY_FULL_BYTES or usage.free < 0.01 * usage.total


def ensure_room(home: Path, payload: int) -> None:
    """Refuse a write of ``payload`` bytes that the data folder's disk cannot take.

    Chroma's embedded store accepts a write into its log and fails later while
    applying it, and then fails every read until there is room again. Checking
    first keeps the index answering from what it held. Stored data takes about
    four times its payload (metadata, its index, the log, the vector graph).
    """
    folder = home
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < 4 * payload + NEARLY_FULL_BYTES:
        raise OSError(errno.ENOSPC, f"{free} bytes free, a write step needs about {4 * payload}", str(home))


def storage_fault(exc: BaseException) -> str | None:
    """Why writing failed, if ``exc`` (or an error it came from) is a storage fault."""
    for current in causes(exc):
        if isinstance(current, OSError) and current.errno in _REASONS:
            return _REASONS[current.errno]
        text = str(current).lower()
        for phrase, reason in _SQLITE_PHRASES.items():
            if phrase in text:
                return reason
    return None


@contextmanager
def storage_faults(home: Path) -> Iterator[None]:
    """Re-raise storage faults met while writing the index in ``home`` as :class:`DataFolderError`."""
    try:
        yield
    except UserFacingError:
        raise
    except Exception as exc:
        reason = storage_fault(exc) or ("the disk is full" if _nearly_full(home) else None)
        if reason is None:
            raise
        raise DataFolderError(
            f"cannot write the index in {home}: {reason}. The index still answers from the "
            "articles it held; fix this and run `byline index` again to finish the run."
        ) from exc
