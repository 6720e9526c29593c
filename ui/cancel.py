"""Cancel flags for running uploads, one per browser session.

The Cancel button runs as its own event while the upload's handler is busy in
a worker thread; it sets the session's flag, and the upload checks it between
write steps (see ``ui.uploads``), so the index is never left half-written.
"""

from __future__ import annotations

import threading


class Cancellations:
    """Session key -> the flag of that session's running upload."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._flags: dict[str, threading.Event] = {}

    def start(self, key: str) -> threading.Event:
        flag = threading.Event()
        with self._lock:
            self._flags[key] = flag
        return flag

    def cancel(self, key: str) -> bool:
        """Ask the session's running upload to stop; False when none is running."""
        with self._lock:
            flag = self._flags.get(key)
        if flag is None:
            return False
        flag.set()
        return True

    def finish(self, key: str, flag: threading.Event) -> None:
        with self._lock:
            if self._flags.get(key) is flag:
                del self._flags[key]
