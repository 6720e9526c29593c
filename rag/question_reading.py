"""What the offline answer reads of the question once, before any sentence is judged.

``rag.extractive.compose`` runs its steps (rank, vote, check) over the same facts about
the question: the kind of answer it asks for, its language, whether it asks one thing,
whether the word checks may judge it, the names it mentions. They are read here, once,
so that each step takes them as one typed value instead of recomputing its own copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from byline.language import detect_query_language
from byline.settings import Settings
from rag.asked_act import asked_act
from rag.kinds import Kind
from rag.question_kind import asks_yes_or_no, expected_kind, without_question_words
from rag.refusal import QuestionNames, asks_one_thing
from rag.retriever import Retrieval
from store.analysis import DEFAULT_LANGUAGE, UNSPACED_CHAR, language_code
from store.local_index import LocalIndex


@dataclass(frozen=True)
class Reading:
    """The question as every step of the answer sees it."""

    asked: str  # as the user typed it: says what kind of answer is wanted
    question: str  # what sentences are scored against (a follow-up with its conversation)
    kind: Kind | None
    language: str
    names: QuestionNames  # its names and what the retrieved passages hold of them
    outlets: frozenset[str]  # the outlets it names and the archive's, whose names are no subject
    one_thing: bool  # one article should answer it
    anchored: set[str] | None  # for a one-thing question, the articles naming what it is about
    judged: bool  # the word checks may judge it (its own words, one thing, an archive with idf)
    own_words: bool  # judged, and it asks for a kind of answer
    own_subject: bool  # judged, neither yes/no nor about what named outlets reported
    unasked: str  # without its asking words, analysed in the whole question's language
    act: str | None  # English, one thing: the act a which-question asks about ("publish")

    @property
    def english(self) -> bool:
        return language_code(self.language) == DEFAULT_LANGUAGE

    @property
    def unspaced(self) -> bool:
        """Asked in an unspaced script (Chinese, Japanese) rather than English."""
        return not self.english and bool(UNSPACED_CHAR.search(self.asked))

    @property
    def own(self) -> bool:
        """The question as typed is the one scored: not a follow-up completed by its conversation."""
        return self.question == self.asked


def read_question(
    question: str, asked: str, found: Retrieval, keyword: LocalIndex, settings: Settings
) -> Reading:
    """Read ``asked`` (scored as ``question``) against what was retrieved for it."""
    kind = expected_kind(asked)
    outlets = frozenset(found.plan.outlets | keyword.outlets())
    # A question that asks one thing is answered by one article that names what it is about
    # (and the year it names); a question combining reports may find its names apart.
    names = QuestionNames.of(asked, found.passages, outlets)
    one_thing = asks_one_thing(asked, found.plan)
    # A question asking for a name or figure finds its words together in the article that gives it;
    # a follow-up's own words ("How much did it cost?") need not be there, its conversation's are.
    # Yes/no questions are left out: "Has X's coverage changed from their earlier report…?" combines
    # two reports, though it reads as one clause.
    # Both word checks need an archive (idf) and the question's own words (not a follow-up's).
    judged = question == asked and one_thing and len(keyword) >= settings.scattered_min_passages
    language = detect_query_language(asked)
    return Reading(
        asked=asked,
        question=question,
        kind=kind,
        language=language,
        names=names,
        outlets=outlets,
        one_thing=one_thing,
        anchored=names.anchored() if one_thing else None,
        judged=judged,
        own_words=judged and kind is not None,
        # "Does the Sportskeeda article suggest…compared to…?" weighs two reports, whatever its clauses;
        # "…according to Sporting News…" asks what one outlet's reports say together, in their words.
        own_subject=judged and not asks_yes_or_no(asked) and not found.plan.outlets,
        unasked=without_question_words(asked),
        act=asked_act(asked) if one_thing and language_code(language) == DEFAULT_LANGUAGE else None,
    )
