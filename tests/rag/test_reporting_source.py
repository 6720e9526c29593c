"""The newsroom a sentence credits is no answer: "…donors tell ABC News that…" says who reported.

On the English dev sets the short line named "ABC News" for where Clinton held a party, "Reuters" for
a spokesperson and "Associated Press" for a book's publisher: each stood in the sentence holding the
answer, credited as the one told or the one reporting.
"""

from __future__ import annotations

import pytest

from rag.kinds import Kind
from rag.reporting_source import asks_about_media, credited_as_reporter
from rag.short_answer import Evidence, choose

pytestmark = pytest.mark.fast


def test_the_newsroom_told_is_not_where_it_happened() -> None:
    evidence = [
        Evidence(
            "Two donors tell ABC News that the senator made the claim at Manhattan's Plaza Hotel on Friday.",
            "a1",
            0.6,
        ),
        Evidence("Another donor told ABC News the evening ran late.", "a2", 0.5),
    ]
    found = choose("Where did the senator thank her donors?", Kind.PLACE, evidence)
    assert found is not None and found.text.endswith("Plaza Hotel")


def test_the_newsroom_reporting_is_not_the_publisher_asked_for() -> None:
    evidence = [
        Evidence("Arcade Publishing released the memoir, the Associated Press reported.", "a1", 0.6),
        Evidence("The Associated Press reported that the first printing sold out.", "a2", 0.5),
    ]
    found = choose("Which publisher released the memoir?", Kind.ORG, evidence)
    assert found is not None and found.text == "Arcade Publishing"


def test_a_question_about_who_reported_may_name_the_newsroom() -> None:
    evidence = [Evidence("The leak was first reported by the harbour board, NBC News reported.", "a1", 0.6)]
    assert asks_about_media("Which network reported the leak?")
    found = choose("Which network reported the leak?", Kind.ORG, evidence)
    assert found is not None and found.text == "NBC News"


def test_a_person_who_reported_something_is_still_a_person() -> None:
    texts = ["Jane Okafor reported finding the boat on the shore, she told Reuters."]
    assert not credited_as_reporter("Jane Okafor", texts, person=True)
    assert credited_as_reporter("Reuters", texts, person=True)
