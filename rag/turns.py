"""First come, first served turns for CPU-bound work shared by many threads.

A server answers each request on its own thread, but a question is mostly Python
code: threads beyond the cores only contend for the interpreter lock (32 at once
cost 103 ms of CPU per answer, one at a time 61 ms). ``threading.Semaphore`` bounds
them but lets a newly arrived thread take a freed slot ahead of those waiting, so
under load a few questions waited seconds (p95 4.6 s at a p50 of 0.6 s). Here a
freed turn is handed to the longest waiter.
"""

from __future__ import annotations

import threading
from collections import deque
from types import TracebackType


class Turns:
    """At most ``size`` holders at once; waiters are served in arrival order."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("Turns needs at least one slot")
        self._free = size
        self._lock = threading.Lock()
        self._waiting: deque[threading.Lock] = deque()

    def acquire(self) -> None:
        """Wait for a turn; the earliest caller still waiting gets the next one."""
        with self._lock:
            if self._free and not self._waiting:
                self._free -= 1
                return
            handed = threading.Lock()
            handed.acquire()
            self._waiting.append(handed)
        handed.acquire()  # released by ``release`` when this caller's turn comes

    def release(self) -> None:
        """End a turn: pass it to the longest waiter, or free it."""
        with self._lock:
            if self._waiting:
                self._waiting.popleft().release()
            else:
                self._free += 1

    def waiting(self) -> int:
        """How many callers wait for a turn."""
        with self._lock:
            return len(self._waiting)

    def __enter__(self) -> Turns:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
