"""The marker an index run keeps while it writes, so a killed run is finished by the next one.

While a run (or a removal) is under way, ``index.unfinished`` exists in the index
home; the next run finds it and reconciles the store before doing anything else
(``index.pipeline.reconcile``). What the killed run touched is in the store's
change log, written before each write step, so every reader catches up once the
next run commits.
"""

from __future__ import annotations

import os
from pathlib import Path


class RunJournal:
    """``index.unfinished``: present while a run writes."""

    def __init__(self, home: Path) -> None:
        self.path = home / "index.unfinished"

    def exists(self) -> bool:
        """Whether a run started and did not finish."""
        return self.path.exists()

    def start(self) -> None:
        """Begin a run: the marker is on disk before any write to the store."""
        with self.path.open("w", encoding="utf-8") as handle:
            handle.write("byline index run\n")
            handle.flush()
            os.fsync(handle.fileno())

    def finish(self) -> None:
        """The run is complete: nothing is left to reconcile."""
        self.path.unlink(missing_ok=True)
