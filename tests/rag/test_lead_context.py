"""A sentence that names its subject only as "he" or "the pair" is read with its article's opening.

News names who it is about once, in the headline and first sentence, then writes "he". The
sentence giving the fact ("Born in 1942 in Tredegar…, he attended…") then holds none of the
question's names, and the answer quoted the lead and its neighbours instead of the year asked for.
"""

from __future__ import annotations

import pytest

from tests.rag.test_quote_share import answer_over

pytestmark = pytest.mark.fast

TEXTS = [
    "Former Labour leader Ewan Marsh has officially been made a life peer during a ceremony in the "
    "House of Lords. Lord Marsh, who led Labour from 1983 until 1992, was until recently a European "
    "commissioner. Born in 1942 in Tredegar to a miner father and a nurse mother, he attended a boys' "
    "school in nearby Pengam.",
    "The council approved a budget of twelve million euros for new bicycle lanes along the river.",
]


def test_the_year_comes_from_the_sentence_that_says_he_was_born() -> None:
    result = answer_over("In what year was the former Labour leader Ewan Marsh born?", TEXTS)
    assert not result.refused, result.text
    assert result.short == "1942", result.text
    assert "Born in 1942 in Tredegar" in result.text
