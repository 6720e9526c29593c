"""Damaged files beside Chroma: found by doctor, never a traceback, never a silently wrong answer."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from byline.settings import Settings
from index import index_paths
from index.doctor import check_index
from rag import answer
from tests.helpers import SEEDS, run_cli

QUESTION = "Which minister confirmed direct talks between Carney and Trump?"


def segment_files(home: Path, name: str) -> list[Path]:
    return sorted((home / "local").glob(f"seg-*/{name}"))


def empty(path: Path) -> None:
    path.write_bytes(b"")


def json_value(value: object) -> Callable[[Path], None]:
    return lambda path: path.write_text(json.dumps(value))


def random_vectors(path: Path) -> None:
    """Damage of the right shape: random int8 vectors in place of the passage vectors."""
    vectors = np.load(path)
    np.save(path, np.random.default_rng(0).integers(-127, 128, size=vectors.shape, dtype=np.int8))


def shifted_rows(path: Path) -> None:
    """BM25 postings pointing at the next passage: right shape, wrong answers if used."""
    rows = np.load(path)
    np.save(path, ((rows + 1) % max(int(rows.max()) + 1, 1)).astype(rows.dtype))


def wrong_width(path: Path) -> None:
    vectors = np.load(path)
    np.save(path, np.zeros((len(vectors), 100), dtype=np.int8))


CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "vectors.npy empty": ("vectors.npy", empty),
    "sentence lengths empty": ("s_lengths.npy", empty),
    "sentence_starts.npy empty": ("sentence_starts.npy", empty),
    "rows.json null": ("rows.json", json_value(None)),
    "rows.json a list": ("rows.json", json_value([1, 2])),
    "manifest null": ("manifest.json", json_value(None)),
    "manifest a list": ("manifest.json", json_value([])),
    "checksums.json null": ("checksums.json", json_value(None)),
    "random passage vectors": ("vectors.npy", random_vectors),
    "BM25 rows shifted by one": ("p_rows.npy", shifted_rows),
    "vectors of the wrong width": ("vectors.npy", wrong_width),
}


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    home = tmp_path_factory.mktemp("healthy")
    index_paths([SEEDS], Settings(home=home))
    reply = answer(QUESTION, settings=Settings(home=home))
    return home, reply.as_dict()


@pytest.mark.parametrize("case", list(CASES))
def test_a_damaged_derived_file_is_reported_and_rebuilt(
    healthy: tuple[Path, dict], tmp_path: Path, case: str
) -> None:
    source, expected = healthy
    home = tmp_path / "home"
    shutil.copytree(source, home)
    name, damage = CASES[case]
    targets = [home / "local" / name] if name == "manifest.json" else segment_files(home, name)
    assert targets, f"the index has a {name}"
    for path in targets:
        damage(path)
    settings = Settings(home=home)

    doctor = run_cli("--home", str(home), "doctor", check=False)
    assert doctor.returncode == 1, doctor.stdout
    assert "local keyword index unusable" in doctor.stdout
    assert "Traceback" not in doctor.stderr

    # A reader rebuilds what it cannot trust and answers exactly as the healthy index did.
    reply = answer(QUESTION, settings=settings).as_dict()
    assert reply["answer"] == expected["answer"]
    assert [c["doc_id"] for c in reply["citations"]] == [c["doc_id"] for c in expected["citations"]]
    assert check_index(settings) == [], "the rebuilt index is saved"

    for path in targets:
        if path.exists():
            damage(path)
    rerun = run_cli("--home", str(home), "index", str(SEEDS), check=False)
    assert rerun.returncode == 0 and "Traceback" not in rerun.stderr
    assert check_index(settings) == []


def test_damage_after_a_reader_checked_the_index_is_still_found(
    healthy: tuple[Path, dict], tmp_path: Path
) -> None:
    """A process opening the index hashes a segment file only when it changed since it last
    matched: passage vectors overwritten in place after one reader checked them are still
    found by the next, which rebuilds them."""
    source, _ = healthy
    home = tmp_path / "home"
    shutil.copytree(source, home)
    first = run_cli("--home", str(home), "ask", QUESTION)
    assert sorted((home / "local").glob("seg-*/verified.json")), "the reader recorded what it checked"

    for path in segment_files(home, "vectors.npy"):
        random_vectors(path)
    second = run_cli("--home", str(home), "ask", QUESTION)
    assert second.stdout == first.stdout
    assert check_index(Settings(home=home)) == [], (
        "the second reader found the damage and saved a rebuilt index"
    )
