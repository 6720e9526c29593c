"""The offline short answer through its public function ``compose``: quoted sentences, or a refusal.

Kept few and behavioural: the answerer's internals are being reworked. Vectors
come from the unit-tier ``FakeEmbedder``, idf is flat, so only what a reader
sees is asserted: the answering sentence quoted verbatim with its ``[n]``, and
a refusal when the passages do not hold the answer.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from byline.sentences import sentence_spans
from byline.settings import Settings
from rag.extractive import compose
from rag.query import plan_query
from rag.retriever import Retrieval
from rag.types import Passage
from tests.helpers import FakeEmbedder

pytestmark = pytest.mark.fast

TEXTS = [
    "The harbour board met on Monday.\nMayor Ilse Varga announced that the old pier will reopen in May. "
    "Tickets for the ferry will cost four euros.",
    "The council approved a budget of twelve million euros for new bicycle lanes along the river.",
]


class FlatIdf:
    """Every term weighs the same: the keyword engine's role in ``compose`` without an index."""

    def idf(self, term: str) -> float:
        return 1.0

    def outlets(self) -> set[str]:
        return set()

    def __contains__(self, term: object) -> bool:
        return True

    def __len__(self) -> int:
        return len(TEXTS)  # passages: an archive this small is not judged by its scattered words


def retrieval(question: str, texts: list[str] = TEXTS) -> Retrieval:
    fake = FakeEmbedder()
    passages, sentences = [], {}
    for i, text in enumerate(texts):
        cid = f"d{i}:h:0"
        passages.append(Passage(cid, f"d{i}", text, f"a{i}.txt", f"Title {i}", 0, len(text), 0.5))
        spans = sentence_spans(text)
        vectors = fake.vectors([text[s:e] for s, e in spans])
        sentences[cid] = [(s, e, vectors[k]) for k, (s, e) in enumerate(spans)]
    probes = fake.vectors([question])
    return Retrieval(plan_query(question), passages, np.asarray(probes), sentences)


def answer(question: str, **settings: object):
    found = retrieval(question)
    return compose(question, found, FlatIdf(), Settings(home="/nonexistent", **settings))  # type: ignore[arg-type]


def test_the_answer_quotes_the_sentence_that_answers_with_its_citation() -> None:
    result = answer("When will the old pier reopen, according to Mayor Ilse Varga?")
    assert not result.refused
    assert "Mayor Ilse Varga announced that the old pier will reopen in May. [1]" in result.text
    assert result.citations[0].doc_id == "d0"


def test_every_quoted_sentence_is_verbatim_from_the_cited_passage() -> None:
    result = answer("What budget did the council approve for bicycle lanes along the river?")
    assert not result.refused
    cited = {c.n: c for c in result.citations}
    for quote, n in ((q.strip(), int(n)) for q, n in _quotes(result.text)):
        assert quote in cited[n].text


def test_a_question_the_passages_do_not_answer_is_refused_with_related_passages() -> None:
    result = answer("Which striker scored twice in the cup final in Lisbon yesterday?")
    assert result.refused
    assert result.citations == [] and result.related, "a refusal still shows the closest passages"
    assert "[1]" not in result.text


def test_the_refusal_threshold_decides_between_answer_and_refusal() -> None:
    # A yes/no question: one asking for a thing ("Which ferry tickets…?") just above the threshold
    # also needs an answer that recurs (``unbacked``).
    question = "Do ferry tickets cost money?"
    weak = answer(question)
    assert weak.confidence > 0
    assert answer(question, refusal_threshold=weak.confidence + 0.01).refused
    assert not answer(question, refusal_threshold=weak.confidence - 0.01).refused


def _quotes(text: str) -> list[tuple[str, str]]:
    return re.findall(r"(.+?) \[(\d+)\]", text)


def test_weak_evidence_without_the_asked_for_kind_of_answer_is_refused() -> None:
    question = "How much money will the old pier cost to reopen?"  # no amount of money in any passage
    weak = answer(question)
    assert not weak.refused and weak.short == ""
    assert answer(question, refusal_threshold=weak.confidence - 0.01).refused
    assert not answer(question, refusal_threshold=weak.confidence - 0.07).refused


def test_weak_evidence_is_answered_when_the_question_asks_for_no_name_or_figure() -> None:
    question = "Will the old pier cost money to reopen?"
    weak = answer(question)
    assert not answer(question, refusal_threshold=weak.confidence - 0.01).refused
