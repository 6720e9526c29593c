"""The offline answerer: the retrieved sentences that answer best, quoted verbatim.

Each candidate sentence is scored by how much of the question's weighted
vocabulary it holds (BM25's idf) and by its embedding similarity to the question.
The best few, from different places, are quoted as they stand, each followed by
the ``[n]`` of its passage, so every word of the answer comes from a cited passage.
When even the best sentence is weak evidence, the answer is a plain refusal.
"""

from __future__ import annotations

from dataclasses import dataclass

from byline.language import detect_query_language
from byline.sentences import word_count
from byline.settings import Settings
from rag.retriever import Retrieval
from rag.types import Answer, Citation, Passage
from store.analysis import analyze, question_terms
from store.local_index import LocalIndex

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
    question: str, found: Retrieval, keyword: LocalIndex, passages: list[Passage]
) -> list[Candidate]:
    """Every sentence of the passages, with its lexical and semantic fit.

    Sentence vectors come from the index (via the retrieval), so answering embeds nothing.
    """
    wanted = set(question_terms(question, detect_query_language(question), keyword))
    weight = {t: keyword.idf(t) for t in wanted}
    total = sum(weight.values()) or 1.0
    out = []
    for i, passage in enumerate(passages):
        for start, end, vector in found.sentences.get(passage.chunk_id, []):
            s, e = start - passage.start, end - passage.start
            text = passage.text[s:e]
            if s < 0 or e > len(passage.text) or word_count(text) < MIN_WORDS:
                continue
            terms = frozenset(analyze(text, passage.language))
            lexical = sum(weight[t] for t in wanted & terms) / total
            semantic = float((found.probes @ vector).max())
            out.append(Candidate(i, s, e, terms, lexical, semantic))
    return out


def _overlaps(a: Candidate, chosen: list[Candidate]) -> bool:
    """Near-duplicate of a chosen sentence (the same fact in overlapping chunks)."""
    for c in chosen:
        union = a.terms | c.terms
        if union and len(a.terms & c.terms) / len(union) > 0.6:
            return True
    return False


def _from_each_outlet(
    ranked: list[Candidate], passages: list[Passage], outlets: frozenset[str], best: float, limit: int
) -> list[Candidate]:
    """For a question naming several outlets ("Did both Fortune and TechCrunch…"), the best
    sentence from each named outlet's passages, so the answer shows what each reported.

    A sentence must still be reasonable evidence (half the best), or the outlet is left out.
    """
    if len(outlets) < 2:
        return []
    chosen: list[Candidate] = []
    for outlet in sorted(outlets):
        for cand in ranked:
            if passages[cand.passage].publisher != outlet or cand.evidence < 0.5 * best:
                continue
            if not _overlaps(cand, chosen):
                chosen.append(cand)
            break
    chosen.sort(key=lambda c: -c.evidence)
    return chosen[:limit]


def compose(question: str, found: Retrieval, keyword: LocalIndex, settings: Settings) -> Answer:
    """Build the extractive answer (or refusal) from ranked passages."""
    passages = found.passages[: settings.answer_passages]
    candidates = _candidates(question, found, keyword, passages)
    rank_bonus = {i: 0.05 * (1 - i / max(len(passages), 1)) for i in range(len(passages))}
    ranked = sorted(candidates, key=lambda c: -(c.evidence + rank_bonus[c.passage]))
    confidence = ranked[0].evidence if ranked else 0.0
    if confidence < settings.refusal_threshold:
        related = [Citation.of(n, p) for n, p in enumerate(passages[:3], start=1)]
        return Answer(text=REFUSAL, refused=True, related=related, confidence=confidence)
    best = ranked[0].evidence
    chosen = _from_each_outlet(ranked, passages, found.plan.outlets, best, settings.max_answer_sentences)
    for cand in ranked:
        if len(chosen) >= settings.max_answer_sentences:
            break
        if cand.evidence >= 0.8 * best and cand not in chosen and not _overlaps(cand, chosen):
            chosen.append(cand)
    answer = _render(chosen, passages)
    answer.confidence = confidence
    return answer


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
