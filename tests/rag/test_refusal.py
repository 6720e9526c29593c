"""What the refusal signals count as the question's subject (pure functions of ``rag.refusal``)."""

from __future__ import annotations

import pytest

from rag.kinds import Kind
from rag.query import plan_query
from rag.refusal import (
    anchored_articles,
    asks_one_thing,
    exact_terms,
    missing_names,
    names_apart,
    unbacked,
)
from rag.roles import someone_elses_role
from rag.short_answer import ShortAnswer
from rag.types import Passage

pytestmark = pytest.mark.fast

TEXT = "The exchange's founder was found guilty on Thursday."
PASSAGE = Passage("d0:h:0", "d0", TEXT, "a.txt", "Verdict", 0, len(TEXT), 0.5)


def test_an_outlet_named_in_another_case_is_who_reported_not_the_subject() -> None:
    question = "Who founded the exchange, as reported by CNBC and The Verge?"
    outlets = ["Cnbc | World Business News Leader", "The Verge"]
    assert missing_names(question, [PASSAGE], outlets) == (0, 0)


def test_a_name_no_passage_mentions_is_missing() -> None:
    question = "Who founded the exchange Kestrel Coin, as reported by CNBC?"
    assert missing_names(question, [PASSAGE], ["Cnbc | World Business News Leader"]) == (1, 1)


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("When will the PlayStation 6 launch?", ["PlayStation 6"]),
        ("How much does a Tesla Model 3 cost?", ["Model 3"]),
        ("Which organization, founded in late 2015, created ChatGPT?", []),
        ("What did TechCrunch report on October 28 about Starz?", []),
    ],
)
def test_a_numbered_name_must_be_found_but_a_year_or_date_is_context(question: str, terms: list[str]) -> None:
    assert exact_terms(question) == terms


def _short(votes: float) -> ShortAnswer:
    return ShortAnswer("London City Airport", Kind.PERSON, (0,), votes)


@pytest.mark.parametrize(
    ("short", "confidence", "refused"),
    [
        (None, 0.33, True),  # just above the threshold, nothing of the asked-for kind
        (_short(0.8), 0.33, True),  # one fair sentence is not enough there
        (_short(1.5), 0.33, False),  # an answer several articles give is
        (None, 0.45, False),  # better evidence stands without a short answer
    ],
)
def test_evidence_just_above_the_threshold_needs_an_answer_that_recurs(
    short: ShortAnswer | None, confidence: float, refused: bool
) -> None:
    assert unbacked(short, confidence, threshold=0.30) is refused


def _passage(doc: str, text: str, date: str = "") -> Passage:
    return Passage(f"{doc}:h:0", doc, text, f"{doc}.txt", "", 0, len(text), 0.5, date=date)


HEADSET = _passage("headset", "The Vision Pro headset from Apple has two displays.", "2023-06-06")
CONSOLE = _passage("console", "The Xbox One X costs $500 and plays games in 4K.", "2017-11-03")
SOCIAL = _passage("social", "Twitter Lite now loads faster on slow networks.", "2017-12-05")
ARCHIVE = [HEADSET, CONSOLE, SOCIAL]


def test_two_names_found_only_in_different_articles_are_no_subject_of_the_archive() -> None:
    assert names_apart("Did Apple buy Twitter?", ARCHIVE, [])
    assert not names_apart("Did Apple show the Vision Pro?", ARCHIVE, [])
    assert not names_apart("Did the Xbox One X sell well?", ARCHIVE, [])  # one name: nothing to pair


def test_an_answer_comes_from_an_article_that_names_the_question_s_subject() -> None:
    assert anchored_articles("How much does the Apple Vision Pro cost?", ARCHIVE, []) == {"headset"}
    assert anchored_articles("How much does the Xbox One X cost?", ARCHIVE, []) == {"console"}
    assert anchored_articles("How much does a games console cost?", ARCHIVE, []) is None  # names nothing


def test_a_year_the_question_names_must_be_in_the_answer_s_article_or_its_date() -> None:
    assert anchored_articles("What did the Xbox One X cost in 2017?", ARCHIVE, []) == {"console"}
    assert anchored_articles("What did the Xbox One X cost in 2021?", ARCHIVE, []) == set()
    assert anchored_articles("Which console cost $500 in 2017?", ARCHIVE, []) == {"console", "social"}


@pytest.mark.parametrize(
    ("question", "one"),
    [
        ("Did Apple buy Twitter?", True),
        ("According to Sporting News, who won the game?", True),
        (
            "Does the Sporting News article on the Giants agree with the Sporting News article on the Jets?",
            False,
        ),
        ("Did Sporting News and The Verge both report the merger?", False),
        ("What did Polygon publish on October 18th and on October 19th?", False),
        ("Which company, reported by TechCrunch for its lawsuit, also invested in search deals?", False),
    ],
)
def test_a_question_combining_reports_is_not_held_to_one_article(question: str, one: bool) -> None:
    plan = plan_query(question, ["Sporting News", "The Verge", "Polygon", "TechCrunch"])
    assert asks_one_thing(question, plan) is one


def test_a_person_named_for_another_organisations_role_does_not_answer() -> None:
    litt = "“Video is a huge part of that,” says Dana Reyes, co-founder and CEO of Brightwave."
    assert someone_elses_role("Who is the CEO of Nordcast?", [litt])
    assert not someone_elses_role("Who is the CEO of Brightwave?", [litt])
    clinton = "In 1997, President Ann Ford imposed a trade embargo against Sudan."
    assert someone_elses_role("Who is the president of South Sudan?", [clinton])
    assert not someone_elses_role("Who imposed a trade embargo against Sudan?", [clinton])
