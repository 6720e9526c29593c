"""An author's name as a reader would write it, from what a page's byline or metadata gives.

Extractors read a byline's whole line: "By Nathan Willis March 25, 2015" comes back as
"Nathan Willis March", "By GILLIAN MOHNEY March 11, 2015" as "GILLIAN MOHNEY March", and
on pages without a byline the text of a nearby field ("Username", a wiki's "Authority
control", "Last Updated January 7"), or after the name what the byline's line goes on with
("Emily Kirkpatrick Updated", "Pete Evans · CBC News", "Oli Coleman View author archive").
The name shown in citations and ``byline list`` should be the person's, or nothing.
"""

from __future__ import annotations

import re

from byline.lexicon import BYLINE_OPENERS, MONTHS, NOT_AUTHORS, alternatives

_OPENER = re.compile(rf"^(?:{alternatives(BYLINE_OPENERS)})\s+(?=\S)", re.IGNORECASE)
# A date written after the name: a month word or a figure, and all that follows it.
_DATE_TAIL = re.compile(rf"\s+(?:(?:{alternatives(MONTHS)})\.?\b|\d).*$", re.IGNORECASE)
_FURNITURE = "|".join(re.escape(w) for w in NOT_AUTHORS)
_LABEL = re.compile(rf"^(?:{_FURNITURE})\b", re.IGNORECASE)
_FURNITURE_TAIL = re.compile(rf"[\s;,]+(?:{_FURNITURE})\b.*$", re.IGNORECASE)
_SEPARATOR_TAIL = re.compile(r"\s+[·|]\s.*$")  # "Pete Evans · CBC News", "Mike Cason | mcason@al.com"
_MONTH_ALONE = re.compile(rf"^(?:{alternatives(MONTHS)})\.?$", re.IGNORECASE)
MIN_NAME_WORDS = 2  # a date is cut only when a name of two words or more stays before it


def author_name(value: str) -> str:
    """``value`` without its byline opener and trailing date; "" when it is a field's label."""
    name = " ".join(value.split())
    if _LABEL.match(name):
        return ""
    name = _OPENER.sub("", name, count=1)
    name = _SEPARATOR_TAIL.sub("", _FURNITURE_TAIL.sub("", name))
    if _MONTH_ALONE.match(name):
        return ""
    cut = _DATE_TAIL.sub("", name)
    if cut != name and len(cut.split()) >= MIN_NAME_WORDS:
        name = cut
    return name.strip(" ,;|-")
