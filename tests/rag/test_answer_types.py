"""The short line names what was asked, from the sentence that says it, or the question is refused.

A wage for "what hourly wage"; the figure of the sentence saying what the question says
happened ("die", not its neighbour's "get sick"); a count, not the age written after a
name ("Mara Quist, 21,"); a person, not a place ("Mission Valley"); the date, not the
weekday it was reported on; and a "how many" question whose answering sentence does
not say what it counts ("97 percent" of insiders for "how many viewers") is refused.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.mentions import mentions
from rag.question_kind import counted_words, expected_kind
from rag.short_answer import Evidence, choose
from tests.helpers import assert_grounded, index_records

ARTICLES = [
    {
        "title": "Airport workers walk out",
        "source": "Lakeside Courier",
        "published_at": "2024-03-05",
        "body": "Hundreds of workers are striking at Harwick International Airport on Tuesday. "
        "The janitors and baggage handlers are striking for a $15 hourly wage and the right to form a union. "
        "The airport said flights were running on time.",
    },
    {
        "title": "Superbugs on the rise",
        "source": "Health Weekly",
        "published_at": "2024-02-11",
        "body": "Every year, about 2 million people get sick from a superbug, according to the agency. "
        "At least 23,000 people die from superbug infections each year, the agency said. "
        "Doctors urged patients to finish their antibiotics.",
    },
    {
        "title": "Student treated after taking diet pills",
        "source": "Valley Post",
        "published_at": "2024-04-20",
        "body": "Mara Quist, 21, was taken to Elmford hospital on Friday after taking diet pills. "
        "Doctors said she had taken eight tablets in one afternoon. "
        "Police warned buyers about websites selling the pills.",
    },
    {
        "title": "University plans a new stadium",
        "source": "Coastal Tribune",
        "published_at": "2024-01-15",
        "body": "The university wants its stadium in Mission Valley to host concerts as well as football. "
        "Lena Ortiz, the university's director of athletics, said the stadium would open in 2027. "
        "The stadium in Mission Valley will seat 35,000 fans.",
    },
    {
        "title": "Export hold on malaria drug",
        "source": "Delhi Ledger",
        "published_at": "2024-04-07",
        "body": "On Monday, officials confirmed that India had announced a hold on exports of "
        "the malaria drug on March 25. Exporters said shipments were waiting at the ports.",
    },
    {
        "title": "Insiders expect Kaine to win the debate",
        "source": "Capitol Notes",
        "published_at": "2016-10-03",
        "body": "Virtually all Democratic insiders surveyed last week, 97 percent, expect Kaine to win "
        "the debate against Pence. "
        "The debate between Kaine and Pence takes place on Tuesday at Longwood University.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records(tmp_path_factory.mktemp("types"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "short", "title"),
    [
        ("What hourly wage are the airport workers striking for?", "$15", "Airport workers walk out"),
        ("How many people die from a superbug every year?", "23,000", "Superbugs on the rise"),
        ("How many tablets had Mara Quist taken?", "eight", "Student treated after taking diet pills"),
        ("Who is the university's director of athletics?", "Lena Ortiz", "University plans a new stadium"),
        ("When did India announce a hold on exports of the drug?", "March 25", "Export hold on malaria drug"),
    ],
)
def test_the_short_line_is_the_asked_for_thing(
    settings: Settings, question: str, short: str, title: str
) -> None:
    reply = answer(question, settings=settings)
    assert not reply.refused, reply.text
    assert reply.short == short, reply.text
    assert any(c.title == title and short in c.text for c in reply.citations), reply.text
    assert_grounded(reply)


def test_a_count_of_something_else_is_refused(settings: Settings) -> None:
    reply = answer("How many viewers watched the debate between Kaine and Pence?", settings=settings)
    assert reply.refused, reply.text
    assert reply.related  # the closest passages are still listed


@pytest.mark.fast
def test_an_age_after_a_name_is_no_count() -> None:
    sentence = "Mara Quist, 21, was taken to hospital after taking eight tablets."
    assert [m.text for m in mentions(sentence, Kind.NUMBER)] == ["eight"]


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("How many viewers watched the debate?", ["viewers", "watched"]),
        ("How many American children have an allergy?", ["children"]),
        ("How many law enforcement agencies sent officers?", ["law", "enforcement", "agencies"]),
        ("How many of the counts did he face?", []),
    ],
)
def test_what_a_how_many_question_counts(question: str, words: list[str]) -> None:
    assert counted_words(question) == words


@pytest.mark.fast
def test_a_wage_is_an_amount() -> None:
    assert expected_kind("What hourly wage are the workers striking for?") is Kind.MONEY


@pytest.mark.fast
def test_a_person_is_no_place_and_a_date_no_weekday() -> None:
    person = [
        Evidence("The stadium in Mission Valley will seat 35,000 fans.", "a", 1.0),
        Evidence("Lena Ortiz, the director, said the stadium would open soon.", "b", 0.8),
    ]
    assert choose("Who is the director?", Kind.PERSON, person).text == "Lena Ortiz"
    dates = [
        Evidence("On Monday, officials confirmed the hold.", "a", 1.0),
        Evidence("India announced the hold on March 25.", "b", 0.8),
    ]
    assert choose("When did India announce the hold?", Kind.DATE, dates).text == "March 25"


@pytest.mark.fast
def test_a_dated_month_abbreviation_is_no_place() -> None:
    sentence = "Harris was born on Oct. 20, 1964, in Oakland, California, and moved on Sept. 3 to Berkeley."
    assert [m.text for m in mentions(sentence, Kind.PLACE)] == ["Oakland", "California", "Berkeley"]
