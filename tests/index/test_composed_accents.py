"""Pages that spell accents as a letter plus a combining mark (NFD) read like any other page.

Some sites write "Ärztekammer" as "A" + U+0308 + "rztekammer". Keyword analysis cut such a word at
the mark ("a", "rztekamm") and a capital so written started no name, so the article was found by
none of its accented words: "Wer ist die neue Präsidentin der Ärztekammer?" went unanswered though
its sentence says exactly that. Small pages written for this test, indexed with the real model into
real Chroma.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from byline.settings import Settings
from index.loaders.decoding import clean
from index.loaders.html import load_html
from rag import answer
from store.analysis import analyze

DECOMPOSED = unicodedata.normalize(
    "NFD",
    "<html lang='de'><head><title>Allgemeinmediziner feiern Jubiläum</title></head><body><article>"
    "<h1>Allgemeinmediziner feiern Jubiläum</h1>"
    "<p>Die Südtiroler Gesellschaft für Allgemeinmedizin hat in Klausen ihr 30-jähriges Bestehen "
    "gefeiert.</p>"
    "<p>Die neue Präsidentin der Ärztekammer, Astrid Marsoner, hielt einen Vortrag über Fortbildung.</p>"
    "<p>Sie betonte die Bedeutung der Arbeit für die Weiterbildung junger Ärztinnen und Ärzte.</p>"
    "</article></body></html>",
)
OTHERS = {
    "verein.html": "<html lang='de'><head><title>Neue Präsidentin im Sportverein</title></head>"
    "<body><article>"
    "<h1>Neue Präsidentin im Sportverein</h1>"
    "<p>Der Sportverein Brixen hat am Samstag eine neue Präsidentin gewählt.</p>"
    "<p>Die Mitglieder stimmten mit großer Mehrheit für die bisherige Kassiererin.</p>"
    "<p>Der Verein zählt inzwischen mehr als 800 Mitglieder in zwölf Abteilungen.</p>"
    "</article></body></html>",
    "klinik.html": "<html lang='de'><head><title>Klinik sucht Pflegekräfte</title></head><body><article>"
    "<h1>Klinik sucht Pflegekräfte</h1>"
    "<p>Das Krankenhaus in Bruneck sucht dringend neue Pflegekräfte für die Nachtschicht.</p>"
    "<p>Die Direktion will die Löhne im kommenden Jahr anheben.</p>"
    "<p>Gewerkschaften fordern seit Monaten bessere Arbeitsbedingungen.</p>"
    "</article></body></html>",
}


def test_clean_composes_a_letter_and_its_combining_mark() -> None:
    assert clean("A\u0308rztekammer") == "Ärztekammer"
    assert clean("Ärztekammer") == "Ärztekammer"  # already composed text is left as it is


def test_a_decomposed_page_is_analysed_by_its_whole_words() -> None:
    """The page's text is composed, so its words are the terms a question's words give."""
    article = load_html("kammer.html", DECOMPOSED.encode("utf-8"))[0]
    text = getattr(article, "text", "")
    assert "Die neue Präsidentin der Ärztekammer, Astrid Marsoner" in text
    assert {"prasidentin", "arztekamm"} <= set(analyze(text, "de"))


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from index import index_paths

    folder = tmp_path_factory.mktemp("composed")
    pages = folder / "pages"
    pages.mkdir()
    (pages / "kammer.html").write_bytes(DECOMPOSED.encode("utf-8"))
    for name, html in OTHERS.items():
        (pages / name).write_text(html, encoding="utf-8")
    configured = Settings(home=Path(folder) / "home")
    index_paths([pages], configured)
    return configured.model_copy(update={"scattered_min_passages": 0})


def test_a_question_about_a_decomposed_page_is_answered_from_it(settings: Settings) -> None:
    reply = answer("Wer ist die neue Präsidentin der Ärztekammer?", settings=settings)
    assert not reply.refused, reply.text
    assert "Astrid Marsoner" in reply.text
    assert any("Astrid Marsoner" in c.text and c.source.endswith("kammer.html") for c in reply.citations)
