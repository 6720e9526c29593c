"""The checks a voted short answer must pass, each adding its doubt (``rag.doubts``).

They run after the vote (``rag.extractive.compose``), in this order, because two of them
may put another answer in its place: outside English a name is voted again among the
sentences saying the noun asked about (``named_where_asked``), in English a person among
the sentences saying the question's rare words (``tied_person``). Every check after one
of them judges the answer it gave.
"""

from __future__ import annotations

from dataclasses import dataclass

from rag.answering_article import (
    answering,
    article_sentences,
    lacks_relation,
    lacks_subject,
    named_where_asked,
    tied_person,
)
from rag.doubts import Doubt
from rag.figure_source import amount_off_question, model_unsaid, money_for_count
from rag.future_date import asks_future, before_report
from rag.kinds import FIGURES, Kind
from rag.noun_counts import counter_unsaid
from rag.question_kind import counted_noun
from rag.question_reading import Reading
from rag.refusal import noun_uncounted, off_question, passage_unnamed, uncounted
from rag.roles import in_other_role, owner_unsaid, role_unsaid, someone_elses_role
from rag.sentence_choice import Candidate, sentence_text
from rag.short_answer import ShortAnswer
from rag.types import Passage
from store.analysis import analyze
from store.local_index import LocalIndex

Short = tuple[ShortAnswer, list[Candidate]]  # the short line and the sentences it stands in


@dataclass(frozen=True)
class Evidence:
    """What the checks weigh a short answer against: the question and its ranked sentences."""

    reading: Reading
    ranked: list[Candidate]
    passages: list[Passage]
    keyword: LocalIndex
    fits: dict[str, float]  # per article, the share of the question's weighted words it holds
    outlets: frozenset[str]  # the outlets the question names
    acts: frozenset[str]  # the question's terms outside its names: what it says happened
    key_act: str | None  # the rarest of them, for an English one-thing question


def checked(short: Short | None, evidence: Evidence) -> tuple[Short | None, set[Doubt]]:
    """The short answer after the checks that may replace it, and every check's doubt."""
    doubts: set[Doubt] = set()
    short = _named_where_asked(short, evidence, doubts)
    _passage_names(short, evidence, doubts)
    _amount_source(short, evidence, doubts)
    _unspaced_role(short, evidence, doubts)
    _english_word_fit(short, evidence, doubts)
    short = _tied_person(short, evidence, doubts)
    _person_roles(short, evidence, doubts)
    _future_date(short, evidence, doubts)
    _counted(short, evidence, doubts)
    return short, doubts


def _named_where_asked(short: Short | None, e: Evidence, doubts: set[Doubt]) -> Short | None:
    """Outside English a name stands beside the noun asked about or the question's rare words.

    (``rag.answering_article.named_where_asked``): chosen again among the sentences saying them, or refused.
    """
    r = e.reading
    if not (short and r.kind in (Kind.NAME, Kind.PERSON) and not r.english and not r.unspaced and r.own):
        return short
    assert r.kind is not None
    revoted = named_where_asked(
        r.asked,
        r.unasked,
        r.kind,
        short,
        e.ranked,
        e.passages,
        e.keyword,
        r.language,
        e.outlets,
        e.acts,
        e.key_act,
    )
    if revoted is None:
        doubts.add(Doubt.NAMED_NOUN)
    return revoted or short


def _passage_names(short: Short | None, e: Evidence, doubts: set[Doubt]) -> None:
    """Outside English a figure or date answers a question naming someone by a full name only from a
    passage naming it: "10 años" of another man's sentence is no answer for José Luis Olivas."""
    r = e.reading
    if (
        short
        and not r.english
        and not r.unspaced
        and r.one_thing
        and r.own
        and r.kind in (FIGURES | {Kind.DURATION, Kind.DATE})
        and passage_unnamed(r.asked, [e.passages[c.passage] for c in short[1]])
    ):
        doubts.add(Doubt.PASSAGE_UNNAMED)
    # In Chinese and Japanese a name written in Latin letters or with a model number ("麒麟990") stands
    # out as capitals do elsewhere: the passage giving the figure must write it (``rag.figure_source``).
    if short and r.unspaced and r.one_thing and r.own and r.kind in (FIGURES | {Kind.DURATION, Kind.DATE}):
        passage = e.passages[short[1][0].passage]
        if model_unsaid(r.asked, f"{passage.title} {passage.text}"):
            doubts.add(Doubt.PASSAGE_UNNAMED)


def _amount_source(short: Short | None, e: Evidence, doubts: set[Doubt]) -> None:
    """Outside English an amount answers only from a sentence saying what it is the amount of.

    Not in Chinese or Japanese: there the sentence giving a fare often leaves its subject to the one
    before ("…路面電車の運賃を改定すると発表した。1回の乗車は大人250円。").

    "Quanto custa a conta de água da Sabesp…?" is not answered by Sabesp's "R$ 4,4 bilhões" of revenue
    (``rag.figure_source.amount_off_question``).
    """
    r = e.reading
    if (
        short
        and not r.english
        and not r.unspaced
        and r.judged  # idf weighs the question's words only in an archive (as for ``scattered``)
        and r.kind is Kind.MONEY
        and amount_off_question(r.unasked, [c.terms for c in short[1]], e.keyword, r.language)
    ):
        doubts.add(Doubt.AMOUNT_OFF)


def _unspaced_role(short: Short | None, e: Evidence, doubts: set[Doubt]) -> None:
    """ "中国铁路总公司的总经理是谁？": the answering article must say the role asked about (``role_unsaid``)
    and whose role it is (``owner_unsaid``: "宏达公司的总经理" is not 远航科技's 李明)."""
    r = e.reading
    if not (r.unspaced and r.own):
        return
    said = article_sentences(answering(short, e.ranked, e.passages), e.ranked, e.passages)
    if role_unsaid(r.asked, said):
        doubts.add(Doubt.ROLE_UNSAID)
    if owner_unsaid(r.asked, said):
        doubts.add(Doubt.OWNER_UNSAID)


def _english_word_fit(short: Short | None, e: Evidence, doubts: set[Doubt]) -> None:
    """The article giving the answer must say the question's subject, hold the question, say its act.

    "How much do the glass microspheres cost per square metre?" found an article on them, then
    took "€7,000 per square meter" from one on ski chalets. Outside English the share is checked
    only in unspaced scripts, at a lower share: their character pairs say less.
    """
    r = e.reading
    if not r.own_subject:
        return
    if r.english and lacks_subject(r.asked, short, e.ranked, e.passages, e.keyword, r.language):
        doubts.add(Doubt.LACKS_SUBJECT)
    if (r.english or r.unspaced) and off_question(
        e.fits.get(answering(short, e.ranked, e.passages), 0.0), r.unspaced
    ):
        doubts.add(Doubt.OFF_QUESTION)
    if (
        r.english
        and short
        and r.kind is not Kind.PERSON
        and lacks_relation(r.asked, r.unasked, short, e.passages, e.keyword, r.language)
    ):
        doubts.add(Doubt.LACKS_RELATION)


def _tied_person(short: Short | None, e: Evidence, doubts: set[Doubt]) -> Short | None:
    """An English "who" is answered by a name from a sentence saying what the question asks."""
    r = e.reading
    if not (r.english and r.own_subject and short and r.kind is Kind.PERSON):
        return short
    tied = tied_person(
        r.asked, r.unasked, short, e.ranked, e.passages, e.keyword, r.language, e.outlets, e.acts, e.key_act
    )
    if tied is None:
        doubts.add(Doubt.TIED_PERSON)
    return tied or short


def _person_roles(short: Short | None, e: Evidence, doubts: set[Doubt]) -> None:
    """A person named in someone else's role, or in another role than the one asked, is no answer."""
    if not (short and e.reading.kind is Kind.PERSON):
        return
    naming = [sentence_text(c, e.passages) for c in short[1]]
    if someone_elses_role(e.reading.asked, naming, short[0].text):
        doubts.add(Doubt.SOMEONE_ELSES_ROLE)
    if in_other_role(e.reading.asked, short[0].text, naming):
        doubts.add(Doubt.IN_OTHER_ROLE)


def _future_date(short: Short | None, e: Evidence, doubts: set[Doubt]) -> None:
    """ "When will…?" is not answered by a year before the report quoting it (``rag.future_date``)."""
    r = e.reading
    if (
        r.english
        and short
        and r.kind is Kind.DATE
        and asks_future(r.asked)
        and before_report(short[0].text, e.passages[short[1][0].passage].date)
    ):
        doubts.add(Doubt.FUTURE_DATE)


def _counted(short: Short | None, e: Evidence, doubts: set[Doubt]) -> None:
    """A count answers "how many X" only beside X.

    Outside English the count must stand beside the noun counted in some quotable sentence: "Wie viele
    Filialen hatte Zielpunkt?" is not answered by "rund 800 Mitarbeiter" (``rag.refusal.noun_uncounted``);
    in Chinese and Japanese before the measure word asked ("多少条" by "16条", ``counter_unsaid``).
    """
    r = e.reading
    if not (r.kind is Kind.NUMBER and r.one_thing):
        return
    # Chinese and Japanese count in measure words: "多少条线路" is not answered by an article saying only
    # "约500米"; its quotable sentences are judged, as ``noun_uncounted`` judges every one outside English.
    if short and r.unspaced:
        home = e.passages[short[1][0].passage].doc_id
        said = [sentence_text(c, e.passages) for c in e.ranked if e.passages[c.passage].doc_id == home]
        if counter_unsaid(r.asked, said):
            doubts.add(Doubt.NOUN_UNCOUNTED)
    if short and uncounted(r.asked, [c.terms for c in short[1]]):
        doubts.add(Doubt.UNCOUNTED)
    noun = counted_noun(r.asked) if short and not r.english and r.own else None
    if short and noun:
        giving = [sentence_text(c, e.passages) for c in short[1]]
        quotable = [sentence_text(c, e.passages) for c in e.ranked]
        if money_for_count(short[0].text, giving, quotable, set(analyze(noun, r.language)), r.language):
            doubts.add(Doubt.UNCOUNTED)
    if (
        not r.english
        and r.own
        and noun_uncounted(
            r.asked, [(sentence_text(c, e.passages), c.terms) for c in e.ranked], r.language, e.keyword
        )
    ):
        doubts.add(Doubt.NOUN_UNCOUNTED)
