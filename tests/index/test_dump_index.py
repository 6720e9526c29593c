"""Index runs over a dump in many small batches: all of it in, a kill between batches, the per-record limit.

Batches are made tiny through the settings (``store_batch_chunks``, ``commit_every_passages``)
so a dozen records take the path a 600 MB dump takes: loaded, embedded and written a few at
a time, committed along the way, resumed after a kill without embedding again what was stored.
"""

from __future__ import annotations

import json
import signal
from pathlib import Path

from byline.settings import Settings
from index import index_paths
from index.doctor import check_index
from rag import retrieve
from store.chroma import Store
from tests.helpers import cli_json, paused_index_run, run_cli, wait_until_paused

# (town, project, millions, official): one news-please record each, with facts of its own.
STORIES = [
    ("Harwick", "tram depot", 41, "Mayor Lena Okafor"),
    ("Brightmoor", "flood barrier", 67, "Engineer Tomas Reyes"),
    ("Calder Bay", "ferry terminal", 23, "Harbour master Ines Vale"),
    ("Dunmore", "hospital wing", 88, "Health chief Aron Pike"),
    ("Elmstead", "library", 12, "Councillor Maya Strand"),
    ("Fenwick", "bus station", 35, "Transport head Olu Baines"),
    ("Glenrock", "water plant", 54, "Utility director Sara Quint"),
    ("Hollins", "sports arena", 76, "Mayor Piet Larsen"),
    ("Ivybridge", "school campus", 29, "Education officer Nadia Ross"),
    ("Juniper Falls", "bridge deck", 47, "Engineer Kofi Mensah"),
    ("Kestrel Point", "lighthouse", 8, "Heritage officer Una Blake"),
    ("Larchfield", "solar farm", 63, "Energy chief Rhea Monroe"),
]


def record(town: str, project: str, millions: int, official: str) -> dict[str, str]:
    text = (
        f"The {town} council approved {millions} million dollars for a new {project} on Tuesday, "
        f"ending a dispute that had lasted since the spring.\n\n"
        f"{official} said the {project} would open within three years and that the money "
        f"came from the regional infrastructure fund rather than from local taxes.\n\n"
        f"Residents of {town} had petitioned for the {project} for a decade. Opponents said the "
        f"cost of {millions} million dollars was too high for a town of its size, but the vote "
        f"passed by seven to two after a debate that ran past midnight."
    )
    return {
        "title": f"{town} approves {millions} million {project}",
        "maintext": text,
        "date_publish": "2026-03-04 09:00:00",
        "source_domain": "valleyherald.example",
        "url": f"https://valleyherald.example/{town.lower().replace(' ', '-')}",
    }


def write_dump(path: Path, stories: list[tuple[str, str, int, str]] = STORIES) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for story in stories:
            out.write(json.dumps(record(*story)) + "\n")
    return path


def question(town: str, project: str) -> str:
    return f"How much did the {town} council approve for the {project}?"


def test_a_dump_indexed_in_many_small_batches_has_every_article(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "docs" / "archive.jsonl")
    # About one record per write step, a commit every few steps: the batching path at small scale.
    settings = Settings(home=tmp_path / "home", store_batch_chunks=1, commit_every_passages=3)
    read: list[tuple[int, int]] = []
    report = index_paths([dump], settings, progress=lambda done, total: read.append((done, total)))
    assert (report.added, report.skipped) == (len(STORIES), [])
    assert len(read) >= len(STORIES), "progress after every write step"
    assert [d for d, _ in read] == sorted(d for d, _ in read), "bytes read only go up"
    assert read[-1] == (dump.stat().st_size, dump.stat().st_size), "the whole dump was read"
    assert check_index(settings) == [], "every batch and every commit left a consistent index"
    for town, project, millions, _ in (STORIES[0], STORIES[6], STORIES[-1]):
        top = retrieve(question(town, project), k=1, settings=settings)[0]
        assert f"{town} council approved {millions} million" in top.text
    again = index_paths([dump], settings)
    assert (again.unchanged, again.added, again.chunks_embedded) == (len(STORIES), 0, 0)


def test_a_dump_run_killed_between_batches_answers_and_the_next_run_embeds_only_the_rest(
    tmp_path: Path,
) -> None:
    dump = write_dump(tmp_path / "docs" / "archive.jsonl")
    home = tmp_path / "home"
    # Four passages per write step (about four records), a commit after each step; held after step 2.
    proc, pause = paused_index_run(home, dump, pause_after_step=2, BYLINE_COMMIT_EVERY_PASSAGES="4")
    wait_until_paused(proc, pause)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    stored = Store(Settings(home=home)).article_records()
    assert 0 < len(stored) < len(STORIES), "the kill left the run half done"
    first_town, first_project, millions, _ = STORIES[0]
    reply = cli_json("ask", question(first_town, first_project), home=home)
    assert f"{millions} million" in reply["answer"], "what the killed run committed answers"
    assert reply["citations"][0]["title"] == f"{first_town} approves {millions} million {first_project}"

    report = cli_json("index", str(dump), home=home)
    assert report["unchanged"] == len(stored), "every article stored before the kill is passed over"
    assert report["added"] == len(STORIES) - len(stored), "only the rest is embedded"
    settings = Settings(home=home)
    assert check_index(settings) == []
    assert len(Store(settings).article_records()) == len(STORIES)
    town, project, millions, _ = STORIES[-1]
    assert f"{millions} million" in cli_json("ask", question(town, project), home=home)["answer"]


def test_an_oversized_record_is_skipped_alone_with_its_line_number(tmp_path: Path) -> None:
    stories = STORIES[:4]
    dump = write_dump(tmp_path / "docs" / "archive.jsonl", stories)
    lines = dump.read_text(encoding="utf-8").splitlines()
    huge = record("Mossgiel", "airport", 999, "Mayor Ada Finch")
    huge["maintext"] += "\n\n" + "The debate went on. " * 400  # about 8,000 characters
    lines.insert(2, json.dumps(huge))  # line 3 of the dump
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert dump.stat().st_size > 8_000

    home = tmp_path / "home"
    env = {"BYLINE_MAX_FILE_BYTES": "5000"}  # the limit is per record: the 9 kB dump is read
    result = run_cli("index", str(dump), home=home, env_extra=env)
    assert "added 4," in result.stdout and "skipped 1;" in result.stdout
    assert f"skipped {dump}#3: record too large (line 3 over 5000 characters)" in result.stdout
    town, project, millions, _ = stories[3]  # the record after the oversized one is in
    assert f"{millions} million" in cli_json("ask", question(town, project), home=home)["answer"]
