"""An answer quotes the sentence holding the fact, not only the lead that repeats the question's words.

Questions are seldom worded like the sentence that answers them: the article's first sentence
often repeats their words ("judge", "appeals court") and outscores the later sentence giving the
fact. The answer quotes both, so the reader sees the court's name.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag.extractive import compose
from rag.types import Answer
from tests.rag.test_short_answer import FlatIdf, retrieval

pytestmark = pytest.mark.fast

TEXTS = [
    "The Senate approved the nomination of a Mississippi judge to a federal appeals court on Tuesday, "
    "the latest judge confirmed this year. The judge was elevated to the Fifth Circuit in New Orleans. "
    "He served on the state court since 2019.",
    "The council approved a budget of twelve million euros for new bicycle lanes along the river.",
]


def answer_over(question: str, texts: list[str]) -> Answer:
    found = retrieval(question, texts)
    return compose(question, found, FlatIdf(), Settings(home="/nonexistent"))  # type: ignore[arg-type]


def test_the_sentence_naming_the_court_is_quoted_beside_the_lead() -> None:
    result = answer_over("Which appeals court was the Mississippi judge elevated to?", TEXTS)
    assert not result.refused, result.text
    assert "Fifth Circuit" in result.text, result.text
    assert "bicycle" not in result.text


def test_a_name_voted_away_from_the_best_sentence_is_quoted_not_stated_first() -> None:
    # English organisation and place lines voted from a weaker sentence were wrong four times in five.
    texts = [
        "The Red Sox acquired ace Chris Sale in a trade with the Chicago White Sox on Tuesday.",
        "Red Sox fans cheered Chris Sale at Fenway Park on Wednesday.",
        "The council approved a budget of twelve million euros for new bicycle lanes along the river.",
    ]
    result = answer_over("Which team traded Chris Sale to the Red Sox?", texts)
    assert not result.refused and result.short == "", result.text
    assert result.text.startswith("The Red Sox acquired ace Chris Sale"), result.text
    assert "at Fenway Park on Wednesday. [" in result.text  # the sentence stays quoted


def test_a_name_the_best_sentence_gives_opens_the_answer() -> None:
    texts = [
        "The Chicago White Sox traded ace Chris Sale to the Red Sox on Tuesday for four prospects.",
        "The council approved a budget of twelve million euros for new bicycle lanes along the river.",
    ]
    result = answer_over("Which team traded Chris Sale to the Red Sox?", texts)
    assert result.short == "Chicago White Sox", result.text
    assert result.text.startswith("Chicago White Sox [1]"), result.text
