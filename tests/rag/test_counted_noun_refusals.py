"""Off-topic count questions outside English: the count must stand beside the noun counted.

"Wie viele Filialen hatte die Supermarktkette Zielpunkt?" over an article on Zielpunkt that
counts only its staff ("rund 800 Mitarbeiter") was answered "800"; "¿Cuántas viviendas destruyó el
incendio…?" over one counting the dead, "12". English refuses such answers (``uncounted``); other
languages now do too, in their own analysis, while a count of the noun written inside a compound
("45 Bäckereifilialen") or by another word for it ("2.200 individui" for "persone") still answers.
Indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag import answer
from rag.question_kind import counted_noun
from rag.refusal import noun_uncounted
from store.analysis import analyze
from tests.helpers import assert_answered_from, indexed_folder

ARTICLES = {
    "lindmayr.txt": (
        "Supermarktkette Lindmayr übernimmt Fleischerei Huber\n"
        "Die Supermarktkette Lindmayr übernimmt die Fleischerei Huber aus Graz. Rund 800 Mitarbeiter "
        "wechseln vom Lieferanten zur Supermarktkette, die weiterhin Huber-Produkte verkaufen will. "
        "Die Übernahme soll im März abgeschlossen sein."
    ),
    "krume.txt": (
        "Bäckereikette Krume schließt Standorte in Tirol\n"
        "Die Bäckereikette Krume betreibt derzeit 45 Bäckereifilialen in Tirol. Im Sommer soll ein "
        "Teil davon schließen, teilte das Unternehmen am Montag mit."
    ),
    "valdemora.txt": (
        "El incendio forestal de Valdemora deja ya 12 muertos\n"
        "El incendio forestal de Valdemora deja ya 12 muertos y otras 23 personas siguen sin localizar. "
        "Los bomberos trabajan desde el viernes en la zona, donde el viento cambió de dirección."
    ),
    "artico.txt": (
        "Esercitazione russa nell'Artico\n"
        "Si prevedeva la partecipazione di circa 2.200 individui all'esercitazione russa nell'Artico, "
        "tra cui squadre di soccorso e funzionari di enti federali. Le attività sono state rinviate."
    ),
}

OFF_TOPIC = [
    "Wie viele Filialen hat die Supermarktkette Lindmayr?",
    "¿Cuántas viviendas destruyó el incendio de Valdemora?",
]

ASKED = [
    ("Wie viele Mitarbeiter wechseln zur Supermarktkette Lindmayr?", "800", "lindmayr.txt"),
    ("Wie viele Filialen betreibt die Bäckereikette Krume in Tirol?", "45", "krume.txt"),
    ("¿Cuántas personas siguen sin localizar tras el incendio de Valdemora?", "23", "valdemora.txt"),
    ("Quante persone dovevano partecipare all'esercitazione russa nell'Artico?", "2.200", "artico.txt"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_a_count_of_something_else_is_refused(home: Path, question: str) -> None:
    from byline.settings import Settings

    reply = answer(question, settings=Settings(home=home))
    assert reply.refused, reply.text


@pytest.mark.parametrize(("question", "fact", "source"), ASKED)
def test_a_count_of_the_noun_is_answered(home: Path, question: str, fact: str, source: str) -> None:
    assert_answered_from(home, question, fact, source)


@pytest.mark.fast
def test_the_noun_must_stand_beside_a_figure() -> None:
    """The staff's count is no count of branches; a share of adults answers how many adults."""
    question = "Wie viele Filialen hat die Supermarktkette Lindmayr?"
    staff = "Rund 800 Mitarbeiter wechseln zur Supermarktkette."
    branches = "Die Filialen der Supermarktkette bleiben offen."
    said = [(s, frozenset(analyze(s, "de"))) for s in (staff, branches)]
    assert noun_uncounted(question, said, "de", set())
    share = "Insgesamt rauchen 15,2 Prozent der Erwachsenen."
    adults = "Wie viele Erwachsene rauchen noch?"
    assert not noun_uncounted(adults, [(share, frozenset(analyze(share, "de")))], "de", set())


@pytest.mark.fast
@pytest.mark.parametrize(
    "question",
    [
        "O ile wzrośnie opłata za indywidualne tablice rejestracyjne?",  # by how much: no noun counted
        "Za kolik dní odehrál West Ham pět posledních utkání?",  # a time span, in Czech days
    ],
)
def test_no_counted_noun(question: str) -> None:
    assert counted_noun(question) is None
