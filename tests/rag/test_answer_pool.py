"""Answer processes: the in-process answers, new articles seen, a killed worker replaced."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from index import index_paths
from rag.engine import Engine
from tests.helpers import index_records

ARTICLES = [
    {
        "title": "Kestrel bridge back in service",
        "source": "Kestrel Gazette",
        "published_at": "2026-03-03",
        "body": "The Kestrel Harbour bridge reopened to traffic on Tuesday after eight months of repairs. "
        "Mayor Ada Brisk cut the ribbon at dawn. Repairs cost 48 million dollars, the council said.",
    },
    {
        "title": "Fishing season opens early",
        "source": "Coastal Weekly",
        "published_at": "2026-03-01",
        "body": "The cod season opened two weeks early this year, the fisheries office said on Monday. "
        "Quotas are unchanged from last year.",
    },
]
LATER = {
    "title": "Observatory gets a new telescope",
    "source": "Kestrel Gazette",
    "published_at": "2026-03-05",
    "body": "The Kestrel observatory installed a four-metre telescope built by Orrin Vale. "
    "The telescope will study comets from next winter, the director said.",
}


def _workers(parent: int | None = None) -> list[int]:
    """Pids of the spawned worker processes of ``parent`` (this process by default)."""
    parent = parent or os.getpid()
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            ppid = next(line for line in status.read_text().splitlines() if line.startswith("PPid:"))
            cmdline = (status.parent / "cmdline").read_bytes()
        except (OSError, StopIteration):
            continue
        if int(ppid.split()[1]) == parent and b"spawn_main" in cmdline:
            found.append(int(status.parent.name))
    return found


@pytest.fixture
def pooled(tmp_path: Path) -> Iterator[tuple[Engine, Engine, Path]]:
    settings = index_records(tmp_path, ARTICLES)
    engine = Engine(settings.model_copy(update={"answer_processes": 2}))
    try:
        yield engine, Engine(settings), tmp_path
    finally:
        engine.close()


def test_answers_from_the_processes_are_the_in_process_answers(pooled: tuple[Engine, Engine, Path]) -> None:
    engine, alone, _ = pooled
    assert len(_workers()) == 2
    for question in ["Who cut the ribbon at the Kestrel bridge?", "How much did the bridge repairs cost?"]:
        got, expected = engine.answer(question), alone.answer(question)
        assert got.text == expected.text
        assert [c.doc_id for c in got.citations] == [c.doc_id for c in expected.citations]
        assert not got.refused
    assert engine.answer("Who won the 1998 chess olympiad?").refused


def test_the_processes_answer_from_an_article_indexed_after_they_started(
    pooled: tuple[Engine, Engine, Path],
) -> None:
    engine, _, folder = pooled
    assert "Orrin Vale" not in engine.answer("Who built the new telescope at the Kestrel observatory?").text
    later = folder / "later.json"
    later.write_text(json.dumps(LATER), encoding="utf-8")
    index_paths([later], engine.settings.model_copy(update={"answer_processes": 0}))
    for _ in range(2):  # each worker, whichever takes the question
        answer = engine.answer("Who built the new telescope at the Kestrel observatory?")
        assert "Orrin Vale" in answer.text
        assert answer.citations[0].title == LATER["title"]


def test_a_killed_answer_process_is_replaced_and_no_question_fails(
    pooled: tuple[Engine, Engine, Path],
) -> None:
    engine, _, _ = pooled
    before = _workers()
    os.kill(before[0], signal.SIGKILL)
    answers = [engine.answer("Who cut the ribbon at the Kestrel bridge?") for _ in range(3)]
    assert all("Ada Brisk" in a.text for a in answers)
    after = _workers()
    assert len(after) == 2 and before[0] not in after


SERVER = """
import sys
from byline.settings import Settings
from rag.engine import Engine
engine = Engine(Settings(home=sys.argv[1], answer_processes=1))
print("ready", flush=True)
sys.stdin.read()  # until killed
"""


def test_answer_processes_end_when_their_server_is_killed(pooled: tuple[Engine, Engine, Path]) -> None:
    engine, _, _ = pooled
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(engine.settings.home)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == b"ready"
        workers = _workers(server.pid)
        assert len(workers) == 1
    finally:
        server.kill()
        server.wait()
    for _ in range(100):  # the orphan check runs every second
        if not any(Path(f"/proc/{pid}").exists() and _alive(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() and _alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped by init."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
