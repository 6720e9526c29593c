"""Sentences stored in passage metadata come back with their spans and close to their vectors."""

from __future__ import annotations

import numpy as np
import pytest

from store import schema, sentence_codec

pytestmark = pytest.mark.fast


def unit_rows(n: int, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(n, 384)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


@pytest.mark.parametrize(("bits", "closest"), [(8, 0.999), (4, 0.985), (1, 0.75)])
def test_round_trip_keeps_spans_exactly_and_vectors_closely(bits: int, closest: float) -> None:
    spans = np.array([[10, 52], [53, 120], [121, 180]], dtype=np.int32)
    vectors = unit_rows(3)
    meta = sentence_codec.encode(spans, vectors, bits)
    got_spans, got = sentence_codec.decode(meta)
    assert np.array_equal(got_spans, spans)
    cosines = (got * vectors).sum(axis=1)
    assert cosines.min() > closest


def test_malformed_sentence_data_is_refused_not_misread() -> None:
    meta = sentence_codec.encode(np.array([[0, 5], [6, 9]]), unit_rows(2))
    meta[schema.SENTENCE_SPANS] = "0-5"  # one span for two vectors: not the same passage
    with pytest.raises(ValueError):
        sentence_codec.decode(meta)
    with pytest.raises(ValueError):
        sentence_codec.decode({schema.SENTENCE_SPANS: "0-5", schema.SENTENCE_VECTORS: "4:!!"})


def test_a_damaged_vector_piece_is_refused_not_misread() -> None:
    meta = sentence_codec.encode(np.array([[0, 5], [6, 9], [10, 14]]), unit_rows(3))
    body = meta[schema.SENTENCE_PACKED]
    meta[schema.SENTENCE_PACKED] = body[:20] + ("A" if body[20] != "A" else "B") + body[21:]
    with pytest.raises(ValueError):
        sentence_codec.decode(meta)
