"""Figures that count the noun a "how many" question asks about, outside English.

"Combien de personnes…?" is answered by the "1800" of "soit 1800 personnes", not by a figure
the lead gives for something else; a count in number words ("sete gols") only right before
the noun. Used by the vote (``rag.short_answer.choose``) and by the refusal of a count no
sentence gives (``rag.refusal.noun_uncounted``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from byline.lexicon import SPELLED_NUMBER_WORDS
from store.analysis import analyze


def counts_noun(number: str, sentence: str, noun_terms: set[str], language: str) -> bool:
    """Whether a count in French, Spanish, Portuguese or Italian words counts the asked noun.

    Such a count ("sete gols", "a ocho puntos") is read only right before the noun the question
    counts, so "Quante persone…?" is not answered by the "due" of "due sottomarini" when the people
    are counted in digits elsewhere. Counts in digits, and the number words ``NUMBER_WORDS`` has
    long read (German "sieben in Deutschland aktive Shoppingplattformen"), may stand anywhere.
    """
    if re.split(r"[- ]", number)[0].lower() not in SPELLED_NUMBER_WORDS:
        return True
    after = re.search(rf"(?<!\w){re.escape(number)}\s+(\w+)", sentence)
    return after is not None and bool(set(analyze(after.group(1), language)) & noun_terms)


_NUMBER_THEN_WORD = re.compile(r"(?<![\w.,])(\d[\d.,]*\d|\d)\s+(\w+)")


def counts_before_noun(sentence: str, noun_terms: set[str], language: str) -> list[str]:
    """The numbers in digits right before the noun a question counts ("600 Umfragen", "1800 personnes").

    A count there is one whatever stands before it: "das Bundespresseamt 600 Umfragen" reads like a
    model number ("Windows 10") and "soit 1800 personnes" like a year, yet each counts the asked noun.
    """
    return [
        m.group(1)
        for m in _NUMBER_THEN_WORD.finditer(sentence)
        if set(analyze(m.group(2), language)) & noun_terms
    ]


def beside_noun(number: str, texts: Sequence[str], noun_terms: set[str], language: str) -> bool:
    """Whether a count stands right before the noun the question counts in one of ``texts``.

    "Combien de personnes…?" is answered by the "1800" of "soit 1800 personnes", not by the "270"
    of "un périmètre de 270 mètres" in the lead that repeats the question's words.
    """
    pattern = re.compile(rf"(?<![\w.,]){re.escape(number)}\s+(\w+)")
    return any(
        set(analyze(m.group(1), language)) & noun_terms for text in texts for m in pattern.finditer(text)
    )
