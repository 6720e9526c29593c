"""Countries, states and continents are places, not the person, firm or city a question asks for.

The English short-answer vote reads any capitalised span as a name, so a state or country a sentence
mentions beside the answer could win the vote: "Iowa" for "Who is the president of Teamsters Local
90 in Des Moines?", "New Jersey" for "Who organized the ATM skimming scheme?", "Ukraine" for "Which
city did the university move to?". The names are a fixed list (``lexicon.ENGLISH_REGIONS``); a
city, a company or a person named like one of them is rare in news, and regions that are also given
names are not on it.
"""

from __future__ import annotations

import re

from byline.lexicon import ENGLISH_REGIONS
from rag.kinds import Kind

# A question asking for a settlement: a country or state does not answer it.
_SETTLEMENT = re.compile(r"\b(city|cities|towns?|villages?|suburb|neighbou?rhood|borough)\b", re.I)
# Questions whose organisation may be a country: a national team, a government, a state.
_NATION_LIKE = re.compile(r"\b(teams?|side|squad|nations?|country|countries|government|state)\b", re.I)
_THE = re.compile(r"^the\s+", re.I)


def is_region(name: str) -> bool:
    """Whether ``name`` is a country, a state or province, or a continent ("the United States" too)."""
    return _THE.sub("", name.strip()).replace(".", "").lower() in ENGLISH_REGIONS


def not_asked_region(name: str, kind: Kind, question: str) -> bool:
    """Whether ``name``, a region, cannot be what an English ``kind`` question asks for."""
    if not is_region(name):
        return False
    if kind is Kind.PERSON:
        return True
    if kind is Kind.ORG:
        return not _NATION_LIKE.search(question)
    if kind is Kind.PLACE:
        return bool(_SETTLEMENT.search(question))
    return False
