"""A question that says the article's fact in other words is answered; an untold fact is still refused.

"How much did Microsoft pay to buy GitHub?" over "Microsoft agreed in June to take over GitHub for
$7.5 billion in stock": the article never says "pay" or "buy", so the word checks
doubt it (``rag.doubts.WORD_FIT``), but the quote says the question in other words (the embedding's
cosine, ``rag.doubts.PARAPHRASED``) and the doubt is set aside. A question on the same company
asking what no article says ("When did GitHub go public?") is still refused, and so is one naming
a deal no article reports.

The archive has two dozen articles, as a real one has many (``index_records_as_archive``).
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.doubts import PARAPHRASED, WORD_FIT, Doubt, standing
from tests.helpers import assert_answered, assert_refused, index_records_as_archive, town_fillers

GITHUB = {
    "title": "Microsoft completes GitHub deal",
    "source": "Tech Ledger",
    "published_at": "2018-10-26",
    "body": "Microsoft said on Friday that it had completed its acquisition of GitHub, the code-hosting site "
    "used by 28 million developers. Microsoft agreed in June to take over GitHub for $7.5 billion in "
    "stock. Nat Friedman, a former Xamarin executive, became "
    "GitHub's chief executive.",
}


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("paraphrase"), [GITHUB, *town_fillers()])


def test_a_paraphrased_question_is_answered_with_the_fact(settings: Settings) -> None:
    reply = answer("How much did Microsoft pay to buy GitHub?", settings=settings)
    assert_answered(reply, "$7.5 billion")
    assert reply.short == "$7.5 billion"
    assert any("$7.5 billion" in c.text and c.publisher == "Tech Ledger" for c in reply.citations)


@pytest.mark.parametrize(
    "question",
    [
        "When did GitHub go public?",  # the company is there, a listing never is
        "How much did Microsoft pay to buy LinkedIn?",  # no article reports that deal
    ],
)
def test_an_untold_fact_is_still_refused(settings: Settings, question: str) -> None:
    assert_refused(answer(question, settings=settings))


def test_only_the_word_checks_are_set_aside_by_a_close_quote() -> None:
    doubts = {Doubt.OFF_QUESTION, Doubt.LACKS_RELATION, Doubt.UNCOUNTED}
    assert standing(doubts, PARAPHRASED) == {Doubt.UNCOUNTED}
    assert standing(doubts, PARAPHRASED - 0.01) == doubts
    assert Doubt.THRESHOLD not in WORD_FIT and Doubt.NAMES_APART not in WORD_FIT
