"""A question asking for a penalty or a score by its noun, and whether the quotes give one.

"Welche Strafe droht den Schatzsuchern aus Walbrzych?", "Quelle peine a été prononcée contre le
forcené d'Angers ?", "Qual foi o placar do jogo de volta entre Grêmio e Cuiabá?": asked outside
English, such questions read no kind of answer (``Kind``), so no check asked the quotes for one, and
an article on the case or the club that names no penalty or score answered them. On the languages
bench's studied halves every off-topic penalty question (11) was answered that way, while the
answerable ones (4) quote their term: "cinq ans de prison", "25 ans de réclusion criminelle", "5 a 10
años de prisión"; the score questions likewise ("mit 2:1 (1:0)", "marcador global de 3-0", "108:74").
A penalty is said with a figure (a term of time or an amount of money, in digits or words) or as one
for life ("lebenslange Haft", "la perpétuité"); a score with two numbers ("2:1", "3-0", "3 a 1").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from byline import lexicon
from byline.lexicon import alternatives
from rag.kinds import Kind
from rag.mentions import mentions

_PENALTY_ASKED = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.PENALTY_ASKED)})", re.IGNORECASE)
_SCORE_ASKED = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.SCORE_ASKED)})", re.IGNORECASE)
_SPELLED = "|".join(sorted(lexicon.SPELLED_NUMBER_WORDS))
_NUMBER = rf"(?:\d[\d.,]*|{_SPELLED}|{'|'.join(lexicon.ONE_BEFORE_UNIT)})"
_NUMBER_WORDS = alternatives(lexicon.NUMBER_WORDS)
# A term in words: "un an de prison" (French "an", a unit nowhere else), "cinco años", "dwa lata".
_TERM = re.compile(
    rf"(?<!\w)(?:{_NUMBER}|{_NUMBER_WORDS})\s+(?:{alternatives(lexicon.TIME_UNITS)}|an)(?!\w)", re.IGNORECASE
)
_LIFE = re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.LIFE_SENTENCE)})", re.IGNORECASE)
# A score: "2:1", "3-0", "108:74", "10–9", "3 a 1", "2 à 0".
_SCORE = re.compile(r"(?<![\d.,])\d{1,3}\s?(?:[:–-]|\ba\b|\bà\b)\s?\d{1,3}(?![\d.,]\d)")


def asks_penalty(question: str) -> bool:
    """Whether the question asks what penalty someone got, faces or was asked for (not in English)."""
    return _PENALTY_ASKED.search(question) is not None


def gives_penalty(sentences: Iterable[str]) -> bool:
    """Whether any sentence says a penalty: a term, an amount of money, or one for life."""
    return any(
        _TERM.search(s) or _LIFE.search(s) or mentions(s, Kind.DURATION) or mentions(s, Kind.MONEY)
        for s in sentences
    )


def asks_score(question: str) -> bool:
    """Whether the question asks how a match ended, by its score (not in English)."""
    return _SCORE_ASKED.search(question) is not None


def gives_score(sentences: Iterable[str]) -> bool:
    """Whether any sentence gives a score."""
    return any(_SCORE.search(s) for s in sentences)


def figure_unsaid(question: str, sentences: Iterable[str]) -> bool:
    """Whether the question asks for a penalty or a score and none of ``sentences`` gives one."""
    if asks_penalty(question):
        return not gives_penalty(sentences)
    if asks_score(question):
        return not gives_score(sentences)
    return False
