"""The sentence that holds the fact, when the question's names stand in another one.

A small corpus written here, indexed with the real model into real Chroma.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from tests.helpers import index_records

REPORTS = [
    {
        "title": "Portrait stolen from Harrow Gallery",
        "source": "Harrow Courier",
        "published_at": "2026-04-10",
        "body": "The Harrow Gallery's famous portrait of Lady Vane -- painted in oils -- was stolen from "
        "the gallery's east wing on Friday night.\n"
        "Police said the thief came in through a skylight. The frame is gilded oak. "
        "It's valued at $2.4 million.\n"
        "Guards found the empty frame at dawn, the gallery said.\n",
    },
    {
        "title": "Student dies after taking pills bought online",
        "source": "Eastfield Post",
        "published_at": "2026-05-02",
        "body": "Student Mara Quill, 22, was taken to Eastfield hospital after taking a lethal dose of "
        "toxic slimming pills.\n"
        "West Vale police said the pills probably contained sodium azide, known as SA, which is a "
        "highly toxic industrial chemical.\n"
        "Her family urged people to stay away from pills sold online.\n",
    },
    {
        "title": "Rescue flights return from the quake zone",
        "source": "Southern Herald",
        "published_at": "2026-05-07",
        "body": "A third Briton was killed in the earthquake on Saturday, the foreign ministry said on "
        'Thursday. "We are very worried about some of them," said the foreign secretary, Tom Redfern. '
        "He welcomed the first special flight carrying survivors at Gatwick on Wednesday night.",
    },
    {
        "title": "Ferry timetable changes",
        "source": "Harbour Times",
        "published_at": "2026-03-04",
        "body": "The island ferry will sail twice an hour from June, the operator said. "
        "Tickets stay at 4 pounds for adults.",
    },
]


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records(tmp_path_factory.mktemp("news"), REPORTS)


def test_the_figure_is_taken_from_the_sentence_that_says_what_was_asked(news: Settings) -> None:
    reply = answer("What is the Harrow Gallery's portrait of Lady Vane valued at?", settings=news)
    assert not reply.refused
    assert reply.short == "$2.4 million"
    assert "It's valued at $2.4 million." in reply.text


def test_the_sentence_naming_the_thing_asked_about_is_quoted(news: Settings) -> None:
    question = "Which chemical were the toxic slimming pills Mara Quill took believed to contain?"
    reply = answer(question, settings=news)
    assert not reply.refused
    assert "probably contained sodium azide" in reply.text


def test_a_sentence_about_he_or_she_names_the_person_of_the_sentence_before(news: Settings) -> None:
    reply = answer("Who welcomed the first special flight carrying survivors at Gatwick?", settings=news)
    assert not reply.refused
    assert reply.short == "Tom Redfern"
    assert "He welcomed the first special flight" in reply.text
