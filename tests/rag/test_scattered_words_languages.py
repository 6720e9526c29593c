"""The scattered-words refusal reads a question in the question's own language.

Without its question word, "Onde Tite e os dirigentes do Palmeiras exibiram o troféu
original?" is mostly names, and the language detector no longer calls it Portuguese:
analysed as English, none of its stems matched the article's Portuguese stems, so the
article that answers it seemed to hold none of its words and the question was refused.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from tests.helpers import ENGLISH_DISTRACTOR, index_records_as_archive

ARTICLES = [
    {
        "title": "Palmeiras celebra o título com a torcida",
        "source": "Jornal do Esporte",
        "published_at": "2024-12-09",
        "body": "O técnico Tite visitou a sede do clube na segunda-feira. "
        "Tite e os dirigentes do Palmeiras exibiram o troféu original no Museu Verde, diante de centenas de "
        "torcedores. Uma réplica ficará exposta na loja oficial até o fim do ano.",
    },
    {
        "title": "Chuva forte alaga ruas do centro",
        "source": "Jornal da Cidade",
        "published_at": "2024-12-10",
        "body": "A chuva de terça-feira alagou dezenas de ruas do centro da cidade. "
        "A Defesa Civil registrou 80 milímetros em três horas. "
        "Os ônibus foram desviados para avenidas mais altas durante a noite.",
    },
    ENGLISH_DISTRACTOR,
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("scattered-pt"), ARTICLES)


def test_a_portuguese_question_mostly_of_names_is_answered(settings: Settings) -> None:
    reply = answer("Onde Tite e os dirigentes do Palmeiras exibiram o troféu original?", settings=settings)
    assert not reply.refused, reply.text
    assert "no Museu Verde" in reply.text
    assert any("Museu Verde" in c.text for c in reply.citations)


def test_a_portuguese_question_about_something_absent_is_still_refused(settings: Settings) -> None:
    reply = answer("Quantos torcedores foram vacinados contra a gripe no estádio?", settings=settings)
    assert reply.refused, reply.text
