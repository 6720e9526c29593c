"""A reader that was current follows another process's add, edit and delete as a delta, not a rebuild."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from byline.settings import Settings
from rag import engine_for
from rag.filters import Filters
from tests.helpers import BRIDGE, FERRY, SEEDS, TRAM, run_cli


@pytest.mark.parametrize("mode", ["embedded", "server"])
def test_reader_applies_add_edit_delete_from_another_process_as_a_delta(
    mode: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_1a5d4184944eb79a.txt", docs)
    (docs / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (docs / "ferry.txt").write_text(FERRY, encoding="utf-8")
    url = request.getfixturevalue("chroma_url") if mode == "server" else None
    collection = f"delta-{mode}"
    writer_home = tmp_path / "writer"
    # Embedded: the reader shares the writer's data folder. Server: its own, on another "machine".
    reader_home = writer_home if mode == "embedded" else tmp_path / "reader"
    extra = {"BYLINE_COLLECTION": collection, **({"BYLINE_CHROMA_URL": url} if url else {})}

    def index() -> None:
        run_cli("index", str(docs), home=writer_home, env_extra=extra)

    index()
    engine = engine_for(Settings(home=reader_home, chroma_url=url, collection=collection))
    assert "Tuesday" in engine.answer("When did the Kestrel Harbour bridge reopen?").text
    before = engine.retriever.keyword_index()
    old_segments = {s.name for s in before.segments}

    (docs / "bridge.txt").write_text(BRIDGE.replace("Tuesday", "Thursday"), encoding="utf-8")  # edit
    (docs / "ferry.txt").unlink()  # delete
    (docs / "tram.txt").write_text(TRAM, encoding="utf-8")  # add
    index()

    assert "Thursday" in engine.answer("When did the Kestrel Harbour bridge reopen?").text
    assert "Friday" in engine.answer("When did the Heron Street tram line open?").text
    assert engine.answer("When did the Osprey Bay ferry resume sailing?").refused
    after = engine.retriever.keyword_index()
    kept = old_segments & {s.name for s in after.segments}
    assert kept, "the reader kept the segments it had and added the change: no rebuild"
    assert sum(len(s) for s in after.segments if s.name not in old_segments) <= 4, "it read only what changed"

    # A moved file keeps its passages (same text, same ids) but not its old name: the reader
    # re-reads what the run touched instead of citing the name it had kept from earlier answers.
    (docs / "bridge.txt").rename(docs / "harbour-bridge.txt")
    index()
    moved = engine.answer("When did the Kestrel Harbour bridge reopen?")
    assert "Thursday" in moved.text
    assert [c.source for c in moved.citations if "Kestrel" in c.text] == ["harbour-bridge.txt"]


CAT = "Afternoon nap\nA ginger cat dozed for hours on the warm windowsill of the bakery.\n"
CAT_QUESTION = "Which kitten slept all day beside a window?"  # no word in common with CAT


def test_embedded_reader_finds_passages_added_since_its_vector_index_was_loaded(tmp_path: Path) -> None:
    """Its vector index is not reloaded per change: new passages are scanned from the local segments."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_1a5d4184944eb79a.txt", docs)
    (docs / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    home = tmp_path / "home"
    run_cli("index", str(docs), home=home)
    # exact_search_passages=0: vector candidates come from Chroma's index even for this small archive.
    engine = engine_for(Settings(home=home, exact_search_passages=0))
    assert "cat.txt" not in {p.source for p in engine.retrieve(CAT_QUESTION)}
    store = engine.retriever.store

    (docs / "cat.txt").write_text(CAT, encoding="utf-8")
    run_cli("index", str(docs), home=home)
    assert engine.retrieve(CAT_QUESTION)[0].source == "cat.txt"

    (docs / "cat.txt").unlink()
    run_cli("index", str(docs), home=home)
    assert "cat.txt" not in {p.source for p in engine.retrieve(CAT_QUESTION)}
    assert engine.retriever.store is store, "the store was not reopened (its vector index not reloaded)"

    # A filtered search asks Chroma for what its filter admits, new passages included.
    (docs / "cat.txt").write_text(CAT, encoding="utf-8")
    run_cli("index", str(docs), home=home)
    english = engine.retrieve(CAT_QUESTION, filters=Filters.of(language="en"))
    assert english[0].source == "cat.txt"
