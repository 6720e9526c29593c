"""A count spelled in Spanish or Portuguese answers "how many", before the noun it counts.

"¿Con cuánta ventaja…?" over "quedó a ocho puntos del descenso" was refused (Spanish number words
were no candidate answers), "Quantos gols…?" over "com sete gols" was answered by another
sentence's "18". A spelled count is now a candidate, read right before the noun the question
counts; words other languages use otherwise ("due process", Portuguese "dos") are none. Small
articles written for these tests, indexed with the real model into real Chroma.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.mentions import counts
from rag.question_kind import counted_noun
from tests.helpers import ENGLISH_DISTRACTOR, index_records_as_archive

ARTICLES = [
    {
        "title": "El Córdoba empata en casa y respira",
        "source": "Diario Deportivo",
        "published_at": "2024-03-10",
        "body": "El Córdoba Patrimonio empató a uno frente al Atlético Sanluqueño en el Arcángel. "
        "Tras el empate, el equipo quedó a ocho puntos de los puestos de descenso. "
        "El entrenador destacó el esfuerzo de sus jugadores en la segunda parte.",
    },
    {
        "title": "Gabriel Jesus volta à Seleção",
        "source": "Jornal do Esporte",
        "published_at": "2019-10-05",
        "body": "Gabriel Jesus foi convocado por Tite para os amistosos contra Senegal e Nigéria. "
        "O atacante tem 18 anos de carreira profissional somados entre clubes e base, disse o técnico. "
        "Em 2019, Gabriel Jesus marcou pela Seleção com sete gols, dois a mais do que Roberto Firmino.",
    },
    ENGLISH_DISTRACTOR,
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("spelled-counts"), ARTICLES)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("El equipo quedó a ocho puntos de los puestos de descenso.", ["ocho"]),
        ("Hay treinta y dos personas heridas.", ["treinta y dos"]),
        ("Marcou com sete gols, dois a mais do que Firmino.", ["sete"]),  # "dois a": no noun after
        ("Os donos dos cães chegam cedo ao parque.", []),  # "dos": of the
        ("Il a attendu huit mois avant de partir.", []),  # a time span
        ("el cinco por ciento de los votos", []),  # a share
        ("They seize power after due process.", []),  # English words
    ],
)
def test_spelled_counts(sentence: str, counted: list[str]) -> None:
    assert [m.text for m in counts(sentence)] == counted


def test_a_gap_is_measured_not_counted() -> None:
    assert counted_noun("¿Con cuánta ventaja sobre el descenso quedó el Córdoba?") is None
    assert counted_noun("Quantos gols Gabriel Jesus fez pela Seleção em 2019?") == "gols"


def test_a_spanish_count_spelled_ocho_is_answered(settings: Settings) -> None:
    question = "¿Con cuánta ventaja sobre el descenso quedó el Córdoba Patrimonio tras el empate?"
    reply = answer(question, settings=settings)
    assert not reply.refused, reply.text
    assert reply.short == "ocho"
    assert any("ocho puntos" in c.text for c in reply.citations)


def test_a_portuguese_count_of_the_asked_noun_wins_over_a_number_in_digits(settings: Settings) -> None:
    reply = answer("Quantos gols Gabriel Jesus fez pela Seleção em 2019?", settings=settings)
    assert not reply.refused, reply.text
    assert reply.short == "sete"
    assert any("sete gols" in c.text for c in reply.citations)
