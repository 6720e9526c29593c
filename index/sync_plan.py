"""What an index run must do, decided from the loaded articles and the registry alone.

Kept apart from the writes (``index/pipeline.py``) so the decisions — added,
changed, moved, removed, unchanged — can be read and tested without a model or
a store. The content hash decides "changed": an article whose hash the registry
already holds is never embedded again, wherever its file now lives.

A run decides article by article as its files stream past (:class:`SyncPlanner`),
holding only ids and slots, never texts, so a dump of any size plans in bounded
memory. One decision needs the whole run: whether an article at a registered
slot replaces the old article there or is new beside it depends on whether the
old one turns up elsewhere in the run (a moved file, a record shifted in a dump).
The planner embeds such an article at once and settles the old one at the end
(:meth:`SyncPlanner.finish`): still unseen, it was replaced.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from index.article import Article
from index.known_articles import KnownArticles
from store.records import ArticleRecord


def under(path: str, roots: Sequence[Path]) -> bool:
    """Whether ``path`` is one of ``roots`` or lies inside one of them."""
    p = Path(path)
    return any(p == root or root in p.parents for root in roots)


class Kind(Enum):
    """What a run does with one loaded article."""

    ADDED = "added"  # embed and store
    UPDATED = "updated"  # embed and store, then drop ``replaces`` (same doc id, older content)
    UNCHANGED = "unchanged"  # nothing: the registry holds this content at this place
    MOVED = "moved"  # same content at a new place: new names, same vectors (``replaces`` is the record)
    DUPLICATE = "duplicate"  # an article with this doc id came earlier in the run (``first`` is its slot)


@dataclass(frozen=True)
class Decision:
    kind: Kind
    replaces: ArticleRecord | None = None
    first: str = ""

    @property
    def embeds(self) -> bool:
        """Whether the article costs model time."""
        return self.kind in (Kind.ADDED, Kind.UPDATED)


@dataclass
class Ending:
    """What only the end of a run decides."""

    replaced: dict[str, ArticleRecord] = field(default_factory=dict)  # added doc id -> old record it replaced
    removed: list[ArticleRecord] = field(default_factory=list)


class SyncPlanner:
    """Decides for each article of a run as it is loaded; remembers ids and slots only."""

    def __init__(self, records: KnownArticles | Mapping[str, ArticleRecord]) -> None:
        self.records = records if isinstance(records, KnownArticles) else KnownArticles(records)
        self.seen: dict[str, str] = {}  # doc id -> slot of the run's first article with it
        self.failed: set[str] = set()  # files that failed to load (their articles keep their last version)
        self.pending: dict[str, str] = {}  # old doc id -> the added doc id replacing it unless it turns up

    def decide(self, article: Article) -> Decision:
        first = self.seen.get(article.doc_id)
        if first is not None:
            return Decision(Kind.DUPLICATE, first=first)
        self.seen[article.doc_id] = article.slot
        self.pending.pop(article.doc_id, None)  # it turned up: whatever took its old slot is new
        old = self.records.get(article.doc_id)
        if old is not None and old.content_hash == article.content_hash:
            moved = (old.slot, old.path) != (article.slot, article.path)
            return Decision(Kind.MOVED, old) if moved else Decision(Kind.UNCHANGED)
        if old is not None:
            return Decision(Kind.UPDATED, old)
        previous = self.records.at_slot(article.slot)
        if previous is not None and previous.doc_id not in self.seen:
            self.pending[previous.doc_id] = article.doc_id
        return Decision(Kind.ADDED)

    def finish(self, roots: Sequence[Path] = (), prune: bool = True) -> Ending:
        """Old articles replaced at their slot, and (with ``prune``) those gone from ``roots``.

        ``roots`` are the existing files and folders of the run: a registered
        article under them that was not found is removed, unless its file failed
        to load this time (a damaged file keeps its last good version).
        """
        ending = Ending(replaced={new: self.records[old] for old, new in self.pending.items()})
        if prune:
            ending.removed = [
                r
                for r in self.records.values()
                if r.doc_id not in self.seen
                and r.doc_id not in self.pending
                and under(r.path, roots)
                and r.path not in self.failed
            ]
        return ending


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
    """The whole run's decisions at once (the planner's, for articles already loaded)."""
    planner = SyncPlanner(records)
    planner.failed.update(failed)
    plan = SyncPlan()
    for article in found.values():
        decision = planner.decide(article)
        if decision.kind in (Kind.UNCHANGED, Kind.MOVED):
            plan.unchanged.append(article)
        if decision.kind is Kind.MOVED and decision.replaces is not None:
            plan.moved.append((decision.replaces, article))
        if decision.embeds:
            plan.to_embed.append(article)
        if decision.kind is Kind.UPDATED and decision.replaces is not None:
            plan.replaced[article.doc_id] = decision.replaces
    ending = planner.finish(roots, prune)
    plan.replaced.update(ending.replaced)
    plan.updated = [a for a in plan.to_embed if a.doc_id in plan.replaced]
    plan.added = [a for a in plan.to_embed if a.doc_id not in plan.replaced]
    plan.removed = ending.removed
    return plan
