"""End to end on seeds/: answers hold the fact, cite the right article, refuse when unsure."""

from __future__ import annotations

import math

import pytest

from byline.errors import IndexMissingError, QuestionError
from byline.settings import Settings
from rag import answer, retrieve
from tests.helpers import SEEDS, assert_grounded

CARNEY = "000_58104823b3c5c729.txt"  # Globe and Mail report on the Carney–Trump talks
CTV = "002_1a5d4184944eb79a.txt"  # CTV News report with Hoekstra, Joly, Bolton

QUESTIONS = [
    (
        "Which industry minister confirmed that Carney and Trump have been in direct talks?",
        "Melanie Joly",
        CTV,
    ),
    ("When may the formal trade deal be signed?", "September", CARNEY),
    ("Who is the Canadian trade minister taking part in the talks?", "Dominic LeBlanc", CARNEY),
    ("What did John Bolton say about breaking out the champagne?", "premature", CTV),
    ("What NATO spending target did Carney announce he plans to meet?", "two per cent", CTV),
]


@pytest.mark.parametrize(("question", "fact", "source"), QUESTIONS)
def test_answer_holds_the_fact_and_cites_its_article(
    seed_settings: Settings, question: str, fact: str, source: str
) -> None:
    reply = answer(question, settings=seed_settings)
    assert not reply.refused, reply.text
    assert fact.lower() in reply.text.lower()
    assert_grounded(reply)
    citing = [c for c in reply.citations if fact.lower() in c.text.lower()]
    assert any(c.source == source for c in citing)
    for c in reply.citations:
        assert c.highlights, "the cited sentence is marked in its passage"


@pytest.mark.parametrize(
    "question",
    ["What is the boiling point of mercury?", "Who won the 2022 football World Cup final?"],
)
def test_question_the_articles_do_not_cover_is_refused(seed_settings: Settings, question: str) -> None:
    reply = answer(question, settings=seed_settings)
    assert reply.refused
    assert "don't say" in reply.text
    assert reply.citations == []
    assert reply.related, "the closest passages are still shown"


def test_citation_offsets_point_into_the_article(seed_settings: Settings) -> None:
    reply = answer("Who is the US ambassador to Canada?", settings=seed_settings)
    assert "Hoekstra" in reply.text
    for c in reply.citations:
        article = (SEEDS / c.source).read_text(encoding="utf-8")
        assert article[c.start : c.end] == c.text


def test_retrieve_ranks_the_relevant_article_first(seed_settings: Settings) -> None:
    passages = retrieve("John Bolton interview on CTV Power Play", k=5, settings=seed_settings)
    assert 1 <= len(passages) <= 5
    assert passages[0].source == CTV
    assert "Bolton" in passages[0].text
    assert all(math.isfinite(p.score) for p in passages), [p.score for p in passages]
    assert all(-1.0 <= p.score <= 1.0 for p in passages)


def test_follow_up_question_uses_the_conversation(seed_settings: Settings) -> None:
    first = answer("What did John Bolton say about a deal with Trump?", settings=seed_settings)
    follow = answer(
        "Which years did he serve as National Security Advisor?",
        history=[("What did John Bolton say about a deal with Trump?", first.text)],
        settings=seed_settings,
    )
    assert not follow.refused
    assert "2018" in follow.text
    assert_grounded(follow)


@pytest.mark.parametrize("question", ["", "   ", "?!…"])
def test_empty_question_gets_a_clear_message(seed_settings: Settings, question: str) -> None:
    with pytest.raises(QuestionError, match="question"):
        answer(question, settings=seed_settings)


def test_missing_index_says_how_to_build_it(tmp_path) -> None:
    with pytest.raises(IndexMissingError, match="byline index"):
        answer("Anything?", settings=Settings(home=tmp_path / "nothing-here"))
