"""Sentence spans and quantised vectors as passage metadata, and back.

Sentences are stored with their passage instead of one Chroma record each (63
records per article before), so the store holds one record per passage and any
process reads a passage's sentence vectors with the passage itself.

Chroma indexes every metadata string (its SQLite keeps an index on
``(key, string_value)``), so each byte here is stored about three times: the
vectors are packed as tightly as their use allows: ``BITS`` bits per dimension
with one scale per sentence. 8 bits keep MultiHop-RAG retrieval where float
vectors had it; 4 bits halve the bytes but lost 0.003 Hits@10 and 0.005
AllFacts@10 (docs/benchmarks.md, "Archive scale"). The payload starts with its
bit width, so an index written with any width can be read back.

Written as :mod:`store.packed` pieces under ``schema.SENTENCE_PACKED`` (base85,
checksummed, each piece small enough to stay on its index page; with the deflated
text, 18 % fewer bytes an article, docs/benchmarks.md "Storage per article (issue
12, store3)"). Passages of older indexes keep ``"<bits>:<base64>"`` under
``schema.SENTENCE_VECTORS`` and are read as they are.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

import numpy as np

from byline.embedding import DIMENSION
from store import packed, schema

BITS = 8


def quantized(vectors: np.ndarray, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """(codes as uint8 in [0, 2^bits), per-row scale): symmetric uniform quantisation of each row."""
    vectors = np.asarray(vectors, dtype=np.float32).reshape(-1, DIMENSION)
    if bits == 1:
        scale = np.abs(vectors).mean(axis=1)
        return (vectors > 0).astype(np.uint8), scale
    levels = 2 ** (bits - 1) - 1  # 4 bits: -7..7
    scale = np.maximum(np.abs(vectors).max(axis=1), 1e-12) / levels
    codes = np.clip(np.rint(vectors / scale[:, None]), -levels, levels) + levels
    return codes.astype(np.uint8), scale


def _pack(codes: np.ndarray, bits: int) -> bytes:
    if bits == 8:
        return codes.tobytes()
    flat = codes.reshape(-1)
    if bits == 4:
        return ((flat[0::2] << 4) | flat[1::2]).astype(np.uint8).tobytes()
    return np.packbits(flat).tobytes()


def _unpack(raw: bytes, bits: int, rows: int) -> np.ndarray:
    data = np.frombuffer(raw, dtype=np.uint8)
    if bits == 4:
        data = np.stack([data >> 4, data & 15], axis=1).reshape(-1)
    elif bits == 1:
        data = np.unpackbits(data)
    return data[: rows * DIMENSION].reshape(rows, DIMENSION)


def encode(spans: np.ndarray, vectors: np.ndarray, bits: int = BITS) -> dict[str, str]:
    """Metadata fields for a passage's sentences (``vectors``: unit float rows)."""
    codes, scale = quantized(vectors, bits)
    payload = bytes([bits]) + scale.astype(np.float16).tobytes() + _pack(codes, bits)
    return {
        schema.SENTENCE_SPANS: " ".join(f"{int(s)}-{int(e)}" for s, e in np.asarray(spans).reshape(-1, 2)),
        **packed.encode(schema.SENTENCE_PACKED, payload),
    }


def _stored(meta: dict[str, Any]) -> tuple[int, bytes]:
    """(bit width, scales and codes) as stored, in either format; ValueError when malformed."""
    if schema.SENTENCE_PACKED in meta:
        raw = packed.decode(meta, schema.SENTENCE_PACKED)
        if not raw:
            raise ValueError("empty sentence vectors")
        return raw[0], raw[1:]
    head, _, body = str(meta.get(schema.SENTENCE_VECTORS) or "").partition(":")
    try:
        return int(head), base64.b64decode(body, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise ValueError(f"malformed sentence vectors: {exc}") from exc


def width(meta: dict[str, Any]) -> int:
    """The bit width a passage's sentence vectors were stored with; ValueError when malformed."""
    return _stored(meta)[0]


def remove(meta: dict[str, Any]) -> None:
    """Drop a passage's encoded sentence vectors (either format) from ``meta``; the spans stay."""
    packed.remove(meta, schema.SENTENCE_PACKED)
    meta.pop(schema.SENTENCE_VECTORS, None)


def decode_spans(meta: dict[str, Any]) -> np.ndarray:
    """(n, 2) int32 article offsets of a passage's sentences; ValueError when malformed."""
    text = str(meta.get(schema.SENTENCE_SPANS) or "")
    pairs = [tuple(int(x) for x in pair.split("-", 1)) for pair in text.split()]
    return np.asarray(pairs, dtype=np.int32).reshape(-1, 2)


@dataclass(frozen=True)
class CompactVectors:
    """A passage's sentence vectors as stored codes and one factor a row (a quarter of the floats' bytes).

    What a reader keeps between questions (``rag.passage_cache``): :meth:`unit` gives the unit
    vectors back from :func:`quantized`'s output in one multiply (the row's scale over its norm
    is worked out once), the same floats every time.
    """

    codes: np.ndarray  # (n, DIMENSION) uint8
    offset: float  # the code of 0
    factor: np.ndarray  # (n,) float32

    def unit(self) -> np.ndarray:
        """The unit vectors, one float32 row a sentence."""
        return (self.codes.astype(np.float32) - np.float32(self.offset)) * self.factor[:, None]

    @classmethod
    def of(cls, codes: np.ndarray, scale: np.ndarray, bits: int) -> CompactVectors:
        """The compact form of :func:`quantized`'s output (``bits`` wide)."""
        offset = 0.5 if bits == 1 else float(2 ** (bits - 1) - 1)  # 1 bit: ±scale, as 2 × (code − ½)
        step = scale * (2.0 if bits == 1 else 1.0)
        norms = np.linalg.norm((codes.astype(np.float32) - np.float32(offset)) * step[:, None], axis=1)
        return cls(codes, offset, (step / np.maximum(norms, 1e-12)).astype(np.float32))


def decode_compact(meta: dict[str, Any]) -> tuple[np.ndarray, CompactVectors]:
    """(spans, compact vectors) of a passage; ValueError when malformed."""
    spans, codes, scale, bits = _decoded_codes(meta)
    return spans, CompactVectors.of(codes, scale, bits)


def _decoded_codes(meta: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(spans, codes (n, DIMENSION) uint8, per-row scale, bit width); ValueError when malformed."""
    spans = decode_spans(meta)
    bits, raw = _stored(meta)
    if bits not in (1, 4, 8):
        raise ValueError(f"unknown sentence vector width {bits}")
    rows = len(spans)
    scale = np.frombuffer(raw[: 2 * rows], dtype=np.float16).astype(np.float32)
    codes = raw[2 * rows :]
    if len(scale) != rows or len(codes) * 8 != rows * DIMENSION * bits:
        raise ValueError("sentence spans and vectors disagree")
    return spans, _unpack(codes, bits, rows), scale, bits


def decode(meta: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """(spans (n, 2) int32, unit vectors (n, DIMENSION) float32) of a passage; ValueError when malformed."""
    spans, vectors = decode_compact(meta)
    return spans, vectors.unit()
