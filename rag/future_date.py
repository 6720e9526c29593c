"""Whether a year given for a question about the future lies before the report that gives it.

"When will the Federal Circuit hear Oracle's appeal…?" over a 2016 article is not answered by
"2012" from "There was already a trial in 2012…", nor "When is Ghislaine Maxwell due to be
released from prison?" by "2000" of "…unsealed about 2000 pages of records…": what a report
says will happen comes after the report. A date without a year ("July 1", "Jan. 20") is not
judged, nor an article without a date. English questions only (``lexicon.FUTURE_WORDS``);
measured on the news dev sets (docs/benchmarks.md, news15).
"""

from __future__ import annotations

import re

from byline import lexicon
from byline.lexicon import alternatives
from rag.mentions import YEAR

_FUTURE = re.compile(rf"^\W*when\b.*?(?<!\w)(?:{alternatives(lexicon.FUTURE_WORDS)})(?!\w)", re.IGNORECASE)


def asks_future(question: str) -> bool:
    """Whether an English "when" question asks about something still to come ("When will…", "…due to…")."""
    return _FUTURE.search(question) is not None


def before_report(answer: str, report_date: str) -> bool:
    """Whether the year the short ``answer`` names is earlier than the year of ``report_date``.

    ``report_date`` is the article's publication date as stored (ISO, "2016-05-26…"); either
    without a year says nothing.
    """
    said, reported = YEAR.search(answer), YEAR.search(report_date)
    if said is None or reported is None:
        return False
    return int(said.group(0)) < int(reported.group(0))
