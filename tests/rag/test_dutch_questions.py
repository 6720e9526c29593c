"""Questions in Dutch: "Wie…?" asks who (German "Wie…?" asks how), "Hoeveel…?", "Hoe heet…?".

Byline knew no Dutch question word, so a Dutch question asked for no kind and its answer
quoted sentences without naming what was asked. The Dutch words are read only in a question
detected as Dutch. Small articles written for this test, indexed with the real model into real
Chroma.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.question_kind import expected_kind
from tests.helpers import ENGLISH_DISTRACTOR, index_records_as_archive

ARTICLES = [
    {
        "title": "Marieke Janssens wordt minister van Onderwijs",
        "source": "Dagblad Noord",
        "published_at": "2025-02-03",
        "body": "Marieke Janssens (44) wordt de nieuwe minister van Onderwijs in de federale regering. "
        "De juriste werd in de politiek gehaald door toenmalig partijvoorzitter Pieter Claes. "
        "Ze was tussen 2004 en 2008 al ondervoorzitter van Jong CD&V. "
        "Op 9 juni 2024 haalde ze meer dan 41.000 voorkeurstemmen in Limburg. "
        "Vorig jaar verscheen haar boek Open gezegd over haar jaren in de politiek.",
    },
    {
        "title": "Nieuwe tramlijn in Gent",
        "source": "Stadskrant",
        "published_at": "2025-04-10",
        "body": "De gemeenteraad van Gent heeft dinsdag een nieuwe tramlijn goedgekeurd. "
        "De lijn moet in 2028 rijden en kost 120 miljoen euro.",
    },
    ENGLISH_DISTRACTOR,
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("dutch-questions"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Wie haalde Marieke Janssens in de politiek?", Kind.PERSON),
        ("Hoeveel voorkeurstemmen haalde Janssens?", Kind.NUMBER),
        ("Hoe heet het boek van Marieke Janssens?", Kind.NAME),
        ("Waar werd Marieke Janssens geboren?", Kind.PLACE),
        ("Wanneer rijdt de nieuwe tramlijn in Gent?", Kind.DATE),
        ("Hoe oud is Marieke Janssens?", Kind.AGE),
    ],
)
def test_dutch_question_words_ask_for_a_kind(question: str, kind: Kind) -> None:
    assert expected_kind(question) is kind


def test_german_wie_still_asks_how() -> None:
    # "Wie nannte…?" asks how someone was called: no person, as before.
    assert expected_kind("Wie nannte Ricarda Lang die Bundestagspräsidentin Julia Klöckner?") is None


def test_who_is_answered_by_the_person_not_a_party(settings: Settings) -> None:
    reply = answer("Wie haalde Marieke Janssens in de politiek?", settings=settings)
    assert not reply.refused, reply.text
    assert "Pieter Claes" in reply.short
    assert "CD&V" not in reply.short


def test_how_many_takes_the_count_not_the_day(settings: Settings) -> None:
    reply = answer("Hoeveel voorkeurstemmen haalde Marieke Janssens in juni 2024?", settings=settings)
    assert not reply.refused, reply.text
    assert reply.short == "41.000"


def test_a_title_is_the_name_after_its_noun(settings: Settings) -> None:
    reply = answer("Hoe heet het boek van Marieke Janssens?", settings=settings)
    assert not reply.refused, reply.text
    assert reply.short.startswith("Open")
    assert any("boek Open gezegd" in c.text for c in reply.citations)
