"""Sentence spans and int8 vectors as passage metadata, and back.

Sentences are stored with their passage instead of one Chroma record each (63
records per article before), so the store holds one record per passage and any
process can read a passage's sentence vectors with the passage itself.
"""

from __future__ import annotations

import base64
from typing import Any

import numpy as np

from byline.embedding import DIMENSION
from store import schema


def encode(spans: np.ndarray, vectors: np.ndarray) -> dict[str, str]:
    """Metadata fields for a passage's sentences (``vectors`` already int8)."""
    return {
        schema.SENTENCE_SPANS: " ".join(f"{int(s)}-{int(e)}" for s, e in np.asarray(spans).reshape(-1, 2)),
        schema.SENTENCE_VECTORS: base64.b64encode(
            np.ascontiguousarray(vectors, dtype=np.int8).tobytes()
        ).decode("ascii"),
    }


def decode(meta: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """(spans (n, 2) int32, vectors (n, DIMENSION) int8) of a passage; ValueError when malformed."""
    text = str(meta.get(schema.SENTENCE_SPANS) or "")
    spans = np.asarray(
        [tuple(int(x) for x in pair.split("-", 1)) for pair in text.split()], dtype=np.int32
    ).reshape(-1, 2)
    raw = base64.b64decode(str(meta.get(schema.SENTENCE_VECTORS) or ""), validate=True)
    vectors = np.frombuffer(raw, dtype=np.int8).reshape(-1, DIMENSION)
    if len(vectors) != len(spans):
        raise ValueError("sentence spans and vectors disagree")
    return spans, vectors
