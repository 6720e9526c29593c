"""A question's framing words are not asked of the article; a future "when" is no earlier year.

news_fresh10's misses (docs/benchmarks.md, news15): "How much funding has Forter raised
altogether?" and "When is SB 478 due to take effect?" were refused though the article says
"Forter has now raised $50 million" and "It's set to go into effect on July 1": "altogether" and
"due" are rare words the article never says, and the checks that an answering article holds the
question's words (``rag.refusal.off_question``, ``rag.relation``) read them as what the question is
about. "By how much did venture capital funding… drop…?" was refused over "…funding… fell 19.5%":
"drop" and "fell" are one act. And "When will the Federal Circuit hear Oracle's appeal…?" was
answered "2012" from a 2016 report saying "There was already a trial in 2012": what a report says
will happen is no year before it (``rag.future_date``).

Two dozen articles, as a real archive has many: the checks weigh words by idf.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.future_date import asks_future, before_report
from rag.question_kind import without_question_words
from tests.helpers import assert_answered, assert_refused, index_records_as_archive, town_fillers

BILL = {
    "title": "Harbour cafes brace for the fee law",
    "source": "Coast Standard",
    "published_at": "2024-05-02",
    "body": "Cafe owners in Larchmouth are bracing for HB 212, a state law against hidden service fees. "
    "It is set to go into effect on July 1 and would require cafes to print every charge on the menu. "
    "Owner Rosa Pell said she will raise her prices instead of adding a surcharge.",
}
STARTUP = {
    "title": "Brightwell raises a new round for fraud checks",
    "source": "Valley Ledger",
    "published_at": "2024-03-14",
    "body": "Founded in Leeds in 2019, Brightwell has now raised $40 million in funding, after its "
    "$12 million round in 2022. The company checks online payments for fraud for 300 shops.",
}
FUNDING = {
    "title": "Investors grow cautious in the valley",
    "source": "Valley Ledger",
    "published_at": "2024-04-20",
    "body": "Venture capital funding in Millbrook Valley fell 12.5% in the first quarter of 2024, "
    "compared with the same period a year earlier. Founders say rounds now take months to close.",
}
APPEAL = {
    "title": "Jury sides with Northgate in the code dispute",
    "source": "Valley Ledger",
    "published_at": "2024-06-01",
    "body": "A jury found that Northgate's use of the Ferrow code was fair. There was already a trial "
    "in 2019, but after the Eastern Circuit agreed to hear Ferrow's appeal, the parties went through a "
    "second trial. "
    "Ferrow is expected to appeal the verdict, dragging out the dispute.",
}

ARTICLES = [BILL, STARTUP, FUNDING, APPEAL, *town_fillers()]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("framing"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When is HB 212 due to take effect?", "July 1"),
        ("How much funding has Brightwell raised altogether?", "$40 million"),
        (
            "By how much did venture capital funding in Millbrook Valley drop in the first quarter of 2024?",
            "12.5%",
        ),
    ],
)
def test_a_question_framed_by_a_sum_a_schedule_or_another_verb_is_answered(
    settings: Settings, question: str, expected: str
) -> None:
    reply = answer(question, settings=settings)
    assert_answered(reply, expected)
    assert expected in reply.short


def test_a_future_question_is_not_answered_by_a_year_before_the_report(settings: Settings) -> None:
    assert_refused(
        answer("When will the Eastern Circuit hear Ferrow's appeal of the verdict?", settings=settings)
    )


def test_the_framing_words_leave_the_question_and_future_questions_are_told() -> None:
    assert "altogether" not in without_question_words("How much has Brightwell raised altogether?")
    assert "due" not in without_question_words("When is HB 212 due to take effect?")
    assert asks_future("When will the court rule?")
    assert asks_future("When is the next hearing likely to be held?")
    assert not asks_future("When did the court rule?")
    assert before_report("2012", "2016-05-26T00:00:00")
    assert not before_report("July 1", "2016-05-26")
    assert not before_report("2017", "2016-05-26")
    assert not before_report("2012", "")


def test_framing_words_are_dropped_from_english_questions_only() -> None:
    """ "due" frames a schedule in English and is the number two in Italian."""
    assert "due" not in without_question_words("When is the Harbour Line due to open?").split()
    assert "due" in without_question_words("Quali due squadre si sono qualificate per la finale?").split()
