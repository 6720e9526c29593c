"""Figures that count the noun a "how many" question asks about, outside English.

"Combien de personnes…?" is answered by the "1800" of "soit 1800 personnes", not by a figure
the lead gives for something else; a count in number words ("sete gols") only right before
the noun. Used by the vote (``rag.short_answer.choose``) and by the refusal of a count no
sentence gives (``rag.refusal.noun_uncounted``). Chinese and Japanese say what they count by a
measure word after the number ("16条", "5億人"): a count without the asked one is no answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from byline.lexicon import (
    CHINESE_COUNTER_NOT_BEFORE,
    CHINESE_COUNTERS,
    JAPANESE_COUNTERS,
    SPELLED_NUMBER_WORDS,
    UNSPACED_COUNT_INFIX,
)
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


_COUNTERS = "|".join(sorted({*CHINESE_COUNTERS, *JAPANESE_COUNTERS}, key=len, reverse=True))
# "多少条线路", "几家", "何人": the measure word right after the asking word (not "第几", an ordinal).
_ASKED_COUNTER = re.compile(
    rf"(?:多少|(?<!第)几|(?<!第)幾|(?<![如为為任])何)({_COUNTERS})(?![{CHINESE_COUNTER_NOT_BEFORE}])"
)


def asked_counter(question: str) -> str | None:
    """The measure word a Chinese or Japanese count question asks in ("条" of "多少条线路"), if any.

    "几点" asks a time of day, not a count of points ("多少点" does: "沪指报多少点？").
    """
    match = _ASKED_COUNTER.search(question)
    if match is None or match.group(0) in ("几点", "幾點"):
        return None
    return match.group(1)


_NUMERAL = r"[\d０-９一二两兩三四五六七八九十百千万萬亿億兆零〇半]"


def counter_unsaid(question: str, sentences: Sequence[str]) -> bool:
    """Whether no sentence of the answering article counts in the measure word a Chinese or Japanese
    question asks in.

    "上海地铁一共有多少条线路？" counts lines in "条": an article saying "约500米" and "5日" gives a
    distance and a date, no count of lines. The count may carry a scale or a hedge before the word
    ("100余个", "1万多单", "3000 多个") and be written in digits or numerals ("五款").
    """
    counter = asked_counter(question)
    if counter is None:
        return False
    pattern = re.compile(rf"{_NUMERAL}\s?[{UNSPACED_COUNT_INFIX}]*\s?{re.escape(counter)}")
    return not any(pattern.search(sentence) for sentence in sentences)
