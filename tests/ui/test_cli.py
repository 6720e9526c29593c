"""The CLI as a user runs it: documented JSON objects, clear errors, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from byline.settings import Settings
from tests.helpers import ROOT, SEEDS, cli_json, run_cli


def test_index_json_reports_the_documented_object(tmp_path: Path) -> None:
    report = cli_json("index", str(SEEDS), home=tmp_path / "home")
    assert set(report) >= {
        "added",
        "updated",
        "removed",
        "unchanged",
        "skipped",
        "chunks_embedded",
        "seconds",
    }
    assert report["added"] == 2 and report["updated"] == report["removed"] == report["unchanged"] == 0
    assert report["skipped"] == []
    assert report["chunks_embedded"] > 2
    assert isinstance(report["seconds"], float)


def test_ask_json_gives_answer_refusal_flag_and_citations(seed_settings: Settings) -> None:
    reply = cli_json("ask", "Who is the US ambassador to Canada?", home=seed_settings.home)
    assert set(reply) >= {"answer", "refused", "citations"}
    assert reply["refused"] is False and "Hoekstra" in reply["answer"]
    assert reply["citations"]
    for c in reply["citations"]:
        assert set(c) >= {"n", "doc_id", "source", "title", "text", "start", "end", "score"}
        assert c["source"].endswith(".txt") and "/" not in c["source"]
        assert c["end"] - c["start"] == len(c["text"])
        assert f"[{c['n']}]" in reply["answer"]


def test_ask_prints_answer_and_numbered_sources(seed_settings: Settings) -> None:
    out = run_cli("ask", "When may the formal trade deal be signed?", home=seed_settings.home).stdout
    assert "September" in out
    assert "Sources:" in out and "[1] 000_58104823b3c5c729.txt" in out


def test_ask_without_index_explains_how_to_build_one(tmp_path: Path) -> None:
    result = run_cli("ask", "Anything?", home=tmp_path / "empty", check=False)
    assert result.returncode == 2
    assert "byline index" in result.stderr
    assert "Traceback" not in result.stderr


def test_empty_question_is_a_message_not_a_traceback(seed_settings: Settings) -> None:
    result = run_cli("ask", "  ", home=seed_settings.home, check=False)
    assert result.returncode == 2
    assert "Please type a question" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_files_are_skipped_with_reasons_and_the_rest_indexed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "000_58104823b3c5c729.txt", docs / "good.txt")
    (docs / "empty.txt").write_text("")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (docs / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me br\xfbl\xe9e is on the menu today.".encode("latin-1"))
    (docs / "broken.json").write_text('{"title": "x", "body": ')
    report = cli_json("index", str(docs), home=tmp_path / "home")
    assert report["added"] == 2, "the latin-1 file is readable, so it is indexed"
    reasons = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    assert reasons.keys() == {"empty.txt", "binary.txt", "broken.json"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "JSON" in reasons["broken.json"]


def test_index_exits_non_zero_when_nothing_could_be_indexed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "empty.txt").write_text("")
    result = run_cli("index", str(docs), "--json", home=tmp_path / "home", check=False)
    assert result.returncode == 1
    assert "empty file" in result.stdout


def test_home_pointing_at_a_file_is_one_clear_line(tmp_path: Path) -> None:
    home = tmp_path / "not-a-folder"
    home.write_text("x")
    result = run_cli("--home", str(home), "list", check=False)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "is a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_indexing_a_missing_path_says_so_once(tmp_path: Path) -> None:
    result = run_cli("index", str(tmp_path / "does-not-exist"), home=tmp_path / "home", check=False)
    assert result.returncode == 2
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert lines == [f"byline: no such file or folder: {tmp_path / 'does-not-exist'}"]


def test_home_and_field_after_the_subcommand_and_unknown_types_grouped(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    record = {
        "titular": "Muelle aprobado",
        "contenido": "El puerto de Kestrel aprobó un nuevo muelle el martes.",
    }
    (docs / "es.json").write_text(json.dumps([record]), encoding="utf-8")
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        (docs / name).write_bytes(b"\xff\xd8\xff")
    home = tmp_path / "home"
    out = run_cli(
        "index", str(docs), "--home", str(home), "--field", "body=contenido", "--field", "title=titular"
    ).stdout
    assert "added 1" in out
    assert "skipped 3 file(s): unsupported file type '.jpg'" in out
    listed = run_cli("list", "--json", "--home", str(home)).stdout
    assert [a["title"] for a in json.loads(listed)] == ["Muelle aprobado"]
    bad = run_cli("index", str(docs), "--home", str(home), "--field", "cuerpo", check=False)
    assert bad.returncode == 2 and "FIELD=NAME" in bad.stderr and "Traceback" not in bad.stderr


def test_output_into_a_closed_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "000_58104823b3c5c729.txt", docs / "good.txt")
    for i in range(3000):  # 3,000 skip lines: more than a pipe buffer holds
        (docs / f"empty-{i:04d}.txt").write_text("")
    env_home = str(tmp_path / "home")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "--home", env_home, "index", str(docs)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith("added 1")
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read()
    proc.wait(timeout=300)
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_help_is_for_users() -> None:
    for args in (["--help"], ["index", "--help"]):
        out = run_cli(*args).stdout
        assert ":class:" not in out and "composition root" not in out
    assert "symlink is followed only when it leads to a file or folder inside" in " ".join(
        run_cli("index", "--help").stdout.split()
    )
