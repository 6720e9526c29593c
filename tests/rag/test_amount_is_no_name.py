"""A number with a lower-case unit ("$120m", "£64m", "5km") is an amount, never a name.

"Which newspaper reported that the two bank officials had disappeared?" opened with "120m"
(news_fresh20): a word starting with a digit counted as a capitalised name, as "3M" rightly does.
"""

from __future__ import annotations

import pytest

from rag.kinds import Kind
from rag.short_answer import Evidence, choose

pytestmark = pytest.mark.fast


def test_an_amount_in_millions_is_no_newspaper() -> None:
    # "$120m (£64m)" opened the answer to "Which newspaper reported…?" (news_fresh20): a number with a
    # lower-case unit is an amount, while "3M" and "4chan" stay names.
    question = "Which newspaper reported that the two officials had disappeared?"
    lead = "Two senior officials have disappeared after funds worth up to $120m (£64m) went missing."
    assert choose(question, Kind.ORG, [Evidence(lead, "a1", 0.6)]) is None
    credited = "Funds of $120m went missing, the Harbour Gazette reported."
    found = choose(question, Kind.ORG, [Evidence(lead, "a1", 0.6), Evidence(credited, "a2", 0.5)])
    assert found is not None and found.text == "Harbour Gazette"
    named = choose(
        "Which company makes the tape?", Kind.ORG, [Evidence("The tape is made by 3M in Ohio.", "a1", 0.6)]
    )
    assert named is not None and named.text == "3M"
