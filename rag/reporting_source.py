"""A newsroom named as the one reporting is no answer: "…told Reuters", "the Associated Press reported".

News sentences credit who they got the fact from, and that name sits in the sentence that holds
the fact: "Two Clinton donors tell ABC News that Clinton made the claim … at Manhattan's Plaza Hotel"
gave "ABC News" for "Where did Hillary Clinton hold the thank-you party?", and "…, Niroula told
Reuters" gave "Reuters" for the spokesperson who said it. Such a name answers only a question about
who reported (``asks_about_media``). English only: the frames are English words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Said to the newsroom ("told Reuters", "in an interview with CNN") or said by it (", NBC News reported.").
_TOLD = (
    r"(?:tell|told|tells|telling|speaking to|spoke to|in an interview with|in a statement to|confirmed to)"
)
_REPORTED = r" (?:reported|has reported|first reported|has learned|was first to report)"
_MEDIA_ASKED = re.compile(
    r"\b(?:outlets?|newspapers?|papers?|networks?|broadcasters?|channels?|agency|agencies|magazines?|"
    r"tabloids?|stations?|websites?|sites?|media|news|reported|reports?|reporters?|journalists?|"
    r"interview(?:ed)?|told)\b",
    re.IGNORECASE,
)


def asks_about_media(question: str) -> bool:
    """Whether the question asks about a newsroom or what was told to one ("Which network reported…?")."""
    return _MEDIA_ASKED.search(question) is not None


def credited_as_reporter(name: str, texts: Sequence[str], person: bool) -> bool:
    """Whether ``texts`` name ``name`` as who was told or, unless a ``person`` is asked, who reported.

    A person is asked by "who": "Jane Doe reported finding the body" may answer it, "…, Doe told
    Reuters" never makes Reuters the one asked for.
    """
    escaped = re.escape(name)
    # Told and then the clause goes on or ends: "told the OpenAI rank-and-file" told OpenAI's staff.
    told = rf"\b{_TOLD} (?:[Tt]he )?{escaped}(?=\s*(?:[.,;:!?)]|that\b|on\b|in\b|last\b|this\b|$))"
    # Said by it as a clause's closing credit (", the Associated Press reported.") or a newsroom's "has
    # learned", not as any "reported": "OpenAI reported
    # $1.3 billion in revenue" is the company the question may ask for.
    credit = rf",\s+(?:the )?{escaped}{_REPORTED}\s*[.;]|(?<!\w){escaped} has learned\b"
    framed = re.compile(told if person else rf"{told}|{credit}")
    return any(framed.search(text) for text in texts)
