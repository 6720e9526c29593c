"""Sync planning: what an index run decides to add, re-embed, move, remove or leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.article import Article
from index.pipeline import record_for
from index.sync_plan import Kind, SyncPlanner, plan_sync
from store.records import ArticleRecord

pytestmark = pytest.mark.fast

DOCS = Path("/news")


def article(name: str, text: str, folder: Path = DOCS) -> Article:
    path = str(folder / name)
    return Article(path=path, slot=path, text=text, title="Story")


def registry(*articles: Article) -> dict[str, ArticleRecord]:
    return {a.doc_id: record_for(a, chunks=2) for a in articles}


def found(*articles: Article) -> dict[str, Article]:
    return {a.doc_id: a for a in articles}


def test_a_new_file_is_added_and_embedded() -> None:
    new = article("a.txt", "The pier reopened on Monday.")
    plan = plan_sync(found(new), {}, roots=[DOCS])
    assert plan.added == [new] and plan.to_embed == [new]
    assert not (plan.updated or plan.unchanged or plan.removed or plan.moved)


def test_an_unchanged_file_is_not_embedded_again() -> None:
    same = article("a.txt", "The pier reopened on Monday.")
    plan = plan_sync(found(same), registry(same), roots=[DOCS])
    assert plan.unchanged == [same]
    assert plan.to_embed == [], "an article whose content hash is registered costs no model time"
    assert not (plan.added or plan.updated or plan.removed or plan.moved)


def test_an_edited_file_replaces_its_old_version() -> None:
    old = article("a.txt", "The pier reopened on Monday.")
    new = article("a.txt", "The pier reopened on Tuesday.")
    plan = plan_sync(found(new), registry(old), roots=[DOCS])
    assert plan.updated == [new] and plan.to_embed == [new]
    assert plan.replaced == {new.doc_id: registry(old)[old.doc_id]}
    assert plan.removed == [], "the old version goes with the update, not as a removal"
    assert not plan.added


def test_a_moved_file_keeps_its_vectors_and_gets_its_new_path() -> None:
    before = article("a.txt", "The pier reopened on Monday.")
    after = article("b.txt", "The pier reopened on Monday.")
    plan = plan_sync(found(after), registry(before), roots=[DOCS])
    assert plan.to_embed == []
    assert [(old.path, new.path) for old, new in plan.moved] == [("/news/a.txt", "/news/b.txt")]
    assert plan.unchanged == [after] and plan.removed == []


def test_a_deleted_file_is_removed() -> None:
    kept = article("a.txt", "The pier reopened on Monday.")
    gone = article("b.txt", "The council approved the budget.")
    plan = plan_sync(found(kept), registry(kept, gone), roots=[DOCS])
    assert [r.doc_id for r in plan.removed] == [gone.doc_id]
    assert plan.unchanged == [kept] and plan.to_embed == []


def test_a_file_that_failed_to_load_keeps_its_last_good_version() -> None:
    damaged = article("b.txt", "The council approved the budget.")
    plan = plan_sync({}, registry(damaged), failed={damaged.path}, roots=[DOCS])
    assert plan.removed == []


def test_articles_outside_the_indexed_folders_are_left_alone() -> None:
    elsewhere = article("c.txt", "Elsewhere news.", folder=Path("/other"))
    plan = plan_sync({}, registry(elsewhere), roots=[DOCS])
    assert plan.removed == []


def test_without_pruning_nothing_is_removed() -> None:
    gone = article("b.txt", "The council approved the budget.")
    plan = plan_sync({}, registry(gone), roots=[DOCS], prune=False)
    assert plan.removed == []


def test_a_mixed_folder_gets_every_decision_once() -> None:
    same = article("same.txt", "Unchanged story about the harbour.")
    edited_old = article("edit.txt", "Draft story about the mayor.")
    edited_new = article("edit.txt", "Final story about the mayor.")
    moved_old = article("old-name.txt", "Story about the tram line.")
    moved_new = article("new-name.txt", "Story about the tram line.")
    gone = article("gone.txt", "Story that was deleted.")
    new = article("new.txt", "Brand new story about the bridge.")
    plan = plan_sync(
        found(same, edited_new, moved_new, new), registry(same, edited_old, moved_old, gone), roots=[DOCS]
    )
    assert plan.added == [new]
    assert plan.updated == [edited_new]
    assert [new_a for _, new_a in plan.moved] == [moved_new]
    assert sorted(a.slot for a in plan.unchanged) == ["/news/new-name.txt", "/news/same.txt"]
    assert [r.doc_id for r in plan.removed] == [gone.doc_id]
    assert sorted(a.slot for a in plan.to_embed) == ["/news/edit.txt", "/news/new.txt"]


def test_a_record_with_its_own_id_changing_content_is_an_update() -> None:
    old = Article(path="/news/d.json", slot="/news/d.json#1", text="First wording.", record_id="story-1")
    new = Article(path="/news/d.json", slot="/news/d.json#1", text="Second wording.", record_id="story-1")
    plan = plan_sync(found(new), registry(old), roots=[DOCS])
    assert plan.updated == [new] and plan.replaced[new.doc_id].content_hash == old.content_hash


def test_a_record_inserted_at_the_top_of_a_dump_costs_one_embedding() -> None:
    # Records without ids: doc ids are content hashes and slots are line numbers, so every old
    # record's slot now holds another article, and each old one turns up only further down.
    def line(n: int, text: str) -> Article:
        return Article(path="/news/d.jsonl", slot=f"/news/d.jsonl#{n}", text=text, title="Story")

    old = [line(1, "The pier reopened."), line(2, "The budget passed.")]
    new = [line(1, "The mayor resigned."), line(2, "The pier reopened."), line(3, "The budget passed.")]
    planner = SyncPlanner(registry(*old))
    decisions = [planner.decide(a).kind for a in new]
    assert decisions == [Kind.ADDED, Kind.MOVED, Kind.MOVED], "decided as the dump streams past"
    ending = planner.finish([DOCS])
    assert (ending.replaced, ending.removed) == ({}, []), "no old record was replaced: both turned up"


def test_an_article_seen_twice_in_one_run_is_a_duplicate_of_the_first() -> None:
    first = article("a.txt", "The pier reopened on Monday.")
    copy = article("copy-of-a.txt", "The pier reopened on Monday.")
    planner = SyncPlanner({})
    assert planner.decide(first).kind is Kind.ADDED
    again = planner.decide(copy)
    assert (again.kind, again.first) == (Kind.DUPLICATE, "/news/a.txt")
