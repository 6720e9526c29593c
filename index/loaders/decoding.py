"""Bytes to text: byte-order mark, the page's declared charset, then detection.

A readable file is never skipped for its encoding: UTF-8 is tried first (most
files), then what the file declares, then charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from index.article import Skipped

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def bom_encoding(raw: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``raw`` names, if any."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    return None


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, when Python knows it."""
    match = _DECLARED.search(raw[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    # Browsers read "iso-8859-1" and "ascii" as windows-1252, a superset; so do we.
    return "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else name


def guess_encoding(raw: bytes, html: bool = False) -> str:
    """The encoding of ``raw``: BOM, then UTF-8, then the declared charset, then detection."""
    bom = bom_encoding(raw)
    if bom:
        return bom
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(raw) - 4:  # cut mid-character (a sample): still UTF-8
            return "utf-8"
    declared = declared_charset(raw) if html else None
    if declared and declared not in ("utf-8", "utf8"):
        return declared
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    return best.encoding if best is not None else "cp1252"


def decode(raw: bytes, path: str, html: bool = False) -> str | Skipped:
    """The text of a file, or why it is not text."""
    if not raw.strip():
        return Skipped(path, "empty file")
    encoding = guess_encoding(raw, html)
    if b"\x00" in raw[:8192] and not encoding.startswith("utf-16") and not encoding.startswith("utf-32"):
        return Skipped(path, "binary file (contains NUL bytes)")
    text = raw.decode(encoding, errors="replace")
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.05 * min(len(text), 8192):
        return Skipped(path, "binary file (mostly control characters)")
    return clean(text)


def clean(text: str) -> str:
    """Unix line ends, no zero-width or soft-hyphen characters, accents composed (NFC): what matching needs.

    Some pages spell "Ärztekammer" as "A" + a combining diaeresis + "rztekammer" (NFD). Keyword
    analysis cuts a word at the combining mark ("a", "rztekamm"), and a capital so written starts
    no name, so such an article was never found by its words: composed, it reads like any other.
    """
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
