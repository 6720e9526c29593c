"""Outside English, a question's word said in the article by another word for the same act.

"Wo soll die Perle gezeigt werden?" over an article saying the pearl will be "ausgestellt",
"¿Desde cuándo está encarcelado Ocalan?" over "permanece en una cárcel": no stemmer joins the
two words, so the sentence that answers ranked below others holding the question's own words (or
no article held enough of the question at all). Word groups per language live in
``byline.lexicon.NOUN_SYNONYMS``. Indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.synonyms import group, held_by_synonym
from store.analysis import analyze
from tests.helpers import assert_answered_from, indexed_folder

ARTICLES = {
    "perle.txt": (
        "Seltene Perle aus Western Australia entdeckt\n"
        "Die rosa schimmernde Perle wurde bei Grabungen an der Küste von Western Australia gefunden. "
        "Forscher schätzen ihr Alter auf 2.000 Jahre. Die Perle soll ab Juni im Meereskundemuseum von "
        "Perth ausgestellt werden. Die Perle wurde den Forschern von einem Taucher gezeigt, der sie "
        "zuerst für einen Stein hielt."
    ),
    "ocalan.txt": (
        "El líder kurdo Ocalan cumple otro año en prisión\n"
        "Abdullah Ocalan, el líder independentista kurdo, fue capturado en Kenia en 1999. Desde febrero de "
        "1999 permanece en una cárcel de máxima seguridad en la isla de Imrali. Sus abogados piden su "
        "liberación desde hace años."
    ),
}

ASKED = [
    ("Wo soll die Perle aus Western Australia gezeigt werden?", "Meereskundemuseum von Perth", "perle.txt"),
    ("¿Desde cuándo está encarcelado Ocalan?", "Desde febrero de 1999", "ocalan.txt"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(("question", "fact", "source"), ASKED)
def test_the_sentence_saying_it_otherwise_answers(home: Path, question: str, fact: str, source: str) -> None:
    assert_answered_from(home, question, fact, source)


@pytest.mark.fast
def test_groups_are_per_language() -> None:
    """Spanish "muerte" holds "murieron"; the English groups stay English ("ceo" is no German word)."""
    (died,) = analyze("murieron", "es")
    assert held_by_synonym({died}, frozenset(analyze("la muerte de tres pasajeros", "es")), "es") == {died}
    (shown,) = analyze("gezeigt", "de")
    assert analyze("ausgestellt", "de")[0] in group(shown, "de")
    assert group("chief") == group("ceo")
    assert group("chief", "de") == {"chief"}
