"""German counts, durations and centuries, answered end to end over small articles written for them.

German capitalises every noun, so "Untersuchung sieben" looked like a model number ("Windows
10") and the count was dropped; it fuses a duration to its number ("die dreimonatige
Wartezeit"), which was no duration; and "Mitte des 16. Jahrhunderts" was no date, so "Seit
wann…?" was answered with a year of another sentence. Indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.kinds import Kind
from rag.mentions import mentions
from tests.helpers import assert_short_answer_from, indexed_folder

ARTICLES = {
    "warentest.txt": (
        "Billigshops im Test\n"
        "Die Stiftung Warentest hat in einer Untersuchung sieben Shoppingplattformen unter die Lupe "
        "genommen. Keinen der Marktplätze können die Tester uneingeschränkt empfehlen."
    ),
    "gesetz.txt": (
        "Entwurf zum Selbstbestimmungsgesetz\n"
        "Der Entwurf der Bundesregierung sieht für die Änderung des Geschlechtseintrags eine dreimonatige "
        "Wartezeit vor. Das alte Gesetz galt über vierzig Jahre lang."
    ),
    "golf.txt": (
        "Golf von Mexiko oder Golf von Amerika\n"
        "Der Präsident will den Golf von Mexiko umbenennen. Der Name Golf von Mexiko stammt aus der Mitte "
        "des 16. Jahrhunderts, als spanische Seefahrer die Küste kartierten. Die Umbenennung gilt ab 2025."
    ),
}

ASKED = [
    ("Wie viele Shoppingplattformen hat die Stiftung Warentest untersucht?", "sieben", "warentest.txt"),
    ("Wie lange soll die Wartezeit nach dem Entwurf sein?", "dreimonatige", "gesetz.txt"),
    ("Seit wann gibt es den Namen Golf von Mexiko?", "16. Jahrhunderts", "golf.txt"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(("question", "fact", "source"), ASKED)
def test_the_fact_opens_the_answer_with_its_citation(
    home: Path, question: str, fact: str, source: str
) -> None:
    assert_short_answer_from(home, question, fact, source)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "kind", "found"),
    [
        ("Die Tester haben in einer Untersuchung sieben Plattformen geprüft.", Kind.NUMBER, "sieben"),
        ("Er bekam eine zweijährige Haftstrafe.", Kind.DURATION, "zweijährige"),
        ("Der 14-tägige Streik endete am Montag.", Kind.DURATION, "14-tägige"),
        ("La carte date du XVIe siècle.", Kind.DATE, "XVIe siècle"),
        ("La iglesia se construyó en el siglo XIX.", Kind.DATE, "siglo XIX"),
        ("A igreja foi erguida no século XVI.", Kind.DATE, "século XVI"),
    ],
)
def test_candidates_in_the_sentence(sentence: str, kind: Kind, found: str) -> None:
    assert found in [m.text for m in mentions(sentence, kind)]


@pytest.mark.fast
def test_a_model_number_is_still_no_count() -> None:
    assert [m.text for m in mentions("He bought a Raspberry Pi 3 and two laptops.", Kind.NUMBER)] == ["two"]


@pytest.mark.fast
def test_a_year_or_a_clock_time_is_no_count() -> None:
    """ "em março de 2008" holds a date, "alle 20.45" and "19:29" times: only the count is one."""
    sentence = "Em março de 2008 lançou o carro; alle 20.45 e às 19:29 chegaram 700 unidades."
    assert [m.text for m in mentions(sentence, Kind.NUMBER)] == ["700"]
