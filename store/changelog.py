"""The change log kept in the store: which passages each index run touched.

An index run works towards a new generation G. Before each write step it logs the
ids of the passages it is about to add, replace or delete, tagged with G (a
write-ahead log: a run killed after the log entry and before the write leaves an
entry naming passages that may or may not exist, which is harmless because a
reader asks the store for the current state of every touched id). The run ends by
committing G as the store's generation. A reader at generation g brings its
keyword index and sentence vectors to G by fetching only the passages touched in
(g, G] — the cost of what changed, not of the archive. Entries of a killed run
carry a generation between g and the next committed one, so they are applied
with the run that finishes it.

One record per write step, in its own collection: far fewer records than
passages, and readable by every process that shares a Chroma server.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

GENERATION = "generation"


class ChangeLog:
    """Append and read the touched-passage log of one index (a Chroma collection)."""

    def __init__(self, collection: Any, since: int) -> None:
        self.collection = collection
        self.since = since  # the first generation the log covers (the index's creation)

    def append(self, generation: int, chunk_ids: Sequence[str]) -> None:
        """Log that a run towards ``generation`` is about to touch ``chunk_ids``."""
        if not chunk_ids:
            return
        self.collection.add(
            ids=[f"{generation}-{uuid.uuid4().hex[:12]}"],
            embeddings=[[1.0]],
            documents=[json.dumps(sorted(set(chunk_ids)))],
            metadatas=[{GENERATION: generation}],
        )

    def touched(self, after: int, upto: int) -> set[str] | None:
        """Passage ids touched by runs in (``after``, ``upto``], or None when the log does not reach back."""
        if after < self.since or after > upto:
            return None
        got = self.collection.get(
            where={"$and": [{GENERATION: {"$gt": after}}, {GENERATION: {"$lte": upto}}]},
            include=["documents"],
        )
        out: set[str] = set()
        for doc in got["documents"] or []:
            out.update(json.loads(doc or "[]"))
        return out
