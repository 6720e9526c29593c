"""Answering with an LLM: stream its tokens, then check its citations.

Whatever goes wrong with the model — unreachable, too slow, an answer without
a valid citation — the user gets the extractive answer with a one-line notice,
never a traceback.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator

from byline.sentences import sentence_spans
from rag.chat_models import ChatModel
from rag.extractive import REFUSAL
from rag.followup import History
from rag.grounding import answer_messages, check_citations, condense_messages, named_answers, ungrounded_names
from rag.types import Answer, Citation, Passage
from store.analysis import analyze

log = logging.getLogger(__name__)

Fallback = Callable[[str], Answer]


def _highlights(passage: Passage, claims: list[str]) -> tuple[tuple[int, int], ...]:
    """The passage sentence that best matches each claim citing it (by shared terms)."""
    spans = sentence_spans(passage.text)
    marks = []
    for claim in claims:
        wanted = set(analyze(claim))
        if not wanted or not spans:
            continue
        best = max(spans, key=lambda s: len(wanted & set(analyze(passage.text[s[0] : s[1]]))))
        if wanted & set(analyze(passage.text[best[0] : best[1]])):
            marks.append(best)
    return tuple(sorted(set(marks)))


def condense(model: ChatModel, question: str, history: History) -> str | None:
    """The follow-up rewritten as a standalone question by the model, or None on failure."""
    try:
        rewritten = "".join(model.stream(condense_messages(question, history))).strip()
    except Exception as exc:  # any transport error: the caller uses the offline rewrite
        log.warning("could not condense the question with the LLM: %s", type(exc).__name__)
        return None
    rewritten = rewritten.splitlines()[0].strip() if rewritten else ""
    return rewritten if len(analyze(rewritten)) >= 2 else None


def stream_llm_answer(
    model: ChatModel, question: str, passages: list[Passage], fallback: Fallback
) -> Iterator[str | Answer]:
    """Tokens as the model writes them, then the checked :class:`Answer`."""
    raw = ""
    try:
        for piece in model.stream(answer_messages(question, passages)):
            raw += piece
            yield piece
    except Exception as exc:  # connection refused, timeout, server error: never a traceback
        log.warning("LLM answer failed: %s", type(exc).__name__)
        yield fallback(
            f"The language model did not answer ({type(exc).__name__}); showing the extractive answer."
        )
        return
    if re.search(r"don.t say", raw, re.IGNORECASE) and not re.search(r"\[\d+\]", raw):
        related = [Citation.of(n, p) for n, p in enumerate(passages[:3], start=1)]
        yield Answer(text=REFUSAL, refused=True, related=related)
        return
    checked = check_citations(raw, len(passages))
    if not checked.has_citations:
        yield fallback("The model's answer cited no passage; showing the extractive answer instead.")
        return
    citations = [
        Citation.of(n, passages[n - 1], _highlights(passages[n - 1], claims))
        for n, claims in sorted(checked.cited.items())
    ]
    cited_texts = [passages[n - 1].text for n in checked.cited]
    ungrounded = ungrounded_names(question, checked.text, cited_texts)
    named = [n for n in named_answers(question, checked.text) if n not in ungrounded]
    notes = []
    if ungrounded:
        notes.append(f"⚠ Named in the answer but in no cited passage: {', '.join(ungrounded)}.")
    if checked.unsupported:
        notes.append(f"{len(checked.unsupported)} sentence(s) without a citation are marked ⚠.")
    if checked.removed_markers:
        notes.append(f"{checked.removed_markers} citation(s) naming no passage were removed.")
    yield Answer(
        text=checked.text,
        refused=False,
        citations=citations,
        notice=" ".join(notes),
        unsupported=checked.unsupported + ungrounded,
        short=named[0] if named else "",
    )
