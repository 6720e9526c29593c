"""A name the question already says, in its possessive, is no answer to it.

"Who was Trump's nominee for commerce secretary?" was refused, and "What is the title of
Kamala Harris's memoir?" answered "Harris": the question's "Trump's" and "Harris's" did not
count as saying "Trump" and "Harris", so the short line named who the question is about.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from tests.helpers import assert_answered, index_records_as_archive

ARTICLES = [
    {
        "title": "Governor Lina Okafor names her nominee for the transport board",
        "source": "State Desk",
        "published_at": "2024-11-19",
        "body": "Governor Lina Okafor on Tuesday named Marcus Bell, a former rail executive, as her "
        "nominee for the state transport board. Okafor said Bell would modernise the bus network. "
        "The board oversees a budget of 2 billion dollars.",
    },
    {
        "title": "A senator's memoir tops the charts",
        "source": "Books Weekly",
        "published_at": "2024-02-02",
        "body": "The title of Senator Ada Whitcombe's memoir, Rivers We Crossed, comes from a song her "
        "father sang. "
        "In Rivers We Crossed, Whitcombe writes about growing up on a farm. "
        "Whitcombe plans a reading tour in the spring.",
    },
    {
        "title": "City opens a new library",
        "source": "Local News",
        "published_at": "2024-05-10",
        "body": "The city opened a new public library on Saturday with room for 80,000 books. "
        "The building has a rooftop garden and a cafe run by volunteers.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("possessive"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who was Governor Okafor's nominee for the transport board?", "Marcus Bell"),
        ("What is the title of Ada Whitcombe's memoir?", "Rivers We Crossed"),
    ],
)
def test_the_short_line_names_the_answer_not_the_questions_own_name(
    settings: Settings, question: str, expected: str
) -> None:
    reply = answer(question, settings=settings)
    assert_answered(reply, expected)
    assert reply.short == expected
