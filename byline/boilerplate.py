"""Lines that are page furniture, not reporting: navigation, sharing, standards, copyright.

One owner for the question "is this line boilerplate?", asked by the loaders
(so such lines never reach a passage) and by the answerer (so a line indexed
before, or one that slipped through, is never quoted). Generic phrases count
only on short lines, so a sentence of reporting that mentions "subscribe" or
"share" is kept.
"""

from __future__ import annotations

import re

from byline.lexicon import MONTHS, alternatives

# A clock time's half of the day and its zone, as stamps write them ("12:38 pm EST", "5:00 a.m. ET").
_HALF_DAY = r"(?:am|pm|a\.m\.|p\.m\.)"
_ZONE = r"(?:gmt|utc|e[sd]?t|[cmp][sd]t|bst|cet)"

# Phrases that are furniture wherever they appear in a line.
_ANYWHERE = [
    r"our standards:?\s",
    r"the thomson reuters trust principles",
    r"all rights reserved",
    r"please share your (videos|photos)",
    r"\bat ireport\b",
    r"this (material|article|content) may not be (published|reproduced|copied), broadcast",
    r"\bsupport (our|independent|quality) journalism\b",
    # An appeal addresses the reader; "if Apple would like to make a donation" in a quote is reporting.
    r"\b(please|you can|consider) (make|making) a (donation|contribution)\b",
    r"\bwe use cookies\b",
    r"\b(you have reached your|to continue reading,? (please )?(subscribe|log ?in|sign ?in))\b",
]
# Lines that are furniture when they are short (a label, a link, a credit), at most 120 characters.
_SHORT = [
    r"^(©|\(c\)\s|copyright\s*(©|\(c\)|\d{4}))",
    r"^(read|see|watch|listen)( (more|also|next|now))?\s*[:»›>]",
    r"^read (more|also|next)\b",
    r"^(more|latest) (on|from|about) (this|the)\b",
    r"^(lesen sie (auch|mehr)|mehr zum thema|lire (aussi|la suite)|à lire aussi|leia (também|mais)|"
    r"lee (también|más)|leggi anche|vea también|ver también)\b",
    r"^(related|recommended)( (articles?|stories|coverage|content|topics|links))?:?$",
    r"^(most (read|popular|viewed|shared)|trending( now)?|top stories|more stories|"
    r"you (may|might) also (like|be interested in)|recommended for you|editors'? picks)\b.{0,40}$",
    r"^(share|tweet|email|print|pin|save)( (this|on)\b.*)?$",
    r"^share (this|on|via)\b",
    r"^(follow|like|join) us\b",
    r"^follow\b.{0,60}\bon (twitter|x|facebook|instagram|threads|bluesky|linkedin)\b",
    r"^((facebook|twitter|x|instagram|whatsapp|linkedin|youtube|pinterest|reddit|telegram|email|e-mail|"
    r"print|copy link|messenger|flipboard)[\s|/·,•]*){1,}$",
    r"^(sign up|subscribe|log ?in|sign ?in|already a (subscriber|member))\b",
    r"^(get|sign up for|subscribe to|receive) .{0,40}newsletters?\b",
    r"^(become a (member|subscriber|supporter|patron)|donate|make a (donation|contribution))\b",
    r"^(advertisement|advertising|sponsored( content)?|anzeige|publicité|publicidad)$",
    r"^loading\b.{0,40}$",
    r"^(skip to (main )?content|jump to|back to top|go to)\b",
    r"^(click|tap) here\b",
    r"^image (copyright|caption)\b",
    r"^(photo|picture|image|video)( credit)?:\s",
    r"^(getty images|ap photo|afp|epa)( via getty images)?(/[\w .]+)?$",
    r"^(reporting|additional reporting|writing|compiled) by\b.{0,120}\bediting by\b",
    r"^((leave|add|view|show) (a )?comments?|\d+ comments?|comments?)$",
    r"^(poll( results)?|vote( now)?|view results|results|total votes:?\s*[\d,]*|[\d,]+ votes?)$",
    r"^(yes|no)\s*[:\-–]?\s*\d{1,3}\s*%$",
    r"^(terms (of (use|service))|privacy policy|cookie (policy|settings)|contact us|about us)\s*([|·•]|$)",
    rf"^(last )?(updated|modified|published)( on| at)?:?\s*[\w ,:./-]{{0,40}}\d"
    rf"(\s?{_HALF_DAY})?(\s?{_ZONE})?\.?$",
]
# Cheap substring checks that gate the _ANYWHERE search: most lines contain none of them.
_TRIGGERS = (
    "standards",
    "trust principles",
    "rights reserved",
    "please share",
    "ireport",
    "may not be",
    "journalism",
    "donat",
    "contribution",
    "cookie",
    "reached your",
    "continue reading",
)
_ANY_RE = re.compile("|".join(f"(?:{p})" for p in _ANYWHERE), re.IGNORECASE)
_SHORT_RE = re.compile("|".join(f"(?:{p})" for p in _SHORT), re.IGNORECASE)
SHORT_LINE = 120

# A credit stamp opening a body: "By Kelsey Weekman, Yahoo News December 28, 2023 at 12:38 pm EST",
# "UPDATE: Nov. 27, 2023, 5:00 a.m. EST", "Thursday, December 28th 2023, 3:23 pm". Feeds that give the
# body as one line (Webhose's records) glue it to the first sentence, which was then quoted with it.
_MONTH = rf"(?:{alternatives(MONTHS, ['en'])})\.?"
_STAMP = (
    rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}},?(?: at)? \d{{1,2}}:\d{{2}}"
    rf"(?: ?{_HALF_DAY})?(?: {_ZONE})?\.?"
)
# "By" and capitalised names, then perhaps the outlet: "By the time the sun rose on…" is no byline.
_NAME_RUN = r"[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,4}"
_BYLINE = rf"(?-i:By {_NAME_RUN}(?:,? (?:and )?{_NAME_RUN})?)"
_CREDIT = re.compile(
    rf"^(?:\s*(?:{_BYLINE} |(?:(?:last )?updated?|published|posted):? |"
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day, )?{_STAMP}(?:\s+|$))+",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """Whether ``line`` (a sentence or a paragraph line) is page furniture rather than reporting."""
    text = line.strip()
    if not text:
        return False
    if len(text) <= SHORT_LINE and _SHORT_RE.match(text):
        return True
    lower = text.lower()
    return any(t in lower for t in _TRIGGERS) and bool(_ANY_RE.search(text))


def without_credit(line: str) -> str:
    """``line`` without the credit stamps (byline, update time) it opens with; empty if it is nothing else."""
    match = _CREDIT.match(line)
    return line if match is None else line[match.end() :]
