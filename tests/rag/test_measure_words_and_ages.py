"""Counts said with a measure word, and ages said with a counter, an adjective or a verb.

Chinese and Japanese write what a number counts after it ("16条地铁线路", "5億人"): "上海地铁一共有多少
条线路？" over an article whose only figures are "约500米" and a date was answered "500" (off-topic
questions of the languages bench, fresh13-16). The answering article must count in the measure word
asked. Ages: "何歳" and "几岁" ask for an age, written "25歳" or "18岁"; Polish writes an age as an
adjective ("54-letnia Irena"), Portuguese with a verb ("completa 57 anos"): those questions were
refused for want of an age in the quotes.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.mentions import mentions
from rag.noun_counts import asked_counter, counter_unsaid
from rag.question_kind import expected_kind
from tests.helpers import assert_answered, assert_refused, index_records_as_archive

ARTICLES = [
    {
        "title": "南湖新区地铁站开通",
        "source": "南湖日报",
        "published_at": "2024-05-08",
        "body": "南湖新区的地铁站今天正式开通，车站距离南湖公园仅约500米。"
        "市民王女士说，以后去公园方便多了。车站于5月8日上午9时开始运营。",
    },
    {
        "title": "北岭市公交线路调整",
        "source": "南湖日报",
        "published_at": "2024-06-02",
        "body": "北岭市公交集团宣布，全市共有48条公交线路将在下月调整。"
        "调整后，北岭市公交线路总长度将达到900公里。",
    },
    {
        "title": "Pożar domu w Zambrowie",
        "source": "Gazeta Podlaska",
        "published_at": "2024-02-11",
        "body": "W nocy spłonął dom jednorodzinny na obrzeżach Zambrowa. Na miejsce przyjechały cztery "
        "zastępy straży pożarnej. W pożarze zginęła 61-letnia Halina Zawadzka, właścicielka domu. "
        "Przyczyny pożaru wyjaśnia policja.",
    },
    {
        "title": "Apresentador celebra aniversário",
        "source": "Revista Tela",
        "published_at": "2024-03-04",
        "body": "O apresentador Caio Nogueira completa 48 anos nesta segunda-feira. "
        "Nas redes sociais, colegas da emissora deixaram mensagens para o jornalista.",
    },
]


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "counter"),
    [
        ("上海地铁一共有多少条线路？", "条"),
        ("今年春运全国铁路发送旅客多少人次？", "人次"),
        ("WinRARのユーザーは世界に何人いますか？", "人"),
        ("民办高中开出多少年薪想挖走他？", None),  # money: "年" of "年薪" is no measure word
        ("深圳位列第几？", None),  # an ordinal
        ("对接在几点完成？", None),  # a time of day
    ],
)
def test_the_measure_word_a_count_question_asks_in(question: str, counter: str | None) -> None:
    assert asked_counter(question) == counter


@pytest.mark.fast
def test_a_count_with_a_scale_or_numeral_before_the_measure_word_counts() -> None:
    assert not counter_unsaid("平台卖出了多少单？", ["当天卖出了1万多单。"])
    assert not counter_unsaid("能买到几款5G手机？", ["能购买到的5G手机已达五款。"])
    assert counter_unsaid("上海地铁一共有多少条线路？", ["车站距离公园仅约500米。", "5月8日开始运营。"])


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("転職に迷っている相談者は何歳？", Kind.AGE),
        ("扔纸团的小男孩今年几岁？", Kind.AGE),
        ("提议把法定婚龄降低到多少岁？", Kind.AGE),
        ("Ile lat miała Irena Rupińska?", Kind.AGE),
    ],
)
def test_an_age_asked_with_its_counter(question: str, kind: Kind) -> None:
    assert expected_kind(question) is kind


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("25歳　女性の相談者です。", "25歳"),
        ("把法定婚龄降低到18岁。", "18岁"),
        ("W pożarze zginęła 54-letnia Irena Rupińska.", "54-letnia"),
        ("William Bonner completa 57 anos de idade.", "57 anos de idade"),
        ("Ela completou seus 57 anos na segunda-feira.", "57"),
    ],
)
def test_ages_written_with_a_counter_an_adjective_or_a_verb(sentence: str, age: str) -> None:
    assert age in [m.text for m in mentions(sentence, Kind.AGE)]


@pytest.mark.fast
def test_three_years_ago_is_no_age() -> None:
    assert mentions("Faz três anos que ele saiu da emissora.", Kind.AGE) == ()


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("measure-words"), ARTICLES)


def test_a_distance_is_no_count_of_lines(settings: Settings) -> None:
    assert_refused(answer("南湖新区的地铁一共有多少条线路？", settings=settings))


def test_a_count_in_the_asked_measure_word_answers(settings: Settings) -> None:
    assert_answered(answer("北岭市共有多少条公交线路将调整？", settings=settings), "48条")


def test_a_polish_age_written_as_an_adjective_answers(settings: Settings) -> None:
    reply = answer("Ile lat miała Halina Zawadzka, która zginęła w pożarze?", settings=settings)
    assert_answered(reply, "61-letnia")


def test_a_portuguese_age_said_with_a_verb_answers(settings: Settings) -> None:
    reply = answer("Quantos anos completa o apresentador Caio Nogueira?", settings=settings)
    assert_answered(reply, "48 anos")


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "day", "count"),
    [
        ("Um grupo de partidos pediu nesta quarta-feira (11) ao Supremo que aja.", "quarta-feira (11)", None),
        ("华龙网讯 今（9）日，记者了解到，那栋写字楼一共29层。", "今（9）日", "29"),
        ("9日的罢工是继5日80万多人参与的大罢工后的第二轮。", "9日", "80万"),
    ],
)
def test_a_day_of_the_month_is_a_date_not_a_count(sentence: str, day: str, count: str | None) -> None:
    """ "Quantos partidos…?" was answered "11" of "quarta-feira (11)", "多少层" "9" of "今（9）日"."""
    assert day in [m.text for m in mentions(sentence, Kind.DATE)]
    assert [m.text for m in mentions(sentence, Kind.NUMBER)] == ([count] if count else [])


@pytest.mark.fast
def test_a_span_of_days_is_no_date() -> None:
    assert mentions("合意案の第1段階では42日間の停戦を実施する。", Kind.DATE) == ()
