"""Question words a sentence holds inside its own longer words, in languages that compound.

German writes "Umsatzanteil" where a question asks for the "Anteil am Umsatz", "Einstiegsalter"
where it asks "Mit welchem Alter…?", and puts the "zu" of an infinitive inside a separable verb
("zuzustimmen" for "zustimmen"). The keyword index stems each of those as one term, so a sentence
saying the answer in one word held none of the question's words and lost to one repeating them.
Only question terms a sentence lacks are looked for, and only inside its longer terms: this runs
for every candidate sentence of every answer.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from byline import lexicon
from store.analysis import MIN_PART, compound_parts, is_compounding, language_code

# A short modifier changes what its head means ("Hochwasser" is no "hoch", "Anteil" no "an"): a
# question word is held as a modifier only from this length. A head names the thing ("Einstiegsalter").
MIN_MODIFIER = 5
# A question's own compound is split into parts only when its head is at least this long and each part
# at least ``MIN_MODIFIER - 1``: "Maßnahme" is no "Maß" + "nahm", "Einwohner" no "ein" + "wohn".
MIN_HEAD = 5
# A head matched after a modifier the index does not know ("Forschungs-anlage").
MIN_UNKNOWN_HEAD = 5


class _Either:
    """Membership in either of two vocabularies (the index's and the question's), without copying."""

    def __init__(self, first: Container[str], second: Container[str]) -> None:
        self.first, self.second = first, second

    def __contains__(self, term: object) -> bool:
        return term in self.second or term in self.first


def held_in_compounds(
    missing: Iterable[str], terms: Iterable[str], known: Container[str], language: str | None
) -> set[str]:
    """The ``missing`` question terms that one of ``terms`` holds as a compound's part or a zu-infinitive.

    ``known`` is the index's vocabulary: with the question's own terms it is the dictionary
    a compound is split by (``store.analysis.compound_parts``), so "umsatzanteil" is
    "umsatz" + "anteil" even where no article says "Umsatz" alone.
    """
    if not is_compounding(language):
        return set()
    wanted = {w for w in missing if len(w) >= MIN_PART}
    if not wanted:
        return set()
    code = language_code(language)
    # A separable prefix is a modifier too: "durchschnittlich" holds the "Schnitt" of "im Schnitt".
    dictionary = _Either(known, wanted | set(lexicon.SEPARABLE_PREFIXES.get(code, ())))
    held: set[str] = set()
    for term in terms:
        inside = {w for w in wanted - held if w in term and w != term}
        if not inside:
            continue
        held |= inside & {_unzu(term, code)}
        if inside - held:
            parts = compound_parts(term, dictionary)
            held |= {w for w in inside if w in parts and (w == parts[-1] or len(w) >= MIN_MODIFIER)}
        held |= {w for w in inside - held if _headed_by(term, w)}
    return held


def _headed_by(term: str, head: str) -> bool:
    """Whether ``term`` is a compound ending in ``head`` whose modifier the index need not know.

    "Forschungsanlage" is an "Anlage" wherever "Forschung" is said only in compounds. The head
    must be a word of its own ("Aufenthalt" is no "alt", "Tatsache" no "Sache"): so long a head and
    so long a modifier that chance endings are rare.
    """
    return len(head) >= MIN_UNKNOWN_HEAD and term.endswith(head) and len(term) - len(head) >= MIN_MODIFIER


def _unzu(term: str, code: str) -> str:
    """A zu-infinitive's stem without its "zu": "zuzustimm" → "zustimm", "anzufang" → "anfang"."""
    infix = lexicon.ZU_INFIX.get(code)
    if not infix:
        return term
    for prefix in lexicon.SEPARABLE_PREFIXES.get(code, ()):
        if term.startswith(prefix + infix) and len(term) - len(prefix) - len(infix) >= MIN_PART:
            return prefix + term[len(prefix) + len(infix) :]
    return term


def question_parts(
    wanted: Iterable[str], known: Container[str], language: str | None
) -> dict[str, list[str]]:
    """The parts of each of the question's compounds, for sentences that say them apart.

    "Was hat die Fusionsanlage gekostet?" is answered by "In der eine Milliarde Euro teuren
    Anlage…": the index knows "Fusionsanlage", so the question keeps it whole, and a
    sentence holding its head "Anlage" held none of the question's words.
    """
    if not is_compounding(language):
        return {}
    out = {}
    for w in wanted:
        parts = compound_parts(w, known) or _known_head(w, known)
        if len(parts) > 1 and len(parts[-1]) >= MIN_HEAD and all(len(p) >= MIN_MODIFIER - 1 for p in parts):
            out[w] = parts
    return out


def _known_head(term: str, known: Container[str]) -> list[str]:
    """The longest known head of ``term`` with its modifier, when no split into known parts fits."""
    for cut in range(MIN_MODIFIER, len(term) - MIN_HEAD + 1):
        if term[cut:] in known:
            return [term[:cut], term[cut:]]
    return []
