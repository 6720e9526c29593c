"""Amounts whose thousands are a word ("550 mil pesos", "550 mila euro") or whose currency is
"US-Dollar" are amounts.

"¿Cuánto dinero se invirtió en restaurar la escultura Amistad Internacional?" was refused over
the article saying "Se invirtieron 550 mil pesos para su restauración": only "mil" scales of
other languages were read, so no sentence held an amount, and a money question whose sentences
give none is refused (``rag.extractive``, ``unfigured``). Spanish, Portuguese and Italian write
thousands this way ("65 mil reais", "20 mila persone"); German papers write "150.000 US-Dollar".
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.mentions import mentions
from tests.helpers import assert_answered, index_records_as_archive

ARTICLES = [
    {
        "title": "Restauran la fuente del Jardín Juárez",
        "source": "Diario del Bajío",
        "published_at": "2024-03-12",
        "body": "Concluyó la restauración de la fuente del Jardín Juárez en Celaya. "
        "Se invirtieron 730 mil pesos para su restauración, informó el ayuntamiento. "
        "La fuente fue construida en 1952 por el escultor Ramón Téllez.",
    },
    {
        "title": "Abre el nuevo mercado de San Felipe",
        "source": "Diario del Bajío",
        "published_at": "2024-04-02",
        "body": "El mercado de San Felipe abrió sus puertas el martes con 80 locales. "
        "Los comerciantes esperan recibir a miles de visitantes cada fin de semana.",
    },
    {
        "title": "Ruderverein feiert Jubiläum",
        "source": "Seeblatt",
        "published_at": "2025-06-06",
        "body": "Der Ruderverein am Ammersee feierte am Samstag sein hundertjähriges Bestehen. "
        "Der Verein zählt heute 240 Mitglieder und drei Bootshäuser.",
    },
]


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        ("Se invirtieron 550 mil pesos para su restauración.", ["550 mil pesos"]),
        ("Costó 3 mil millones de dólares.", ["3 mil millones de dólares"]),
        ("A obra custou 65 mil reais.", ["65 mil reais"]),
        ("Sono stati spesi 550 mila euro.", ["550 mila euro"]),
        ("Das Netzwerk verdiente wöchentlich 150.000 US-Dollar.", ["150.000 US-Dollar"]),
    ],
)
def test_thousands_said_with_a_word_make_one_amount(sentence: str, amounts: list[str]) -> None:
    assert [m.text for m in mentions(sentence, Kind.MONEY)] == amounts


@pytest.mark.fast
def test_a_count_keeps_its_thousands() -> None:
    assert [m.text for m in mentions("Llegaron 20 mil personas al concierto.", Kind.NUMBER)] == ["20 mil"]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("thousands"), ARTICLES)


def test_a_spanish_money_question_is_answered_with_the_thousands(settings: Settings) -> None:
    reply = answer("¿Cuánto dinero se invirtió en restaurar la fuente del Jardín Juárez?", settings=settings)
    assert_answered(reply, "730 mil pesos")
    assert reply.short == "730 mil pesos"
