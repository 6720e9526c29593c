"""Questions asked in Polish, answered end to end over small Polish articles written for them.

Polish news writes "ok. 70 osób" (about 70 people), dates as "28 lutego" (the month in the
genitive), shares as "20 proc.", and declines its question words ("Jaką część…?"). Before,
"ok." ended the sentence and cut the figure from its subject, "28 lutego" was no date, "Kto…?"
asked for nothing in particular, and "jaką" weighed as a term of the question.
Indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.sentences import sentence_spans
from rag.kinds import Kind
from rag.mentions import mentions
from rag.question_kind import expected_kind
from store.analysis import question_terms
from tests.helpers import assert_short_answer_from, indexed_folder

ARTICLES = {
    "iran.txt": (
        "Pierwsza runda rozmów USA-Iran bez porozumienia\n"
        "W ubiegły weekend w stolicy Pakistanu odbyły się pierwsze rozmowy pokojowe. "
        "Media podawały, że łącznie delegacja Iranu liczyła ok. 70 osób, natomiast USA – ok. 300. "
        "USA i Izrael rozpoczęły atak na Iran 28 lutego. "
        "Teheran wprowadził blokadę cieśniny Ormuz, którą przed wojną transportowano "
        "ok. 20 proc. światowej ropy."
    ),
    "rzad.txt": (
        "Rząd przyjął projekt budżetu\n"
        "Rada Ministrów przyjęła we wtorek projekt ustawy budżetowej na przyszły rok. "
        "Rzecznikiem rządu jest Adam Szłapka, który przedstawił szczegóły na konferencji. "
        "Deficyt ma wynieść 289 mld zł."
    ),
}

ASKED = [
    ("Ile osób liczyła delegacja Iranu w pierwszej rundzie rozmów?", "70", "iran.txt"),
    ("Kiedy USA i Izrael zaatakowały Iran?", "28 lutego", "iran.txt"),
    ("Kto jest rzecznikiem rządu?", "Adam Szłapka", "rzad.txt"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(("question", "fact", "source"), ASKED)
def test_a_polish_question_gets_the_fact_first_with_its_citation(
    home: Path, question: str, fact: str, source: str
) -> None:
    assert_short_answer_from(home, question, fact, source)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Delegacja liczyła ok. 70 osób, natomiast USA – ok. 300. Rozmowy trwały.",
            ["Delegacja liczyła ok. 70 osób, natomiast USA – ok. 300.", "Rozmowy trwały."],
        ),
        (
            "Przyjechali m.in. Niemcy i Francuzi. Potem wyjechali.",
            ["Przyjechali m.in. Niemcy i Francuzi.", "Potem wyjechali."],
        ),
        # The dash after a quote brings its speaker: one sentence.
        (
            "„To nie było zbyt uprzejme, prawda?” – wskazał prezydent. Potem wyszedł.",
            ["„To nie było zbyt uprzejme, prawda?” – wskazał prezydent.", "Potem wyszedł."],
        ),
        # "OK." and a dash before a capital still end a sentence.
        ("It was OK. Then it rained.", ["It was OK.", "Then it rained."]),
        ("Koniec. – Nowy akapit.", ["Koniec.", "– Nowy akapit."]),
    ],
)
def test_polish_abbreviations_and_quoted_speakers_end_no_sentence(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Kto jest rzecznikiem rządu?", Kind.PERSON),
        ("Który polityk wygrał wybory?", Kind.PERSON),
        ("Ile kosztuje bilet?", Kind.MONEY),
        ("Jaką część ropy transportowano przez cieśninę?", Kind.NUMBER),
        ("Jak długo trwały rozmowy?", Kind.DURATION),
        ("W którym roku powstała partia?", Kind.DATE),
        ("Skąd pochodzi trener?", Kind.PLACE),
        # A Korean surname is no Polish "kim".
        ("How did Kim Jong Un react?", None),
    ],
)
def test_polish_question_words_say_what_is_asked(question: str, kind: Kind | None) -> None:
    assert expected_kind(question) is kind


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "kind", "found"),
    [
        ("USA i Izrael rozpoczęły atak na Iran 28 lutego.", Kind.DATE, "28 lutego"),
        ("Wybory odbędą się 23 lutego 2025 r.", Kind.DATE, "23 lutego 2025"),
        ("Transportowano ok. 20 proc. światowej ropy.", Kind.NUMBER, "20 proc"),
        ("Bezrobocie wynosi 5 procent.", Kind.NUMBER, "5 procent"),
    ],
)
def test_polish_dates_and_shares_are_candidates(sentence: str, kind: Kind, found: str) -> None:
    assert found in [m.text for m in mentions(sentence, kind)]


@pytest.mark.fast
def test_a_declined_question_word_is_no_term_of_the_question() -> None:
    terms = question_terms("Jaką część światowej ropy transportowano?", "pl")
    assert "jak" not in terms and "rop" in terms
