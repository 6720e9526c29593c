"""Refusals that transfer between archives: weak evidence, or a question about something absent.

Two signals, neither tied to one benchmark's wording:

- the best sentence is weak evidence (its word and meaning fit is below
  ``refusal_threshold``), as before;
- the question names things (capitalised spans, other than the outlets it names)
  and most of them occur in none of the retrieved passages: "Who won the 2022
  FIFA World Cup final?" over an archive without football finds passages about
  *a* final, but none says "FIFA" or "World Cup".

A refused answer still lists the closest passages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rag.sentence_choice import Candidate
from rag.short_answer import names_in_question
from rag.types import Answer, Citation, Passage

PRESENT_SHARE = 0.5  # at least this share of the question's names must be in the passages
_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def missing_names(question: str, passages: Sequence[Passage], outlets: Iterable[str]) -> tuple[int, int]:
    """(names of the question found in no passage, names of the question).

    Names that are (part of) an outlet's name are left out: "The Sydney Morning Herald"
    is who reported, not what the question is about.
    """
    names = [n for n in names_in_question(question) if not any(n in o for o in outlets)]
    vocab = [_words(p.text + " " + p.title) for p in passages]
    missing = sum(1 for n in names if not any(_words(n) <= v for v in vocab))
    return missing, len(names)


def unsupported(
    question: str, ranked: list[Candidate], passages: Sequence[Passage], outlets: Iterable[str]
) -> bool:
    """Whether the question is about something the retrieved passages do not mention."""
    if not ranked:
        return True
    missing, total = missing_names(question, passages, outlets)
    return total > 0 and (total - missing) / total < PRESENT_SHARE


def refusal(text: str, passages: Sequence[Passage], confidence: float) -> Answer:
    """The refusal, listing the closest passages."""
    related = [Citation.of(n, p) for n, p in enumerate(passages[:3], start=1)]
    return Answer(text=text, refused=True, related=related, confidence=confidence)
