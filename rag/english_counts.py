"""Whether the quotes of an English "how many" answer give a count of what the question counts.

``rag.refusal.uncounted`` asks only that a sentence holding the short answer say the counted
words somewhere. Off-topic questions about an entity the archive holds pass it: "How many users
does Foursquare have?" over "…the product serves three main goals: To allow users to share their
location…", "How many bonobos took part in the Harvard hormone study?" over "…in two of the
closest relatives of humans, chimpanzees … and bonobos". News writes a count with the thing
counted: "231 people killed", "2.4 million visitors annually", "more rallies (five)". So some figure
of the quoted sentences must stand right before what is counted (``AFTER`` words, hyphens split:
"a 20-year-old"), or just after it (``BEFORE`` words, quantifiers left out: "a poem among more than
80"), or in a sentence saying "the number of" it ("the total number of cases in the county rose to
15"); said by the question's word, another form of it or another word for it (``rag.question_nouns.says``).
Outside English the rule is ``rag.refusal.noun_uncounted`` over every quotable sentence.

Measured on the 17 English real-news dev sets (docs/benchmarks.md, issue 14, news27).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from byline.lexicon import NUMBER_WORDS, SCALES
from rag.question_kind import counted_words
from rag.question_nouns import says
from store.analysis import DEFAULT_LANGUAGE, analyze

AFTER = 4  # words after a figure that may name what it counts ("231 people killed", "5 new COVID-19 cases")
BEFORE = 2  # words before it ("cases: 313" is rarer than "313 cases"; a sentence's subject is too far)
# Words between a count and what it counts that say how exact it is, not what it counts.
_QUANTIFIERS = frozenset(
    "more than less fewer about around roughly approximately nearly almost some up to at least over under "
    "just among of the a by from".split()
)
_NUMBER_OF = re.compile(r"\bnumber of ((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
_NUMBER = re.compile(
    rf"(?<![\w.])(?:\d[\d,.]*|(?i:{'|'.join(NUMBER_WORDS['en'])})s?)"
    rf"(?:\s+(?i:{'|'.join(SCALES['en'])}))?(?!\w)"
)


def count_apart(question: str, sentences: Iterable[str]) -> bool:
    """Whether no figure of ``sentences`` stands beside what an English "how many" ``question`` counts.

    False when the question counts nothing that can be read ("How many?" alone).
    """
    wanted = set(analyze(" ".join(counted_words(question)), DEFAULT_LANGUAGE))
    if not wanted:
        return False
    return not any(_counts(sentence, wanted) for sentence in sentences)


def _counts(sentence: str, wanted: set[str]) -> bool:
    """Whether a figure of ``sentence`` counts one of ``wanted`` (English stems of what is counted)."""
    figures = list(_NUMBER.finditer(sentence))
    number_of = _NUMBER_OF.search(sentence)
    if figures and number_of and _said(wanted, number_of.group(1)):
        return True
    for m in figures:
        after = sentence[m.end() :].replace("-", " ").split()[:AFTER]
        before = sentence[: m.start()].split()
        while before and before[-1].lower().strip("(,") in _QUANTIFIERS:
            before.pop()
        if _said(wanted, " ".join(before[-BEFORE:] + after)):
            return True
    return False


def _said(wanted: set[str], words: str) -> bool:
    """Whether ``words`` say one of ``wanted``, by itself, another form or another word."""
    near = frozenset(analyze(words, DEFAULT_LANGUAGE))
    return any(says(w, near) for w in wanted)
