"""A passage kept between questions gives the sentence vectors the store holds, from a compact form."""

from __future__ import annotations

import numpy as np
import pytest

from rag.passage_cache import CachedPassage
from store import schema, sentence_codec
from store.records import StoredChunk

pytestmark = pytest.mark.fast


def _chunk(bits: int) -> StoredChunk:
    rows = np.random.default_rng(3).normal(size=(4, 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    spans = np.array([[0, 40], [41, 90], [91, 150], [151, 200]], dtype=np.int32)
    meta = {schema.DOC_ID: "doc", **sentence_codec.encode(spans, rows, bits)}
    return StoredChunk("doc:abc:0", "text", meta)


@pytest.mark.parametrize("bits", [8, 4, 1])
def test_cached_passage_gives_the_stored_vectors(bits: int) -> None:
    chunk = _chunk(bits)
    want_spans, want = sentence_codec.decode(chunk.metadata)
    cached = CachedPassage.decoded(chunk)
    assert [(s, e) for s, e, _ in cached.sentences] == [tuple(map(int, pair)) for pair in want_spans]
    assert np.allclose(np.stack([v for _, _, v in cached.sentences]), want, atol=1e-6)
    probe = want[2:3]
    assert cached.best_similarity(probe) == pytest.approx(1.0, abs=1e-5)


def test_cached_passage_keeps_one_byte_a_dimension_not_floats() -> None:
    cached = CachedPassage.decoded(_chunk(8))
    held = cached.vectors.codes.nbytes + cached.vectors.factor.nbytes
    assert held < cached.matrix().nbytes / 3  # the float vectors are made when asked for
    assert schema.SENTENCE_PACKED not in cached.chunk.metadata  # and the encoded copy is dropped


def test_malformed_sentence_data_gives_a_passage_without_sentences() -> None:
    chunk = _chunk(8)
    meta = {**chunk.metadata, schema.SENTENCE_SPANS: "0-40"}  # one span for four vectors
    cached = CachedPassage.decoded(StoredChunk(chunk.chunk_id, chunk.text, meta))
    assert cached.sentences == []
    assert cached.best_similarity(np.ones((1, 384), dtype=np.float32)) == 0.0
