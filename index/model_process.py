"""The embedding model in child processes while an index run writes to Chroma.

Chroma's embedded client holds Python's GIL for the whole of each write: a
2,700-vector upsert stops every other thread of the process for up to 0.9 s
(measured with a ticking thread beside ``collection.upsert``). A model thread
beside a writer thread therefore sat idle for about as long as Chroma wrote
(~10 s per 609 articles). In child processes the model keeps the cores busy
while the parent assembles and writes the previous batch.

One single-threaded model per core, each embedding an interleaved share of the
batch: more sentences per second than one model using both cores (559/s against
530/s on the 609 benchmark articles, bench/indexing.py), and no thread of the
model waits at a barrier for a sibling that Chroma's writer pushed off its core.

Starting the children costs about a second (imports, SHA-256 check, ONNX session),
so only runs of several batches use them; a one-file upload embeds in process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

import numpy as np

from byline.embedding import DEFAULT_MODEL, DIMENSION, Encoder, load_encoder

log = logging.getLogger(__name__)

_encoder: Encoder | None = None


class Embedder(Protocol):
    """Embeds a list of texts, now or in the background.

    Unit tests use ``tests.helpers.FakeEmbedder``, a protocol fake (unit tier
    only) that returns word-hash vectors without loading the model.
    """

    def submit(self, texts: Sequence[str]) -> Future[np.ndarray]: ...

    def close(self) -> None: ...


def _exit_with_parent(parent: int) -> None:
    """Leave as soon as the index run that started this process is gone (even by SIGKILL).

    A pool's worker otherwise waits on its task queue forever once its parent is
    killed, keeping its memory (300–600 MB measured during a long run).
    """
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _start_model(parent: int, model: str) -> None:
    """Initialiser of the child: watch the parent, load (and checksum) the model once."""
    from byline.offline import go_offline

    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    go_offline()
    global _encoder
    _encoder = load_encoder(model, threads=1)


def _embed(texts: list[str], batch_size: int) -> np.ndarray:
    assert _encoder is not None, "the model process was not initialised"
    return _encoder.embed(texts, batch_size=batch_size)


class InProcessEmbedder:
    """Embeds in the calling thread; the future is already done when returned."""

    def __init__(self, encoder: Encoder, batch_size: int) -> None:
        self._encoder = encoder
        self._batch_size = batch_size

    def submit(self, texts: Sequence[str]) -> Future[np.ndarray]:
        future: Future[np.ndarray] = Future()
        try:
            future.set_result(self._encoder.embed(texts, batch_size=self._batch_size))
        except Exception as exc:
            future.set_exception(exc)
        return future

    def close(self) -> None:
        """Nothing to release: the encoder is shared with the rest of the process."""


def _gather(shares: list[list[int]], futures: list[Future[np.ndarray]], count: int) -> Future[np.ndarray]:
    """One future for the whole batch, rows back in the caller's order."""
    out: Future[np.ndarray] = Future()
    lock = threading.Lock()

    def finished(_: Future[np.ndarray]) -> None:
        with lock:
            if out.done() or not all(f.done() for f in futures):
                return
            try:
                vectors = np.zeros((count, DIMENSION), dtype=np.float32)
                for rows, future in zip(shares, futures, strict=True):
                    vectors[rows] = future.result()
                out.set_result(vectors)
            except BaseException as exc:
                out.set_exception(exc)

    for future in futures:
        future.add_done_callback(finished)
    return out


class ModelProcess:
    """Single-threaded models in child processes; texts go in, vectors come back in order.

    ``spawn``-ed children (not ``fork``: the parent may already run ONNX and
    Chroma threads) that exit when their parent does, so an index run killed
    with SIGKILL leaves no model process behind.
    """

    def __init__(self, batch_size: int, workers: int | None = None, model: str = DEFAULT_MODEL) -> None:
        self._batch_size = batch_size
        self._workers = max(1, workers or os.cpu_count() or 1)
        self._pool = ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_model,
            initargs=(os.getpid(), model),
        )

    def submit(self, texts: Sequence[str]) -> Future[np.ndarray]:
        # Interleave by length so every child gets as much padding-free work as the others.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        shares = [order[w :: self._workers] for w in range(self._workers)]
        shares = [rows for rows in shares if rows] or [[]]
        futures = [self._pool.submit(_embed, [texts[i] for i in rows], self._batch_size) for rows in shares]
        return _gather(shares, futures, len(texts))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def embedder_for(
    batches: int,
    min_batches: int,
    encoder: Callable[[], Encoder],
    batch_size: int,
    model: str = DEFAULT_MODEL,
) -> Embedder:
    """A model process for runs of at least ``min_batches`` batches, else the in-process model."""
    if batches >= min_batches:
        try:
            return ModelProcess(batch_size, model=model)
        except (OSError, BrokenProcessPool) as exc:  # e.g. no semaphores in a locked-down container
            log.warning("embedding in process: cannot start the model process (%s)", exc)
    return InProcessEmbedder(encoder(), batch_size)
