"""The embedding queue of index runs: batches written in order while articles still arrive."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from byline.settings import Settings
from index.article import Article
from index.batches import EmbeddedBatch
from index.embedding_queue import LOOKAHEAD_BATCHES, EmbeddingQueue
from tests.helpers import FakeEmbedder

pytestmark = pytest.mark.fast


class FakeEncoder:
    """The fake embedder's word-hash vectors behind the encoder protocol (unit tier only)."""

    def __init__(self) -> None:
        self.fake = FakeEmbedder()

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        return self.fake.vectors(texts)

    def embed_queries(self, questions: Sequence[str]) -> np.ndarray:
        return self.fake.vectors(questions)

    def embed_one(self, text: str) -> np.ndarray:
        return self.fake.vectors([text])[0]


def articles(n: int) -> list[Article]:
    return [
        Article(path="/news/d.jsonl", slot=f"/news/d.jsonl#{i}", text=f"Story {i}. The pier {i} reopened.")
        for i in range(n)
    ]


def test_batches_are_written_in_order_while_articles_still_arrive(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, store_batch_chunks=2, model_process_batches=1)
    written: list[list[str]] = []
    held: list[int] = []
    added = 0

    def write(batch: EmbeddedBatch) -> None:
        written.append([p.article.slot for p in batch.articles])
        held.append(added - sum(map(len, written)))

    with EmbeddingQueue(settings, write, FakeEncoder()) as queue:
        for article in articles(40):
            added += 1
            queue.add(article)
        assert written, "the first batches are written before the input ends"
        queue.finish()
    assert [slot for batch in written for slot in batch] == [a.slot for a in articles(40)]
    assert all(len(batch) == 2 for batch in written), "one passage each: two articles per write step"
    assert max(held) <= 2 * 2, "never more than the batch being embedded ahead is held back"


def test_a_run_holds_its_first_batches_until_it_knows_it_is_long(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, store_batch_chunks=1, model_process_batches=5)
    written: list[int] = []

    with EmbeddingQueue(settings, lambda batch: written.append(len(batch.articles)), FakeEncoder()) as queue:
        for i, article in enumerate(articles(3)):
            queue.add(article)
            assert not written, f"article {i}: fewer batches than model_process_batches, no model chosen yet"
        queue.finish()
    assert written == [1, 1, 1], "a short stream is embedded and written when it ends"


def test_never_using_model_processes_does_not_make_the_queue_hold_the_dump(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, store_batch_chunks=1, model_process_batches=100_000)
    written: list[int] = []
    with EmbeddingQueue(settings, lambda batch: written.append(1), FakeEncoder(), lambda: 0.1) as queue:
        for n, article in enumerate(articles(30), start=1):
            queue.add(article)
            assert n - len(written) <= LOOKAHEAD_BATCHES + 1, "at most the look-ahead is held back"
        queue.finish()
    assert len(written) == 30
