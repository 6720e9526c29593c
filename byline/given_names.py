"""Known given names: the one owner of the census name lists Byline reads.

No NER model is packaged, so whether a capitalised span names a person is guessed from its
surface (``rag.short_answer``). A span opening with a known given name ("Susan Collins",
"Calvin Ball") is far more likely a person than one that does not ("African Americans",
"Sound Plan", "Ottawa"). The lists are the 1990 US census first names (1,219 male, 4,275
female) shipped by the pinned PyPI package ``names`` (0.3.0, MIT, Trey Hunner). Its surname
list is not read: it holds common words ("Day", "White", "House") and says little alone.

The files are read on first use (never at import), checked against their SHA-256 like the
model files are (``byline.embedding``), so a damaged install fails with one clear error
instead of quietly changing answers, and kept for the process.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from importlib import resources

from byline.errors import NameListError
from byline.lexicon import NOT_GIVEN_NAMES

log = logging.getLogger(__name__)

PACKAGE = "names"
# Each list file of ``names==0.3.0`` and its SHA-256: "NAME  frequency  cumulative  rank" lines.
FILES: dict[str, str] = {
    "dist.male.first": "0a5078ef6effe3b483d15b0f7f95047662126c9bfb624ecd5e5b978fc0f2470b",
    "dist.female.first": "bd2f310fc4e5d5e5ea122c9d4342c9821145823118eb20db1647f305ec77b358",
}


def _read(name: str, expected: str) -> bytes:
    """The bytes of one list file of the ``names`` package, checked against ``expected``."""
    try:
        data = (resources.files(PACKAGE) / name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise NameListError(
            f"name list {PACKAGE}/{name} missing: reinstall Byline (it needs {PACKAGE}==0.3.0)"
        ) from exc
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise NameListError(f"checksum mismatch for {PACKAGE}/{name}: expected {expected}, got {actual}")
    return data


@functools.cache
def given_names() -> frozenset[str]:
    """Every census given name, lower-cased ("james", "susan"), read and checked once."""
    known: set[str] = set()
    for name, digest in FILES.items():
        for line in _read(name, digest).decode("ascii").splitlines():
            if line.strip():
                known.add(line.split()[0].lower())
    known -= set(NOT_GIVEN_NAMES["en"])
    log.debug("read %d given names from %s", len(known), PACKAGE)
    return frozenset(known)


def is_given_name(word: str) -> bool:
    """Whether ``word`` (any case) is a known given name: "Susan" yes, "African" no."""
    return word.lower() in given_names()
