"""Keep an index in line with folders as files arrive: one warm process, a run only when a file changed.

A newsroom adds articles every hour. A one-shot ``byline index`` pays, every time,
for what does not depend on the change: importing Chroma, loading the model, and
loading Chroma's vector index and the local keyword index on its first write. A
watching process pays those once; each later run costs what changed (Lucene's
long-lived IndexWriter, with a refresh per change).

Changes are found by polling every file's size and modification time (no inotify:
the same on network shares, in containers and on every OS); a poll over 60,000
files is a directory walk and a stat each, ~0.6 s on 2 cores. A run starts only
when the stamps differ from those taken before the last run, so a file written
during a run starts the next one. The first run covers the paths whole (reading only
what changed since the stamps the last index run recorded, ``index/file_stamps.py``);
each later one is given only the files whose stamps changed and is told which ones
were deleted, so it lists neither the folders nor every registered article. Each run is an
ordinary index run (locked, journaled, crash-safe), so ``byline remove`` or another
``byline index`` may run between two polls: Chroma's embedded writer catches up
with another process's writes before its own (tests/index/test_watch.py checks
that the other process's passages stay in the vector index).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from byline.errors import UserFacingError
from byline.settings import Settings
from index.file_stamps import Stamps, file_stamps
from index.pipeline import Indexer, IndexReport

log = logging.getLogger(__name__)


@dataclass
class WatchOutcome:
    """What one run of the watcher did: its report, or the message of the error that stopped it."""

    report: IndexReport | None = None
    error: str = ""


class Watcher:
    """Runs index runs over ``paths`` whenever a file under them changed, until ``stop`` is set."""

    def __init__(
        self,
        settings: Settings,
        paths: Sequence[Path],
        interval: float,
        prune: bool = True,
        on_run: Callable[[WatchOutcome], None] = lambda outcome: None,
        rebuild: bool = False,
    ) -> None:
        if not interval > 0:  # NaN too
            raise ValueError("the watch interval must be positive")
        self.settings = settings
        self.paths = [p.resolve() for p in paths]
        self.interval = interval
        self.prune = prune
        self.rebuild = rebuild  # the first run's, from an empty index
        self.on_run = on_run
        self.indexer = Indexer(settings)  # one for all runs: it keeps the local index between them
        self.seen: Stamps | None = None  # the files' stamps before the last run that succeeded
        self.last_error = ""

    def watch(self, stop: threading.Event) -> None:
        """Poll and run until ``stop`` is set; a run in progress always finishes first."""
        while not stop.is_set():
            self.poll()
            stop.wait(self.interval)

    def poll(self) -> WatchOutcome | None:
        """One look at the files: a run if any changed since the last run (None when none did)."""
        stamps = file_stamps(self.paths)
        if stamps == self.seen:
            return None
        outcome = self._run(stamps)
        if outcome.error:  # tried again at every poll (a busy lock, a full disk), said once
            if outcome.error != self.last_error:
                self.on_run(outcome)
            self.last_error = outcome.error
            return outcome
        self.seen, self.last_error = stamps, ""
        self.on_run(outcome)
        return outcome

    def _run(self, stamps: Stamps) -> WatchOutcome:
        """The first run covers the paths whole; later ones only the files whose stamps changed."""
        try:
            if self.seen is None:
                return WatchOutcome(report=self.indexer.run(self.paths, self.prune, self.rebuild))
            changed = [Path(p) for p, stamp in stamps.items() if self.seen.get(p) != stamp]
            gone = [Path(p) for p in self.seen if p not in stamps]
            return WatchOutcome(report=self.indexer.run(changed, prune=self.prune, gone=gone))
        except UserFacingError as exc:  # a full disk, another model's index, a lock held too long
            return WatchOutcome(error=str(exc))
