"""The names a question mentions, and the capitalised words that are common nouns, not names.

A question's names are what an answering article must hold (``rag.refusal``) and what its answer
cannot be (``rag.short_answer``); the noun a which- or how-many-question asks about is neither.
German capitalises every noun, so there a capitalised word is a name only where no article,
determiner or inflected adjective introduces it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from byline.language import detect_query_language
from byline.lexicon import (
    ADJECTIVE_ENDINGS,
    COMMON_ADJECTIVES,
    HOLIDAYS,
    NAMES_WITH_ARTICLE,
    NOUN_DETERMINERS,
    NUMBER_WORDS,
    alternatives,
)
from rag.mentions import name_spans

# A unit after a Chinese or Japanese question word ("何TB", "多少GB") is what is counted, no name.
_COUNTED_UNIT = re.compile(r"(何|多少|几)[A-Za-zＡ-Ｚａ-ｚ]+")
# The noun a which- or how-many-question asks about is what the answer supplies, no name the
# passages must hold: "Welche Insekten bestäuben die Rafflesien?" (German capitalises every noun)
# is answered by "Aasfliegen", "Für wie viel Geld…?" by an amount. English writes it lower-case.
WHICH_NOUN = re.compile(
    r"\b((?i:welche[rsnm]?|quel(?:le)?s?|cu[aá]l(?:es)?|qual|quais|quale|quali|"
    r"kter(?:ý|á|é|ého|ému|ém|ým|ou|ých)|wie ?viele?|combien d[e’']|cu[aá]nt[oa]s?|quant[oa]s?|"
    # Dutch: "Welk advocatenkantoor…?", "Hoeveel voorkeurstemmen…?", "Hoe heet het boek…?"
    # The word ends where it ends: "quale via" asks for a "via", not for the "e" after "qual".
    r"welke?|hoeveel|hoe heet (?:het|de))\b ?)(\w+)"
)


# German capitalises every noun; one after an article or determiner (and its adjectives) is a
# common noun: "bei dem Anschlag in Tel Aviv" names Tel Aviv, not "Anschlag", which the article
# may word otherwise ("geschossen und zwei Menschen getötet"). So is one after an inflected
# adjective or quantifier with no article: "mexikanische Wurzeln", "viele Menschen". English
# "the Guardian" is a name, so this holds for German questions only.
_DETERMINER = rf"(?i:{alternatives(NOUN_DETERMINERS, ['de'])})"
_ADJECTIVE = (
    rf"[a-zäöüß]*(?:{alternatives(ADJECTIVE_ENDINGS, ['de'])})(?:e|en|er|es|em)|"
    rf"(?:{alternatives(COMMON_ADJECTIVES, ['de'])})(?:e|en|er|es|em)"
)
_GERMAN_NOUN = re.compile(
    rf"\b((?:{_DETERMINER}) (?:[a-zäöüß][\w-]* )*|(?<![\w-])(?:{_ADJECTIVE}) )([A-ZÄÖÜ]\w*)"
)
# What stands right before a common noun (the text before a candidate, searched at its end).
_INTRODUCED = re.compile(rf"(?:\b(?:{_DETERMINER}) (?:[a-zäöüß][\w-]* ){{0,3}}|(?<![\w-])(?:{_ADJECTIVE}) )$")
_PLACES_WITH_ARTICLE = frozenset(NAMES_WITH_ARTICLE["de"])


def common_noun(word: str, texts: Sequence[str]) -> bool:
    """Whether a one-word capitalised German candidate is a common noun in ``texts``.

    German capitalises every noun, so "Schweiß" of "der Schweiß rinnt ihm aus den Rastalocken"
    looked like a place for "Woher kommt der Koch Simon?". A noun is introduced by an article or
    determiner (or an inflected adjective) wherever it stands; a name mostly is not ("aus
    Thüringen"), except the few German writes with an article ("aus der Schweiz").
    """
    if " " in word or not word[:1].isupper() or word.isupper() or word.lower() in _PLACES_WITH_ARTICLE:
        return False
    return introduced_everywhere(word, texts, counted=False)


# A count before a capitalised German word makes it a common noun too: "mit zwei Punkten Vorsprung".
_COUNTED_BEFORE = re.compile(rf"(?:\b\d[\d.,]*|\b(?i:{alternatives(NUMBER_WORDS, ['de'])})) $")
_DETERMINER_WORD = re.compile(_DETERMINER)


def opens_with_determiner(word: str) -> bool:
    """Whether a German word is an article or determiner ("Diese", "Ihre"): no name starts with one."""
    return _DETERMINER_WORD.fullmatch(word) is not None


def introduced_everywhere(span: str, texts: Sequence[str], counted: bool = True) -> bool:
    """Whether wherever ``texts`` write ``span`` an article, determiner, adjective (or, if ``counted``,
    a count) precedes it."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(span)}(?![\w-])")
    found = introduced = 0
    for text in texts:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 60) : m.start()]
            found += 1
            introduced += bool(_INTRODUCED.search(before) or (counted and _COUNTED_BEFORE.search(before)))
    return found > 0 and introduced == found


def names_in_question(question: str) -> list[str]:
    """The names a question mentions (capitalised spans; its first word only when part of a longer one)."""
    plain = WHICH_NOUN.sub(lambda m: m.group(1) + m.group(2).lower(), _COUNTED_UNIT.sub(r"\1", question))
    if detect_query_language(question) == "de":
        plain = _GERMAN_NOUN.sub(lambda m: m.group(1) + m.group(2).lower(), plain)
    # A holiday is a date, not a name to find (``lexicon.HOLIDAYS``): "Sylvan Lake's New Year's Day
    # fireworks" names the town alone.
    plain = _HOLIDAY.sub(lambda m: m.group(0).lower(), plain)
    return list(dict.fromkeys(name_spans(plain)))


_HOLIDAY = re.compile(rf"\b(?:{alternatives(HOLIDAYS)})\b")
