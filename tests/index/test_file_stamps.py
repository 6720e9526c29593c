"""A re-run over an archive reads only the files whose size or modification time changed."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from byline.settings import Settings
from index import index_paths
from index.file_stamps import load_book
from index.pipeline import remove_articles
from rag import answer
from store.chroma import Store
from tests.helpers import BRIDGE, FERRY, TRAM

HOUR_AGO = time.time() - 3600


def _archive(folder: Path) -> Path:
    """Three articles that have been in the archive for an hour (older than any racy window)."""
    folder.mkdir()
    for name, text in (("bridge.txt", BRIDGE), ("ferry.txt", FERRY), ("tram.txt", TRAM)):
        (folder / name).write_text(text, encoding="utf-8")
        os.utime(folder / name, (HOUR_AGO, HOUR_AGO))
    return folder


def test_a_rerun_passes_over_unchanged_files_and_reads_touched_ones(tmp_path: Path) -> None:
    news = _archive(tmp_path / "news")
    settings = Settings(home=tmp_path / "home")
    assert index_paths([news], settings).added == 3

    # Same size, same modification time: like make and rsync, the file is taken as unchanged
    # and not read (which is what makes a re-run over 60,000 files cheap).
    ferry = news / "ferry.txt"
    ferry.write_text(FERRY.replace("Monday", "Sunday"), encoding="utf-8")
    os.utime(ferry, (HOUR_AGO, HOUR_AGO))
    again = index_paths([news], settings)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 3)
    assert "Monday" in answer("When did the Osprey Bay ferry resume sailing?", settings=settings).text

    ferry.touch()  # a new modification time: read again
    touched = index_paths([news], settings)
    assert (touched.updated, touched.unchanged) == (1, 2)
    assert "Sunday" in answer("When did the Osprey Bay ferry resume sailing?", settings=settings).text

    (news / "bridge.txt").unlink()  # a recorded file gone: its article goes, no other file is read
    gone = index_paths([news], settings)
    assert (gone.removed, gone.unchanged) == (1, 2)
    assert answer("When did the Kestrel Harbour bridge reopen?", settings=settings).refused


def test_a_file_written_just_before_the_run_is_read_again_next_time(tmp_path: Path) -> None:
    """A second write within the clock's granularity keeps the stamp: fresh files are not trusted."""
    news = _archive(tmp_path / "news")
    tram = news / "tram.txt"
    tram.write_text(TRAM, encoding="utf-8")  # modified now
    settings = Settings(home=tmp_path / "home")
    index_paths([news], settings)
    stamp = tram.stat().st_mtime_ns
    tram.write_text(TRAM.replace("Friday", "Sunday"), encoding="utf-8")  # same size
    os.utime(tram, ns=(stamp, stamp))  # and, as a coarse clock would give, the same time
    rerun = index_paths([news], settings)
    assert (rerun.updated, rerun.unchanged) == (1, 2)
    assert "Sunday" in answer("When did the Heron Street tram line open?", settings=settings).text


def test_a_removal_by_another_command_makes_the_next_run_read_that_file_alone(tmp_path: Path) -> None:
    """The change log says what another writer touched: its files are read again, no others."""
    news = _archive(tmp_path / "news")
    settings = Settings(home=tmp_path / "home")
    index_paths([news], settings)
    assert remove_articles(settings, [str(news / "ferry.txt")])
    bridge = news / "bridge.txt"  # edited behind the stamps' back: read only if every file is
    bridge.write_text(BRIDGE.replace("Tuesday", "Fridays"), encoding="utf-8")
    os.utime(bridge, (HOUR_AGO, HOUR_AGO))
    rerun = index_paths([news], settings)  # the files did not change, the store did: the article returns
    assert (rerun.added, rerun.updated, rerun.unchanged) == (1, 0, 2)
    assert "Monday" in answer("When did the Osprey Bay ferry resume sailing?", settings=settings).text
    assert "Tuesday" in answer("When did the Kestrel Harbour bridge reopen?", settings=settings).text


def test_a_record_older_than_the_change_log_makes_the_run_read_everything(tmp_path: Path) -> None:
    news = _archive(tmp_path / "news")
    settings = Settings(home=tmp_path / "home")
    index_paths([news], settings)
    book = load_book(settings.file_stamps_path)
    assert book is not None
    stale = json.loads(settings.file_stamps_path.read_bytes().partition(b"\n")[2])
    stale["generation"] = -5  # before the index (and its log) began
    settings.file_stamps_path.write_bytes(_checksummed(json.dumps(stale).encode()))
    bridge = news / "bridge.txt"
    bridge.write_text(BRIDGE.replace("Tuesday", "Fridays"), encoding="utf-8")
    os.utime(bridge, (HOUR_AGO, HOUR_AGO))
    rerun = index_paths([news], settings)
    assert (rerun.updated, rerun.unchanged) == (1, 2)


def test_a_damaged_record_is_ignored_and_rewritten(tmp_path: Path) -> None:
    news = _archive(tmp_path / "news")
    settings = Settings(home=tmp_path / "home")
    index_paths([news], settings)
    generation = Store(settings).generation()
    wrong_shape = f'{{"format": 1, "generation": {generation}, "files": [1]}}'.encode()
    miscounted = f'{{"format": 2, "generation": {generation}, "files": {{"x": [1, 2, 2, ["a"]]}}}}'.encode()
    damaged = (b"", b"null", b"0\n{}", b"\x00\xff garbage", *map(_checksummed, (wrong_shape, miscounted)))
    for damage in damaged:
        settings.file_stamps_path.write_bytes(damage)
        rerun = index_paths([news], settings)
        assert (rerun.added, rerun.removed, rerun.unchanged, rerun.skipped) == (0, 0, 3, [])
        book = load_book(settings.file_stamps_path)
        assert book is not None and book.generation == Store(settings).generation()


def _checksummed(body: bytes) -> bytes:
    """A record whose checksum matches: damage of the right shape that only reading it finds."""
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def test_a_file_that_gave_a_skip_is_read_and_reported_again(tmp_path: Path) -> None:
    news = _archive(tmp_path / "news")
    (news / "broken.json").write_text("{ not json", encoding="utf-8")
    os.utime(news / "broken.json", (HOUR_AGO, HOUR_AGO))
    settings = Settings(home=tmp_path / "home")
    first = index_paths([news], settings)
    again = index_paths([news], settings)
    assert [s.path for s in first.skipped] == [s.path for s in again.skipped] == [str(news / "broken.json")]
    assert again.unchanged == 3
