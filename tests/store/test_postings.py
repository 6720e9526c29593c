"""Term tables are as wide as their longest term, and still find exactly the terms they hold."""

from __future__ import annotations

import numpy as np
import pytest

from store.postings import Postings

pytestmark = pytest.mark.fast
built = Postings.build


def test_a_term_table_is_as_wide_as_its_longest_term_and_finds_only_whole_terms() -> None:
    postings = built([["bridge", "closed", "bridge"], ["minister", "bridges"]])
    assert postings.terms.dtype == np.dtype("S8")  # "minister", not 64 bytes a term
    rows, tf = postings.lookup("bridge")
    assert rows.tolist() == [0] and tf.tolist() == [2]
    for absent in ("bridgesandtunnelsauthority", "bridg", "ministers"):
        assert not postings.holds(absent)
    assert postings.lookup("bridges")[0].tolist() == [1]


def test_merged_tables_are_as_wide_as_the_longest_term_of_either_part() -> None:
    first = built([["rail", "strike"]])
    second = built([["infrastructure", "rail"]])
    merged = Postings.merge([(first, np.array([True])), (second, np.array([True]))])
    assert merged.terms.dtype == np.dtype("S14")
    assert merged.lookup("rail")[0].tolist() == [0, 1]
    assert merged.lookup("infrastructure")[0].tolist() == [1]
    assert not merged.holds("infrastructures")
