"""What the last index run saw of each file, so the next run reads only the files that changed.

Re-running ``byline index ARCHIVE`` after one article arrived used to load and extract
every file under the folder again and list every registered article, to find the
one that changed: minutes for 60,000 HTML files. Like ``make``, rsync and git's index,
a run now compares each file's size and modification time with what the last run
recorded (``BYLINE_HOME/file-stamps.json``) and reads only the files that differ;
files recorded but no longer on disk are the deleted ones.

The record carries the store's committed generation, which every writer moves on
(another index run, ``byline remove``, an upload, a second machine against the same
Chroma server), and the doc ids each file held. When another writer moved the
generation on, the store's change log says which passages it touched: the files that
held their articles are read again (a removed article whose file is still there
returns), the rest stay passed over (:meth:`StampBook.caught_up`). When the log does not
reach back, or a run did not finish (its journal voids the record), the run falls
back to reading everything and writes a fresh record. A
file modified less than :data:`RACY_SECONDS` before its stamp was taken, or one that
gave a skip, is recorded with a size no file has, so it is read again next time (git's
"racily clean" entries: a second write within the file system's time granularity keeps
the stamp) and its deletion is still noticed.
A damaged or unreadable record is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from index.loaders import iter_files
from index.sync_plan import under
from store.schema import doc_id_of

log = logging.getLogger(__name__)

Stamp = tuple[int, int]  # size in bytes, modification time in ns
Stamps = dict[str, Stamp]
FORMAT = 2  # 1: without the doc ids (read, then rewritten as 2)
RACY_SECONDS = 2.0  # coarser than any common file system's modification-time granularity (FAT: 2 s)
UNSURE = -1  # the size recorded for a file to read again: no file on disk matches it


def file_stamps(paths: Sequence[Path]) -> Stamps:
    """(size, mtime in ns) of every file an index run over ``paths`` would look at."""
    stamps: Stamps = {}
    for found in iter_files(paths):
        if not isinstance(found, Path):
            continue
        try:
            info = found.stat()
        except OSError:  # removed while we looked: the next look sees it gone
            continue
        stamps[str(found)] = (info.st_size, info.st_mtime_ns)
    return stamps


@dataclass(frozen=True)
class Recorded:
    """One file as the last run left it: its stamp and the articles it holds."""

    size: int
    mtime_ns: int
    articles: int
    doc_ids: tuple[str, ...] | None = None  # None: a format-1 record, which did not keep them

    @property
    def stamp(self) -> Stamp:
        return (self.size, self.mtime_ns)


@dataclass
class Narrowed:
    """What a run over some paths has to look at, given the record."""

    read: list[Path] = field(default_factory=list)  # new or changed files
    gone: list[Path] = field(default_factory=list)  # recorded under the paths, no longer on disk
    unchanged_articles: int = 0  # articles of the files passed over


@dataclass
class StampBook:
    """The stamps of the files the index holds, valid at one committed generation of the store."""

    generation: int
    files: dict[str, Recorded] = field(default_factory=dict)

    def caught_up(self, generation: int, touched_docs: set[str]) -> StampBook | None:
        """This record at ``generation``, when another writer touched only ``touched_docs`` since.

        Files holding any of those articles are marked to be read again; None when a file's
        articles are unknown (a format-1 record), so the caller reads everything.
        """
        files: dict[str, Recorded] = {}
        for path, recorded in self.files.items():
            if recorded.doc_ids is None and touched_docs:
                return None
            if touched_docs.intersection(recorded.doc_ids or ()):
                recorded = Recorded(UNSURE, recorded.mtime_ns, recorded.articles, recorded.doc_ids)
            files[path] = recorded
        return StampBook(generation, files)

    def narrow(self, roots: Sequence[Path], now: Mapping[str, Stamp]) -> Narrowed:
        """The files under ``roots`` to read (``now`` is their stamps) and the recorded ones gone."""
        narrowed = Narrowed()
        for path, stamp in now.items():
            recorded = self.files.get(path)
            if recorded is not None and recorded.stamp == stamp:
                narrowed.unchanged_articles += recorded.articles
            else:
                narrowed.read.append(Path(path))
        narrowed.gone = [Path(p) for p in self.files if p not in now and under(p, roots)]
        return narrowed

    def after_run(
        self,
        generation: int,
        roots: Sequence[Path],
        now: Mapping[str, Stamp],
        articles: Mapping[str, Sequence[str]],
        unreliable: Iterable[str],
        prune: bool,
        taken_at_ns: int,
    ) -> StampBook:
        """The record once a run over ``roots`` finished at ``generation``.

        ``now`` are the stamps taken before the run read anything, ``articles`` the doc
        ids it found per file it read (files it passed over keep theirs),
        ``unreliable`` the files that gave a skip. Files outside ``roots`` keep their
        entries; deleted ones keep theirs unless the run pruned their articles.
        """
        racy = taken_at_ns - int(RACY_SECONDS * 1e9)
        skip = set(unreliable)
        files = {p: r for p, r in self.files.items() if not under(p, roots) or (not prune and p not in now)}
        for path, (size, mtime_ns) in now.items():
            recorded = self.files.get(path)
            doc_ids: tuple[str, ...] | None
            if path in articles:
                doc_ids = tuple(articles[path])
            elif recorded is not None and recorded.stamp == (size, mtime_ns):
                doc_ids = recorded.doc_ids
            else:  # read, and gave nothing but skips
                doc_ids = ()
            count = len(doc_ids) if doc_ids is not None else recorded.articles if recorded else 0
            if path in skip or mtime_ns >= racy:  # kept, so its deletion is noticed, but read every time
                size = UNSURE
            files[path] = Recorded(size, mtime_ns, count, doc_ids)
        return StampBook(generation, files)


def current_book(
    path: Path, generation: int, touched_since: Callable[[int, int], set[str] | None]
) -> StampBook | None:
    """The record at ``path`` brought to the store's committed ``generation``; None to read everything.

    ``touched_since(after, upto)`` is the change log's passage ids touched in (after,
    upto], None when the log does not reach back.
    """
    book = load_book(path)
    if book is None or book.generation == generation:
        return book
    touched = touched_since(book.generation, generation) if book.generation < generation else None
    if touched is None:
        return None
    return book.caught_up(generation, {doc_id_of(chunk) for chunk in touched})


def load_book(path: Path) -> StampBook | None:
    """The record at ``path`` (at whatever generation it was written) if it is intact; None otherwise."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("cannot read %s (%s); every file will be read", path, exc)
        return None
    try:
        digest, _, text = raw.partition(b"\n")
        if digest.decode("ascii") != hashlib.sha256(text).hexdigest():
            raise ValueError("its checksum does not match")
        body = json.loads(text)
        if body.get("format") not in (1, FORMAT):
            raise ValueError(f"unknown format {body.get('format')!r}")
        files = {str(p): _recorded(entry) for p, entry in body["files"].items()}
        return StampBook(int(body["generation"]), files)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("%s is damaged (%s); every file will be read and it will be rewritten", path, exc)
        return None


def _recorded(entry: list) -> Recorded:
    """One file's entry: [size, mtime, count] (format 1) or [size, mtime, count, doc ids]."""
    if len(entry) == 3:
        size, mtime, count = entry
        return Recorded(int(size), int(mtime), int(count))
    size, mtime, count, doc_ids = entry
    if not isinstance(doc_ids, list) or len(doc_ids) != int(count):
        raise ValueError("a file's doc ids do not match its article count")
    return Recorded(int(size), int(mtime), int(count), tuple(str(d) for d in doc_ids))


def save_book(path: Path, book: StampBook) -> None:
    """Write the record whole, then move it into place (a crash leaves the old one or the new one).

    The first line is the SHA-256 of the rest, the body's JSON.
    """
    body = {
        "format": FORMAT,
        "generation": book.generation,
        "files": {p: _entry(r) for p, r in sorted(book.files.items())},
    }
    text = json.dumps(body).encode("utf-8")
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(hashlib.sha256(text).hexdigest().encode("ascii") + b"\n" + text)
    os.replace(partial, path)


def _entry(recorded: Recorded) -> list:
    if recorded.doc_ids is None:  # carried over from a format-1 record: read as such
        return [recorded.size, recorded.mtime_ns, recorded.articles]
    return [recorded.size, recorded.mtime_ns, recorded.articles, list(recorded.doc_ids)]


def forget_book(path: Path) -> None:
    """Drop the record (the index it describes is being dropped)."""
    path.unlink(missing_ok=True)
