"""Outside English, an amount or count must come from where the question's subject is said.

Off-topic questions of the languages bench were answered with a figure of something else: "含光800
芯片的售价是多少？" with the "6199元" of a sentence on another maker's phone, "Wie viel kostet eine
Jahreskarte…?" with the cost of a renovation, "Quantos assinantes…?" with a subscription's price,
"何日間滞在した？" with the day of a broadcast (``rag.figure_source``, ``lexicon.JAPANESE_COUNTERS``).
The questions the articles do answer are still answered.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.figure_source import model_unsaid, money_for_count
from rag.kinds import Kind
from rag.question_kind import counted_noun, expected_kind
from tests.helpers import assert_answered, assert_refused, index_records_as_archive

ARTICLES = [
    {
        "title": "Hallenbad Zwettl wird saniert",
        "source": "Waldviertler Bote",
        "published_at": "2024-04-10",
        "body": "Das Hallenbad in Zwettl schließt im Herbst für sechs Monate. Die Sanierung kostet die "
        "Gemeinde 2,3 Millionen Euro. Bürgermeister Franz Mold sagte, das Becken werde neu gefliest "
        "und die Lüftung erneuert. Die Wiedereröffnung ist für das Frühjahr geplant.",
    },
    {
        "title": "Neues Lastenrad aus Gmünd",
        "source": "Waldviertler Bote",
        "published_at": "2024-05-02",
        "body": "Die Firma Radwerk Gmünd stellt ein neues Lastenrad vor. Das Lastenrad kostet 3.490 Euro "
        "und trägt bis zu 120 Kilogramm. Geschäftsführerin Anna Weiss erwartet eine große Nachfrage.",
    },
    {
        "title": "阿里巴巴发布含光800芯片",
        "source": "科技日报",
        "published_at": "2019-09-25",
        "body": "阿里巴巴在杭州发布了含光800芯片。张建锋表示，含光800是平头哥成立后首款正式流片的芯片。"
        "这款芯片主要用于云端的人工智能推理。",
    },
    {
        "title": "5G手机价格下探",
        "source": "科技日报",
        "published_at": "2019-09-20",
        "body": "目前，已发售的5G手机售价普遍偏高。补贴之后的华为Mate20 X 5G版卖到6199元。"
        "业内人士预计，明年5G手机价格将明显下降。",
    },
    {
        "title": "Cinemax+ chega ao Brasil",
        "source": "Jornal da Tela",
        "published_at": "2024-11-17",
        "body": "O serviço de streaming Cinemax+ chegou ao Brasil nesta terça-feira. O Cinemax+ pode ser "
        "assinado com preços a partir de R$ 29,90 por mês. O catálogo reúne filmes e séries.",
    },
    {
        "title": "藤本健二氏、テレビで訪朝を語る",
        "source": "ニュース速報",
        "published_at": "2012-08-24",
        "body": "23日放送された番組に、金正日総書記の専属料理人を務めていた藤本健二氏が出演した。"
        "藤本氏は7月に北朝鮮を訪問し、22日には平壌に到着したという。",
    },
    {
        "title": "ガザの停戦合意",
        "source": "ニュース速報",
        "published_at": "2025-01-16",
        "body": "合意案の第1段階では42日間の停戦を実施する。その間に人質の一部が解放される。",
    },
]


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "passage", "unsaid"),
    [
        ("华为Mate 30系列手机的售价是多少？", "补贴之后的华为Mate20 X 5G版卖到6199元。", True),
        ("麒麟990 5G芯片的售价是多少？", "目前5G手机售价普遍偏高，卖到6199元。", True),
        ("mixiの会員数は何人？", "学生数は1353人で、教職員は5735人。", True),
        ("国行iPhone 11的64GB版本卖多少钱？", "国行iPhone 11的64GB版本售价5499元。", False),
        ("PlayStation Suiteは何という名前に変わった？", "PlayStation Mobileに名称を変更した。", False),
        ("テストしたSSDの容量は何TBですか？", "NVMe SSDの容量は1TBです。", False),  # the unit asked
        ("龙湖集团2019年上半年的销售金额是多少？", "龙湖集团上半年销售金额为1000亿元。", False),  # a year
    ],
)
def test_a_latin_name_or_model_number_must_be_written_where_the_figure_is(
    question: str, passage: str, unsaid: bool
) -> None:
    assert model_unsaid(question, passage) is unsaid


@pytest.mark.fast
def test_an_amount_of_money_is_no_count_unless_the_noun_is_counted_somewhere() -> None:
    price = "O Cinemax+ pode ser assinado a partir de R$ 29,90 por mês."
    assert money_for_count("29,90", [price], [price], {"assinant"}, "pt")
    counted = "A empresa generará tres mil nuevos empleos en México."
    invest = "PMF invertirá 109 millones de dólares en su planta."
    assert not money_for_count("109 millones", [invest], [invest, counted], {"emple"}, "es")


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("藤本健二氏は平壌に何日間滞在した？", Kind.NUMBER),  # a count of days, not a date
        ("北朝鮮のメッセンジャーが藤本氏に接触したのは何月何日？", Kind.DATE),
        ("In wie viel Prozent Südeuropas wurde starker Hitzestress registriert?", Kind.NUMBER),
        ("Wie viel kostet die Jahreskarte in Euro?", Kind.MONEY),
        ("Ile wynosi minimalna emerytura od marca 2025 roku?", Kind.MONEY),
        ("汪勇升职为部门经理后的月薪是多少？", Kind.MONEY),
    ],
)
def test_what_kind_of_figure_is_asked(question: str, kind: Kind) -> None:
    assert expected_kind(question) is kind


@pytest.mark.fast
def test_a_verb_after_a_count_word_is_no_counted_noun() -> None:
    assert counted_noun("Ile wynosi opłata kogeneracyjna?") is None
    assert counted_noun("Na ile Forbes szacuje majątek Andreja Babisza?") is None
    assert counted_noun("Ilu pracowników strajkuje w zakładzie Valeo?") == "pracowników"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("figure-source"), ARTICLES)


def test_a_german_price_of_something_else_is_refused(settings: Settings) -> None:
    assert_refused(answer("Wie viel kostet eine Jahreskarte für das Hallenbad in Zwettl?", settings=settings))


def test_a_german_price_the_article_gives_is_answered(settings: Settings) -> None:
    reply = answer("Wie viel kostet das neue Lastenrad von Radwerk Gmünd?", settings=settings)
    assert_answered(reply, "3.490 Euro")


def test_a_chinese_price_of_another_chip_is_refused(settings: Settings) -> None:
    assert_refused(answer("含光800芯片的售价是多少？", settings=settings))


def test_a_chinese_price_the_article_gives_is_answered(settings: Settings) -> None:
    assert_answered(answer("华为Mate20 X 5G版卖多少钱？", settings=settings), "6199元")


def test_a_count_answered_by_a_price_is_refused(settings: Settings) -> None:
    assert_refused(answer("Quantos assinantes o Cinemax+ conquistou no Brasil?", settings=settings))


def test_the_price_itself_is_answered(settings: Settings) -> None:
    assert_answered(answer("Quanto custa a assinatura do Cinemax+?", settings=settings), "29,90")


def test_a_japanese_stay_in_days_is_not_answered_by_a_date(settings: Settings) -> None:
    assert_refused(answer("藤本健二氏は平壌に何日間滞在した？", settings=settings))


def test_a_japanese_span_of_days_the_article_gives_is_answered(settings: Settings) -> None:
    assert_answered(answer("合意案の第1段階では何日間の停戦を実施するのか？", settings=settings), "42日間")
