"""Amounts asked for by their noun, figures the sentences never give, decades as dates, outside English.

"Quel est le salaire d'un infirmier débutant ?", "Qual é o salário mensal do técnico?" and
"Wie hoch ist der Mindestlohn…?" ask for an amount of money by its noun; they asked for no
kind at all, so sentences about nurses or the coach that name no pay were quoted as their
answer. Outside English a question asking for a figure whose sentences give none is refused.
"Aus welcher Zeit stammt…?" asks for a date, and "aus den 90er-Jahren" is one. Small articles
written for these tests, indexed with the real model into real Chroma.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.mentions import mentions
from rag.question_kind import expected_kind
from tests.helpers import ENGLISH_DISTRACTOR, index_records_as_archive

ARTICLES = [
    {
        "title": "Les hôpitaux manquent d'infirmiers",
        "source": "Le Quotidien",
        "published_at": "2024-03-12",
        "body": "Les hôpitaux de la région manquent de plus en plus d'infirmiers. "
        "Un infirmier débutant travaille souvent de nuit et le week-end. "
        "La direction veut ouvrir une nouvelle école d'infirmiers à Lille.",
    },
    {
        "title": "O técnico da seleção convoca novos jogadores",
        "source": "Jornal do Esporte",
        "published_at": "2024-05-02",
        "body": "O técnico da seleção brasileira anunciou a lista de convocados nesta segunda-feira. "
        "O treinador chamou três jogadores que nunca tinham vestido a camisa da seleção. "
        "A equipe enfrenta o Uruguai em Montevidéu na próxima semana.",
    },
    {
        "title": "Mindestlohn in der Gastronomie steigt",
        "source": "Wirtschaftsblatt",
        "published_at": "2024-01-04",
        "body": "Der Mindestlohn für Köche und Servicekräfte steigt im Januar auf 13,50 Euro pro Stunde. "
        "Die Gewerkschaft hatte mehr gefordert. "
        "Viele Wirte klagen über fehlendes Personal.",
    },
    {
        "title": "Alte Straßenbahnen fallen bei Hitze aus",
        "source": "Stadtanzeiger",
        "published_at": "2023-07-20",
        "body": "Die älteren Straßenbahnen der Verkehrsbetriebe fallen bei großer Hitze oft aus. "
        "Ihre Technik stamme aus den 90er-Jahren, sagte ein Sprecher der Verkehrsbetriebe. "
        "Neue Bahnen sollen ab 2026 fahren.",
    },
    ENGLISH_DISTRACTOR,
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("amounts-decades"), ARTICLES)


def test_a_salary_no_article_gives_is_refused_in_french(settings: Settings) -> None:
    """The article on nurses says "infirmier débutant" but names no pay: quoting it is no answer."""
    reply = answer("Quel est le salaire d'un infirmier débutant ?", settings=settings)
    assert reply.refused, reply.text


def test_a_salary_no_article_gives_is_refused_in_portuguese(settings: Settings) -> None:
    reply = answer("Qual é o salário mensal do técnico da seleção?", settings=settings)
    assert reply.refused, reply.text


def test_an_amount_the_article_gives_opens_the_answer(settings: Settings) -> None:
    """ "Wie hoch ist der Mindestlohn…?" asks for money: the amount with its currency, not a bare number."""
    reply = answer("Wie hoch ist der Mindestlohn für Köche?", settings=settings)
    assert not reply.refused, reply.text
    assert reply.short == "13,50 Euro"
    assert any(
        "13,50 Euro" in c.text and c.title == "Mindestlohn in der Gastronomie steigt" for c in reply.citations
    )


def test_a_decade_answers_a_question_about_a_time(settings: Settings) -> None:
    reply = answer("Aus welcher Zeit stammt die Technik der älteren Straßenbahnen?", settings=settings)
    assert not reply.refused, reply.text
    assert reply.short == "90er-Jahren"
    assert any("aus den 90er-Jahren" in c.text for c in reply.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le salaire d'un infirmier débutant ?",
        "¿Cuál es el precio máximo por metro cuadrado de la vivienda?",
        "Qual foi a multa aplicada ao clube?",
        "Qual è il prezzo del biglietto?",
        "Wie hoch war die Vertragsstrafe, die der Händler zahlen musste?",
        "Wie hoch ist der gesetzliche Mindestlohn?",
    ],
)
def test_an_amount_asked_for_by_its_noun_asks_for_money(question: str) -> None:
    assert expected_kind(question) is Kind.MONEY


@pytest.mark.parametrize(
    "question",
    ["Wie hoch ist die Haftstrafe?", "Wie hoch ist der Berg?", "Quel est le taux de chômage ?"],
)
def test_a_prison_term_or_a_measure_is_no_amount_of_money(question: str) -> None:
    assert expected_kind(question) is Kind.NUMBER


def test_a_time_asked_for_by_its_noun_asks_for_a_date() -> None:
    assert expected_kind("Aus welcher Zeit stammt die Technik?") is Kind.DATE
    assert expected_kind("¿De qué época es el edificio?") is Kind.DATE


@pytest.mark.parametrize(
    ("sentence", "decade"),
    [
        ("Die Technik stamme aus den 90er-Jahren, sagte er.", "90er-Jahren"),
        ("In den 1980er Jahren wuchs die Stadt.", "1980er Jahren"),
        ("C'était dans les années 90.", "années 90"),
        ("Los años 80 fueron duros.", "años 80"),
        ("Nos anos 70 a cidade cresceu.", "anos 70"),
    ],
)
def test_a_decade_is_a_date(sentence: str, decade: str) -> None:
    assert decade in [m.text for m in mentions(sentence, Kind.DATE)]


def test_a_duration_before_a_count_is_no_decade() -> None:
    """ "hace 30 años 20 personas": "años 20" is no decade, and 20 still counts."""
    sentence = "Hace 30 años 20 personas murieron en el incendio."
    assert mentions(sentence, Kind.DATE) == ()
    assert "20" in [m.text for m in mentions(sentence, Kind.NUMBER)]
    assert mentions("Er kaufte zwei 10er-Karten.", Kind.DATE) == ()
