"""Text analysis for keyword search: what a passage or a question means to the keyword engine.

One owner for tokenising, stop words and stemming, so the index, the question
and the answerer's sentence matching all see text the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)
STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t also said says according
    """.split()
)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def analyze(text: str, language: str | None = None) -> list[str]:
    """Lower-cased, stop-worded, stemmed terms: the keyword index's view of text.

    ``language`` (an ISO 639-1 code such as "de", or None for unknown) picks the
    analysis; every language is analysed as English for now.
    """
    words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) < 40]
    return list(_stemmer().stemWords(words)) if words else []
