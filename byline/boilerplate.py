"""Lines that are page furniture, not reporting: navigation, sharing, standards, copyright.

One owner for the question "is this line boilerplate?", asked by the loaders
(so such lines never reach a passage) and by the answerer (so a line indexed
before, or one that slipped through, is never quoted).
"""

from __future__ import annotations

import re

_PATTERNS = [
    r"our standards:?\s",
    r"the thomson reuters trust principles",
    r"^(©|\(c\)|copyright)\s",
    r"all rights reserved",
    r"^read more\b",
    r"^(related|recommended)( (articles?|stories|coverage|content))?:?$",
    r"^share (this|on)\b",
    r"^(follow|like) us on\b",
    r"^sign up for\b",
    r"^subscribe( now| to)?\b",
    r"^advertisement$",
    r"^loading( weather data)?(\.\.\.|…)?$",
    r"please share your (videos|photos)",
    r"^(click|tap) here\b",
]
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """Whether ``line`` (a sentence or a paragraph line) is page furniture rather than reporting."""
    return bool(_BOILERPLATE.search(line.strip()))
