"""Publication dates to ISO form (YYYY-MM-DD), so they can be shown and filtered."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
)
# A date inside a dateline such as "Published 12.10.2015, 5:30 pm" or "Oct. 12, 2015 at 5pm".
_IN_TEXT = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\b"
)


def date_in_text(text: str) -> str:
    """The first date written inside a short text (a dateline), as ``YYYY-MM-DD``, or ``""``."""
    for match in _IN_TEXT.finditer(text[:300]):
        found = iso_date(match.group(1))
        if found:
            return found
    return ""


def iso_date(value: object) -> str:
    """The date part of ``value`` as ``YYYY-MM-DD``, or ``""`` when it is not a date."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value)).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return ""
    text = str(value).strip()[:64]
    if not text:
        return ""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            year, month, day = (int(g) for g in match.groups())
            return datetime(year, month, day).date().isoformat()
        except ValueError:
            return ""
    return ""
