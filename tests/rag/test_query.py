"""Question analysis: clauses searched on their own, and the outlets and dates a question names."""

from __future__ import annotations

import pytest

from rag.query import clauses_of, outlets_in, plan_query

pytestmark = pytest.mark.fast

OUTLETS = ["Fortune", "The Age", "TechCrunch", "Age"]


def test_a_multi_hop_question_splits_into_its_clauses() -> None:
    q = "Which company did Fortune say raised prices, and which firm did The Age say cut jobs?"
    assert clauses_of(q) == (
        "Which company did Fortune say raised prices",
        "which firm did The Age say cut jobs",
    )


def test_a_simple_question_has_no_clauses() -> None:
    assert clauses_of("Who won the election in Poland?") == ()


def test_short_fragments_are_not_clauses() -> None:
    assert clauses_of("Who resigned, and why?") == ()


def test_outlets_are_matched_as_whole_names_longest_first() -> None:
    assert outlets_in("What did The Age report?", OUTLETS) == frozenset({"The Age"})
    assert outlets_in("Was it in Fortune or TechCrunch?", OUTLETS) == frozenset({"Fortune", "TechCrunch"})
    assert outlets_in("How fortunate were they?", OUTLETS) == frozenset()


def test_only_outlets_present_in_the_index_are_recognised() -> None:
    assert outlets_in("What did Reuters say?", OUTLETS) == frozenset()


def test_dates_in_either_spelling_become_iso_days() -> None:
    plan = plan_query("What happened on October 5, 2023 and on 2023-11-02?", OUTLETS)
    assert plan.dates == frozenset({"2023-10-05", "2023-11-02"})


def test_the_plan_keeps_the_question_text() -> None:
    plan = plan_query("What did TechCrunch report on March 3, 2024?", OUTLETS)
    assert plan.text.startswith("What did TechCrunch")
    assert plan.outlets == frozenset({"TechCrunch"}) and plan.dates == frozenset({"2024-03-03"})
