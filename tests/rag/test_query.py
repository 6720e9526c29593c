"""Question analysis: clauses searched on their own, and the outlets and dates a question names."""

from __future__ import annotations

import pytest

from rag.query import clauses_of, outlets_in, plan_query

pytestmark = pytest.mark.fast

OUTLETS = ["Fortune", "The Age", "TechCrunch", "Age"]
LONG_NAMES = ["Fortune", "The Age", "TechCrunch", "The Verge", "The Independent - Life and Style"]


def test_a_multi_hop_question_splits_into_its_clauses() -> None:
    q = "Which company did Fortune say raised prices, and which firm did The Age say cut jobs?"
    assert clauses_of(q) == (
        "Which company did Fortune say raised prices",
        "which firm did The Age say cut jobs",
    )


def test_a_simple_question_has_no_clauses() -> None:
    assert clauses_of("Who won the election in Poland?") == ()


def test_a_joining_word_inside_a_name_is_no_clause_break() -> None:
    # "Glitter and Glow" split the question in two, so it was not judged as asking one thing and a
    # price from another article was quoted for the party's tickets.
    q = "How much does a ticket to Red Deer's Glitter and Glow New Year's party cost?"
    assert clauses_of(q) == ()
    q = "Who founded the company reported by Fortune and who leads the firm covered by The Age?"
    founded, leads = "Who founded the company reported by Fortune", "who leads the firm covered by The Age"
    assert clauses_of(q) == (founded, leads)


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


def test_query_analysis_finds_clauses_outlets_and_dates() -> None:
    plan = plan_query(
        "Which individual inflated the value of a Manhattan apartment, according to 'Fortune', "
        "and is also accused of adjusting its valuation to mask a loss, as reported by 'The Age'?",
        LONG_NAMES,
    )
    assert plan.outlets == {"Fortune", "The Age"}
    assert plan.clauses[0] == "Which individual inflated the value of a Manhattan apartment"
    assert any("adjusting its valuation to mask a loss" in c for c in plan.clauses)
    dated = plan_query(
        "Did The Independent - Life and Style change its view between the report published on "
        "September 28, 2023, and the one on 2023-12-18?",
        LONG_NAMES,
    )
    assert dated.outlets == {"The Independent - Life and Style"}, "the longest outlet name wins"
    assert dated.dates == {"2023-09-28", "2023-12-18"}
    assert plan_query("What did the age of steam bring?", LONG_NAMES).outlets == frozenset()
    assert plan_query("Who is the US ambassador to Canada?").clauses == ()


def test_a_german_question_splits_into_clauses_at_german_conjunctions() -> None:
    question = "Welche Stadt baut einen neuen Hafen und wer bezahlt die neue Brücke?"
    assert clauses_of(question) == ("Welche Stadt baut einen neuen Hafen", "wer bezahlt die neue Brücke")


def test_a_clause_that_only_names_the_reporter_asks_nothing() -> None:
    plan = plan_query(
        "Which company cut jobs in Ohio according to 'Fortune', and which one opened a plant in Texas,"
        " as reported by both The Verge?",
        ["Fortune", "The Verge"],
    )
    assert "as reported by both The Verge" in plan.clauses
    assert plan.asking_clauses == tuple(c for c in plan.clauses if "The Verge" not in c)
    assert len(plan.asking_clauses) == 2
