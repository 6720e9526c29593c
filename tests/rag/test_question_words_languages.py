"""What a question asks for, in the words other languages ask it with, answered end to end.

"Wie teuer…?", "Quel montant…?", "¿Qué días…?", "Bei wie vielen…?", "Za jakou cenu…?" ask
for an amount, a date or a count as surely as "how much" and "when" do; before they were
read as asking for nothing in particular, and the answer quoted the sentence repeating the
question's names instead of the one holding the figure. Amounts written "6 millions de
dollars" or "65 milionů korun" and dates written "15 de mayo" are candidates of their kind.
Small articles written for these tests, indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.settings import Settings
from rag.kinds import Kind
from rag.mentions import mentions
from rag.question_kind import expected_kind
from rag.refusal import scattered
from rag.sentence_choice import reads_language
from tests.helpers import indexed_folder

ARTICLES = {
    "ballsaal.txt": (
        "Trump baut einen Ballsaal ans Weiße Haus\n"
        "Für den neuen Ballsaal wurde der Ostflügel des Weißen Hauses abgerissen. "
        "Trump nannte den neuen Ballsaal den schönsten seiner Art auf der ganzen Welt. "
        "Die Kosten für den Ballsaal werden auf rund 400 Millionen Dollar geschätzt. "
        "Bezahlt werden soll er laut Trump mit privaten Spenden."
    ),
    "wahlen.txt": (
        "Die Plattform Clipster will Wahlen schützen\n"
        "Die Videoplattform Clipster sieht sich dem Vorwurf ausgesetzt, Falschmeldungen zu verbreiten. "
        "Das Unternehmen erklärte am Montag, es habe seine Nutzer bei über 150 Wahlen auf der ganzen "
        "Welt vor Täuschung geschützt. "
        "Kritiker halten diese Angaben für übertrieben."
    ),
    "penalites.txt": (
        "La famille Martin condamnée pour fraude fiscale\n"
        "La famille Martin avait caché une partie de sa fortune dans un montage offshore. "
        "Le tribunal de Montréal a imposé 6 millions de dollars en pénalités à la famille Martin. "
        "Ses avocats ont annoncé qu'ils feraient appel."
    ),
    "fiestas.txt": (
        "Los vecinos de Carabanchel piden otras fiestas de San Isidro\n"
        "Las fiestas de San Isidro atraen cada año a miles de personas al barrio de Carabanchel. "
        "Este año la celebración ha tenido lugar desde el 2 hasta el 15 de mayo sin interrupción. "
        "Las asociaciones vecinales piden menos ruido por las noches."
    ),
    "vila.txt": (
        "Luxusní vila podnikatele je na prodej\n"
        "Podnikatel Karel Hrubý se rozhodl prodat svou vilu v Průhonicích. "
        "Za 65 milionů korun se nabízela k prodeji luxusní vila s bazénem a zahradou. "
        "Zájemci si ji mohou prohlédnout o víkendu."
    ),
}

ASKED = [
    # "Trumps" (genitive) names Trump, whom the article names.
    ("Wie teuer wird Trumps neuer Ballsaal voraussichtlich?", "400 Millionen Dollar", "ballsaal.txt"),
    ("Bei wie vielen Wahlen will Clipster seine Nutzer geschützt haben?", "150", "wahlen.txt"),
    ("Quel montant de pénalités a été imposé aux Martin ?", "6 millions de dollars", "penalites.txt"),
    ("¿Qué días duraron este año las fiestas de San Isidro?", "15 de mayo", "fiestas.txt"),
    ("Za jakou cenu byla nabízena vila podnikatele Hrubého?", "65 milionů korun", "vila.txt"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(("question", "figure", "source"), ASKED)
def test_the_asked_for_figure_opens_the_answer_with_its_citation(
    home: Path, question: str, figure: str, source: str
) -> None:
    from rag import answer

    reply = answer(question, settings=Settings(home=home))
    assert not reply.refused, reply.text
    assert figure in reply.short
    assert any(c.source == source and figure in c.text for c in reply.citations)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Wie teuer wird der Umbau?", Kind.MONEY),
        ("Mit wie vielen Stimmen wurde sie gewählt?", Kind.NUMBER),
        ("Welchen Anteil an der Bevölkerung haben die Drusen?", Kind.NUMBER),
        ("Woher kommt der Koch?", Kind.PLACE),
        ("An welcher Universität forscht sie?", Kind.ORG),
        ("Welcher Arbeitsrechtsexperte warnt vor einer Strafe?", Kind.PERSON),
        ("Quel jour la radio a-t-elle annoncé la fin de trois émissions ?", Kind.DATE),
        ("Quelle magistrate instruit l'affaire ?", Kind.PERSON),
        ("Dans quelle prison a-t-il été incarcéré ?", Kind.PLACE),
        ("¿Cuánto pesa la aplicación?", Kind.NUMBER),
        ("¿Qué gobernador desplegó a la Guardia Nacional?", Kind.PERSON),
        ("Qual clube conquistou a Copa Libertadores?", Kind.ORG),
        ("Ile osób liczyła delegacja?", Kind.NUMBER),
        ("Kiedy rozpoczął się atak?", Kind.DATE),
        # Names that look like question words stay names.
        ("What did Quanta Magazine report about the proof?", None),
    ],
)
def test_a_question_word_of_another_language_says_what_is_asked(question: str, kind: Kind | None) -> None:
    assert expected_kind(question) is kind


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "kind", "found"),
    [
        ("Le tribunal a imposé 6 millions de dollars en pénalités.", Kind.MONEY, "6 millions de dollars"),
        ("Costará 400 millones de dólares según el gobierno.", Kind.MONEY, "400 millones de dólares"),
        ("Za 65 milionů korun se nabízela luxusní vila.", Kind.MONEY, "65 milionů korun"),
        ("Para entrar, os donos dos cães pagam R$ 20 por dia.", Kind.MONEY, "R$ 20"),
        ("La fiesta ha tenido lugar hasta el 15 de mayo sin parar.", Kind.DATE, "15 de mayo"),
        ("Abdullah Ocalan desembarcó en Italia en noviembre de 1998.", Kind.DATE, "noviembre de 1998"),
    ],
)
def test_amounts_and_dates_as_other_languages_write_them(sentence: str, kind: Kind, found: str) -> None:
    assert found in [m.text for m in mentions(sentence, kind)]


@pytest.mark.fast
def test_an_article_holding_most_of_an_inflected_question_is_enough() -> None:
    # Outside English more of the question's words are forms whose stem is not the article's:
    # 0.56 of its weight in one article is enough there, not in English (measured on the dev halves).
    assert not scattered("Wie viele Jahre war Pam Bondi laut Trump Staatsanwältin?", 0.56, "de")
    assert scattered("How many years was Pam Bondi a prosecutor according to Trump?", 0.56, "en")
    assert scattered("Wie hoch ist der Mindestlohn für Köche?", 0.52, "de")


@pytest.mark.fast
def test_the_packaged_english_model_is_not_taken_to_read_other_languages() -> None:
    assert reads_language("en", "minilm") and reads_language("", "minilm")
    assert not reads_language("de", "minilm")
    assert reads_language("de", "e5-small")
