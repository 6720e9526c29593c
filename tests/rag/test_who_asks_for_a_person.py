"""A "who" question is answered with a person, or refused; a clause's question word asks for nothing.

"Who chairs the House select committee…?" was answered "United States", and "Who heads
the FBI's New York office?" "FBI": capitalised spans, but written the way places and
organisations are ("the United States", "in the Gaza Strip", a word in capitals). Quotes
that name no one are no answer to "who". And a "when" inside a clause ("What did the
council say when the bridge reopened?") does not make the question ask for a date.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.short_answer import Evidence, choose
from tests.helpers import assert_answered, assert_refused, index_records

ARTICLES = [
    {
        "title": "Aid convoys reach Gaza",
        "source": "World Desk",
        "published_at": "2024-03-05",
        "body": "Aid convoys reached the Gaza Strip on Tuesday after weeks of delays. "
        "Trucks carrying flour entered the Gaza Strip through the Rafah crossing. "
        "The convoys were organised in the United States and paid for by the United Nations.",
    },
    {
        "title": "House committee on China",
        "source": "Capitol Report",
        "published_at": "2024-02-14",
        "body": "Mike Gallagher chairs the House select committee on China. "
        "The committee says the United States must limit exports of advanced chips. "
        "Gallagher told reporters that the committee's report was ready.",
    },
    {
        "title": "The Kestrel bridge reopens",
        "source": "Harbour Times",
        "published_at": "2024-03-06",
        "body": "The Kestrel bridge reopened on Tuesday, March 4, after six months of repairs. "
        "When the bridge reopened, the council said the repairs had cost less than expected. "
        "Ferries will keep running until the summer.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records(tmp_path_factory.mktemp("who"), ARTICLES)


@pytest.mark.fast
def test_a_place_written_as_places_are_is_no_answer_to_who() -> None:
    evidence = [
        Evidence("The committee in the United States is chaired by Mike Gallagher.", "a1", 0.5),
        Evidence("The committee warned the United States about chips.", "a2", 0.5),
    ]
    found = choose("Who chairs the select committee?", Kind.PERSON, evidence)
    assert found is not None and found.text == "Mike Gallagher"


@pytest.mark.fast
def test_quotes_naming_only_places_give_no_person() -> None:
    evidence = [Evidence("Aid convoys reached the Gaza Strip from the FBI depot on Tuesday.", "a1", 0.5)]
    assert choose("Who sent the aid convoys?", Kind.PERSON, evidence) is None


def test_a_who_question_whose_quotes_name_no_one_is_refused(settings: Settings) -> None:
    assert_refused(answer("Who organised the aid convoys that reached the Gaza Strip?", settings=settings))


def test_a_who_question_is_answered_with_the_person(settings: Settings) -> None:
    reply = answer("Who chairs the House select committee on China?", settings=settings)
    assert_answered(reply, "Mike Gallagher")
    assert reply.short == "Mike Gallagher"


def test_a_when_inside_a_clause_asks_for_no_date(settings: Settings) -> None:
    reply = answer("What did the council say when the Kestrel bridge reopened?", settings=settings)
    assert_answered(reply, "cost less than expected")
    assert reply.short == ""  # no date opens the answer
    assert not reply.text.startswith("Tuesday")
