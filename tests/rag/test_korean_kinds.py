"""Korean questions ask for a kind of answer: 누구 a person, 언제 a date, 몇 a count, 얼마 an amount.

Hangul has no capitals and "몇", "얼마", "언제", "누구" were not read, so a Korean question asked
for nothing in particular: a question about an entry price no article gives was answered with
the closest sentences. With the kind read, the checks every other language has apply: a figure
question whose sentences give no figure is refused. Korean names are not capitalised, so a
capitalised span ("AI") is never given as the person asked for. Small articles written for
these tests, indexed with the real model into real Chroma.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.mentions import mentions
from rag.question_kind import expected_kind
from tests.helpers import index_records_as_archive

ARTICLES = [
    {
        "title": "라스베이거스 비트코인 행사에 3만5000명 몰려",
        "source": "경제일보",
        "published_at": "2025-05-29",
        "body": "미국 라스베이거스에서 열린 비트코인 행사에 참관객 3만5000명이 몰렸다. "
        "행사에서는 AI 기술과 가상자산 규제가 주요 주제로 다뤄졌다. "
        "주최 측은 내년에도 같은 도시에서 행사를 열 계획이라고 밝혔다.",
    },
    {
        "title": "골프 유망주 김하늘, 소년체전 우승",
        "source": "스포츠신문",
        "published_at": "2025-05-27",
        "body": "골프 유망주 김하늘은 7세 때 처음 골프채를 잡았다. "
        "김하늘은 전국소년체육대회 최종 라운드에서 5타를 줄이며 우승했다. "
        "그는 앞으로 국가대표가 되는 것이 목표라고 말했다.",
    },
    {
        "title": "민주당 최고위원회의 개최",
        "source": "정치일보",
        "published_at": "2025-06-13",
        "body": "민주당은 지난 12일 오후 비공개 최고위원회의를 열었다. "
        "이 자리에서 AI 기본법 처리 일정이 논의됐다. "
        "강준현 수석대변인은 회의 뒤 기자들에게 결과를 설명했다.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("korean-kinds"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("민주당 수석대변인은 누구인가?", Kind.PERSON),
        ("누가 우승했나?", Kind.PERSON),
        ("최고위원회의는 언제 열렸나?", Kind.DATE),
        ("전당대회는 몇 월 며칠에 열리나?", Kind.DATE),
        ("그는 몇 년에 태어났나?", Kind.DATE),
        ("행사의 참관객은 몇 명이었나?", Kind.NUMBER),
        ("그는 몇 년 동안 일했나?", Kind.NUMBER),
        ("김하늘은 몇 살 때 골프채를 잡았나?", Kind.AGE),
        ("입장권 가격은 얼마였나?", Kind.MONEY),
        ("총 공사비는 몇 조원인가?", Kind.MONEY),
        ("행사는 어느 도시에서 열렸나?", Kind.PLACE),
        ("그는 어디에서 태어났나?", Kind.PLACE),
        ("어느 회사가 인수했나?", Kind.ORG),
        ("칩 이름은 무엇인가?", None),
        ("매출은 얼마나 늘었나?", None),
    ],
)
def test_korean_question_words_ask_for_a_kind(question: str, kind: Kind | None) -> None:
    assert expected_kind(question) is kind


@pytest.mark.parametrize(
    ("sentence", "kind", "found"),
    [
        ("그룹은 25억달러 규모의 비트코인을 산다.", Kind.MONEY, "25억달러"),
        ("공사비는 1조2000억원에 달한다.", Kind.MONEY, "1조2000억원"),
        ("입장료는 3만 원이다.", Kind.MONEY, "3만 원"),
        ("참관객 3만5000명이 모였다.", Kind.NUMBER, "3만5000"),
        ("전당대회는 8월 17일 열린다.", Kind.DATE, "8월 17일"),
        ("2025년 5월 28일 개막했다.", Kind.DATE, "2025년 5월 28일"),
        ("김하늘은 7세 때 처음 골프채를 잡았다.", Kind.AGE, "7세"),
    ],
)
def test_korean_figures_and_dates_are_candidates(sentence: str, kind: Kind, found: str) -> None:
    assert found in [m.text for m in mentions(sentence, kind)]


def test_a_count_the_article_gives_is_answered(settings: Settings) -> None:
    reply = answer("비트코인 행사의 참관객은 몇 명이었나?", settings=settings)
    assert not reply.refused, reply.text
    assert "3만5000" in reply.text and reply.citations


def test_an_age_the_article_gives_is_answered(settings: Settings) -> None:
    reply = answer("김하늘은 몇 살 때 처음 골프채를 잡았나?", settings=settings)
    assert not reply.refused and "7세" in reply.text, reply.text


def test_a_price_no_article_gives_is_refused(settings: Settings) -> None:
    """The article on the bitcoin event names no ticket price: its sentences are no answer."""
    reply = answer("비트코인 행사 입장권 가격은 얼마였나?", settings=settings)
    assert reply.refused, reply.text


def test_a_capitalised_word_is_not_given_as_the_korean_person(settings: Settings) -> None:
    reply = answer("회의 결과를 설명한 수석대변인은 누구인가?", settings=settings)
    assert not reply.refused, reply.text
    assert "강준현" in reply.text
    assert not reply.text.startswith("AI"), reply.text
