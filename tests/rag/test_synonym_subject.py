"""A question asking by one word is answered from the article that says another word for the same thing.

"When will David Klein step down as Canopy Growth's chief executive?" was refused over
the article saying "its CEO, David Klein, will retire … on March 31": the article never
said "chief", so the subject-noun check and the word fit both found the question's
subject missing. Words for one thing (``byline.lexicon.NOUN_SYNONYMS``) count as the
question's word; a question whose subject no article names by any word is still refused.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.question_nouns import says
from rag.synonyms import group, held_by_synonym
from tests.helpers import assert_answered, assert_refused, index_records_as_archive

ARTICLES = [
    {
        "title": "Greenleaf Holdings says its CEO will retire",
        "source": "Markets Desk",
        "published_at": "2024-08-16",
        "body": "Cannabis firm Greenleaf Holdings said on Friday its CEO, Dana Whitfield, will retire at "
        "the end of the company's current fiscal year on March 31. "
        "Whitfield was appointed as the company's chairman in 2019, when its founder was fired. "
        "The company has been struggling with losses and sold its sports nutrition unit last year.",
    },
    {
        "title": "New efficiency rules for TVs",
        "source": "Energy Wire",
        "published_at": "2023-11-04",
        "body": "State regulators adopted efficiency rules for new TV sets on Wednesday. "
        "The average TV owner will save about $30 per set in the first year, the commission said. "
        "Manufacturers have until January to meet the standard.",
    },
    {
        "title": "Harbour authority approves a new ferry terminal",
        "source": "Coast News",
        "published_at": "2024-03-02",
        "body": "The Bayport Harbour Authority approved a new ferry terminal on Tuesday. "
        "Its chairman, Rolf Jensen, said the terminal would open in 2026 and cost 40 million dollars. "
        "Ferry traffic through Bayport has doubled in five years.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("synonyms"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the article says "CEO", the question "chief"
        ("When will Dana Whitfield retire as Greenleaf's chief?", "March 31"),
        ("Who is the chief of Greenleaf Holdings?", "Dana Whitfield"),
        # the article says "TV", the question "television"
        ("How much will a television owner save in the first year under the efficiency rules?", "$30"),
    ],
)
def test_a_question_is_answered_from_the_article_saying_another_word_for_its_subject(
    settings: Settings, question: str, expected: str
) -> None:
    assert_answered(answer(question, settings=settings), expected)


def test_a_subject_no_article_names_by_any_word_is_still_refused(settings: Settings) -> None:
    # the harbour authority's article names its chairman, never a chief executive or CEO
    assert_refused(answer("Who is the chief executive of the Bayport Harbour Authority?", settings=settings))


def test_words_for_one_thing_and_of_one_root() -> None:
    assert {"ceo", "chief"} <= group("chief")
    assert group("lighthous") == frozenset({"lighthous"})  # a word without other words for it
    assert group("harbour") == frozenset({"harbour", "harbor"})  # one word, two spellings
    assert held_by_synonym({"chief", "harbour"}, {"ceo", "retir"}) == {"chief"}
    assert says("nomine", frozenset({"nomin"}))  # "nominee" / "nominated"
    assert not says("rate", frozenset({"rated"}))  # too short a root to be one word
