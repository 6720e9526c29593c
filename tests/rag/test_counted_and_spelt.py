"""What a reader sees on English questions about an entity the archive holds (issue 14, news27).

- "How many employees does Lumora have?" over an article on Lumora whose only figure beside the
  word "employees" counts something else ("worked on the first design for three years"): the count
  stands beside nothing the question counts, so the question is refused (``rag.english_counts``);
  "How many paying subscribers does Lumora have?" is answered from "340,000 paying subscribers".
- A question written in British spelling over an article in American spelling ("defence" /
  "defense") is answered, not refused for an article that "never says" the word (``lexicon.SPELLINGS``).
- "What kind of rings does Lumora design?" is about rings, not about a "kind" the article never says:
  the question is answered (``rag.question_nouns``).

The archive has two dozen articles, as a real one has many: the word checks weigh words by how
rare they are in the archive.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.english_counts import count_apart
from rag.question_nouns import introduced_nouns, says
from store.analysis import analyze
from tests.helpers import assert_answered, assert_refused, index_records_as_archive, town_fillers

LUMORA = {
    "title": "Oslo start-up Lumora doubles its subscribers",
    "source": "Nordic Tech Wire",
    "published_at": "2024-05-06",
    "body": "Lumora, the Oslo maker of sleep-tracking rings, said on Monday that its app now has "
    "340,000 paying subscribers, twice as many as a year ago. Lumora's employees worked on the first "
    "design for three years before its launch. The ring costs $299 in aluminium and $449 in titanium, "
    "the company said.",
}
TRIAL = {
    "title": "Former Harlow Mills manager testifies in safety trial",
    "source": "Valley Courier",
    "published_at": "2024-04-18",
    "body": "The former plant manager of Harlow Mills told jurors on Tuesday that he had warned the "
    "owners about the faulty boiler twice, the kind of warning the law requires. Defense attorney "
    "Maria Ostrander questioned the manager "
    "for two hours about the warnings. The trial resumes on Thursday.",
}

ARTICLES = [LUMORA, TRIAL, *town_fillers()]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("counted"), ARTICLES)


def test_a_count_of_something_else_beside_the_counted_word_is_refused(settings: Settings) -> None:
    assert_refused(answer("How many employees does Lumora have?", settings=settings))


def test_a_count_beside_what_is_counted_is_answered(settings: Settings) -> None:
    assert_answered(answer("How many paying subscribers does Lumora have?", settings=settings), "340,000")


def test_a_question_in_british_spelling_is_answered_from_an_american_article(settings: Settings) -> None:
    reply = answer("Which lawyer questioned the plant manager for the defence?", settings=settings)
    assert_answered(reply, "Maria Ostrander")


def test_what_kind_of_a_thing_is_a_question_about_the_thing(settings: Settings) -> None:
    reply = answer("What kind of rings does Lumora design?", settings=settings)
    assert_answered(reply, "sleep-tracking rings")


def test_a_count_stands_within_a_few_words_of_the_counted_noun() -> None:
    assert not count_apart(
        "How many people died in the fire?", ["…mourning for 231 people killed in a fire."]
    )
    assert not count_apart("How many rallies has he attended?", ["He has attended more rallies (five)."])
    assert not count_apart("How many people visit the park?", ["It has 2.4 million visitors annually."])
    assert not count_apart("How many poems does it include?", ["Her poem is among more than 80 included."])
    assert not count_apart("How many cases did the county have?", ["The number of cases rose to 15."])
    assert count_apart(
        "How many users does Foursquare have?", ["It serves three main goals: to let users share."]
    )
    assert not count_apart("How many?", ["Three."])  # nothing counted: not judged


def test_british_and_american_spellings_say_the_same_word() -> None:
    assert says("defenc", frozenset(analyze("the defense questioned him", "en")))
    assert says("criticis", frozenset(analyze("he was criticized", "en")))
    assert not says("defenc", frozenset(analyze("the offense scored", "en")))


def test_kind_of_points_to_the_noun_after_it() -> None:
    assert introduced_nouns("What kind of software does Gusto sell?") == ["software"]
    assert introduced_nouns("What type of the proposed loans did it offer?") == ["loans"]
