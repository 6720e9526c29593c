"""A Chinese or Japanese question is not answered from an article holding almost none of it.

"图帕克・卡塔里通信卫星是哪一年发射的？" over an archive whose article on the satellite gives no
launch date took "3月9日" from a Japanese page on another launch; English refuses an answer quoted
from an article holding too little of the question (``rag.refusal.off_question``), and unspaced
scripts now do too, at the lower share their character pairs allow. Indexed with the real model
into real Chroma, the word-fit checks of a real archive switched on.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.refusal import off_question
from tests.helpers import index_records_as_archive

RECORDS = [
    {
        "title": "玻利维亚通信卫星运行良好",
        "text": "玻利维亚通信卫星图帕克卡塔里运行良好。"
        "该卫星由中国制造，为玻利维亚偏远地区提供电视和互联网服务。"
        "玻利维亚政府表示，卫星的使用情况令人满意，用户数量不断增加。",
        "url": "https://example.cn/satellite",
        "date": "2024-04-24",
    },
    {
        "title": "トレンドマイクロ、新アプリ発売",
        "text": "トレンドマイクロは3月9日、スマホ向けのセキュリティアプリの発売を開始すると発表した。"
        "通信衛星の打ち上げは3月9日に行われた。アプリは公衆無線の通信を暗号化し、利用者を保護する。",
        "url": "https://example.jp/app",
        "date": "2024-03-09",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("archive"), RECORDS)


def test_a_date_from_another_article_is_refused(settings: Settings) -> None:
    reply = answer("图帕克卡塔里通信卫星是哪一年发射的？", settings=settings)
    assert reply.refused, reply.text


def test_the_article_on_the_satellite_still_answers(settings: Settings) -> None:
    reply = answer("图帕克卡塔里通信卫星是哪个国家制造的？", settings=settings)
    assert not reply.refused, reply.text
    assert "中国制造" in reply.text


@pytest.mark.fast
def test_the_share_is_lower_for_unspaced_scripts() -> None:
    assert off_question(0.5) and not off_question(0.5, unspaced=True)
    assert off_question(0.1, unspaced=True)
