"""A question asking for a person by a noun ("Which … journalist", "Which senator") gets the person first.

"Which Reuters visuals journalist was killed in the Israeli tank attack…?" asked for no kind: the
answer quoted the sentence on "a Reuters reporter" and never the one naming Issam Abdallah. English
nouns for a person now ask for one, as German and French ones did ("welcher Journalist", "quel
porte-parole"). And a role's owner is the whole name the question gives ("the governor of the Bank
of England"), so a sentence on some bank's decision does not answer for it.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.question_kind import expected_kind
from rag.roles import role_owner, someone_elses_role
from tests.helpers import assert_answered, index_records

ARTICLES = [
    {
        "title": "Inquiry finds tank fired at reporters",
        "source": "Wire Desk",
        "published_at": "2024-03-07",
        "body": "A tank crew killed a reporter near the border in October by firing two shells at a group "
        "of journalists, an inquiry found. "
        "The attack killed Norvik News visuals journalist Tamsin Rowe and wounded six others. "
        "The inquiry was published on Thursday.",
    },
    {
        "title": "Senate stalls app ban",
        "source": "Capitol Report",
        "published_at": "2023-03-29",
        "body": "A bill to ban the ChatterBox app failed to pass the Senate on Wednesday. "
        "Senator Ralph Dunmore blocked the bill, saying it would violate free speech. "
        "Its sponsors said they would try again next month.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records(tmp_path_factory.mktemp("person_nouns"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Norvik News visuals journalist was killed in the tank attack?", "Tamsin Rowe"),
        ("Which senator blocked the bill to ban the ChatterBox app?", "Ralph Dunmore"),
    ],
)
def test_a_person_asked_for_by_a_noun_opens_the_answer(
    settings: Settings, question: str, expected: str
) -> None:
    reply = answer(question, settings=settings)
    assert_answered(reply, expected)
    assert reply.short == expected


@pytest.mark.parametrize(
    "question",
    ["Which spokesperson said there was no proof?", "Which FDA commissioner is self-isolating?"],
)
def test_english_nouns_for_a_person_ask_for_one(question: str) -> None:
    assert expected_kind(question) is Kind.PERSON


@pytest.mark.parametrize(
    "question", ["Which general election did he win?", "Which Premier League club won the title?"]
)
def test_nouns_that_also_name_other_things_ask_for_no_person(question: str) -> None:
    assert expected_kind(question) is not Kind.PERSON


def test_a_roles_owner_is_the_whole_name() -> None:
    assert role_owner("Who is the governor of the Bank of England?") == "Bank of England"
    assert role_owner("Who was the head of The Covenant School?") == "Covenant School"
    assert role_owner("Who is the CEO of AT&T Entertainment?") == "AT&T Entertainment"
    thiru = "Suren Thiru, the economics director at the institute, said the Bank's decision was right."
    assert someone_elses_role("Who is the governor of the Bank of England?", [thiru])
