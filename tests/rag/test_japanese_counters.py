"""A Japanese question asking "何" before a counter asks for a count: "写真が何枚", "何回", "何冊".

"在韓国日本大使館の感謝広告には写真が何枚載っていたか？" was read as asking for nothing in
particular, so the answer quoted the article's lead (the embassy placed an advertisement) and not
the sentence saying "6枚の写真". Japanese counts with a counter after the number ("6枚", "5兆回",
"50セット"); only 何人, 何個, 何件, 何台 and 何本 were read as count questions.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.question_kind import expected_kind
from tests.helpers import assert_answered, index_records_as_archive

ARTICLES = [
    {
        "title": "市役所が観光ポスターを発表",
        "source": "湖南新聞",
        "published_at": "2024-03-12",
        "body": "8日、湖南市役所が写真入りの観光ポスターを各紙に掲載したと地元紙が報じており、"
        "市民から観光ポスターへの批判が殺到している。"
        "ポスターには、湖畔の桜並木や夏祭りの花火など4枚の写真と市長のメッセージが掲載された。"
        "ポスターは来月末まで掲示される予定だ。",
    },
    {
        "title": "新しい図書館が開館",
        "source": "湖南新聞",
        "published_at": "2024-04-02",
        "body": "湖南市の中央図書館が2日に開館した。館内には約12万冊の本が並び、初日には多くの市民が訪れた。",
    },
    {
        "title": "高校野球の地区大会",
        "source": "湖南新聞",
        "published_at": "2024-07-20",
        "body": "高校野球の地区大会で湖南高校が決勝に進んだ。監督は選手たちの粘り強さをたたえた。",
    },
]


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("広告には写真が何枚載っていたか？", Kind.NUMBER),
        ("毎秒何回の処理を行えますか？", Kind.NUMBER),
        ("コナンの73巻は何冊売れたのか？", Kind.NUMBER),
        ("何セット導入する予定ですか？", Kind.NUMBER),
        ("千石さんは何歳で亡くなったのか？", Kind.AGE),  # an age, not a count
        ("政府如何回应这一批评？", None),  # Chinese "how", before 回 of 回应
    ],
)
def test_nani_before_a_counter_asks_for_a_count(question: str, kind: Kind | None) -> None:
    assert expected_kind(question) is kind


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("counters"), ARTICLES)


def test_a_japanese_count_question_quotes_the_sentence_with_the_count(settings: Settings) -> None:
    reply = answer("湖南市役所の観光ポスターには写真が何枚掲載されていたか？", settings=settings)
    assert_answered(reply, "4枚の写真")
