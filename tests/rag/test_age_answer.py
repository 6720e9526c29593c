"""Ages and counts: "how old" is answered by an age, "how many" by a count, not a pronoun "one".

"Lind, 27, said…" or "the 98-year-old ferry" is how news gives an age; "two goals in
three games" in the sentence that repeats the name answers "how many", not "how old".
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.mentions import mentions
from rag.question_kind import expected_kind
from tests.helpers import assert_grounded, index_records

ARTICLES = [
    {
        "title": "Lind scores twice as Vesterby reach the final",
        "source": "Northern Sport",
        "published_at": "2024-05-12",
        "body": "Marta Lind scored two goals in three games for Vesterby this week. "
        "The striker has now scored 41 goals in four seasons at the club. "
        "Lind, 27, said the team was ready for the final in June.",
    },
    {
        "title": "The old ferry sails again",
        "source": "Harbour News",
        "published_at": "2023-08-02",
        "body": "The restored ferry Sundbor carried 140 passengers across the bay on its first trip. "
        "Volunteers spent three summers repairing the 98-year-old ferry Sundbor before its return.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records(tmp_path_factory.mktemp("ages"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "age"),
    [("How old is Marta Lind?", "27"), ("How old is the ferry Sundbor?", "98-year-old")],
)
def test_the_short_line_names_the_age(settings: Settings, question: str, age: str) -> None:
    reply = answer(question, settings=settings)
    assert not reply.refused, reply.text
    assert reply.short == age
    assert_grounded(reply)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("Anna Berg, 34, was elected on Sunday.", ["34"]),
        ("Berg, who was 34 at the time, left the party.", ["34"]),
        ("The 106-year-old schooner sank in two hours.", ["106-year-old"]),
        ("She scored 75 percent of the team's goals in 2019.", []),
        ("In 1998, 33 people died in three fires.", []),
    ],
)
def test_an_age_is_told_from_other_numbers(sentence: str, ages: list[str]) -> None:
    assert [m.text for m in mentions(sentence, Kind.AGE)] == ages


@pytest.mark.fast
@pytest.mark.parametrize("question", ["How old is Anna Berg?", "Wie alt ist Anna Berg?", "Quel âge a Anna ?"])
def test_how_old_asks_for_an_age(question: str) -> None:
    assert expected_kind(question) is Kind.AGE


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("It is one of thousands of alert senders in the country.", []),
        ("No one was hurt when the roof fell.", []),
        ("Only one player scored, and two were sent off.", ["one", "two"]),
    ],
)
def test_one_standing_for_a_thing_is_no_count(sentence: str, counts: list[str]) -> None:
    assert [m.text for m in mentions(sentence, Kind.NUMBER)] == counts
