"""Bytes as Chroma metadata strings: base85 with a checksum, in pieces that fit an index page.

Chroma's embedded store keeps every metadata string twice: in its metadata table
and in an SQLite index on ``(key, string_value)``. An index entry longer than
about 1,000 bytes (a quarter of a 4 KiB page) spills into overflow pages, and
the last overflow page of each entry is mostly empty: a passage's sentence
vectors (~6,300 characters) left ~2,400 bytes unused per passage that way
(docs/benchmarks.md, "Storage per article (issue 12, store3)"). So a value is
split into pieces of at most :data:`PIECE_CHARS` characters under the keys
``key``, ``key.1``, ``key.2`` …; the first piece says how many there are, so
pieces left by an earlier write of the same record are never read.

Base85 takes 5 characters per 4 bytes (base64: 4 per 3); it is Python's
``base64.b85encode`` alphabet and layout, computed with numpy because the standard
library's is pure Python (~2 ms a passage, against a question's ~40 ms budget for
its ~40 passages). The CRC-32 makes a damaged value a ``ValueError`` instead of
wrong vectors or text.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, MutableMapping
from typing import Any

import numpy as np

# An index cell of more than ~1,002 bytes spills (4 KiB pages). Below that, pieces of
# 490 characters were the smallest on disk of 330-980 (MultiHop-RAG's 609 articles,
# 112-115 KB an article vacuumed, 137-141 KB not): with the key, the record header and
# the row id, eight of them fill a page of the table and of the index. Keys stay short.
PIECE_CHARS = 490


_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
_TO_CHARS = bytes(_ALPHABET[i] if i < 85 else 0 for i in range(256))  # digit -> character
_TO_DIGITS = bytes(_ALPHABET.index(i) if i in _ALPHABET else 255 for i in range(256))  # and back
_POWERS = 85 ** np.arange(4, -1, -1, dtype=np.int64)
_FLOAT_POWERS = _POWERS.astype(np.float64)


def b85encode(data: bytes) -> str:
    """``base64.b85encode(data)``, vectorised."""
    pad = -len(data) % 4
    words = np.frombuffer(data + b"\0" * pad, dtype=">u4").astype(np.int64)
    digits = ((words[:, None] // _POWERS) % 85).astype(np.uint8)
    chars = digits.tobytes().translate(_TO_CHARS)
    return chars[: len(chars) - pad].decode("ascii")


def b85decode(text: str) -> bytes:
    """``base64.b85decode(text)``, vectorised; ValueError on a character or group out of range."""
    if not text.isascii():
        raise ValueError("not base85")
    pad = -len(text) % 5
    digits = (text.encode("ascii") + b"~" * pad).translate(_TO_DIGITS)
    if b"\xff" in digits:
        raise ValueError("not base85")
    # float64 is exact here (at most 85**5 < 2**53) and takes the fast matrix product
    words = np.frombuffer(digits, dtype=np.uint8).reshape(-1, 5).astype(np.float64) @ _FLOAT_POWERS
    if len(words) and words.max() > 0xFFFFFFFF:
        raise ValueError("base85 overflow")
    out = words.astype(">u4").tobytes()
    return out[: len(out) - pad]


def piece_keys(key: str, count: int) -> list[str]:
    """The keys of a value stored in ``count`` pieces."""
    return [key] + [f"{key}.{i}" for i in range(1, count)]


def encode(key: str, data: bytes) -> dict[str, str]:
    """Metadata fields holding ``data`` under ``key`` (and ``key.1`` … when long)."""
    checked = data + zlib.crc32(data).to_bytes(4, "little")
    body = b85encode(checked)
    head_room = PIECE_CHARS - 4  # "NNN:" on the first piece
    count = 1 + max(0, -(-(len(body) - head_room) // PIECE_CHARS))
    parts = [body[:head_room]] + [
        body[head_room + i * PIECE_CHARS : head_room + (i + 1) * PIECE_CHARS] for i in range(count - 1)
    ]
    parts[0] = f"{count}:{parts[0]}"
    return dict(zip(piece_keys(key, count), parts, strict=True))


def decode(meta: Mapping[str, Any], key: str) -> bytes:
    """The bytes stored under ``key``; ValueError when absent, incomplete or damaged."""
    head, sep, first = str(meta.get(key) or "").partition(":")
    if not sep or not head.isdigit() or not 1 <= int(head) <= 10_000:
        raise ValueError(f"metadata {key!r} is not a packed value")
    parts = [first]
    for extra in piece_keys(key, int(head))[1:]:
        if not isinstance(meta.get(extra), str):
            raise ValueError(f"metadata {key!r} lacks its piece {extra!r}")
        parts.append(meta[extra])
    checked = b85decode("".join(parts))
    data, crc = checked[:-4], checked[-4:]
    if len(checked) < 4 or zlib.crc32(data).to_bytes(4, "little") != crc:
        raise ValueError(f"metadata {key!r} fails its checksum")
    return data


def remove(meta: MutableMapping[str, Any], key: str) -> None:
    """Drop ``key`` and every piece of it from ``meta`` (whatever the first piece says)."""
    meta.pop(key, None)
    prefix = f"{key}."
    for name in [k for k in meta if k.startswith(prefix) and k[len(prefix) :].isdigit()]:
        del meta[name]
