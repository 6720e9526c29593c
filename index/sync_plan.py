"""What an index run must do, decided from the loaded articles and the registry alone.

Kept apart from the writes (``index/pipeline.py``) so the decisions — added,
changed, moved, removed, unchanged — can be read and tested without a model or
a store. The content hash decides "changed": an article whose hash the registry
already holds is never embedded again, wherever its file now lives.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from index.article import Article
from store.chroma import ArticleRecord


def under(path: str, roots: Sequence[Path]) -> bool:
    """Whether ``path`` is one of ``roots`` or lies inside one of them."""
    p = Path(path)
    return any(p == root or root in p.parents for root in roots)


@dataclass
class SyncPlan:
    """The run's decisions; only ``added`` and ``updated`` cost model time."""

    added: list[Article] = field(default_factory=list)
    updated: list[Article] = field(default_factory=list)
    replaced: dict[str, ArticleRecord] = field(default_factory=dict)  # new doc id -> record it replaces
    moved: list[tuple[ArticleRecord, Article]] = field(default_factory=list)  # same content, new place
    unchanged: list[Article] = field(default_factory=list)  # includes the moved ones
    removed: list[ArticleRecord] = field(default_factory=list)
    to_embed: list[Article] = field(default_factory=list)  # added and updated, in the order found


def plan_sync(
    found: Mapping[str, Article],
    records: Mapping[str, ArticleRecord],
    failed: Collection[str] = (),
    roots: Sequence[Path] = (),
    prune: bool = True,
) -> SyncPlan:
    """Compare the loaded articles (by doc id) with the registry (by doc id).

    ``roots`` are the existing files and folders of the run: with ``prune``, a
    registered article under them that was not found is removed, unless its file
    failed to load this time (a damaged file keeps its last good version).
    """
    plan = SyncPlan()
    by_slot = {r.slot: r for r in records.values()}
    for article in found.values():
        old = records.get(article.doc_id)
        if old is not None and old.content_hash == article.content_hash:
            plan.unchanged.append(article)
            if (old.slot, old.path) != (article.slot, article.path):
                plan.moved.append((old, article))
            continue
        previous = old or by_slot.get(article.slot)
        if previous is not None and (previous is old or previous.doc_id not in found):
            plan.replaced[article.doc_id] = previous
            plan.updated.append(article)
        else:
            plan.added.append(article)
        plan.to_embed.append(article)
    if prune:
        replaced_ids = {r.doc_id for r in plan.replaced.values()}
        plan.removed = [
            r
            for r in records.values()
            if r.doc_id not in found
            and r.doc_id not in replaced_ids
            and under(r.path, roots)
            and r.path not in failed
        ]
    return plan
