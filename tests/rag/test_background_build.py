"""A server that must build its keyword index whole answers from vector search meanwhile, and says so."""

from __future__ import annotations

import shutil
from pathlib import Path

from byline.settings import Settings
from index import index_paths
from rag.background_build import BUILDING_NOTICE
from rag.engine import Engine
from store.local_index_files import MANIFEST
from tests.helpers import SEEDS

QUESTION = "Which minister confirmed direct talks between Carney and Trump?"


def test_answers_come_from_vectors_while_the_keyword_index_builds_then_from_both(tmp_path: Path) -> None:
    home = tmp_path / "home"
    index_paths([SEEDS], Settings(home=home))
    # What a new app process joining a Chroma server finds: passages in the store, no local index.
    shutil.rmtree(home / "local")
    settings = Settings(home=home, background_build_passages=0)
    engine = Engine(settings)

    first = engine.answer(QUESTION)
    assert BUILDING_NOTICE in first.notice
    assert "Melanie Joly" in first.text and first.citations, "vector search alone finds the fact"

    engine.retriever.wait_for_keyword_index()
    assert (settings.local_index_path / MANIFEST).exists(), "the built index is saved for other processes"
    second = engine.answer(QUESTION)
    assert BUILDING_NOTICE not in second.notice
    assert "Melanie Joly" in second.text and second.citations
    assert len(engine.retriever.keyword_index()) > 0

    # The next process loads the saved index: no background build, no notice.
    assert BUILDING_NOTICE not in Engine(settings).answer(QUESTION).notice


def test_commands_other_than_serve_wait_for_the_keyword_index(tmp_path: Path) -> None:
    home = tmp_path / "home"
    index_paths([SEEDS], Settings(home=home))
    shutil.rmtree(home / "local")
    reply = Engine(Settings(home=home)).answer(QUESTION)  # background_build_passages unset
    assert BUILDING_NOTICE not in reply.notice and "Melanie Joly" in reply.text
