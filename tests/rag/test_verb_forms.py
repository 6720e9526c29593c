"""A question in the present is answered from the article that tells it in the past: "shrink" / "shrank".

"By how much did the UK economy shrink in March?" was refused over "The UK economy shrank
unexpectedly in March, by 0.3%": no stemmer joins "shrank" to "shrink", so the article giving the
answer seemed to hold too little of the question's words (``rag.refusal.off_question``). Likewise
"Who leads Uber's self-driving program?" over "Anthony Levandowski, head of the company's
self-driving efforts". The past forms no stemmer joins are words for the same act
(``byline.lexicon.VERB_FORMS``); a question whose act no article tells is still refused.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.synonyms import group, held_by_synonym
from tests.helpers import TRAM_LINE_ARTICLE, assert_answered, assert_refused, index_records_as_archive

ARTICLES = [
    {
        "title": "Harbourtown's economy contracts unexpectedly",
        "source": "Markets Desk",
        "published_at": "2024-05-12",
        "body": "The Harbourtown economy shrank unexpectedly in March, by 0.4%, as heavy rain kept shoppers "
        "at home. Retail sales were the weakest in two years, the statistics office said. "
        "Economists had expected growth of 0.1% for the month.",
    },
    {
        "title": "Robot taxis come to Bayport",
        "source": "Tech Wire",
        "published_at": "2023-11-04",
        "body": "In a post on the company's website, Mira Castell, head of Rideo's self-driving efforts, "
        "explained why the first robot taxis will run in Bayport. "
        "The cars will carry passengers in the old port district from January.",
    },
    TRAM_LINE_ARTICLE,
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("verb_forms"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("By how much did the Harbourtown economy shrink in March?", "0.4%"),  # the article: "shrank"
        ("Who leads Rideo's self-driving program?", "Mira Castell"),  # the article: "head of"
    ],
)
def test_a_question_is_answered_from_the_article_telling_its_act_in_another_form(
    settings: Settings, question: str, expected: str
) -> None:
    assert_answered(answer(question, settings=settings), expected)


@pytest.mark.parametrize(
    "question",
    [
        "By how much did the Bayport economy shrink in March?",  # Harbourtown's shrank, not Bayport's
        "Who leads the Harbourtown statistics office?",  # Rideo's "head of" is no one's at the office
    ],
)
def test_an_act_told_of_something_else_is_still_refused(settings: Settings, question: str) -> None:
    assert_refused(answer(question, settings=settings))


def test_past_forms_are_words_for_the_same_act() -> None:
    assert {"shrink", "shrank", "shrunk"} <= group("shrink")
    assert {"lead", "led", "head"} <= group("lead")
    assert held_by_synonym({"shrink", "tram"}, {"shrank", "economi"}) == {"shrink"}
    assert group("found") == frozenset({"found"})  # "found" also founds companies: left out
