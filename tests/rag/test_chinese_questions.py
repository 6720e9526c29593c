"""Chinese questions answered end to end: the ways Chinese wording used to get the wrong quote.

Three failure classes of the languages bench (its ``fresh`` half, issue 17):

* the English-only default model's similarity between Chinese texts is mostly noise, so
  short sentences that merely share a character or two with the question ("学校") were
  quoted instead of the sentence holding the question's own rare words (a pupil's name);
* a character bigram that only joins two words of the question ("容在", "哪所") is held
  by no article, and counted as a wanted word every sentence lacked;
* a sentence that asks ("150克蛋白质大概是多少？") was quoted without the next one, which
  answers it; and the range it answered with ("20-22个") was no number.

Small articles written for these tests, indexed with the real model into real Chroma;
the pieces are also checked on their own below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.settings import Settings
from tests.helpers import assert_answered_from, indexed_folder

ARTICLES = {
    "zuowen.txt": (
        "小学生征文作品选登\n"
        "第三届寒假征文活动开始了，我们陆续收到了不少小朋友的作品。"
        "《我的家乡》作者：嵇晓岚，福山花园外国语小学四（2）班。"
        "我的家乡在江南，那里有小桥流水。"
        "每到春天，学校门口的桃花都开了。"
    ),
    "xuexiao.txt": (
        "学校新学期见闻\n"
        "学校还多次组织观看了安全教育片。"
        "费用由学校垫付。"
        "他们已经和学校签了协议。"
        "在新学校，孩子们交到了新朋友。"
    ),
    "haibian.txt": (
        "海边小镇的夏天\n"
        "去年夏天，我们一家去了海边的小镇。"
        "导游告诉我们，最美的海滩在哪个方向。"
        "他把大学所学的知识都用在了导游工作中。"
    ),
    "danbaizhi.txt": (
        "运动员怎样吃蛋白质\n"
        "运动员非常重视蛋白质的摄入，鸡蛋是日常饮食中重要的蛋白质来源。"
        "如果你体重在150磅（约合68公斤）左右，那么每天摄入大约150克的蛋白质就够了。"
        "150克蛋白质大概是多少？"
        "以鸡蛋来举例的话，大概是20-22个鸡蛋左右的量。"
        "对于普通人来说，按照1公斤1克蛋白质的比例来计算已经差不多了。"
    ),
}
ASKED = [
    # The pupil's name is the question's rarest word; "学校" sentences scored higher on noise.
    ("嵇晓岚在哪所学校读书？", "福山花园外国语小学四（2）班", "zuowen.txt"),
    # The asking sentence was quoted alone, its answer left out.
    ("150克蛋白质大约相当于多少个鸡蛋？", "20-22个鸡蛋", "danbaizhi.txt"),
]


@pytest.fixture(scope="module")
def chinese_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(("question", "fact", "source"), ASKED)
def test_a_chinese_question_is_answered_with_the_fact_and_its_citation(
    chinese_home: Path, question: str, fact: str, source: str
) -> None:
    assert_answered_from(chinese_home, question, fact, source)


def test_the_range_that_answers_a_sentence_asking_opens_the_answer(chinese_home: Path) -> None:
    from rag import answer

    reply = answer("150克蛋白质大约相当于多少个鸡蛋？", settings=Settings(home=chinese_home))
    assert reply.short == "20-22"  # was "68", from the sentence before
    assert "150克蛋白质大概是多少？以鸡蛋来举例的话" in reply.text  # the question and its answer, together


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("以鸡蛋来举例的话，大概是20-22个鸡蛋左右的量。", ["20-22"]),
        ("全巴黎16条地铁线路有10条停运。", ["16", "10"]),
        ("Sales rose 20-22 percent in 2019.", ["20-22"]),
    ],
)
def test_a_range_glued_to_chinese_is_one_number(sentence: str, numbers: list[str]) -> None:
    from rag.kinds import Kind
    from rag.mentions import mentions

    assert [m.text for m in mentions(sentence, Kind.NUMBER)] == numbers


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "model", "trust"),
    [
        ("嵇晓岚在哪所学校读书？", "minilm", 0.25),  # an English model reading Chinese
        ("Who filmed Jim Carrey?", "minilm", 1.0),
        ("Qui a filmé Jim Carrey ?", "minilm", 1.0),
        ("嵇晓岚在哪所学校读书？", "e5-small", 1.0),  # a multilingual model is trusted
    ],
)
def test_the_similarity_of_an_unread_script_counts_less(question: str, model: str, trust: float) -> None:
    from rag.sentence_choice import semantic_trust

    assert semantic_trust(question, model) == trust
