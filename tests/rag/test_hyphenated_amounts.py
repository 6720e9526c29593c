"""Amounts written with a hyphenated scale or the rand's "R" are amounts: "$5-billion", "R4bn".

"How much is National Bank of Canada's proposed takeover of Canadian Western Bank worth?"
was refused over the article saying "the $5-billion deal": only "$5" was read as an amount,
and no sentence of the question's own article held a whole one. Canadian and South African
papers write amounts this way ("a $100-million revamp", "Sars gets R4bn").
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.mentions import mentions
from tests.helpers import assert_answered, index_records_as_archive

ARTICLES = [
    {
        "title": "Prairie Bank agrees to buy Coastal Trust",
        "source": "Finance Desk",
        "published_at": "2024-06-12",
        "body": "Prairie Bank agreed on Wednesday to buy Coastal Trust in an all-stock deal. "
        "The $5-billion takeover would create the country's sixth-largest lender. "
        "Regulators are expected to review the deal this autumn.",
    },
    {
        "title": "Treasury gives the tax agency more money",
        "source": "Cape Business",
        "published_at": "2025-05-22",
        "body": "The finance minister allocated R4bn to the revenue service in the current financial year. "
        "The agency will use the money to hire debt collectors and upgrade its computer systems.",
    },
    {
        "title": "Mountain lodge reopens",
        "source": "Travel Wire",
        "published_at": "2026-06-06",
        "body": "The historic Glacier Lake Lodge reopened on Friday after a two-year closure. "
        "Its owners said the renovation had restored the original timber hall.",
    },
]


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        ("The $5-billion takeover would create a large lender.", ["$5-billion"]),
        ("After a $100-million revamp, the lodge reopened.", ["$100-million"]),
        ("Sars gets R4bn to hire debt collectors.", ["R4bn"]),
        ("The R2 road was closed for a $35-a-month fee.", ["$35"]),  # a road, and no scale after "$35-"
    ],
)
def test_a_hyphenated_scale_or_the_rand_makes_one_amount(sentence: str, amounts: list[str]) -> None:
    assert [m.text for m in mentions(sentence, Kind.MONEY)] == amounts


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("amounts"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much is Prairie Bank's takeover of Coastal Trust worth?", "$5-billion"),
        ("How much did the finance minister allocate to the revenue service this financial year?", "R4bn"),
    ],
)
def test_the_amount_opens_the_answer(settings: Settings, question: str, expected: str) -> None:
    reply = answer(question, settings=settings)
    assert_answered(reply, expected)
    assert reply.short == expected
