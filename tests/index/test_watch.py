"""`byline index --watch`: a warm process indexes files as they arrive, change and go."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from byline.settings import Settings
from index.watch import Watcher, WatchOutcome
from rag import answer
from tests.helpers import BRIDGE, FERRY, ROOT, TRAM, run_cli


def test_a_watcher_indexes_files_as_they_arrive_change_and_go(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    settings = Settings(home=tmp_path / "home")
    watcher = Watcher(settings, [news], interval=1.0)

    first = watcher.poll()
    assert first is not None and first.report is not None and first.report.added == 1
    assert watcher.poll() is None  # nothing changed: no run at all

    (news / "ferry.txt").write_text(FERRY, encoding="utf-8")
    added = watcher.poll()
    assert added is not None and added.report is not None
    assert (added.report.added, added.report.unchanged) == (1, 0)  # the bridge's file is not read again
    assert "Monday" in answer("When did the Osprey Bay ferry resume sailing?", settings=settings).text

    (news / "ferry.txt").write_text(FERRY.replace("Monday", "Wednesday"), encoding="utf-8")
    edited = watcher.poll()
    assert edited is not None and edited.report is not None and edited.report.updated == 1
    assert "Wednesday" in answer("When did the Osprey Bay ferry resume sailing?", settings=settings).text

    (news / "ferry.txt").rename(news / "ferry-moved.txt")  # a deletion and an arrival of the same article
    moved = watcher.poll()
    assert moved is not None and moved.report is not None
    assert (moved.report.moved, moved.report.removed, moved.report.chunks_embedded) == (1, 0, 0)
    reply = answer("When did the Osprey Bay ferry resume sailing?", settings=settings)
    assert "Wednesday" in reply.text and reply.citations[0].source.endswith("ferry-moved.txt")

    (news / "bridge.txt").unlink()
    removed = watcher.poll()
    assert removed is not None and removed.report is not None and removed.report.removed == 1
    assert answer("When did the Kestrel Harbour bridge reopen?", settings=settings).refused


def test_a_run_that_cannot_start_is_said_once_and_tried_again_at_every_poll(tmp_path: Path) -> None:
    from index.locking import index_lock

    news = tmp_path / "news"
    news.mkdir()
    (news / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    settings = Settings(home=tmp_path / "home", lock_wait_seconds=0.2)
    said: list[WatchOutcome] = []
    watcher = Watcher(settings, [news], interval=1.0, on_run=said.append)
    with index_lock(settings):  # another index run holds the data folder
        assert watcher.poll() is not None
        assert watcher.poll() is not None
    assert len(said) == 1 and "another `byline index` run" in said[0].error
    done = watcher.poll()  # the lock is free: the same change is indexed now
    assert done is not None and done.report is not None and done.report.added == 1
    assert len(said) == 2


def test_another_process_writing_between_two_runs_keeps_its_articles_findable(tmp_path: Path) -> None:
    """The watcher's Chroma client was opened before the other process wrote; its next write keeps both."""
    news, other = tmp_path / "news", tmp_path / "other"
    news.mkdir()
    other.mkdir()
    (news / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (other / "tram.txt").write_text(TRAM, encoding="utf-8")
    home = tmp_path / "home"
    watcher = Watcher(Settings(home=home), [news], interval=1.0)
    watcher.poll()
    run_cli("index", str(other), home=home)
    (news / "ferry.txt").write_text(FERRY, encoding="utf-8")
    outcome = watcher.poll()
    assert outcome is not None and outcome.report is not None and outcome.report.added == 1

    # A new process searching Chroma's vector index alone (no exact local scan) finds all three.
    vector_only = {"BYLINE_EXACT_SEARCH_PASSAGES": "0"}
    for question, fact in (
        ("When did the Heron Street tram line open?", "Friday"),
        ("When did the Osprey Bay ferry resume sailing?", "Monday"),
        ("When did the Kestrel Harbour bridge reopen?", "Tuesday"),
    ):
        reply = run_cli("ask", question, home=home, env_extra=vector_only).stdout
        assert fact in reply, reply


def test_the_watch_command_reports_each_change_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    env = dict(os.environ, BYLINE_HOME=str(tmp_path / "home"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "index", str(news), "--watch", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("added 1, updated 0, removed 0, unchanged 0")
        (news / "ferry.txt").write_text(FERRY, encoding="utf-8")
        assert proc.stdout.readline().startswith("added 1, updated 0, removed 0, unchanged 0")
        (news / "bridge.txt").unlink()
        assert proc.stdout.readline().startswith("added 0, updated 0, removed 1, unchanged 0")
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert "watching" in err and "stopped watching" in err
    assert "Traceback" not in err
    reply = answer("When did the Osprey Bay ferry resume sailing?", settings=Settings(home=tmp_path / "home"))
    assert "Monday" in reply.text
