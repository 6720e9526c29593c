"""Off-topic questions over a small mixed-topic archive are refused; the questions it answers are not.

Each question shares words with one article but asks something no article says:
the price of a headset from a review that gives none (while another review gives a
price), a deal between two companies that different articles name apart, an amount
no sentence holds, a year the answering article does not have.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from tests.helpers import assert_answered, assert_refused, index_records

ARTICLES = [
    {
        "title": "Vision Pro hands-on: the sharpest headset yet",
        "source": "Gadget Desk",
        "published_at": "2023-06-06",
        "body": "Apple showed the Vision Pro headset to reporters at its campus in Cupertino on Monday. "
        "Each eye looks through a display with more pixels than a 4K television. "
        "The headset is controlled with the eyes, the hands and the voice.",
    },
    {
        "title": "Xbox One X review",
        "source": "Console Weekly",
        "published_at": "2017-11-03",
        "body": "The Xbox One X costs $500 and plays many games in native 4K. "
        "Microsoft says the console is the most powerful it has ever built. "
        "The cheaper Xbox One S costs $279.",
    },
    {
        "title": "Twitter Lite reaches more countries",
        "source": "Social Wire",
        "published_at": "2017-12-05",
        "body": "Twitter said on Tuesday that Twitter Lite is now available in 24 more countries. "
        "The light version of the app loads faster on slow mobile networks.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records(tmp_path_factory.mktemp("off-topic"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "How much does the Apple Vision Pro cost?",  # a price stands only in another article
        "Did Apple buy Twitter?",  # both names are there, never in one article
        "How much did Twitter pay for its light app?",  # no amount anywhere about Twitter
        "How much did the Xbox One X cost in 2021?",  # the article is from 2017 and says nothing of 2021
    ],
)
def test_a_question_the_archive_does_not_answer_is_refused(settings: Settings, question: str) -> None:
    assert_refused(answer(question, settings=settings))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much does the Xbox One X cost?", "$500"),
        ("In how many more countries is Twitter Lite available?", "24"),
    ],
)
def test_a_question_the_archive_answers_is_answered(settings: Settings, question: str, expected: str) -> None:
    assert_answered(answer(question, settings=settings), expected)
