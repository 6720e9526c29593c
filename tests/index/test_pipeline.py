"""Indexing with the real model and Chroma: persisted, re-opened by a new process, kept in sync."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from byline.settings import Settings
from index import index_paths, remove_articles
from index.doctor import check_index
from rag import engine_for, retrieve
from store import local_index_files, packed, schema, sentence_codec
from store.chroma import Store
from tests.helpers import SEEDS, cli_json

ARTICLE = """Harbour bridge reopens after repairs
The Kestrel Harbour bridge reopened on Tuesday after eleven months of repairs costing \
48 million dollars, the city council said.
Mayor Ingrid Solberg cut the ribbon at dawn and thanked the 300 workers who rebuilt the deck.
"""


def assert_local_index_matches_chroma(settings: Settings) -> None:
    """The local index the runs brought forward by deltas equals one rebuilt whole from Chroma."""
    store = Store(settings)
    saved = local_index_files.load(settings.local_index_path)
    assert saved.generation == store.generation(), "the run left a current local index"
    fresh = local_index_files.rebuilt(store, store.generation())
    assert saved.position().keys() == fresh.position().keys()
    ids = sorted(fresh.position())
    probe = np.ones((1, 384), dtype=np.float32) / np.sqrt(384)
    assert np.array_equal(saved.similarity(ids, probe), fresh.similarity(ids, probe))
    for query in ("Kestrel Harbour bridge repairs", "Carney Trump talks minister"):
        want = {cid: fresh.scores(query)[row] for cid, row in fresh.position().items()}
        got = {cid: saved.scores(query)[row] for cid, row in saved.position().items()}
        assert got == pytest.approx(want)
    assert check_index(settings) == []


def test_index_is_persisted_and_queried_by_a_fresh_process(tmp_path: Path) -> None:
    home = tmp_path / "home"
    settings = Settings(home=home)
    report = index_paths([SEEDS], settings)
    assert report.added == 2 and report.chunks_embedded > 0
    # A different process opens the same folder and answers from it.
    reply = cli_json("ask", "Which minister confirmed direct talks between Carney and Trump?", home=home)
    assert "Melanie Joly" in reply["answer"]
    assert reply["citations"][0]["source"] == "002_1a5d4184944eb79a.txt"


def test_rerun_changed_file_and_deleted_file_are_synchronised(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, docs / seed.name)
    (docs / "bridge.txt").write_text(ARTICLE)
    # One article per write step: three steps, so the first run embeds in model processes.
    settings = Settings(home=tmp_path / "home", store_batch_chunks=1)
    first = index_paths([docs], settings)
    assert (first.added, first.chunks_embedded > 0) == (3, True)
    assert_local_index_matches_chroma(settings)

    again = index_paths([docs], settings)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 3)
    assert again.chunks_embedded == 0

    (docs / "bridge.txt").write_text(ARTICLE.replace("48 million", "52 million"))
    changed = index_paths([docs], settings)
    assert (changed.added, changed.updated, changed.unchanged) == (0, 1, 2)
    hits = retrieve("How much did the Kestrel Harbour bridge repairs cost?", k=3, settings=settings)
    assert "52 million" in hits[0].text
    texts = [t for _, t, _ in Store(settings).chunk_documents()]
    assert not any("48 million" in t for t in texts), "old chunks are gone"
    assert_local_index_matches_chroma(settings)

    (docs / "bridge.txt").rename(docs / "bridge-renamed.txt")
    moved = index_paths([docs], settings)
    assert (moved.added, moved.updated, moved.removed, moved.chunks_embedded) == (0, 0, 0, 0)
    hits = retrieve("Kestrel Harbour bridge repairs", k=1, settings=settings)
    assert hits[0].source == "bridge-renamed.txt"

    (docs / "bridge-renamed.txt").unlink()
    pruned = index_paths([docs], settings)
    assert pruned.removed == 1
    assert len(Store(settings).article_records()) == 2
    hits = retrieve("Kestrel Harbour bridge repairs", k=10, settings=settings)
    assert all("Kestrel" not in h.text for h in hits), "BM25 and vectors both forgot it"
    assert_local_index_matches_chroma(settings)


def test_keyword_index_follows_changes_made_by_another_process(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "000_58104823b3c5c729.txt", docs / "a.txt")
    settings = Settings(home=tmp_path / "home")
    index_paths([docs], settings)
    engine = engine_for(settings)
    assert "Kestrel" not in " ".join(p.text for p in engine.retrieve("Kestrel bridge", 5))
    (docs / "bridge.txt").write_text(ARTICLE)
    cli_json("index", str(docs), home=settings.home)  # another process adds an article
    top = engine.retrieve("Kestrel Harbour bridge Solberg", 1)[0]
    assert "Kestrel" in top.text


def test_chunks_keep_their_span_and_metadata(seed_settings: Settings) -> None:
    for chunk_id, text, meta in Store(seed_settings).chunk_documents():
        article = (SEEDS / meta["source"]).read_text(encoding="utf-8")
        assert article[meta["start"] : meta["end"]] == text
        assert len(text) <= seed_settings.chunk_chars
        assert chunk_id.startswith(meta["doc_id"])
        assert str(SEEDS) not in json.dumps(text)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bm25_and_vectors_stay_in_sync_after_update_and_delete(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    _write(
        docs,
        "volcano.txt",
        "Volcano erupts\nMount Ferrand erupted on Sunday, covering the valley in ash.",
    )
    _write(
        docs,
        "orchestra.txt",
        "Orchestra tour\nThe Lindqvist orchestra starts a tour of twelve cities.",
    )
    settings = Settings(home=tmp_path / "home")
    index_paths([docs], settings)
    engine = engine_for(settings)

    def ids_in_keyword_index() -> set[str]:
        return set(engine.retriever.keyword_index().position())

    def ids_in_chroma() -> set[str]:
        return {cid for cid, _ in Store(settings).chunk_metadata()}

    assert ids_in_keyword_index() == ids_in_chroma()
    _write(
        docs,
        "volcano.txt",
        "Volcano calms\nMount Ferrand stopped erupting on Monday; residents return.",
    )
    index_paths([docs], settings)
    assert "Monday" in retrieve("Ferrand erupting residents", k=1, settings=settings)[0].text
    assert ids_in_keyword_index() == ids_in_chroma()
    assert not any("Sunday" in p.text for p in retrieve("Ferrand ash valley", k=5, settings=settings))

    removed = remove_articles(settings, [str(docs / "orchestra.txt")])
    assert len(removed) == 1
    assert ids_in_keyword_index() == ids_in_chroma()
    assert all("Lindqvist" not in p.text for p in retrieve("Lindqvist orchestra", k=5, settings=settings))


def test_a_smaller_sentence_vector_width_still_answers_from_a_smaller_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``BYLINE_SENTENCE_VECTOR_BITS=4``: half the sentence bytes stored, the same cited answer."""
    question = "Which minister confirmed direct talks between Carney and Trump?"
    stored: dict[int, int] = {}
    for bits in (8, 4):
        monkeypatch.setenv("BYLINE_SENTENCE_VECTOR_BITS", str(bits))  # as a user sets it
        settings = Settings(home=tmp_path / f"bits{bits}")
        index_paths([SEEDS], settings)
        metas = [meta for _, meta in Store(settings).chunk_metadata()]
        assert {sentence_codec.width(meta) for meta in metas} == {bits}
        stored[bits] = sum(len(packed.decode(meta, schema.SENTENCE_PACKED)) for meta in metas)
        answer = engine_for(settings).answer(question)
        assert "Melanie Joly" in answer.text and answer.citations
    assert stored[4] < 0.55 * stored[8]


def test_runs_given_files_update_move_and_remove_like_runs_over_their_folder(tmp_path: Path) -> None:
    """`byline index FILE` looks up only that file's articles (and ids met elsewhere): same results."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, docs / seed.name)
    settings = Settings(home=tmp_path / "home")
    index_paths([docs], settings)
    bridge = docs / "bridge.txt"
    bridge.write_text(ARTICLE)
    added = index_paths([bridge], settings, prune=False)
    assert (added.added, added.updated, added.unchanged) == (1, 0, 0)
    again = index_paths([bridge], settings, prune=False)
    assert (again.added, again.updated, again.unchanged, again.chunks_embedded) == (0, 0, 1, 0)

    bridge.write_text(ARTICLE.replace("48 million", "52 million"))
    edited = index_paths([bridge], settings, prune=False)
    assert (edited.added, edited.updated) == (0, 1)
    cost = engine_for(settings).answer("How much did the Kestrel Harbour bridge repairs cost?")
    assert "52 million" in cost.text

    moved_to = tmp_path / "elsewhere" / "bridge.txt"  # same content, a file outside the indexed folder
    moved_to.parent.mkdir()
    bridge.rename(moved_to)
    moved = index_paths([moved_to], settings, prune=False)
    found_by_id = (moved.added, moved.moved, moved.chunks_embedded) == (0, 1, 0)
    assert found_by_id, "a moved file is found by its id, not embedded again"
    assert {r.path for r in Store(settings).article_records().values()} >= {str(moved_to)}

    assert len(remove_articles(settings, [str(moved_to)])) == 1
    assert len(Store(settings).article_records()) == len(list(SEEDS.glob("*.txt")))
    assert_local_index_matches_chroma(settings)


def test_a_file_whose_loader_fails_is_skipped_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parser's unexpected error on one odd page: that page is reported, the others are indexed.

    The fault is injected (a loader that raises) because no page is known to cause one
    any more; the last one found (a site name urllib refused as a host) stopped the run.
    """
    from index import loaders

    def broken(name: str, raw: bytes) -> loaders.Loaded:
        raise ValueError("Invalid IPv6 URL")

    monkeypatch.setitem(loaders.LOADERS, ".html", broken)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "odd.html").write_text("<html><body><p>An odd page.</p></body></html>", encoding="utf-8")
    (docs / "bridge.txt").write_text(
        "Harbour bridge reopens\nThe Kestrel Harbour bridge reopened on Tuesday after repairs.\n",
        encoding="utf-8",
    )
    report = index_paths([docs], Settings(home=tmp_path / "home"))
    assert report.added == 1
    assert [(Path(s.path).name, s.reason) for s in report.skipped] == [
        ("odd.html", "could not be read (ValueError: Invalid IPv6 URL)")
    ]
    hits = retrieve("When did the Kestrel Harbour bridge reopen?", settings=Settings(home=tmp_path / "home"))
    assert any("Tuesday" in p.text for p in hits)
