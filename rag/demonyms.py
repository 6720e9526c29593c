"""A country's name and its people's adjective as one name: "Argentina" and "Argentine".

A question may name the country ("…banned from performing in Argentina?") where the article
says the adjective ("…his first controversy with the Argentine flag"), or the other way round
("Which Argentine company…?" over "…and Tambero.com in Argentina"). English names are compared
as exact words (``rag.refusal``), so the article seemed not to name what the question is about.

Two words are kin when they share a stem of at least ``MIN_STEM`` letters, one ends in a
country's ending and the other in an adjective's (``lexicon.COUNTRY_ENDINGS``, ``DEMONYM_ENDINGS``),
and the adjective is written as one somewhere — capitalised right before a lower-case word ("the
Argentine flag", "Which Argentine company"): "Julian" is not "Julia"'s adjective.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from byline.lexicon import COUNTRY_ENDINGS, DEMONYM_ENDINGS

MIN_STEM = 4
_COUNTRY = frozenset(COUNTRY_ENDINGS["en"])
_DEMONYM = frozenset(DEMONYM_ENDINGS["en"])


def _adjective_ending(country: str, demonym: str) -> bool:
    """Whether the endings make a country and its adjective ("e" only beside "a": "Argentina"/"Argentine")."""
    return country in _COUNTRY and demonym in _DEMONYM and (demonym != "e" or country == "a")


def _kin_form(word: str, other: str) -> str | None:
    """Which of two lower-case words is the adjective, when they are a country and its adjective."""
    stem = 0
    for a, b in zip(word, other, strict=False):
        if a != b:
            break
        stem += 1
    if stem < MIN_STEM or word == other:
        return None
    if _adjective_ending(word[stem:], other[stem:]):
        return other
    if _adjective_ending(other[stem:], word[stem:]):
        return word
    return None


def _used_as_adjective(word: str, texts: Iterable[str]) -> bool:
    """Whether ``word`` stands capitalised right before a lower-case word in one of ``texts``."""
    pattern = re.compile(rf"(?<!\w){re.escape(word.capitalize())} [a-z]")
    return any(pattern.search(t) for t in texts)


def place_kin(term: str, known: Iterable[str], texts: Iterable[str]) -> frozenset[str]:
    """The words of ``known`` that name the same country as ``term`` (as country or adjective).

    ``texts`` (the question and the retrieved passages) show whether the adjective is used as one.
    """
    if not term.isalpha() or len(term) < MIN_STEM:
        return frozenset()
    texts = list(texts)
    kin = set()
    for word in known:
        if word[:MIN_STEM] != term[:MIN_STEM]:
            continue
        adjective = _kin_form(term, word)
        if adjective is not None and _used_as_adjective(adjective, texts):
            kin.add(word)
    return frozenset(kin)


_ADJECTIVE_ENDS = tuple(e for e in DEMONYM_ENDINGS["en"] if len(e) > 1)


def adjective_only(name: str, texts: Iterable[str]) -> bool:
    """Whether one word reads as a people's adjective: such an ending, always before a lower-case word,
    once at least after an article.

    "…and the Brazilian actress…" names no brand: "Which brand have Rauw Alejandro and Bruna
    Marquezine become ambassadors for?" was answered "Brazilian". A company named "…an" is also
    written on its own ("at Goldman"); a surname is followed by a verb, never after an article
    ("CTO Yoav Landman said").
    """
    if " " in name or not name.lower().endswith(_ADJECTIVE_ENDS):
        return False
    pattern = re.compile(rf"(?<!\w)((?i:the|an?) )?{re.escape(name)}(?!\w)(.{{0,2}})")
    determined = False
    for text in texts:
        for m in pattern.finditer(text):
            if not re.fullmatch(r" [a-z]", m.group(2)):
                return False
            determined = determined or m.group(1) is not None
    return determined
