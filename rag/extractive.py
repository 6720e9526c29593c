"""The offline answerer: the retrieved sentences that answer best, quoted verbatim.

Each candidate sentence is scored by how much of the question's weighted
vocabulary it holds (BM25's idf) and by its embedding similarity to the question.
The best few, from different places, are quoted as they stand, each followed by
the ``[n]`` of its passage, so every word of the answer comes from a cited passage.
When even the best sentence is weak evidence, the answer is a plain refusal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from byline.embedding import MiniLMEncoder
from byline.keyword import KeywordIndex, analyze
from byline.sentences import sentence_spans
from byline.settings import Settings
from rag.types import Answer, Citation, Passage

REFUSAL = "The indexed articles don't say. The closest passages are listed below."
MIN_WORDS = 4


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage and how well it answers."""

    passage: int
    start: int
    end: int
    terms: frozenset[str]
    lexical: float
    semantic: float

    @property
    def evidence(self) -> float:
        return 0.5 * self.lexical + 0.5 * max(self.semantic, 0.0)


def _candidates(
    question: str,
    passages: list[Passage],
    keyword: KeywordIndex,
    encoder: MiniLMEncoder,
    qvec: np.ndarray,
) -> list[Candidate]:
    wanted = set(analyze(question))
    weight = {t: keyword.idf(t) for t in wanted}
    total = sum(weight.values()) or 1.0
    spans: list[tuple[int, int, int, frozenset[str]]] = []
    for i, passage in enumerate(passages):
        for start, end in sentence_spans(passage.text):
            text = passage.text[start:end]
            if len(text.split()) >= MIN_WORDS:
                spans.append((i, start, end, frozenset(analyze(text))))
    if not spans:
        return []
    vectors = encoder.embed([passages[i].text[s:e] for i, s, e, _ in spans])
    semantic = vectors @ qvec
    return [
        Candidate(i, s, e, terms, sum(weight[t] for t in wanted & terms) / total, float(sim))
        for (i, s, e, terms), sim in zip(spans, semantic, strict=True)
    ]


def _overlaps(a: Candidate, chosen: list[Candidate]) -> bool:
    """Near-duplicate of a chosen sentence (the same fact in overlapping chunks)."""
    for c in chosen:
        union = a.terms | c.terms
        if union and len(a.terms & c.terms) / len(union) > 0.6:
            return True
    return False


def compose(
    question: str,
    passages: list[Passage],
    keyword: KeywordIndex,
    encoder: MiniLMEncoder,
    qvec: np.ndarray,
    settings: Settings,
) -> Answer:
    """Build the extractive answer (or refusal) from ranked passages."""
    passages = passages[: settings.answer_passages]
    candidates = _candidates(question, passages, keyword, encoder, qvec)
    rank_bonus = {i: 0.05 * (1 - i / max(len(passages), 1)) for i in range(len(passages))}
    ranked = sorted(candidates, key=lambda c: -(c.evidence + rank_bonus[c.passage]))
    if not ranked or ranked[0].evidence < settings.refusal_threshold:
        related = [Citation.of(n, p) for n, p in enumerate(passages[:3], start=1)]
        return Answer(text=REFUSAL, refused=True, related=related)
    best = ranked[0].evidence
    chosen: list[Candidate] = []
    for cand in ranked:
        if len(chosen) >= settings.max_answer_sentences:
            break
        if cand.evidence >= 0.8 * best and not _overlaps(cand, chosen):
            chosen.append(cand)
    return _render(chosen, passages)


def _render(chosen: list[Candidate], passages: list[Passage]) -> Answer:
    """Quote the chosen sentences in reading order, numbering passages as first cited."""
    chosen = sorted(chosen, key=lambda c: (c.passage, c.start))
    numbers: dict[int, int] = {}
    highlights: dict[int, list[tuple[int, int]]] = {}
    parts = []
    for cand in chosen:
        n = numbers.setdefault(cand.passage, len(numbers) + 1)
        highlights.setdefault(cand.passage, []).append((cand.start, cand.end))
        parts.append(f"{passages[cand.passage].text[cand.start : cand.end]} [{n}]")
    citations = [Citation.of(n, passages[i], tuple(highlights[i])) for i, n in numbers.items()]
    return Answer(text=" ".join(parts), refused=False, citations=citations)
