"""A refusal says why, and the refusal policy decides what the answer's doubts add up to.

The extractive answer collects every check's doubt about the answer it built (``rag.doubts``);
``refusal_policy="any"`` (the default) refuses on one, ``"off"`` never does, so that a bench can
record each question's doubts once and score any policy from them (bench/refusal_policy.py).
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.doubts import REASONS, Doubt
from tests.helpers import assert_answered, assert_refused, index_records
from tests.rag.test_off_topic import ARTICLES as OFF_TOPIC_ARCHIVE

ARTICLES = OFF_TOPIC_ARCHIVE[:2]  # the Vision Pro hands-on (no price) and the Xbox review ($500)
OFF_TOPIC = "How much does the Apple Vision Pro cost?"  # a price stands only in the Xbox review


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records(tmp_path_factory.mktemp("doubts"), ARTICLES)


def test_a_refusal_names_the_doubts_behind_it(settings: Settings) -> None:
    reply = answer(OFF_TOPIC, settings=settings)
    assert_refused(reply)
    assert reply.doubts, "a refusal says which checks doubted the answer"
    assert set(reply.doubts) <= {d.value for d in Doubt}
    assert reply.as_dict()["doubts"] == list(reply.doubts)  # the CLI's and the API's JSON carry them


def test_a_refusal_tells_the_reader_why_in_its_notice(settings: Settings) -> None:
    from ui.render import answer_markdown

    reply = answer(OFF_TOPIC, settings=settings)
    assert reply.notice.startswith("Why: ")
    assert any(REASONS[Doubt(d)] in reply.notice for d in reply.doubts)
    assert "_Why" in answer_markdown(reply)  # the chat shows it (in italics) under the refusal


def test_with_the_policy_off_the_same_question_is_answered_with_its_doubts(settings: Settings) -> None:
    reply = answer(OFF_TOPIC, settings=settings.model_copy(update={"refusal_policy": "off"}))
    assert not reply.refused and reply.citations, "nothing refuses under 'off' when there is a quote"
    assert reply.doubts, "the doubts a refusal would have given are still listed"


def test_an_answer_nothing_doubts_lists_no_doubts(settings: Settings) -> None:
    reply = answer("How much does the Xbox One X cost?", settings=settings)
    assert_answered(reply, "$500")
    assert reply.doubts == ()
    assert not reply.notice


def test_every_doubt_has_words_for_the_reader() -> None:
    assert set(REASONS) == set(Doubt), "a refusal's notice would have no words for a new doubt"
