"""The answer is taken from an article that holds the question, not only from one that fits best.

On a mixed-topic archive, an off-topic question may share its names with one article
(that never gives what it asks) and its other words with another (that gives a figure
of the asked-for kind about something else): "How much do glass microspheres cost per
square metre?" over an article on the microspheres and one on alpine chalets priced per
square metre. Quoting the chalet price would answer another question; the answer is a
refusal listing the closest passages. The questions each article does answer still are.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from tests.helpers import TRAM_LINE_ARTICLE, assert_answered, assert_refused, index_records_as_archive

ARTICLES = [
    {
        "title": "Glass bubbles spread on a frozen pond",
        "source": "Science Weekly",
        "published_at": "2023-05-16",
        "body": "Researchers spread hollow glass microspheres over a frozen pond near Stillwater, Minnesota. "
        "The microspheres reflected sunlight and delayed the melting of the ice by three weeks. "
        "The team now hopes to test the glass microspheres on Arctic sea ice.",
    },
    {
        "title": "Alpine chalets keep their value",
        "source": "Property Desk",
        "published_at": "2024-01-10",
        "body": "Prices for new chalets in the best alpine villages start at around €9,500 per square metre. "
        "Buyers from London and Geneva account for most of the sales this winter. "
        "Agents expect the cost of a chalet to rise again next season.",
    },
    TRAM_LINE_ARTICLE,
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("answering"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "How much do glass microspheres cost per square metre?",  # a chalet's price is no answer
        "How many passengers do glass microspheres carry a day?",  # the tram's count is no answer
    ],
)
def test_a_figure_from_an_article_about_something_else_is_refused(settings: Settings, question: str) -> None:
    assert_refused(answer(question, settings=settings))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much do new alpine chalets cost per square metre?", "€9,500"),
        ("How many passengers will the new tram line carry a day?", "40,000"),
        ("By how many weeks did the glass microspheres delay the melting of the ice?", "three weeks"),
    ],
)
def test_the_questions_each_article_answers_are_answered(
    settings: Settings, question: str, expected: str
) -> None:
    assert_answered(answer(question, settings=settings), expected)
