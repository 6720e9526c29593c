"""Chinese and Japanese "who" questions name the person, found without capitals (issue 17).

Names in Chinese and Japanese carry no capitals, so a "who" question (谁 / 誰) had no candidate
to vote for: it was answered with whatever sentences ranked best, or refused. ``rag.unspaced_names``
finds a name by the words around it: a role or title before it ("副司长林建华"), a title or reporting
verb after it ("周明远表示"), an honorific or role after a Japanese name ("山本春子容疑者"), a team
position before a katakana one ("ＦＷペドロ"). The short answer names that person and cites where it
stands; a "who" question whose sentences name no one is refused.

Small articles written for these tests, indexed with the real model into real Chroma; the finder
is also checked on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.settings import Settings
from rag import answer
from rag.unspaced_names import person_names
from tests.helpers import assert_refused, assert_short_answer_from, indexed_folder

CHINESE = {
    "dajiang.txt": (
        "未来科技大奖公布获奖名单\n\n"
        "本届未来科技大奖昨天在北京公布获奖名单。"
        "清华大学教授周明远获得数学与计算机科学奖。"
        "周明远表示，感到非常荣幸。"
        "每个奖项的奖金为100万美元。"
    ),
    "luntan.txt": (
        "航天合作论坛在京举行\n\n"
        "航天合作论坛昨天在北京举行。"
        "国家航天局国际合作司副司长林建华说，航天合作将进一步扩大。"
        "来自二十个国家的代表参加了论坛。"
    ),
    "shuiku.txt": (
        "城北新水库开始蓄水\n\n"
        "城北新水库昨天上午举行蓄水仪式，正式开始蓄水。"
        "新水库可以为全市供水两年。"
        "水库工程耗时三年完成。"
    ),
}

JAPANESE = {
    "daigaku.txt": (
        "東都医科大学の元理事長を逮捕\n\n"
        "警視庁は13日、背任の疑いで、東都医科大学の元理事長の山本春子容疑者（70）を逮捕した。"
        "山本容疑者は容疑を否認している。"
        "大学は13日に記者会見を開いた。"
    ),
    "sakka.txt": (
        "ユナイテッドが首位に浮上\n\n"
        "サッカーのリーグ戦で、ユナイテッドはシティに1―0で勝った。"
        "ユナイテッドは、ポルトガル代表ＦＷペドロが後半に決勝点を挙げた。"
        "ユナイテッドは首位に浮上した。"
    ),
    "kouen.txt": (
        "市立公園に新しい遊具\n\n"
        "市立公園に新しい遊具が設置された。"
        "新しい遊具は子ども向けで、安全性が高いという。"
        "遊具の利用は無料だ。"
    ),
}


@pytest.fixture(scope="module")
def chinese(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("zh"), tmp_path_factory.mktemp("zh-home"), CHINESE)


@pytest.fixture(scope="module")
def japanese(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("ja"), tmp_path_factory.mktemp("ja-home"), JAPANESE)


@pytest.mark.parametrize(
    ("question", "name", "source"),
    [
        ("谁获得了未来科技大奖的数学与计算机科学奖？", "周明远", "dajiang.txt"),
        ("国家航天局国际合作司副司长是谁？", "林建华", "luntan.txt"),
    ],
)
def test_a_chinese_who_question_names_the_person(
    chinese: Path, question: str, name: str, source: str
) -> None:
    assert_short_answer_from(chinese, question, name, source)


def test_a_chinese_who_question_whose_sentences_name_no_one_is_refused(chinese: Path) -> None:
    # The article says the ceremony was held, never who held it: quoting it answers nothing.
    assert_refused(answer("谁主持了城北新水库的蓄水仪式？", settings=Settings(home=chinese)))


@pytest.mark.parametrize(
    ("question", "name", "source"),
    [
        ("背任の疑いで逮捕された東都医科大学の元理事長は誰か？", "山本春子", "daigaku.txt"),
        ("ユナイテッドの決勝点を挙げたのは誰ですか？", "ペドロ", "sakka.txt"),
    ],
)
def test_a_japanese_who_question_names_the_person(
    japanese: Path, question: str, name: str, source: str
) -> None:
    assert_short_answer_from(japanese, question, name, source)


def test_a_japanese_who_question_whose_sentences_name_no_one_is_refused(japanese: Path) -> None:
    assert_refused(answer("市立公園の新しい遊具を設計したのは誰ですか？", settings=Settings(home=japanese)))


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("中国探月工程总设计师吴伟仁表示，贺信充分体现了高度重视。", ("吴伟仁",)),  # a role before
        ("作为首位女性获奖者，王小云表示，感到非常荣幸。", ("王小云",)),  # a reporting verb after
        ("美国宇航局发言人丹尼尔·霍特(Daniel Huot)表示", ("丹尼尔·霍特",)),  # transliterated, role cut off
        ("局长向记者介绍了情况。", ()),  # "向" is a preposition here, no surname
        ("元理事長の岩本絹子容疑者（78）を逮捕した。", ("岩本絹子",)),
        ("岩本絹子元理事長の逮捕を受け、清水治理事長らが会見した。", ("岩本絹子", "清水治")),
        ("ポルトガル代表ＦＷロナルドが先制点を挙げた。", ("ロナルド",)),  # "代表" is the national team's
    ],
)
def test_names_are_found_by_the_words_around_them(sentence: str, names: tuple[str, ...]) -> None:
    assert person_names(sentence) == names


@pytest.mark.fast
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中国载人航天工程新闻发言人 武平", "武平"),  # a heading sets the name a space after the role
        ("中国驻圣保罗总领馆副总领事孙仁安在致辞中说，圣保罗是最大的城市。", "孙仁安"),  # a consul
    ],
)
def test_a_chinese_name_after_a_spaced_role_or_a_consul(text: str, name: str) -> None:
    assert name in person_names(text)
