"""Per-client back-off after wrong passwords.

A client may get its password wrong ``free_tries`` times in a row; after that
each further wrong try locks it out for twice as long as the one before
(``first_wait``, doubling, capped at ``max_wait``). A correct login clears the
count. Clients are told apart by address, so behind a proxy all of them share
one count (the proxy should throttle instead).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

MAX_CLIENTS = 10_000  # the oldest records are forgotten beyond this, so memory stays bounded


@dataclass
class _Record:
    failures: int = 0
    blocked_until: float = 0.0


class LoginThrottle:
    """Counts wrong passwords per client and says how long it must wait."""

    def __init__(
        self,
        free_tries: int,
        first_wait: float,
        max_wait: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.free_tries = free_tries
        self.first_wait = first_wait
        self.max_wait = max_wait
        self.clock = clock
        self._records: OrderedDict[str, _Record] = OrderedDict()
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> float:
        """Seconds the client must still wait before its next try (0: it may try now)."""
        with self._lock:
            record = self._records.get(client)
            return max(0.0, record.blocked_until - self.clock()) if record else 0.0

    def failed(self, client: str) -> tuple[int, float]:
        """Note a wrong password; returns the failures in a row and the wait it now costs."""
        with self._lock:
            record = self._records.pop(client, None) or _Record()
            self._records[client] = record
            while len(self._records) > MAX_CLIENTS:
                self._records.popitem(last=False)
            record.failures += 1
            over = record.failures - self.free_tries
            wait = 0.0 if over < 0 else min(self.max_wait, self.first_wait * 2**over)
            record.blocked_until = self.clock() + wait
            return record.failures, wait

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._records.pop(client, None)
