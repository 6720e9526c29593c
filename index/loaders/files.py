"""Which files of a folder are read, and how one file is opened (plain or gzip).

A file or folder symlink is followed only when it leads to somewhere inside the
folder being indexed; one leading out (``passwd.txt -> /etc/passwd``) is
reported, not read. Every file that is not indexed is reported with its reason.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from index.article import Skipped

OUT_OF_FOLDER = "symlink leading out of the indexed folder (not followed)"
HIDDEN = "hidden file or folder (left out)"


def inner_suffix(path: Path) -> str:
    """The format's extension: ``a.html.gz`` is HTML, ``a.json`` is JSON."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return path.suffix.lower()


def open_binary(path: Path) -> IO[bytes]:
    """The file's bytes, decompressed when it is gzip."""
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


class ReadPosition:
    """How far into the file on disk a loader streaming it has read, for an index run's progress.

    The dump reader points it at the plain file it streams; it stays 0 for a file
    read whole and for a ``.gz`` (whose offset counts decompressed bytes), which
    callers count once the file is done.
    """

    def __init__(self) -> None:
        self._handle: IO[bytes] | None = None

    def follow(self, handle: IO[bytes] | None) -> None:
        self._handle = handle

    def offset(self) -> int:
        handle = self._handle
        if handle is None or handle.closed:
            return 0
        try:
            return handle.tell()
        except (OSError, ValueError):
            return 0


def read_limited(path: Path, max_bytes: int) -> bytes | None:
    """The whole (decompressed) file, or ``None`` when it is over ``max_bytes``."""
    with open_binary(path) as handle:
        raw = handle.read(max_bytes + 1)
    return None if len(raw) > max_bytes else raw


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def walk(root: Path) -> Iterator[Path | Skipped]:
    """Files under ``root`` (resolved), sorted; hidden ones left out; symlinks leading out reported."""
    seen: set[Path] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        real = folder.resolve()
        if real in seen:  # a symlink loop inside the folder
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name, reverse=True)
        except OSError as exc:
            yield Skipped(str(folder), f"cannot read folder ({exc.strerror or exc})")
            continue
        files: list[Path | Skipped] = []
        for entry in entries:
            if entry.name.startswith("."):
                files.append(Skipped(entry.path, HIDDEN))
                continue
            path = Path(entry.path)
            if entry.is_symlink() and not _inside(path, root):
                files.append(Skipped(str(path), OUT_OF_FOLDER))
            elif entry.is_dir():
                stack.append(path)
            elif entry.is_file():
                files.append(path)
            elif entry.is_symlink():
                files.append(Skipped(str(path), "broken symlink"))
        yield from reversed(files)
