"""Outside English the sentence giving the answer may leave the question's words to the lead.

"¿Qué edad tenía la migrante cubana asesinada en Tapachula?" was refused over the article whose
lead says a Cuban migrant was killed in Tapachula and whose next sentence gives "de 18 años"
without repeating any of it: that sentence fitted the question too little to vote for the short
answer, and no voter held an age. A sentence of the best sentence's article holding the asked-for
kind now votes too — but not for a count: an article counts many things. The second test is a
guard (it passes without the change too): a count the article never gives stays refused.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from tests.helpers import assert_answered, index_records_as_archive

ARTICLES = [
    {
        "title": "Asesinan a migrante hondureña en Huixtla",
        "source": "Diario del Sur",
        "published_at": "2024-05-10",
        "body": "Una migrante hondureña fue asesinada a golpes en un cuarto de vecindad que habitaba "
        "en Huixtla, informaron fuentes de seguridad. "
        'La víctima fue identificada como Marisol "N", de 23 años, oriunda de Choluteca. '
        "Una llamada al 911 alertó a la policía sobre el hallazgo del cuerpo. "
        "La vecindad cuenta con 14 cuartos y dos patios.",
    },
    {
        "title": "Abre el nuevo mercado de Tapachula",
        "source": "Diario del Sur",
        "published_at": "2024-04-02",
        "body": "El mercado de Tapachula abrió sus puertas el martes con 80 locales. "
        "Los comerciantes esperan recibir a miles de visitantes cada fin de semana.",
    },
    {
        "title": "Lluvias en la costa de Chiapas",
        "source": "Diario del Sur",
        "published_at": "2024-06-20",
        "body": "Las lluvias de la semana inundaron varias colonias de la costa de Chiapas. "
        "Protección Civil abrió tres albergues para las familias afectadas.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("beside_lead"), ARTICLES)


def test_the_age_in_the_sentence_after_the_lead_answers(settings: Settings) -> None:
    reply = answer("¿Qué edad tenía la migrante hondureña asesinada en Huixtla?", settings=settings)
    assert_answered(reply, "de 23 años")


def test_a_count_the_article_never_gives_stays_refused(settings: Settings) -> None:
    reply = answer(
        "¿Cuántos detenidos hubo por el asesinato de la migrante hondureña en Huixtla?", settings=settings
    )
    assert reply.refused
