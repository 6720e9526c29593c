"""German questions for a person named by a role written as a compound, answered end to end.

German writes a role as a compound's head ("Landesbischof", "Leseforscher") and asks for the
person with "Wie heißt der …bischof?" as well as "Welcher Forscher…?". Before, "Wie heißt"
asked for any name (the answer was "Deutschland"), "Landesbischof Christian Kopp" was one
three-word name, and a question worded like the article's headline ("Forscher warnt:
Studierende verlernen das Lesen") but not like its sentences was refused as scattered words.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.mentions import name_spans
from rag.question_kind import expected_kind
from tests.helpers import index_records_as_archive

ARTICLES = [
    {
        "title": "Missbrauch in der Kirche: Betroffene fordern mehr Gehör",
        "source": "Bayern Radio",
        "published_at": "2024-04-22",
        "body": "Zu Beginn der Landessynode in Coburg sprachen Betroffene über ihre Erfahrungen. "
        "Die Evangelische Kirche in Deutschland hat eine Studie zu Missbrauch vorgelegt. "
        "Landesbischof Christian Kopp versprach, die Kirche in Bayern werde die Betroffenen hören.",
    },
    {
        "title": "Forscher warnt: Studierende verlernen das Lesen",
        "source": "Nord Radio",
        "published_at": "2025-06-18",
        "body": "Der Osnabrücker Leseforscher Christian Dawidowski sagt, dass bei Studierenden die "
        "Kompetenz des Lesens in den vergangenen Jahren zurückgegangen sei. "
        "Ein Grund dafür sei das digitale Arbeiten an Bildschirmen.",
    },
    {
        "title": "Straßenbahnen fallen bei Hitze aus",
        "source": "Mitte Radio",
        "published_at": "2026-07-08",
        "body": "Die älteren Straßenbahnen in Magdeburg sind nicht auf Hitze ausgelegt. "
        "Die Verkehrsbetriebe wollen bis 2030 neue Fahrzeuge kaufen.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("roles"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Wie heißt der Landesbischof der evangelischen Kirche in Bayern?", "Christian Kopp"),
        ("Welcher Forscher warnt, dass Studierende das Lesen verlernen?", "Christian Dawidowski"),
    ],
)
def test_the_person_in_the_role_is_the_answer(settings: Settings, question: str, person: str) -> None:
    reply = answer(question, settings=settings)
    assert not reply.refused, reply.text
    assert person in reply.short
    assert any(person in c.text for c in reply.citations)


@pytest.mark.fast
def test_a_role_asked_with_heisst_asks_for_a_person() -> None:
    assert expected_kind("Wie heißt der Landesbischof der evangelischen Kirche in Bayern?") is Kind.PERSON
    assert expected_kind("Welche Bundestagsabgeordnete hat den Antrag gestellt?") is Kind.PERSON
    assert expected_kind("Wie heißt der Film?") is Kind.NAME


@pytest.mark.fast
def test_a_compound_role_before_a_name_is_a_title() -> None:
    assert name_spans("Landesbischof Christian Kopp sprach.") == ("Christian Kopp",)
    assert "Hans Richter" in name_spans("Gestern sprach Hans Richter.")  # a surname, no title
