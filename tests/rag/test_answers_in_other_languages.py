"""Offline answers to questions in other languages: what the question names must be in the passages.

Through ``compose`` with the unit-tier ``FakeEmbedder`` and the article's own
terms as the index's vocabulary (each weighing the same): a question is answered,
not refused, when the passages hold what it names in another grammatical form.
The articles are written for these tests; questions in unspaced scripts need the
real model's similarity and are asked in ``tests/test_languages.py``.
"""

from __future__ import annotations

import numpy as np
import pytest

from byline.sentences import sentence_spans
from byline.settings import Settings
from rag.extractive import compose
from rag.query import plan_query
from rag.retriever import Retrieval
from rag.types import Answer, Passage
from store.analysis import analyze
from tests.helpers import FakeEmbedder

pytestmark = pytest.mark.fast


class OneArticleIndex:
    """The keyword engine's role in ``compose``: the article's terms, each weighing the same."""

    def __init__(self, text: str, language: str) -> None:
        self.vocabulary = set(analyze(text, language))

    def idf(self, term: str) -> float:
        return 1.0

    def outlets(self) -> set[str]:
        return set()

    def __contains__(self, term: object) -> bool:
        return term in self.vocabulary

    def __len__(self) -> int:
        return 1  # passages: one article


def answer(question: str, text: str, language: str, others: tuple[str, ...] = ()) -> Answer:
    """``compose`` over ``text`` (retrieved first) and ``others``, articles in the same language."""
    fake = FakeEmbedder()
    passages, sentences = [], {}
    for i, body in enumerate((text, *others)):
        passage = Passage(f"d{i}:h:0", f"d{i}", body, f"a{i}.txt", "", 0, len(body), 0.5, language=language)
        spans = sentence_spans(body)
        vectors = fake.vectors([body[s:e] for s, e in spans])
        passages.append(passage)
        sentences[passage.chunk_id] = [(s, e, vectors[k]) for k, (s, e) in enumerate(spans)]
    found = Retrieval(plan_query(question), passages, np.asarray(fake.vectors([question])), sentences)
    keyword = OneArticleIndex(" ".join((text, *others)), language)
    return compose(question, found, keyword, Settings(home="/nonexistent"))  # type: ignore[arg-type]


CZECH = (
    "Sparta Praha porazila v neděli Slavii 3:1. Trenér Jan Novák po zápase řekl, "
    "že záložník Petr Malý stále není k dispozici kvůli zranění kolena. Klub hraje další zápas ve středu."
)
GERMAN = (
    "Die Titanwurz blüht im Botanischen Garten. Ihre Blüten können bis zu drei Meter hoch werden "
    "und riechen nach Aas. Der Garten öffnet dafür bis Mitternacht."
)
GERMAN_RISE = (
    "Der Hafen von Kiel meldet einen ruhigen Sommer. Die Liegegebühren für Jachten sind um das "
    "Doppelte gestiegen, sagt die Hafenmeisterin Anke Brandt. Viele Segler weichen nach Dänemark aus."
)
SPANISH = (
    "Un estudio de la Universidad de Granada analizó a 400 ciclistas. Los ciclistas de montaña "
    "duermen mejor que los corredores de maratón, según el estudio. Los autores piden más datos."
)


def test_a_czech_question_naming_the_club_in_another_case_is_answered() -> None:
    # "Sparty" (genitive) in the question, "Sparta" in the article: Czech declines names.
    result = answer("Který hráč Sparty stále není k dispozici?", CZECH, "cs")
    assert not result.refused, result.text
    assert "Petr Malý stále není k dispozici" in result.text


def test_a_german_question_whose_nouns_are_capitalised_is_answered_from_their_plural() -> None:
    # German capitalises every noun: "Blüte" is no name the passages must spell alike ("Blüten").
    result = answer("Wie hoch kann eine Blüte der Titanwurz werden?", GERMAN, "de")
    assert not result.refused, result.text
    assert "drei Meter hoch" in result.text


def test_a_spanish_question_opening_with_an_inverted_mark_is_not_refused_for_its_question_word() -> None:
    result = answer("¿Qué deportistas duermen mejor que los corredores de maratón?", SPANISH, "es")
    assert not result.refused, result.text
    assert "Los ciclistas de montaña duermen mejor" in result.text


def test_a_german_question_for_a_rise_is_answered_with_the_factor() -> None:
    # "Um wie viel … gestiegen?" asks for a change, not for money: the factor in words answers it.
    other = "Im Hafen von Flensburg kostet ein Liegeplatz für Jachten jetzt 40 Euro am Tag."
    result = answer("Um wie viel sind die Liegegebühren gestiegen?", GERMAN_RISE, "de", (other,))
    assert not result.refused, result.text
    assert "um das Doppelte gestiegen" in result.text
