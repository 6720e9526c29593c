"""Whether a normalised text holds a candidate answer as whole words, in any script.

The vote of ``rag.short_answer`` counts the sentences and passages that hold a
candidate. Between spaces is the test for spaced scripts; Chinese and Japanese put
no spaces around a figure ("大约3000万记录"), so there a candidate only has to
stand apart from the letters and digits of a spaced script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from store.analysis import UNSPACED

_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")


@dataclass(frozen=True)
class Padded:
    """A normalised text between spaces, and whether it has unspaced-script characters (found once)."""

    text: str
    unspaced: bool

    @classmethod
    def of(cls, normalised: str) -> Padded:
        return cls(f" {normalised} ", bool(_UNSPACED_CHAR.search(normalised)))

    def holds(self, keys: Iterable[str]) -> bool:
        """Whether any of the normalised ``keys`` stands in the text as whole words."""
        for key in keys:
            if f" {key} " in self.text:
                return True
            if self.unspaced and re.search(
                rf"(?<![^\W{UNSPACED}]){re.escape(key)}(?![^\W{UNSPACED}])", self.text
            ):
                return True
        return False
