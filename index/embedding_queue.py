"""Articles in, write steps out: batches of passages embedded ahead and written in order.

An index run hands over each article to embed as it is loaded; the queue cuts
them into batches of ``store_batch_chunks`` passages, has the model embed batch
i+1 (in its own processes for long runs) while the run writes batch i, and
forgets each batch once written. So a run holds a few batches, never the dump:
the batch being filled, at most two being embedded, and before the model is
chosen its first batches. The model runs in child processes only for runs of at
least ``model_process_batches`` write steps, and a stream's length is known only
once that many batches have come or it has ended; past ``LOOKAHEAD_BATCHES``
(a setting of thousands means "never") the run's length is estimated from the
share of its input read so far instead of waiting.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType

import numpy as np

from byline.embedding import Encoder, release_shared_encoders, shared_encoder
from byline.settings import Settings
from index.article import Article
from index.batches import BatchLayout, EmbeddedBatch, Planned, assemble_batch, layout_batch, planned
from index.model_process import Embedder, InProcessEmbedder, embedder_for
from store.records import ArticleRecord

log = logging.getLogger(__name__)

Write = Callable[[EmbeddedBatch], None]
LOOKAHEAD_BATCHES = 8  # most batches held before the model is chosen


def _succeeded(future: Future[np.ndarray]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class EmbeddingQueue:
    """Batches articles, embeds ahead, calls ``write`` once per batch in order (use as a context)."""

    def __init__(
        self,
        settings: Settings,
        write: Write,
        encoder: Encoder | None = None,
        share_read: Callable[[], float] = lambda: 1.0,
        keep_model: bool = True,
    ) -> None:
        self.settings = settings
        self.keep_model = keep_model  # False: a one-shot run, which needs no model once it has embedded
        self.write = write
        self.encoder = encoder  # a caller's own encoder (benchmarks) is used as given, in process
        self.share_read = share_read  # how much of the run's input is read (0..1), to estimate its length
        self.filling: list[Planned] = []
        self.filling_chunks = 0
        self.held: list[list[Planned]] = []  # full batches waiting for the choice of model
        self.in_flight: deque[tuple[list[Planned], BatchLayout, Future[np.ndarray]]] = deque()
        self.embedder: Embedder | None = None

    def __enter__(self) -> EmbeddingQueue:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.embedder is not None:
            self.embedder.close()

    def add(self, article: Article, replaces: ArticleRecord | None = None) -> None:
        """Queue one article; writes whatever batches this completes and the model has embedded."""
        item = planned(article, self.settings.chunk_chars, self.settings.chunk_overlap_chars, replaces)
        self.filling.append(item)
        self.filling_chunks += len(item.chunks)
        if self.filling_chunks >= self.settings.store_batch_chunks:
            self._close_batch()

    def finish(self) -> None:
        """Embed and write everything still queued."""
        if self.filling:
            self._close_batch()
        if self.embedder is None and self.held:
            self._start_model()
        if not self.keep_model:
            self._release_model()
        while self.in_flight:
            self._write_oldest()

    def _release_model(self) -> None:
        """Free the shared in-process model once every batch is embedded, before any is written.

        A short run writes all its batches here, and its first write makes Chroma load the
        collection's HNSW: without the model beside it, a one-shot change at 60,000 articles
        peaks at ~0.89 instead of 1.0 GiB (docs/benchmarks.md, "A one-shot run's memory").
        """
        in_process = isinstance(self.embedder, InProcessEmbedder) and self.encoder is None
        if in_process and all(future.done() for _, _, future in self.in_flight):
            self.embedder = None  # it holds the encoder; nothing is embedded after this
            release_shared_encoders()

    def _close_batch(self) -> None:
        batch, self.filling, self.filling_chunks = self.filling, [], 0
        if self.embedder is not None:
            self._submit(batch)
            return
        self.held.append(batch)
        if len(self.held) >= min(self.settings.model_process_batches, LOOKAHEAD_BATCHES):
            share = self.share_read()  # 0 when unknown (a .gz): then the held batches are all it knows of
            self._start_model(expected=len(self.held) / share if share > 0 else 0.0)

    def _start_model(self, expected: float = 0.0) -> None:
        """Choose the model for a run of ``expected`` write steps (at least those held); embed those held."""
        self.embedder = self._embedder(max(len(self.held), int(expected)))
        held, self.held = self.held, []
        for batch in held:
            self._submit(batch)

    def _submit(self, batch: list[Planned]) -> None:
        layout = layout_batch(batch)
        self.in_flight.append((batch, layout, self._embed(layout.texts)))
        while len(self.in_flight) > 1:  # the model works on the newest while the oldest is written
            self._write_oldest()

    def _embed(self, texts: list[str]) -> Future[np.ndarray]:
        assert self.embedder is not None
        try:
            return self.embedder.submit(texts)
        except BrokenProcessPool as exc:  # a model process died before this batch was handed over
            self._fall_back(exc)
            return self._embed(texts)

    def _fall_back(self, exc: BaseException) -> None:
        """A model process died (what the OOM killer would do): embed in this process from now on."""
        if isinstance(self.embedder, InProcessEmbedder):
            return
        log.warning("the model process stopped (%s); embedding in this process", exc)
        if self.embedder is not None:
            self.embedder.close()
        self.embedder = InProcessEmbedder(self._encoder(), self.settings.embed_batch_size)

    def _write_oldest(self) -> None:
        batch, layout, pending = self.in_flight.popleft()
        try:
            vectors = pending.result()
        except BrokenProcessPool as exc:
            self._fall_back(exc)
            vectors = self._embed(layout.texts).result()
            self.in_flight = deque(
                (b, lay, f if _succeeded(f) else self._embed(lay.texts)) for b, lay, f in self.in_flight
            )
        self.write(assemble_batch(batch, layout, vectors, self.settings.sentence_vector_bits))

    def _encoder(self) -> Encoder:
        return self.encoder or shared_encoder(self.settings.embedding_model)

    def _embedder(self, batches: int) -> Embedder:
        """The model in child processes for runs of many batches (see index.model_process)."""
        size = self.settings.embed_batch_size
        if self.encoder is not None:
            return InProcessEmbedder(self.encoder, size)
        return embedder_for(
            batches, self.settings.model_process_batches, self._encoder, size, self.settings.embedding_model
        )
