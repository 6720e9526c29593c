"""What the refusal signals count as the question's subject (pure functions of ``rag.refusal``)."""

from __future__ import annotations

import pytest

from rag.refusal import exact_terms, missing_names, unbacked
from rag.short_answer import Kind, ShortAnswer
from rag.types import Passage

pytestmark = pytest.mark.fast

TEXT = "The exchange's founder was found guilty on Thursday."
PASSAGE = Passage("d0:h:0", "d0", TEXT, "a.txt", "Verdict", 0, len(TEXT), 0.5)


def test_an_outlet_named_in_another_case_is_who_reported_not_the_subject() -> None:
    question = "Who founded the exchange, as reported by CNBC and The Verge?"
    outlets = ["Cnbc | World Business News Leader", "The Verge"]
    assert missing_names(question, [PASSAGE], outlets) == (0, 0)


def test_a_name_no_passage_mentions_is_missing() -> None:
    question = "Who founded the exchange Kestrel Coin, as reported by CNBC?"
    assert missing_names(question, [PASSAGE], ["Cnbc | World Business News Leader"]) == (1, 1)


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("When will the PlayStation 6 launch?", ["PlayStation 6"]),
        ("How much does a Tesla Model 3 cost?", ["Model 3"]),
        ("Which organization, founded in late 2015, created ChatGPT?", []),
        ("What did TechCrunch report on October 28 about Starz?", []),
    ],
)
def test_a_numbered_name_must_be_found_but_a_year_or_date_is_context(question: str, terms: list[str]) -> None:
    assert exact_terms(question) == terms


def _short(votes: float) -> ShortAnswer:
    return ShortAnswer("London City Airport", Kind.PERSON, (0,), votes)


@pytest.mark.parametrize(
    ("short", "confidence", "refused"),
    [
        (None, 0.33, True),  # just above the threshold, nothing of the asked-for kind
        (_short(0.8), 0.33, True),  # one fair sentence is not enough there
        (_short(1.5), 0.33, False),  # an answer several articles give is
        (None, 0.45, False),  # better evidence stands without a short answer
    ],
)
def test_evidence_just_above_the_threshold_needs_an_answer_that_recurs(
    short: ShortAnswer | None, confidence: float, refused: bool
) -> None:
    assert unbacked(short, confidence, threshold=0.30) is refused
