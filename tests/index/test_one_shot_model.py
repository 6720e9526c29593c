"""A one-shot `byline index` frees the model before it writes: the write that makes Chroma
load the collection's HNSW (~620 MiB at 60,000 articles) no longer has the model's ~150 MiB
beside it. A process that goes on (the app, a watcher) keeps its model."""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.embedding import shared_encoder
from byline.settings import Settings
from index import index_paths
from rag import answer
from store.chroma import Store
from tests.helpers import BRIDGE, FERRY


@pytest.fixture
def models_at_write(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many shared models the process held at each of the run's Chroma writes (a spy)."""
    held: list[int] = []
    add_chunks = Store.add_chunks

    def spied(self: Store, *args: object, **kwargs: object) -> object:
        held.append(shared_encoder.cache_info().currsize)
        return add_chunks(self, *args, **kwargs)

    monkeypatch.setattr(Store, "add_chunks", spied)
    return held


def test_a_one_shot_run_writes_without_the_model_and_its_articles_answer(
    tmp_path: Path, models_at_write: list[int]
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (articles / "ferry.txt").write_text(FERRY, encoding="utf-8")
    settings = Settings(home=tmp_path / "home")
    shared_encoder.cache_clear()

    report = index_paths([articles], settings, keep_model=False)

    assert report.added == 2
    assert models_at_write and set(models_at_write) == {0}, "the model was freed before the first write"
    reply = answer("How much did the Kestrel Harbour bridge repairs cost?", settings=settings)
    assert "48 million dollars" in reply.text  # the model loads again when a question needs it


def test_a_process_that_goes_on_keeps_its_model(tmp_path: Path, models_at_write: list[int]) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    shared_encoder.cache_clear()

    index_paths([articles], Settings(home=tmp_path / "home"))

    assert models_at_write and min(models_at_write) >= 1
    assert shared_encoder.cache_info().currsize >= 1
