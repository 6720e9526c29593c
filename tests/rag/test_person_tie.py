"""A "who" question is answered with a person named where the question's act or role is said, or refused.

"Who directed Passengers?" was answered "Australian" and "Who plays Barry Allen…?" "Barry Allen.1":
the retrieved articles name the film or the character, and the sentences the vote took a name from
never say "directed" or "plays". Over an archive whose film article names its star and a critic but
never its director, "Who directed The Lantern Keeper in Bristol?" is refused (it was answered "Maria
Olsen", from "The Lantern Keeper, starring Maria Olsen, opened in Bristol cinemas…"); what the
article tells about its people is still answered, the star also where only her surname says the act.

The archive has two dozen articles, as a real one has many: the check reads only the question's rare
words (``rag.relation.MIN_RELATION_IDF``), and in a handful of articles every word is rare.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.relation import MIN_RELATION_IDF, person_ties, tie_count
from store.analysis import analyze
from tests.helpers import assert_answered, assert_refused, index_records_as_archive, town_fillers

FILM = {
    "title": "The Lantern Keeper opens in Bristol",
    "source": "Western Screen",
    "published_at": "2024-05-10",
    "body": "The Lantern Keeper, starring Maria Olsen, opened in Bristol cinemas on Saturday. "
    "Olsen plays the lighthouse keeper, a widow who takes in a shipwrecked sailor. "
    "Critic Tom Avery called the film the quietest triumph of the spring. "
    "The drama was shot over nine weeks near Penzance.",
}
CHOIR = {  # the one other article saying "directed": a word as rare as in a real archive
    "title": "Hadley choir sings for the hospice",
    "source": "Regional Desk",
    "published_at": "2024-04-20",
    "body": "The Hadley choir raised money for the town's hospice with a spring concert on Sunday. "
    "The concert was directed by Anne Pryce, who has led the choir since 2015.",
}

ARTICLES = [FILM, CHOIR, *town_fillers()]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("person_tie"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        # The star is named in the sentence saying the film opened in Bristol; no director is named.
        "Who directed The Lantern Keeper in Bristol?",
    ],
)
def test_a_who_question_whose_act_no_naming_sentence_says_is_refused(
    settings: Settings, question: str
) -> None:
    assert_refused(answer(question, settings=settings))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who plays the lighthouse keeper in The Lantern Keeper?", "Olsen"),
        ("Who called The Lantern Keeper the quietest triumph of the spring?", "Tom Avery"),
        ("Who directed the spring concert of the Hadley choir?", "Anne Pryce"),
    ],
)
def test_a_who_question_the_naming_sentence_tells_is_answered(
    settings: Settings, question: str, expected: str
) -> None:
    reply = answer(question, settings=settings)
    assert_answered(reply, expected)
    assert expected in reply.short


def test_the_ties_are_the_rare_act_words_and_the_asked_noun() -> None:
    idf = {"direct": 5.0, "film": 4.0, "critic": 4.5, "call": 1.0, "2024": 6.0}.__getitem__
    assert person_ties({"direct", "film"}, idf, None) == {"direct", "film"}
    assert (
        person_ties({"call", "critic"}, idf, "critic") == frozenset()
    )  # only the asked noun: nothing to judge
    assert person_ties({"call", "film"}, idf, "critic") == {"film", "critic"}
    assert person_ties({"2024", "call"}, idf, None) == frozenset()  # a year says when, not what happened
    assert MIN_RELATION_IDF > 1.0


def test_a_tie_is_said_in_another_form_of_its_word() -> None:
    said = frozenset(analyze("Damien Chazelle, the film's director, won in 2017.", "en"))
    assert tie_count(frozenset({"direct", "win"}), said) == 2  # "director", "won"
    assert tie_count(frozenset({"produc"}), said) == 0
