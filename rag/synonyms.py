"""Words an article may use for the one a question says: "CEO" for "chief", "shrank" for "shrink".

Questions paraphrase; the word checks (``rag.question_nouns``, ``rag.sentence_choice.article_fits``)
compare the question's stems with the article's, and a user asking about Canopy Growth's "chief
executive" finds an article that calls David Klein its "CEO". The groups are
``byline.lexicon.NOUN_SYNONYMS``, and ``byline.lexicon.VERB_FORMS`` for the past forms no stemmer
joins to the present ("By how much did the UK economy shrink?" / "the economy shrank"); a stem
stands for its group. Other languages have their own groups, as their analyser stems them
("muerte" / "murieron", "ausgestellt" / "gezeigt"): ``group`` takes the language of the terms.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from byline.lexicon import NOUN_SYNONYMS, SPELLINGS, VERB_FORMS
from store.analysis import DEFAULT_LANGUAGE, analyze, language_code


@functools.cache
def _groups(code: str) -> dict[str, frozenset[str]]:
    """Each stem (in language ``code``) of a word group (``NOUN_SYNONYMS``, ``VERB_FORMS``, ``SPELLINGS``)."""
    groups = [
        frozenset(t for word in group for t in analyze(word, code))
        for group in (*NOUN_SYNONYMS.get(code, ()), *VERB_FORMS.get(code, ()), *SPELLINGS.get(code, ()))
    ]
    return {term: group for group in groups for term in group}


def group(term: str, language: str | None = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The stem ``term`` (of ``language``, default English) and the stems of the words for the same thing."""
    return _groups(language_code(language)).get(term, frozenset({term}))


def held_by_synonym(
    missing: Iterable[str], terms: set[str] | frozenset[str], language: str | None = DEFAULT_LANGUAGE
) -> set[str]:
    """The ``missing`` question stems that an article's ``terms`` hold as another word for the same thing."""
    return {want for want in missing if group(want, language) & terms}


def has_synonyms(language: str | None) -> bool:
    """Whether ``language`` has word groups at all (most have none: nothing to look up)."""
    return bool(_groups(language_code(language)))
