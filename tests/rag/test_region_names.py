"""A country or state is no answer to "who", "which company" or "which city".

On unseen English pages the short line named "Iowa" for the president of a union local in Des
Moines, "New Jersey" for who organised a skimming scheme, "Ukraine" for the city a university moved
to: the place recurs in more sentences than the answer beside it.
"""

from __future__ import annotations

import pytest

from rag.kinds import Kind
from rag.region_names import not_asked_region
from rag.short_answer import Evidence, choose

pytestmark = pytest.mark.fast


def test_a_state_named_more_often_loses_to_the_person() -> None:
    evidence = [
        Evidence("Union president Tanner Fischer said workers in Iowa would not return.", "a1", 0.6),
        Evidence("Meatpacking plants across Iowa stayed shut on Monday.", "a2", 0.5),
        Evidence("Iowa officials asked both sides to talk.", "a3", 0.5),
    ]
    found = choose("Who is the president of Teamsters Local 90?", Kind.PERSON, evidence)
    assert found is not None and found.text == "Tanner Fischer"


def test_a_city_question_is_not_answered_with_the_country() -> None:
    evidence = [
        Evidence("The university now teaches in Lutsk, in western Ukraine, since April.", "a1", 0.6),
        Evidence("Thousands of students in Ukraine study online since the invasion.", "a2", 0.5),
        Evidence("Ukraine has moved more than thirty universities since 2014.", "a3", 0.5),
    ]
    found = choose("Which city did the university move to?", Kind.PLACE, evidence)
    assert found is not None and found.text == "Lutsk"
    # Asked where, a country may answer; asked who, never.
    assert not not_asked_region("Ukraine", Kind.PLACE, "Where did the university move?")
    assert not_asked_region("the United States", Kind.PERSON, "Who leads the university?")


def test_a_national_team_may_answer_which_team() -> None:
    evidence = [Evidence("In Glasgow, Ukraine beat Sweden 2-1 after extra time.", "a1", 0.6)]
    found = choose("Which team beat Sweden?", Kind.ORG, evidence)
    assert found is not None and found.text == "Ukraine"
