"""Whether a capitalised span is written as a person's name, from its surface alone.

No NER model is packaged. An English "who" vote (``rag.short_answer.choose``) weighs each
candidate by how its words are written: after a known given name (``byline.given_names``),
or holding a word the pages also write in lower case, which only a sentence's start or a
heading capitalised. A span holding a title before the name is cut to the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from byline.given_names import is_given_name

OWNER = re.compile(r"[’']s$")  # a possessive's ending, on a lower-cased word


def common_word(word: str, texts: Sequence[str]) -> bool:
    """Whether a one-word capitalised candidate is written in lower case in ``texts`` too.

    Then it is a word of the language that only a sentence's start or a heading
    capitalised ("Uma empresa…", "Nouveau", "Diese war…"), no name. Names are always
    capitalised; German nouns too, so they are never taken for common words here.
    """
    low = word.lower()
    if low == word or not low.isalpha():
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(low)}(?!\w)")
    return any(pattern.search(t) for t in texts)


# An English "who" candidate's vote: ×GIVEN_NAME when written after a known given name ("Susan
# Collins"), else ×COMMON_WORD when a word of it is written in lower case too ("Sound Plan": "plan").
GIVEN_NAME = 1.3
COMMON_WORD = 0.5


def _given(word: str) -> bool:
    """Whether a capitalised word of a span is a known given name."""
    return word.isalpha() and word[0].isupper() and is_given_name(word)


def given_named(name: str, texts: Sequence[str]) -> bool:
    """Whether a candidate is written as a person's name: after a known given name.

    "Susan Collins" opens with one; a surname alone ("Kakembo") counts when a text writes it after
    one ("Brian Kakembo"). "African Americans", "Sound Plan", "Ottawa" never are. The census lists
    (``byline.given_names``) are American, so a name they miss ("Tejashwi Yadav") is not doubted,
    only not preferred.
    """
    words = name.split()
    if len(words) > 1:
        return any(_given(w) for w in words[:-1])
    after = re.compile(rf"\b([A-Z][a-z]+) {re.escape(name)}(?!\w)")
    return any(is_given_name(m.group(1)) for text in texts for m in after.finditer(text))


def from_given_name(span: str, texts: Sequence[str], asked: frozenset[str] = frozenset()) -> str:
    """The person's name in a span that holds more: from its known given name on, up to an "of".

    "Howard County Executive Calvin Ball" → "Calvin Ball", "Foursquare’s Dennis Crowley" → "Dennis
    Crowley", "Josh Hawley of Missouri" → "Josh Hawley": the title echoed the question's words
    ("county executive") and weighed the name down. Only words that are no name go: a possessive, a
    word the question says (``asked``, lower-cased words), or one ``texts`` also write in lower case
    ("president-elect"). The name starts at the last given name that leaves only such words before
    it ("Sarah Jessica Parker" stays whole); "Yoon Suk Yeol" keeps its "Yoon" though "Suk" is a census
    given name. A span with no given name before its last word is kept.
    """
    words = span.split()
    givens = [i for i, w in enumerate(words[:-1]) if _given(w)]
    if not givens:
        return span
    start = next((i for i in reversed(givens) if all(_no_name(w, texts, asked) for w in words[:i])), 0)
    name = words[start:]
    return " ".join(name[: name.index("of")] if "of" in name[2:] else name)


def _no_name(word: str, texts: Sequence[str], asked: frozenset[str]) -> bool:
    """Whether a word before a given name is a title, an owner or the question's own word: no name."""
    low = word.lower()
    if OWNER.search(low) or low in asked:
        return True
    return all(part.islower() or common_word(part, texts) for part in word.split("-") if part)


def person_prior(name: str, texts: Sequence[str]) -> float:
    """How much likelier an English span is a person's name than its vote says, from its words alone.

    Measured on the person questions of every English dev set (docs/benchmarks.md, issue 14): the
    short line named the gold 136 → 145 of 209 times; "Pierre-Olivier Gourinchas" and "De-Kun Li",
    missing from the American lists, lost to a rival those lists know.
    """
    if given_named(name, texts):
        return GIVEN_NAME
    if any(w.isalpha() and common_word(w, texts) for w in name.split()):
        return COMMON_WORD
    return 1.0
