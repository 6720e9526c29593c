"""Filters on what an answer may cite: checked input, per-passage masks and the Chroma where."""

from __future__ import annotations

import datetime

import pytest

from byline.errors import QuestionError
from rag.filters import NO_FILTERS, Filters
from store import schema

pytestmark = pytest.mark.fast

PUBLISHERS = ["Fortune", "The Age", "", "Fortune"]
DATES = ["2023-10-05", "2023-10-20", "2023-10-10", ""]
LANGUAGES = ["en", "en", "de", "EN"]


def test_no_filter_admits_everything() -> None:
    assert not NO_FILTERS
    assert NO_FILTERS.mask(PUBLISHERS, DATES, LANGUAGES).tolist() == [1, 1, 1, 1]
    assert NO_FILTERS.where(DATES) is None


def test_loose_input_is_cleaned_and_deduplicated() -> None:
    f = Filters.of([" Fortune ", "Fortune", "", "The Age"], datetime.date(2023, 10, 1), "2023-10-31", " DE ")
    assert f == Filters(("Fortune", "The Age"), "2023-10-01", "2023-10-31", "de")


def test_a_date_that_is_not_a_day_gets_one_clear_message() -> None:
    with pytest.raises(QuestionError, match="since must be a date as YYYY-MM-DD"):
        Filters.of(since="last week")


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(QuestionError, match="after until"):
        Filters.of(since="2023-11-01", until="2023-10-01")


def test_outlet_filter_masks_other_outlets() -> None:
    assert Filters.of(["Fortune"]).mask(PUBLISHERS, DATES, LANGUAGES).tolist() == [1, 0, 0, 1]


def test_date_range_is_inclusive_and_excludes_undated_articles() -> None:
    f = Filters.of(since="2023-10-05", until="2023-10-10")
    assert f.mask(PUBLISHERS, DATES, LANGUAGES).tolist() == [1, 0, 1, 0]
    assert f.admits({schema.DATE: "2023-10-10"}) and not f.admits({schema.DATE: ""})


def test_language_filter_ignores_case() -> None:
    assert Filters.of(language="en").mask(PUBLISHERS, DATES, LANGUAGES).tolist() == [1, 1, 0, 1]
    assert not Filters.of(language="en").admits({schema.LANGUAGE: "de"})


def test_outlet_names_are_resolved_to_the_indexes_spelling() -> None:
    f = Filters.of(["fortune", "the age"]).resolved(["Fortune", "The Age"])
    assert f.outlets == ("Fortune", "The Age")
    assert f.admits({schema.PUBLISHER: "The Age"})


def test_the_chroma_where_admits_the_same_passages() -> None:
    f = Filters.of(["Fortune"], since="2023-10-06", language="en")
    where = f.where(DATES)
    assert where == {
        "$and": [
            {schema.PUBLISHER: {"$in": ["Fortune"]}},
            {schema.DATE: {"$in": ["2023-10-10", "2023-10-20"]}},
            {schema.LANGUAGE: "en"},
        ]
    }


def test_a_date_range_matching_no_day_matches_no_passage() -> None:
    assert Filters.of(since="2030-01-01").where(DATES) == {schema.DATE: {"$in": ["none"]}}
