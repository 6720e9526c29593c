"""A person named in another company's role, or in another role of the asked company, is no answer.

Off-topic questions of the English news sets were answered so: "Who is the chief executive of
Gazprom?" with "Yukos chief executive Steven Theede", "Who is the chief executive of JPMorgan
Chase?" with "Tom Lee, chief U.S. equity strategist at JPMorgan Chase".
"""

from __future__ import annotations

import pytest

from tests.rag.test_quote_share import answer_over

pytestmark = pytest.mark.fast


def test_another_companys_chief_executive_is_no_answer() -> None:
    # "Who is the chief executive of Gazprom?" was answered "Steven Theede", "Yukos chief executive".
    texts = [
        "Yukos has filed for bankruptcy in a Houston court, and Rosneft has agreed to merge with Gazprom. "
        '"It gives us a kind of life after death alternative," said Yukos chief executive Steven Theede.',
        "The council approved a budget of twelve million euros for new bicycle lanes along the river.",
    ]
    result = answer_over("Who is the chief executive of Gazprom?", texts)
    assert result.refused, result.text
    own = answer_over("Who is the chief executive of Yukos?", texts)
    assert not own.refused and own.short == "Steven Theede", own.text


def test_a_strategist_at_the_bank_is_not_its_chief_executive() -> None:
    # "Who is the chief executive of JPMorgan Chase?" was answered "Tom Lee", its equity strategist.
    texts = [
        "Tom Lee, chief U.S. equity strategist at JPMorgan Chase, says rising profits will drive stocks "
        "up 16 percent by year end. The bank's chief economist disagrees.",
        "The council approved a budget of twelve million euros for new bicycle lanes along the river.",
    ]
    assert answer_over("Who is the chief executive of JPMorgan Chase?", texts).refused
    strategist = answer_over("Who is the chief equity strategist at JPMorgan Chase?", texts)
    assert not strategist.refused and strategist.short == "Tom Lee", strategist.text
