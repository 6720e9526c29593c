"""The local index on disk, and in step with the store: save, load, check, rebuild, catch up.

Saved under ``home/local``: segment folders and ``manifest.json`` (generation,
segments, deletions, and its own SHA-256), the manifest written last. Anything that
does not check out is rebuilt from Chroma, never used. :func:`current_local_index`
is the one entry point: the index at the store's generation, cached, loaded,
brought forward by the change log's delta, or rebuilt (``store/local_index.py``
holds the index itself).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from store.checksums import DamagedFile
from store.local_index import LocalIndex
from store.segment import PassageRow, Segment, SegmentBuilder

log = logging.getLogger(__name__)

FORMAT = 3
REBUILD_PAGE = 2000
MANIFEST = "manifest.json"  # the saved index's generation and segments; written last
SEGMENT_PASSAGES = 50_000  # a full rebuild writes segments of at most this many passages
STALE_SECONDS = 600.0  # unreferenced segment folders older than this are removed


class PassageSource(Protocol):
    """What the local index reads from the store (``store.chroma.Store``)."""

    def generation(self) -> int: ...

    def touched_since(self, after: int, upto: int) -> set[str] | None: ...

    def passage_rows(self, ids: Sequence[str]) -> list[PassageRow]: ...

    def all_passage_rows(self, page: int) -> Iterator[list[PassageRow]]: ...


def _digest(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def save(index: LocalIndex, folder: Path, written: Iterable[Segment]) -> None:
    """Write new segments and the manifest (atomically), then drop long-unreferenced segments."""
    folder.mkdir(parents=True, exist_ok=True)
    for segment in written:
        if not (folder / segment.name).exists():
            segment.save(folder)
    body = {
        "format": FORMAT,
        "generation": index.generation,
        "segments": [
            {"name": s.name, "deleted": np.flatnonzero(d).tolist()}
            for s, d in zip(index.segments, index.deleted, strict=True)
        ],
    }
    tmp = folder / f".manifest-{os.getpid()}-{threading.get_ident()}.tmp"
    tmp.write_text(json.dumps({**body, "sha256": _digest(body)}))
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, folder / MANIFEST)
    keep = {s.name for s in index.segments}
    now = time.time()
    for path in folder.iterdir():
        stale = now - path.stat().st_mtime > STALE_SECONDS
        if path.is_dir() and path.name not in keep and stale:
            shutil.rmtree(path, ignore_errors=True)


def load(folder: Path, known: Sequence[Segment] = (), thorough: bool = False) -> LocalIndex:
    """The saved index; :class:`DamagedFile` when it is missing or anything does not check out.

    Segments already open in ``known`` are reused instead of read again. ``thorough``:
    every file is hashed, also those unchanged since they last matched.
    """
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text())
        if not isinstance(data, dict):
            raise DamagedFile(f"{path} is not a manifest")
        body = {k: v for k, v in data.items() if k != "sha256"}
        if data.get("sha256") != _digest(body):
            raise DamagedFile(f"{path} does not match its checksum")
        if body.get("format") != FORMAT:
            raise DamagedFile(f"{path} is of another format")
        opened = {s.name: s for s in known}
        segments, deleted = [], []
        for entry in body["segments"]:
            segment = opened.get(entry["name"]) or Segment.load(folder, entry["name"], thorough)
            dead = np.zeros(len(segment), dtype=bool)
            dead[np.asarray(entry["deleted"], dtype=np.int64)] = True
            segments.append(segment)
            deleted.append(dead)
        return LocalIndex(int(body["generation"]), segments, deleted)
    except DamagedFile:
        raise
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise DamagedFile(f"{path}: {exc}") from exc


def check(folder: Path) -> str | None:
    """What is wrong with the saved index (None when it opens and every file checks out)."""
    try:
        load(folder, thorough=True)
    except DamagedFile as exc:
        return str(exc)
    return None


# -- the one entry point ----------------------------------------------------------


def rebuilt(source: PassageSource, generation: int, folder: Path | None = None) -> LocalIndex:
    """Every passage read from the store, in segments of at most ``SEGMENT_PASSAGES``.

    With ``folder``, each segment is written there as soon as it is whole and opened
    from disk, so the build holds one segment in memory, not the archive's (a process
    joining a server with 60,000 articles peaked at 4.8 GB). Nothing names those
    segments until the caller saves the manifest: a build that dies leaves none in use.
    """
    segments: list[Segment] = []
    builder = SegmentBuilder()

    def finish() -> None:
        nonlocal builder
        segment = builder.build()
        builder = SegmentBuilder()
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                segment.save(folder)
                segment = Segment.load(folder, segment.name)
                for earlier in segments:  # not yet in a manifest: keep them from looking stale
                    os.utime(folder / earlier.name)
            except (OSError, DamagedFile) as exc:  # a read-only home: built in memory
                log.warning("could not write a keyword index segment in %s: %s", folder, exc)
        segments.append(segment)

    for page in source.all_passage_rows(REBUILD_PAGE):
        for row in page:
            builder.add(row)
        if len(builder) >= SEGMENT_PASSAGES:
            finish()
    if len(builder):
        finish()
    return LocalIndex(generation, segments, [np.zeros(len(s), dtype=bool) for s in segments])


def current_local_index(source: PassageSource, folder: Path, cached: LocalIndex | None = None) -> LocalIndex:
    """The local index at the store's generation: cached, loaded, brought forward by a delta, or rebuilt.

    The result is saved, so other processes sharing ``folder`` only load it.
    """
    generation = source.generation()
    if cached is not None and cached.generation == generation:
        return cached
    base = cached
    try:
        saved = load(folder, cached.segments if cached else ())
        if base is None or saved.generation > base.generation:
            base = saved
    except DamagedFile as exc:
        if (folder / MANIFEST).exists():
            log.warning("the local keyword index is damaged and is rebuilt from the store: %s", exc)
    if base is not None and base.generation > generation:
        generation = source.generation()  # another process committed and saved since we looked
    if base is not None and base.generation == generation:
        return base
    touched = source.touched_since(base.generation, generation) if base is not None else None
    if base is not None and touched is not None:
        log.info(
            "applying %d touched passages (generation %d -> %d)", len(touched), base.generation, generation
        )
        result = base.applied(generation, touched, source.passage_rows(sorted(touched)))
    else:
        log.info("building the local keyword index for generation %d from the store", generation)
        result = rebuilt(source, generation, folder)
    known = {s.name for s in base.segments} if base is not None else set()
    try:
        save(
            result,
            folder,
            [s for s in result.segments if s.name not in known or not (folder / s.name).exists()],
        )
    except OSError as exc:  # a read-only home still answers, from memory
        log.warning("could not save the local keyword index in %s: %s", folder, exc)
    return result
