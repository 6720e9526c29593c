"""Articles and questions in other languages answered end to end, with the default and the multilingual model.

The pieces are tested beside their modules: detection (tests/byline/test_language.py), sentences
(tests/byline/test_sentences.py), keyword analysis (tests/store/test_analysis.py), clauses
(tests/rag/test_query.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.errors import EmbeddingModelMismatchError
from byline.settings import Settings
from store.analysis import analyze, question_terms
from tests.helpers import assert_answered_from, indexed_folder, run_cli

# Small articles written for these tests (one fact each that a reader would ask about).
ARTICLES = {
    "hafen.txt": (
        "Hamburg baut einen neuen Containerterminal\n"
        "Die Hamburger Hafenbehörde hat am Montag den Bau eines neuen Containerterminals in "
        "Waltershof angekündigt. Die Baukosten werden auf 780 Millionen Euro geschätzt. "
        "Der Terminal soll im Jahr 2029 in Betrieb gehen und jährlich zwei Millionen Container "
        "abfertigen. Umweltverbände kritisierten die geplante Vertiefung der Elbe."
    ),
    "fromage.txt": (
        "Une fromagerie normande rachetée par une coopérative\n"
        "La fromagerie Lepetit, installée à Saint-Maclou depuis 1921, a été rachetée par la "
        "coopérative laitière Maîtres Laitiers du Cotentin. Les quarante-deux salariés conservent "
        "leurs emplois. La production de camemberts au lait cru sera doublée d'ici deux ans, selon "
        "le nouveau directeur, Paul Lemoine."
    ),
    "ditie.txt": (
        "成都地铁新线路开通\n"
        "成都地铁三十号线于周日正式开通运营，全长四十二公里，共设二十九座车站。"
        "新线路连接双流国际机场和天府新区，预计每天运送乘客三十万人次。"
        "市政府表示，全线建设总投资约为三百亿元人民币。"
    ),
    # The question asks for "Umbaukosten"; the article says "Kosten" and "Umbau" apart.
    "bahnhof.txt": (
        "Der Kasseler Hauptbahnhof wird modernisiert\n"
        "Die Deutsche Bahn beginnt im Herbst mit dem Umbau des Kasseler Hauptbahnhofs. "
        "Die Kosten für den Umbau liegen bei 42 Millionen Euro. Die Arbeiten sollen 2027 enden."
    ),
    "bruecke.txt": (
        "Neue Brücke über die Fulda\n"
        "Die Stadt Kassel lässt eine neue Fußgängerbrücke über die Fulda errichten. "
        "Die Kosten der Brücke betragen 17 Millionen Euro. Sie soll im Frühjahr 2026 fertig sein."
    ),
    # A sentence opening with a number glued to Japanese text is no dateline.
    "densha.txt": (
        "札幌の路面電車、運賃を改定\n"
        "札幌市交通局は来月から路面電車の運賃を改定すると発表した。1回の乗車は大人250円（税込）。"
        "子どもの運賃は半額となる。"
    ),
}
ASKED = [
    ("Wie hoch sind die Baukosten?", "780 Millionen Euro", "hafen.txt"),
    ("Wann soll der Terminal in Betrieb gehen?", "2029", "hafen.txt"),
    ("Combien de salariés conservent leurs emplois à la fromagerie ?", "quarante-deux", "fromage.txt"),
    ("Qui a racheté la fromagerie Lepetit ?", "Maîtres Laitiers du Cotentin", "fromage.txt"),
    ("成都地铁三十号线全长多少公里？", "四十二公里", "ditie.txt"),
    ("地铁新线路每天运送多少乘客？", "三十万人次", "ditie.txt"),
    ("Wie hoch sind die Umbaukosten?", "42 Millionen Euro", "bahnhof.txt"),
    ("路面電車の大人の運賃はいくらですか？", "250円", "densha.txt"),
]


@pytest.mark.fast
def test_a_german_compound_the_index_lacks_is_looked_for_as_its_parts() -> None:
    known = set(analyze(ARTICLES["bahnhof.txt"], "de"))
    assert question_terms("Wie hoch sind die Umbaukosten?", "de", known) == ["hoch", "umbau", "kost"]
    # A compound the index holds stays whole; words of other languages are never split.
    assert "baukost" in question_terms("Die Baukosten?", "de", set(analyze(ARTICLES["hafen.txt"], "de")))
    assert question_terms("The bridgeworks", "en", {"bridg", "work"}) == ["bridgework"]


@pytest.fixture(scope="module")
def languages_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(("question", "fact", "source"), ASKED)
def test_questions_in_the_articles_language_are_answered_with_the_right_citation(
    languages_home: Path, question: str, fact: str, source: str
) -> None:
    assert_answered_from(languages_home, question, fact, source)


def test_byline_list_shows_each_articles_language(languages_home: Path) -> None:
    listed = run_cli("list", home=languages_home).stdout.splitlines()
    by_title = {line.rsplit("  ", 1)[1]: line for line in listed if "chunks" in line}
    assert "  de  " in by_title["Hamburg baut einen neuen Containerterminal"]
    assert "  fr  " in by_title["Une fromagerie normande rachetée par une coopérative"]
    assert "  zh  " in by_title["成都地铁新线路开通"]


def test_an_index_refuses_questions_with_another_embedding_model(languages_home: Path) -> None:
    from rag import answer

    with pytest.raises(EmbeddingModelMismatchError, match="minilm"):
        answer("Wer baut den Terminal?", settings=Settings(home=languages_home, embedding_model="e5-small"))
    result = run_cli(
        "ask",
        "Wer baut den Terminal?",
        home=languages_home,
        check=False,
        env_extra={"BYLINE_EMBEDDING_MODEL": "e5-small"},
    )
    assert result.returncode != 0
    assert "BYLINE_EMBEDDING_MODEL=minilm" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_the_multilingual_model_answers_with_its_own_index(tmp_path: Path) -> None:
    """e5-small (BYLINE_EMBEDDING_MODEL) indexes and answers a German question end to end."""
    from rag import answer

    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    home = tmp_path / "home"
    run_cli("index", str(folder), home=home, env_extra={"BYLINE_EMBEDDING_MODEL": "e5-small"})
    reply = answer(
        "Wie hoch sind die Baukosten des neuen Terminals?",
        settings=Settings(home=home, embedding_model="e5-small"),
    )
    assert "780 Millionen Euro" in reply.text
    assert any(c.source == "hafen.txt" for c in reply.citations)
    with pytest.raises(EmbeddingModelMismatchError, match="e5-small"):
        answer("Wer baut den Terminal?", settings=Settings(home=home))
