"""Polish "który <noun>" questions ask for the kind their noun names; Polish counts in words count.

"Który resort poinformował o końcu awizo…?", "Który instytut podaje…?" and "Który wiceminister
cyfryzacji zapowiada…?" read as no kind at all, so the lead repeating the question's words was quoted
instead of the sentence naming the ministry, the institute or the deputy minister (fresh14). The nouns
are now in ``byline.lexicon`` (``POLISH_ORG_NOUNS``, ``POLISH_PERSON_NOUNS``; "wice" before a role).

"Ile gwiazdek przyznano…?" was refused: "przyznano im cztery gwiazdki" gave no figure, as Polish number
words were none (``lexicon.SPELLED_NUMBERS['pl']``).
Indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.kinds import Kind
from rag.question_kind import expected_kind
from tests.helpers import assert_answered_from, indexed_folder

ARTICLES = {
    "awizo.txt": (
        "Koniec z papierowym awizo\n"
        "Ministerstwo Finansów zapowiada koniec z papierowym awizo dla listów z urzędów. "
        "Koniec papierowego awizo dotyczy wszystkich listów z urzędów. "
        "Wiceminister finansów Tomasz Wieczorek zwraca uwagę, że pisma będą doręczane elektronicznie. "
        "Listy z urzędów trafią na skrzynkę elektroniczną obywatela."
    ),
    "auta.txt": (
        "Chińskie auta w Polsce\n"
        "Rejestracje chińskich aut w Polsce rosną z roku na rok. "
        "Jak podaje instytut KORMAR, w tym roku zarejestrowano już 16 tys. chińskich aut. "
        "Wyniki testów bezpieczeństwa dla chińskich aut bywają różne. "
        "Model Dragon 5 w testach bezpieczeństwa uzyskał zamiast pięciu gwiazdek tylko trzy gwiazdki."
    ),
}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "fact", "source"),
    [
        (
            "Który resort zapowiada koniec papierowego awizo dla listów z urzędów?",
            "Ministerstwo Finansów",
            "awizo.txt",
        ),
        ("Który wiceminister finansów zapowiada koniec papierowego awizo?", "Tomasz Wieczorek", "awizo.txt"),
        ("Który instytut podaje liczbę rejestracji chińskich aut w Polsce?", "KORMAR", "auta.txt"),
        ("Ile gwiazdek uzyskał Dragon 5 w testach bezpieczeństwa?", "trzy gwiazdki", "auta.txt"),
    ],
)
def test_a_polish_which_noun_question_is_answered_by_the_sentence_naming_it(
    home: Path, question: str, fact: str, source: str
) -> None:
    assert_answered_from(home, question, fact, source)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Który resort poinformował o zmianach?", Kind.ORG),
        ("Które ministerstwo przygotowało projekt?", Kind.ORG),
        ("Który instytut podaje te dane?", Kind.ORG),
        ("Który wiceminister zapowiada zmiany?", Kind.PERSON),
        ("Który reżyser nakręcił film?", Kind.PERSON),
    ],
)
def test_the_noun_after_the_question_word_says_the_kind(question: str, kind: Kind | None) -> None:
    assert expected_kind(question) is kind
