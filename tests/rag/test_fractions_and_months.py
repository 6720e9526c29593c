"""A fraction of a time unit is a duration; a month before a number names no model.

"Wie lange dauerte das erste Plasma…?" over "dauerte eine Zehntel-Sekunde" found no duration (a
duration was a number and its unit), and "Wie viele Jugendliche wurden befragt?" over "im April und
Mai 918 Interviews mit Jugendlichen" found no count: "Mai 918" read as a model ("Windows 10").
Indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.kinds import Kind
from rag.mentions import counts, mentions
from tests.helpers import assert_short_answer_from, indexed_folder

ARTICLES = {
    "helios.txt": (
        "Versuchsanlage Helios in Betrieb gegangen\n"
        "Die Versuchsanlage Helios in Greifswald hat ihr erstes Plasma erzeugt. Das erste Plasma in der "
        "Anlage dauerte eine Zehntel-Sekunde und erreichte eine Temperatur von rund einer Million Grad. "
        "Nach neunjähriger Bauzeit kann die Anlage nun ihre Arbeit aufnehmen."
    ),
    "umfrage.txt": (
        "Umfrage: Jeder dritte Schüler in Kärnten raucht\n"
        "Ein Drittel der Schüler in Kärnten raucht. Das ergab eine Studie des Instituts für Jugendforschung. "
        "Laut einer Aussendung wurden im April und Mai 640 Interviews mit Schülern der achten Schulstufe "
        "geführt."
    ),
}

ASKED = [
    ("Wie lange dauerte das erste Plasma in der Versuchsanlage Helios?", "Zehntel-Sekunde", "helios.txt"),
    ("Wie viele Schüler wurden für die Studie in Kärnten befragt?", "640", "umfrage.txt"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(("question", "fact", "source"), ASKED)
def test_the_fact_opens_the_answer(home: Path, question: str, fact: str, source: str) -> None:
    assert_short_answer_from(home, question, fact, source)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Das Plasma dauerte eine Zehntel-Sekunde.", "Zehntel-Sekunde"),
        ("Die Sitzung dauerte eine halbe Stunde.", "halbe Stunde"),
        ("La reunión duró media hora.", "media hora"),
        ("L'entretien a duré une demi-heure.", "demi-heure"),
    ],
)
def test_a_fraction_of_a_unit_is_a_duration(sentence: str, found: str) -> None:
    assert [m.text for m in mentions(sentence, Kind.DURATION)] == [found]


@pytest.mark.fast
def test_a_month_before_a_number_is_no_model() -> None:
    assert [m.text for m in counts("Es wurden im April und Mai 918 Interviews geführt.")] == ["918"]
    assert [m.text for m in counts("Er kaufte einen Raspberry Pi 3 und zwei Laptops.")] == ["zwei"]
