"""The chat's filter row without a browser: its values become the API's filters, and what it offers."""

from __future__ import annotations

import pytest

from byline.errors import QuestionError
from rag import Filters
from rag.catalog import facets_of
from ui.chat_filters import ANY_LANGUAGE, NO_CHOICE, chosen_filters, filter_note

pytestmark = pytest.mark.fast


def test_an_empty_row_admits_the_whole_archive() -> None:
    assert chosen_filters(NO_CHOICE) == Filters()
    assert not chosen_filters(([], "", "  ", ANY_LANGUAGE))
    assert filter_note(chosen_filters(NO_CHOICE)) == ""


def test_the_row_gives_the_same_filters_as_the_api() -> None:
    row = chosen_filters((["Valley Times", "Harbour Gazette"], " 2024-01-01 ", "2024-06-30", "DE"))
    assert row == Filters.of(["Valley Times", "Harbour Gazette"], "2024-01-01", "2024-06-30", "de")


@pytest.mark.parametrize(
    ("since", "until", "message"),
    [
        ("2024-13-01", "", "since must be a date as YYYY-MM-DD, not '2024-13-01'"),
        ("", "last week", "until must be a date as YYYY-MM-DD"),
        ("2024-06-01", "2024-01-01", "since (2024-06-01) is after until (2024-01-01)"),
    ],
)
def test_a_bad_date_is_one_clear_message(since: str, until: str, message: str) -> None:
    with pytest.raises(QuestionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        chosen_filters((None, since, until, None))


def test_the_note_says_which_articles_an_answer_was_limited_to() -> None:
    assert filter_note(Filters.of(["Valley Times"])) == "Only articles from Valley Times."
    both = Filters.of(["A", "B"], "2024-01-01", "2024-06-30", "de")
    assert filter_note(both) == "Only articles from A, B; dated 2024-01-01 to 2024-06-30; in language de."
    assert filter_note(Filters.of(since="2024-01-01")) == "Only articles dated 2024-01-01 or later."
    assert filter_note(Filters.of(until="2024-01-01")) == "Only articles dated 2024-01-01 or earlier."


def test_the_menus_offer_the_live_outlets_and_languages_sorted() -> None:
    facets = facets_of(
        {"valley Times", "Harbour Gazette", ""},
        ["en", "DE", "fr", "", "en"],
        [True, True, False, True, True],  # the French passage was removed
    )
    assert facets.outlets == ("Harbour Gazette", "valley Times")
    assert facets.languages == ("de", "en")
