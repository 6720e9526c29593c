"""The record an index run keeps of what it is writing, so a killed run is cheap to finish.

While a run (or a removal) is under way, ``index.unfinished`` exists in the index
home; the next run finds it and reconciles the store before doing anything else.
Sentence vectors are written before their passages, so a run killed between the
two leaves sentence vectors of passages that were never stored. Finding them by
scanning every sentence in Chroma takes minutes at scale (2.7 million sentence
vectors at 42,630 articles: about 13 CPU-minutes), so the run writes the ids of
the passages of each write step here first, fsynced; the next run then only
looks at those. A marker without the header (left by an older version) means
"look everywhere".
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

HEADER = "byline-journal 1"


class RunJournal:
    """``index.unfinished``: present while a run writes, listing the passages it writes."""

    def __init__(self, home: Path) -> None:
        self.path = home / "index.unfinished"

    def exists(self) -> bool:
        """Whether a run started and did not finish."""
        return self.path.exists()

    def written(self) -> set[str] | None:
        """Passage ids the unfinished run was writing, or None when it did not say."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return None
        if not lines or lines[0] != HEADER:
            return None
        return {line for line in lines[1:] if line}

    def start(self) -> None:
        """Begin a run: an empty journal, on disk before any write to the store."""
        self._write(HEADER + "\n", "w")

    def record(self, passage_ids: Iterable[str]) -> None:
        """Note the passages about to be written, on disk before they are written."""
        text = "".join(f"{pid}\n" for pid in passage_ids)
        if text:
            self._write(text, "a")

    def finish(self) -> None:
        """The run is complete: nothing is left to reconcile."""
        self.path.unlink(missing_ok=True)

    def _write(self, text: str, mode: str) -> None:
        with self.path.open(mode, encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
