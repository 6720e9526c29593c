"""Off-topic questions outside English: a count beside another noun, or no date at all, is no answer.

"Wie viele Filialen hatte die Supermarktkette Zielpunkt?" over an article on Zielpunkt that
counts only its staff ("rund 800 Mitarbeiter") was answered "800"; "¿Cuántas viviendas destruyó el
incendio…?" over one counting the dead, "12". English refuses such answers (``uncounted``); other
languages now do too, in their own analysis, while a count of the noun written inside a compound
("45 Bäckereifilialen") or by another word for it ("2.200 individui" for "persone") still answers.
"Wann tritt Julia Klöckner zurück?" over quotes naming no date is refused as in English, in the
languages whose day and month words are read; "¿Cuánta ayuda…?", "Ile będzie kosztował…?" and
"Wie hoch ist das Jahresbudget…?" ask a noun's amount, a price and money.
Indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag import answer
from rag.kinds import Kind
from rag.question_kind import counted_noun, expected_kind
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
    "kloeckner.txt": (
        "Klöckner will Bundestagspräsidentin bleiben\n"
        "Julia Klöckner sagte, sie wolle Bundestagspräsidentin bleiben und ihr Amt weiter ausüben. "
        "Kritik aus der Opposition an ihrer Amtsführung wies sie zurück."
    ),
    "kenneth.txt": (
        "El ciclón Kenneth deja cinco muertos en Mozambique\n"
        "El ciclón Kenneth ha causado ya cinco muertos en Mozambique y ha dejado a más de 3.000 personas "
        "sin hogar. Las lluvias seguirán durante el fin de semana."
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
    "Wann tritt Julia Klöckner als Bundestagspräsidentin zurück?",
    "¿Cuánta ayuda internacional recibió Mozambique tras el ciclón Kenneth?",
]

ASKED = [
    ("Wie viele Mitarbeiter wechseln zur Supermarktkette Lindmayr?", "800", "lindmayr.txt"),
    ("Wie viele Filialen betreibt die Bäckereikette Krume in Tirol?", "45", "krume.txt"),
    ("¿Cuántas personas siguen sin localizar tras el incendio de Valdemora?", "23", "valdemora.txt"),
    ("An welchem Tag teilte die Bäckereikette Krume die Schließungen mit?", "Montag", "krume.txt"),
    ("Quante persone dovevano partecipare all'esercitazione russa nell'Artico?", "2.200", "artico.txt"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_an_unanswered_question_is_refused(home: Path, question: str) -> None:
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


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Ile będzie kosztował przejazd tunelem Rogfast?", Kind.MONEY),
        ("Wie hoch ist das Jahresbudget des ICMPD?", Kind.MONEY),
        ("Quanto è durato il volo di Giorgia Meloni da Ciampino a Palm Beach?", Kind.DURATION),
    ],
)
def test_what_is_asked(question: str, kind: Kind) -> None:
    assert expected_kind(question) is kind


@pytest.mark.fast
def test_a_feminine_singular_counts_its_noun() -> None:
    assert counted_noun("¿Cuánta ayuda internacional recibió Mozambique?") == "ayuda"
