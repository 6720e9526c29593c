"""One index run at a time per data folder."""

from __future__ import annotations

import fcntl
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

from byline.errors import IndexBusyError
from byline.settings import Settings

log = logging.getLogger(__name__)


@contextmanager
def index_lock(settings: Settings) -> Iterator[None]:
    """Hold the data folder's index lock; wait for a running index run, then give up clearly.

    An OS-level lock is released by the kernel when its holder dies, so a killed
    run never leaves a stale lock behind.
    """
    settings.home.mkdir(parents=True, exist_ok=True)
    with settings.lock_path.open("a+") as handle:
        deadline = time.monotonic() + settings.lock_wait_seconds
        announced = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not announced:
                    log.warning("another `byline index` is running on %s; waiting", settings.home)
                    announced = True
                if time.monotonic() >= deadline:
                    raise IndexBusyError(
                        f"another `byline index` run is still writing {settings.home}; try again later"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
