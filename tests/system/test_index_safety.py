"""Index runs that are killed, overlap, or are read while they write."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from byline.settings import Settings
from index import index_paths
from index.doctor import check_index
from index.journal import RunJournal
from rag import retrieve
from store.chroma import Store
from tests.helpers import SEEDS, cli_json, paused_index_run, run_cli, wait_for_exit, wait_until_paused

N_ARTICLES = 30


def write_corpus(folder: Path, n: int = N_ARTICLES, desk: str = "City") -> None:
    """Distinct articles built from the seeds' sentences, each with its own names and numbers."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [ln for seed in sorted(SEEDS.glob("*.txt")) for ln in seed.read_text().splitlines() if ln.strip()]
    for i in range(n):
        body = "\n".join(lines[(i + j) % len(lines)] for j in range(8))
        head = f"{desk} dispatch {i}: talks in city {i}\nReporter Alex Number{i} filed this on day {i}."
        text = f"{head}\n{body}\n"
        (folder / f"article-{i:03d}.txt").write_text(text, encoding="utf-8")


def children_of(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def running(pid: int) -> bool:
    """Whether a process exists and has not exited (an exited one may linger unreaped as a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def assert_consistent(settings: Settings, articles: int) -> None:
    assert check_index(settings) == []
    assert len(Store(settings).article_records()) == articles


def test_kill_9_mid_run_then_next_run_finishes_a_consistent_index(tmp_path: Path) -> None:
    docs, home = tmp_path / "docs", tmp_path / "home"
    write_corpus(docs)
    proc, pause = paused_index_run(home, docs, pause_after_step=2)
    wait_until_paused(proc, pause)  # two write steps stored, the rest not: killed exactly mid-run
    helpers = children_of(proc.pid)
    assert helpers, "a run of many write steps embeds in model processes"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for pid in helpers:
        wait_for_exit(pid)  # hangs (and the suite with it) if a model process outlived its run
    assert not any(running(pid) for pid in helpers), "no model process outlives its run"

    settings = Settings(home=home)
    assert check_index(settings), "a killed run leaves work for the next one"
    report = cli_json("index", str(docs), home=home)
    assert report["added"] + report["unchanged"] == N_ARTICLES
    assert_consistent(settings, N_ARTICLES)
    reply = cli_json("ask", "What did Reporter Alex Number7 file?", home=home)
    assert not reply["refused"]


class Killed(BaseException):
    """Stands in for SIGKILL at one exact point of a run (a real signal cannot be timed there)."""


def test_a_run_killed_after_logging_a_write_step_but_before_storing_it_is_harmless(tmp_path: Path) -> None:
    docs, home = tmp_path / "docs", tmp_path / "home"
    write_corpus(docs, n=3)
    settings = Settings(home=home)
    index_paths([docs], settings)
    # What a run killed between its change-log entry and the write leaves: a log
    # entry naming passages that were never stored, and the run's marker.
    store = Store(settings)
    store.log_touched(store.next_generation(), ["ghost:deadbeef:0", "ghost:deadbeef:1"])
    RunJournal(home).start()
    assert any("did not finish" in p for p in check_index(settings))

    again = index_paths([docs], settings)
    assert (again.unchanged, again.added) == (3, 0)
    assert check_index(settings) == [], "the next run commits; readers skip passages that never arrived"
    hits = retrieve("What did Reporter Alex Number2 file?", k=1, settings=settings)
    assert "Number2" in hits[0].text


def test_a_run_killed_before_dropping_replaced_passages_is_finished_with_fresh_caches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, home = tmp_path / "docs", tmp_path / "home"
    write_corpus(docs, n=3)
    settings = Settings(home=home)
    index_paths([docs], settings)
    edited = docs / "article-001.txt"
    edited.write_text(edited.read_text().replace("Reporter Alex Number1", "Reporter Robin Quartz"))

    def killed(self: Store, ids: object) -> None:
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(Store, "delete_chunks", killed)
        with pytest.raises(Killed):
            index_paths([docs], settings)
    problems = check_index(settings)
    assert any("local keyword index and Chroma disagree" in p for p in problems), problems

    again = index_paths([docs], settings)
    assert (again.unchanged, again.removed) == (3, 1), "the new version was in, the old one goes"
    assert check_index(settings) == [], "old passages gone, caches describe the store"
    hits = retrieve("Who is Reporter Robin Quartz?", k=1, settings=settings)
    assert "Robin Quartz" in hits[0].text


def test_a_model_process_killed_mid_run_does_not_fail_the_run(tmp_path: Path) -> None:
    # A real fault (what the kernel's OOM killer would do), not a stand-in.
    docs, home = tmp_path / "docs", tmp_path / "home"
    write_corpus(docs, 2 * N_ARTICLES)
    proc, pause = paused_index_run(home, docs)
    wait_until_paused(proc, pause)
    models = [p for p in children_of(proc.pid) if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]
    assert models, "a run of many write steps embeds in model processes"
    os.kill(models[0], signal.SIGKILL)
    wait_for_exit(models[0])
    pause.unlink()
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "embedding in this process" in err
    assert_consistent(Settings(home=home), 2 * N_ARTICLES)


def test_second_index_run_refuses_clearly_while_one_is_writing(tmp_path: Path) -> None:
    docs, home = tmp_path / "docs", tmp_path / "home"
    write_corpus(docs)
    first, pause = paused_index_run(home, docs)
    wait_until_paused(first, pause)  # the first run holds the lock, mid-write, until the pause file goes
    second = run_cli("index", str(docs), home=home, check=False, env_extra={"BYLINE_LOCK_WAIT_SECONDS": "0"})
    assert second.returncode == 2
    assert "another `byline index` run" in second.stderr
    assert "Traceback" not in second.stderr
    pause.unlink()
    assert first.wait() == 0
    assert_consistent(Settings(home=home), N_ARTICLES)


def test_questions_during_an_index_run_get_answers(tmp_path: Path) -> None:
    docs, home = tmp_path / "docs", tmp_path / "home"
    write_corpus(docs / "old", 3, desk="Foreign")
    cli_json("index", str(docs), home=home)
    write_corpus(docs / "new")
    run, pause = paused_index_run(home, docs)
    wait_until_paused(run, pause)  # the run has written a step and is certainly not finished
    for _ in range(2):
        result = run_cli("ask", "What did Reporter Alex Number1 file?", "--json", home=home, check=False)
        assert result.returncode == 0, result.stderr
        assert "Number1" in json.loads(result.stdout)["answer"]
    assert run.poll() is None, "the questions were answered while the run was mid-write"
    pause.unlink()
    assert run.wait() == 0
    assert_consistent(Settings(home=home), 3 + N_ARTICLES)


def test_doctor_reports_a_healthy_index(seed_settings: Settings) -> None:
    ok = run_cli("--home", str(seed_settings.home), "doctor", check=False)
    assert ok.returncode == 0 and "index is consistent" in ok.stdout


def test_doctor_reports_a_damaged_or_missing_model_file(tmp_path: Path, monkeypatch) -> None:
    # Damaging the installed model would break every other test; a damaged copy is checked instead.
    import index.doctor as doctor
    from byline.embedding import tokenizer_file

    damaged = tmp_path / "tokenizer.json"
    damaged.write_bytes(tokenizer_file().read_bytes().replace(b"[CLS]", b"[CLX]", 1))
    monkeypatch.setattr(doctor, "tokenizer_file", lambda: damaged)
    assert any("checksum mismatch" in p for p in doctor.check_model_files())
    damaged.unlink()
    assert any("model file missing" in p for p in doctor.check_model_files())
