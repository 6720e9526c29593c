"""A reader's cheap generation check never hides an index run's commit."""

from __future__ import annotations

import os
import time
from pathlib import Path

from byline.settings import Settings
from store.chroma import Store


def _age_files(settings: Settings, seconds: float) -> None:
    """Make the store's database files look untouched for ``seconds`` (as on a quiet server)."""
    then = time.time() - seconds
    for name in ("chroma.sqlite3", "chroma.sqlite3-wal"):
        path = settings.chroma_path / name
        if path.exists():
            os.utime(path, (then, then))


def test_a_commit_after_a_quiet_spell_is_seen_by_the_next_question(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    writer = Store(settings, create=True)
    reader = Store(settings)
    _age_files(settings, 10)
    first = reader.generation()
    assert reader.generation() == first  # nothing written: the same (remembered) generation
    writer.commit_generation(first + 5)
    assert reader.generation() == first + 5
    _age_files(settings, 10)
    writer.commit_generation(first + 9)  # written now: newer than any remembered stamp
    assert reader.generation() == first + 9


def test_files_written_within_the_last_second_are_always_read(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    writer = Store(settings, create=True)
    reader = Store(settings)
    writer.commit_generation(reader.generation() + 1)
    seen = reader.generation()  # remembered with the files' current stamp
    stamp = os.stat(settings.chroma_path / "chroma.sqlite3")
    writer.commit_generation(seen + 1)
    # Two writes in one tick of the file clock leave the same stamp: put the old one back.
    os.utime(settings.chroma_path / "chroma.sqlite3", ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert os.stat(settings.chroma_path / "chroma.sqlite3").st_size == stamp.st_size
    assert reader.generation() == seen + 1
