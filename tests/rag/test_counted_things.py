"""A question counting things, outside English, is answered by no share and no time span.

"Wie viele Kirchengemeinden gehören zur Landeskirche?" over an article that says "Vor drei Monaten
veröffentlichte die Landeskirche eine Studie" was answered "drei"; "Wie viele Stimmen erhielt…?"
by the "fünf" of "fünf Prozent der Stimmen"; "Combien de sirènes…?" by the "6" of "à 6 heures".
A count of things stands as a number of them. Small articles written for these tests, indexed
with the real model into real Chroma.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.mentions import counts, mentions
from rag.question_kind import counted_noun
from tests.helpers import ENGLISH_DISTRACTOR, index_records_as_archive

ARTICLES = [
    {
        "title": "Landeskirche reagiert auf Missbrauchsstudie",
        "source": "Kirchenblatt",
        "published_at": "2024-04-22",
        "body": "Vor drei Monaten veröffentlichte die evangelische Landeskirche eine Studie zu Missbrauch. "
        "Die Synode berät nun in München über Konsequenzen für die Gemeinden. "
        "Die Präsidentin der Synode fordert eine unabhängige Aufarbeitung.",
    },
    {
        "title": "Außenseiter will bei der Wahl antreten",
        "source": "Weltspiegel",
        "published_at": "2024-01-30",
        "body": "Der Oppositionspolitiker Boris Nadeschdin will bei der Präsidentschaftswahl antreten. "
        "Sollte Nadeschdin mehr als fünf Prozent der Stimmen bekommen, wäre es ein Achtungserfolg. "
        "Seine Anhänger stehen in vielen Städten Schlange, um für ihn zu unterschreiben.",
    },
    {
        "title": "Explosionen in Tianjin: Zahl der Todesopfer steigt",
        "source": "Nachrichtendienst",
        "published_at": "2015-08-30",
        "body": "Mehr als zwei Wochen nach den Explosionen im Hafen von Tianjin ist die Zahl der Todesopfer "
        "auf 158 gestiegen. Noch immer werden Feuerwehrleute vermisst. "
        "Die Behörden ermitteln gegen mehrere Manager des Lagerbetreibers.",
    },
    {
        "title": "Alerte aérienne dans une ville frontalière",
        "source": "Le Quotidien",
        "published_at": "2024-05-01",
        "body": "La ville a été touchée par plusieurs explosions, a indiqué le maire. "
        "Une alerte aérienne restait en vigueur à 6 heures du matin. "
        "Les habitants ont passé la nuit dans les abris du centre.",
    },
    ENGLISH_DISTRACTOR,
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("counted-things"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Wie viele Stimmen erhielt Nadeschdin bei der Präsidentschaftswahl?", "Stimmen"),
        ("Combien de sirènes d'alerte y a-t-il dans le département du Nord ?", "sirènes"),
        ("¿Cuántas viviendas destruyó el incendio?", "viviendas"),
        ("Ile osób liczyła delegacja Iranu?", "osób"),
        ("Hoeveel voorkeurstemmen haalde Verlinden?", "voorkeurstemmen"),
        ("Wie viele Stunden soll die Wochenarbeitszeit betragen?", None),  # a time span is asked
        ("Quantos anos tinha o piloto?", None),
        ("Wie viele der Verletzten lagen noch im Spital?", None),  # "der" is no noun
        ("How many votes did she get?", None),  # English keeps its own rule
    ],
)
def test_the_noun_a_question_counts(question: str, noun: str | None) -> None:
    assert counted_noun(question) == noun


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Sollte Nadeschdin mehr als fünf Prozent der Stimmen bekommen.", []),
        ("Vor drei Monaten wurde die Studie veröffentlicht.", []),
        ("Une alerte restait en vigueur à 6 heures du matin.", []),
        ("Fast 60 Prozent der Latinos sind mexikanischer Abstammung.", []),
        ("Mehr als zwei Wochen danach ist die Zahl der Todesopfer auf 158 gestiegen.", ["158"]),
        ("Von 153 Kids kamen nur 57.", ["153", "57"]),
    ],
)
def test_counts_leave_out_shares_and_time_spans(sentence: str, counted: list[str]) -> None:
    assert [m.text for m in counts(sentence)] == counted
    assert len(mentions(sentence, Kind.NUMBER)) >= len(counted)  # a number still answers other questions


def test_a_time_span_is_no_count_of_parishes(settings: Settings) -> None:
    reply = answer("Wie viele Kirchengemeinden gehören zur evangelischen Landeskirche?", settings=settings)
    assert reply.refused, reply.text


def test_a_share_of_the_votes_is_no_count_of_votes(settings: Settings) -> None:
    reply = answer("Wie viele Stimmen erhielt Nadeschdin bei der Präsidentschaftswahl?", settings=settings)
    assert reply.refused, reply.text


def test_a_clock_hour_is_no_count_of_sirens(settings: Settings) -> None:
    reply = answer("Combien de sirènes d'alerte y a-t-il dans la ville ?", settings=settings)
    assert reply.refused, reply.text


def test_the_count_is_chosen_over_the_time_span_beside_it(settings: Settings) -> None:
    """ "Mehr als zwei Wochen nach…" opened the answer; the number of dead is 158."""
    reply = answer("Wie viele Todesopfer gibt es nach den Explosionen in Tianjin?", settings=settings)
    assert not reply.refused, reply.text
    assert reply.short == "158"
    assert any("158" in c.text for c in reply.citations)


def test_a_year_written_with_two_digits_is_no_count() -> None:
    """ "che conosce Trump dal ’94": a year, not 94 of anything."""
    sentence = "L’imprenditore, che conosce Trump dal ’94, ha accolto 12 ospiti."
    assert [m.text for m in mentions(sentence, Kind.NUMBER)] == ["12"]
