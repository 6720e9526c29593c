"""The SHA-256 of a segment's files, and checking them when the segment is opened.

Hashing a whole segment costs ~0.55 s per 390 MB (45,000 articles) on this machine,
a cost that grows with the archive and that every index run would pay to open the
local index. So a file is hashed on open only when it is not, by its ``stat``, the
file that last matched: a reader that verified a file records its size, times and
inode in ``verified.json`` beside it. Anything that rewrites or replaces the file
changes those, so damage done since is still found on the next open; ``byline
doctor`` (``thorough``) hashes every file regardless, which also finds damage that
leaves them alone (a failing disk).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

CHECKSUMS = "checksums.json"  # file name -> SHA-256, written with the segment
VERIFIED = "verified.json"  # file name -> stat when its SHA-256 last matched (a cache, may be lost)


class DamagedFile(Exception):
    """A derived file is missing, unreadable or does not match its checksum."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def write_checksums(folder: Path) -> None:
    """Record the SHA-256 of every file in ``folder`` (a segment being written)."""
    sums = {p.name: sha256_file(p) for p in sorted(folder.iterdir())}
    (folder / CHECKSUMS).write_text(json.dumps(sums))


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _verified(folder: Path) -> dict[str, list[int]]:
    try:
        found = json.loads((folder / VERIFIED).read_text())
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def verify(folder: Path, thorough: bool = False) -> None:
    """Raise :class:`DamagedFile` unless every file of ``folder`` matches its recorded SHA-256.

    Files unchanged since they last matched are not hashed again unless ``thorough``.
    """
    try:
        sums = json.loads((folder / CHECKSUMS).read_text())
    except (OSError, ValueError) as exc:
        raise DamagedFile(f"{folder}: {CHECKSUMS} is unreadable ({exc})") from exc
    if not isinstance(sums, dict) or "rows.json" not in sums:
        raise DamagedFile(f"{folder}: {CHECKSUMS} is not a checksum list")
    known = {} if thorough else _verified(folder)
    stamps: dict[str, list[int]] = {}
    for file, expected in sums.items():
        path = folder / file
        try:
            stamps[file] = _stamp(path)
            if known.get(file) != stamps[file] and sha256_file(path) != expected:
                raise DamagedFile(f"{path} does not match its checksum")
        except OSError as exc:
            raise DamagedFile(f"{path}: {exc}") from exc
    if stamps != known:
        _record(folder, stamps)


def _record(folder: Path, stamps: dict[str, list[int]]) -> None:
    """Write ``verified.json`` (atomically; a read-only index is simply hashed again next time)."""
    tmp = folder / f".{VERIFIED}-{os.getpid()}-{threading.get_ident()}.tmp"
    try:
        tmp.write_text(json.dumps(stamps))
        os.replace(tmp, folder / VERIFIED)
    except OSError as exc:
        log.debug("could not record verified checksums in %s: %s", folder, exc)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
