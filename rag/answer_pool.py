"""Offline answers computed in worker processes, so one server uses every core.

Most of a question's CPU is Python code (keyword scoring, sentence choice, the
short line), which one process runs on one core at a time whatever its threads
do: with 32 clients a single ``byline serve`` used 1.5 of the 2 cores. Each
worker here holds its own :class:`~rag.engine.Engine` over the same index and
follows the store's change log like any other reader, so an upload made through
the server is answered from by every worker within one question.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from byline.offline import go_offline
from byline.settings import Settings
from rag.filters import Filters
from rag.followup import History
from rag.types import Answer

if TYPE_CHECKING:
    from rag.engine import Engine

log = logging.getLogger(__name__)

_engine: Engine | None = None  # the worker process's own engine
ORPHAN_CHECK_SECONDS = 1.0


def _start_worker(settings: Settings, server: int) -> None:
    """Runs once in each worker: the model, the store and the keyword index, loaded before any question."""
    global _engine
    threading.Thread(target=_exit_with, args=(server,), daemon=True, name="byline-orphan-watch").start()
    go_offline()
    from rag.engine import Engine

    _engine = Engine(settings)


def _exit_with(server: int) -> None:
    """End this worker once its server is gone (killed, or exited without stopping it).

    A worker waits on a pipe whose writing end it holds too, so it never sees the
    server go: without this, every killed server left its workers (~0.5 GiB each)
    running for good.
    """
    while os.getppid() == server:
        time.sleep(ORPHAN_CHECK_SECONDS)
    os._exit(0)


def _ready() -> bool:
    return _engine is not None


def _answer(question: str, history: History | None, filters: Filters) -> Answer:
    assert _engine is not None, "worker started without its engine"
    return _engine.answer(question, history, filters)


class AnswerPool:
    """``processes`` workers answering offline questions; blocks until all have loaded."""

    def __init__(self, settings: Settings, processes: int) -> None:
        if processes < 1:
            raise ValueError("an answer pool needs at least one process")
        # Workers answer in-process, one question at a time each.
        self._settings = settings.model_copy(update={"answer_processes": 0, "concurrent_answers": 1})
        self._processes = processes
        self._restart = threading.Lock()
        self._pool = self._started()

    def _started(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            self._processes,
            mp_context=multiprocessing.get_context("spawn"),  # no fork of a threaded server
            initializer=_start_worker,
            initargs=(self._settings, os.getpid()),
        )
        for ready in [pool.submit(_ready) for _ in range(self._processes)]:
            ready.result()
        log.info("%d answer processes ready", self._processes)
        return pool

    def answer(self, question: str, history: History | None, filters: Filters) -> Answer | None:
        """The answer from a worker; None when the workers died (the caller answers in-process).

        A question's own errors (an empty question, the store unreachable) are raised
        here as the worker raised them.
        """
        pool = self._pool
        try:
            return pool.submit(_answer, question, history, filters).result()
        except BrokenProcessPool:
            with self._restart:  # many requests see one death; the first restarts the workers
                if self._pool is pool:
                    log.error("an answer process died; starting new ones")
                    pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._started()
            return None

    def close(self) -> None:
        """Stop the workers."""
        self._pool.shutdown(wait=True, cancel_futures=True)
