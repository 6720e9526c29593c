"""The term cache keeps the terms questions keep asking: the least recently asked go first,
within a byte budget, so a common term stays cached while one-off names pass through."""

from __future__ import annotations

import numpy as np
import pytest

from store.term_cache import TermCache

pytestmark = pytest.mark.fast


def hits(rows: int) -> tuple[np.ndarray, np.ndarray]:
    """A term's hits of ``rows`` rows: 8 bytes a row (int32 row, float32 score)."""
    return np.arange(rows, dtype=np.int32), np.ones(rows, dtype=np.float32)


def test_a_term_asked_again_outlives_terms_asked_once_when_the_budget_is_full() -> None:
    cache = TermCache(budget=8 * 400)  # room for four terms of 100 rows
    cache.put("report", hits(100))
    for name in ("kestrel", "alder", "marlow"):
        cache.put(name, hits(100))
        assert cache.get("report") is not None  # every question asks it
    cache.put("thorne", hits(100))  # full: the least recently asked goes
    assert cache.get("report") is not None
    assert cache.get("kestrel") is None
    assert [cache.get(t) is not None for t in ("alder", "marlow", "thorne")] == [True, True, True]


def test_a_term_larger_than_a_quarter_of_the_budget_is_not_kept() -> None:
    cache = TermCache(budget=8 * 400)
    cache.put("said", hits(101))
    assert cache.get("said") is None
    cache.put("mayor", hits(100))
    assert np.array_equal(cache.get("mayor")[0], np.arange(100))  # type: ignore[index]
