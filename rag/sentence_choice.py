"""Which retrieved sentences may be quoted, and how well each one answers.

A sentence is scored by how much of the question's weighted vocabulary it holds
(BM25's idf) and by its embedding similarity to the question (trusted less, for
ranking, in a script the embedding model was not trained on); a sentence that
holds the asked-for kind of answer (a name, number, amount or date the question
does not already contain) scores higher than its neighbours that only repeat the
question's words. Page furniture (``byline.boilerplate``), bare datelines, and
fragments (a headline, a cut-off piece of an over-long sentence) are never
candidates: an answer quotes whole sentences of reporting. A sentence that asks
("150克蛋白质大概是多少？") is quoted together with the sentence after it, which answers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from byline.boilerplate import is_boilerplate
from byline.embedding import model_info
from byline.language import detect_query_language
from byline.sentences import word_count
from rag.compound_terms import held_in_compounds, question_parts
from rag.kinds import Kind
from rag.mentions import MEMO_SIZE, mentions, tells_time
from rag.question_kind import asks_clock_time
from rag.question_names import names_in_question
from rag.retriever import Retrieval
from rag.synonyms import has_synonyms, held_by_synonym
from rag.types import Passage
from store.analysis import (
    DEFAULT_LANGUAGE,
    UNSPACED,
    UNSPACED_CHAR,
    analyze,
    is_compounding,
    language_code,
    own_terms,
    question_terms,
)
from store.local_index import LocalIndex

MIN_WORDS = 4
KIND_BONUS = 0.08
CONTEXT_WEIGHT = 0.5
# An English sentence is also scored with its passage's headline and opening sentences, at this weight:
# news names its subject once, then says "he", "the pair", "the company". "Born in 1942 in Tredegar…,
# he attended…" answers "In what year was Neil Kinnock born?" only with "Former Labour leader Neil
# Kinnock…" before it. On the English dev sets 0.5 answered 15 more questions of 2,233 and refused 5
# fewer of 810 off-topic ones (0.4: +10, −4); outside English +18 −9 answered and 7 fewer off-topic
# refused, so there it is not done (docs/benchmarks.md, issue 14, 2026-11-28 14:34 UTC).
LEAD_WEIGHT = 0.5
LEAD_SENTENCES = 2
# An English-only model's similarity between Chinese or Japanese texts is mostly noise ("费用由学校垫付。"
# scored 0.91 against "嵇秉容在哪所学校读书？"): there sentences rank mostly on the question's words.
UNREAD_SCRIPT_TRUST = 0.25
_ASKS = re.compile(r"[?？](?:['\"”’»)\]」』）]|[ \u00a0\u202f]»)*$")
_ENDS_SENTENCE = re.compile(r"[.!?…。！？](?:['\"”’»)\]“«‘›」』）]|[ \u00a0\u202f]»)*$")
# Dateline words. A number glued to an unspaced script is a date word only with its date
# character ("2024年3月9日"): "2900円" is a price, and the sentence around it is no dateline.
_DATE_WORDS = re.compile(
    rf"(?<![^\W{UNSPACED}])\d{{1,4}}(?:[^\W{UNSPACED}]*\b|[年月日号時点分秒])|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|"
    r"\b(?:updated|published|posted|am|pm|gmt|utc|et|bst|cet|reuters|ap|afp)\b",
    re.IGNORECASE,
)


# "Which chemical were the tablets believed to contain?": no name or figure is asked for, but the
# sentence that says "chemical" is the one that answers ("…believed to contain dinitrophenol, … a
# highly toxic industrial chemical"), not the one repeating the question's names.
# The same in German, "Welchen Standard…?" (its nouns are capitalised, its verbs not), and Chinese,
# "哪所大学…?" (a measure word, then the noun; "哪里" asks where). French "Quelle croissance du PIB
# … pour l'Allemagne ?" raised every sentence on growth above the one answering with "croître".
_ASKED_THINGS = (
    re.compile(
        r"^(?:[^,?]*, )?(?:(?:in|on|at|for|from|of|by|to|with|under|during) )?(?:which|what) ([a-z]{3,})\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:[^,?]*, )?(?:(?i:in|an|auf|aus|bei|für|mit|nach|seit|über|unter|von|vor|zu) )?"
        r"(?i:welche[rsnm]?) ([A-ZÄÖÜ][\w-]{2,})"
    ),
    re.compile(r"哪(?![里裡儿兒些怕])一?[个個家所位种種款部本只条條座间間支项項名国國]?([\u4e00-\u9fff]{2})"),
)
_NOT_THINGS = frozenset(
    "is was are were does did do has have had can could will would should kind type sort the a an".split()
)


def asked_thing(question: str, language: str | None) -> str | None:
    """The stem of the noun a "which/what <noun>" question asks about, if it has one.

    A compound's head is its last part: "Einmal-Passwörter" asks about passwords.
    """
    for pattern in _ASKED_THINGS:
        match = pattern.search(question.strip())
        if match is not None:
            break
    if match is None or match.group(1).lower() in _NOT_THINGS:
        return None
    stems = analyze(match.group(1), language)
    return stems[-1] if stems else None


def predicate_terms(question: str, keyword: LocalIndex, whole: str = "") -> frozenset[str]:
    """The question's terms outside the names it mentions: what it says happened ("valued", "capturado").

    ``whole``: the question as asked, when ``question`` is it without its asking words; its names are
    read there, where a name does not open the sentence ("How much did Nvidia contribute…?": "Nvidia
    contribute…" read alone starts with a capital any sentence has).
    """
    language = detect_query_language(question)
    named = {t for name in names_in_question(whole or question) for t in analyze(name, language)}
    return frozenset(t for t in question_terms(question, language, keyword) if t not in named)


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage and how well it answers."""

    passage: int
    start: int
    end: int
    terms: frozenset[str]
    lexical: float
    semantic: float
    typed: bool = False
    trust: float = 1.0  # how far the embedding similarity is trusted for ranking
    # Share of the question's weight held only inside the sentence's compounds ("Umsatzanteil"): it
    # ranks the sentence but never raises the confidence that the archive answers, which the refusal
    # threshold was set on whole words for ("überflutet" holds a "Flut", not the "Ahrtal-Flut").
    inside: float = 0.0

    @property
    def evidence(self) -> float:
        """Fit to the question's words and meaning; the refusal threshold is set on this."""
        return 0.5 * self.lexical + 0.5 * max(self.semantic, 0.0)

    @property
    def rank_score(self) -> float:
        """Fit (meaning weighted by ``trust``), plus a bonus for holding the asked-for kind of answer."""
        meaning = self.trust * max(self.semantic, 0.0)
        return 0.5 * (2 - self.trust) * (self.lexical + self.inside) + 0.5 * meaning + KIND_BONUS * self.typed


@functools.lru_cache(maxsize=MEMO_SIZE)
def quotable(sentence: str) -> bool:
    """Whether a sentence may be quoted: whole, more than a dateline, not page furniture.

    Remembered per sentence, like its terms: retrieved sentences recur from question
    to question, and these checks were a fifth of an answer's CPU.
    """
    text = sentence.strip()
    if word_count(text) < MIN_WORDS or is_boilerplate(text):
        return False
    first = next((ch for ch in text if ch.isalnum()), "")
    if not _ENDS_SENTENCE.search(text) or first.islower():
        return False  # a headline, a caption, or a piece of a sentence cut at the chunk limit
    rest = _DATE_WORDS.sub(" ", text)
    # "Monday, 6 January 2020." is a dateline; an unspaced script counts two characters a word.
    return word_count(" ".join(re.findall(r"\w{2,}", rest))) >= 3


@functools.lru_cache(maxsize=MEMO_SIZE)
def sentence_terms(sentence: str, language: str | None) -> frozenset[str]:
    """A sentence's keyword terms (as the index analyses its language), remembered."""
    return frozenset(analyze(sentence, language))


def semantic_trust(question: str, model: str) -> float:
    """How far an embedding similarity to ``question`` is trusted for ranking sentences."""
    if model_info(model).multilingual or not UNSPACED_CHAR.search(question):
        return 1.0
    return UNREAD_SCRIPT_TRUST


def reads_language(language: str, model: str) -> bool:
    """Whether the embedding model learnt ``language`` (a question's; "" unknown, taken as English)."""
    return model_info(model).multilingual or language_code(language) == DEFAULT_LANGUAGE


def _seams(terms: list[str], known: LocalIndex) -> set[str]:
    """Character bigrams of an unspaced script that only join two words the archive holds.

    "嵇秉容在哪所学校" gives "容在" and "哪所": no article holds them, but each of their
    characters is in a bigram that some article holds ("秉容", "在哪"; "在哪", "所学"). They
    are the seam between two words, not a missing word. "型号", which no article holds
    either, stays wanted.
    """
    held = {t for t in terms if t in known}
    covered = {ch for t in held if UNSPACED_CHAR.match(t) for ch in t}
    return {
        t
        for t in terms
        if t not in held
        and len(t) == 2
        and UNSPACED_CHAR.fullmatch(t[0])
        and UNSPACED_CHAR.fullmatch(t[1])
        and t[0] in covered
        and t[1] in covered
    }


def _fit(
    question: str, keyword: LocalIndex, whole_words: bool = False, language: str | None = None
) -> Callable[[frozenset[str]], float]:
    """Share of the question's idf weight a sentence's terms hold (the question in its own language).

    ``whole_words`` leaves out one-letter terms: the "t" of French "a-t-il", which no
    article holds and whose idf would outweigh the question's words. ``language`` is the
    question's, when ``question`` is only part of it (default: detected from ``question``).
    """
    language = language or detect_query_language(question)
    weight = _weights(question, keyword, language, whole_words)
    wanted = set(weight)
    total = sum(weight.values()) or 1.0
    if language_code(language) == DEFAULT_LANGUAGE or not has_synonyms(language):
        return lambda terms: sum(weight[t] for t in wanted & terms) / total

    def fit(terms: frozenset[str]) -> float:
        """Outside English a word said by another for the same act counts ("ausgestellt" / "gezeigt")."""
        held = wanted & terms
        held |= held_by_synonym(wanted - held, terms, language)
        return sum(weight[t] for t in held) / total

    return fit


def _weights(
    question: str, keyword: LocalIndex, language: str, whole_words: bool = False
) -> dict[str, float]:
    """The idf of each term a sentence can hold of the question (seams of unspaced scripts left out)."""
    terms = question_terms(question, language, keyword)
    wanted = set(terms) - _seams(terms, keyword)
    if whole_words:
        wanted = {t for t in wanted if len(t) > 1}
    return {t: keyword.idf(t) for t in wanted}


def term_weights(question: str, keyword: LocalIndex, language: str) -> dict[str, float]:
    """The idf of each whole-word term a sentence can hold of ``question`` in ``language``, seams left out."""
    return _weights(question, keyword, language, whole_words=True)


def _inside_fit(question: str, keyword: LocalIndex) -> Callable[[frozenset[str]], float]:
    """Share of the question's idf weight a sentence holds only inside compounds (``rag.compound_terms``).

    "Anteil am Umsatz" in "Umsatzanteil", the head "Anlage" of the question's "Fusionsanlage".
    Only the question's own-language words are looked for: the default analysis adds "initi"
    for "Initiative", which "Initiative" itself would then hold twice. Zero outside compounding
    languages.
    """
    language = detect_query_language(question)
    if not is_compounding(language):
        return lambda terms: 0.0
    weight = _weights(question, keyword, language)
    total = sum(weight.values()) or 1.0
    native = set(weight) & set(own_terms(question, language, keyword))
    parts = question_parts(native, keyword, language)

    def fit(terms: frozenset[str]) -> float:
        missing = native - terms
        if not missing:
            return 0.0
        inside = held_in_compounds(missing, terms, keyword, language)
        split = sum(
            weight[w] * sum(p in terms for p in parts[w]) / len(parts[w])
            for w in parts
            if w in missing and w not in inside
        )
        return (sum(weight[w] for w in inside) + split) / total

    return fit


def candidates(
    question: str,
    kind: Kind | None,
    found: Retrieval,
    keyword: LocalIndex,
    passages: list[Passage],
    context: str = "",
    trust: float = 1.0,
) -> list[Candidate]:
    """Every quotable sentence of the passages, with its lexical and semantic fit.

    ``context`` (a follow-up's question with its conversation) counts at half weight:
    "Wie viel hat sie gekostet?" shares no word with the article, its conversation does.
    Sentence vectors come from the index (via the retrieval), so answering embeds nothing.
    ``trust`` is ``semantic_trust`` of the question under the index's model.
    """
    own = _fit(question, keyword)
    own_inside = _inside_fit(question, keyword)
    widened = _fit(context, keyword) if context else None
    asked = question.lower()
    thing = asked_thing(question, detect_query_language(question)) if kind is None else None
    clock = kind is None and asks_clock_time(question)  # "¿A qué hora…?": the sentence telling a time
    english = language_code(detect_query_language(question)) == DEFAULT_LANGUAGE
    seen: set[tuple[str, int, int]] = set()
    out = []
    for i, passage in enumerate(passages):
        lead = _lead_terms(found, passage) if english else frozenset()
        for start, end, semantic in _answered(found, passage):
            s, e = start - passage.start, end - passage.start
            text = passage.text[s:e]
            key = (passage.doc_id, start, end)
            if s < 0 or e > len(passage.text) or key in seen or not quotable(text):
                continue
            seen.add(key)  # the same sentence in two overlapping chunks of one article
            terms = sentence_terms(text, passage.language)
            lexical = own(terms)
            if lead:
                lexical = max(lexical, LEAD_WEIGHT * own(terms | lead))
            if widened is not None:
                lexical = max(lexical, CONTEXT_WEIGHT * widened(terms))
            if clock:
                typed = tells_time(text)
            elif kind is None:
                typed = thing is not None and thing in terms
            else:
                typed = any(m.text.lower() not in asked for m in mentions(text, kind))
            inside = own_inside(terms) if lexical < 1.0 else 0.0
            out.append(Candidate(i, s, e, terms, lexical, semantic, typed, trust, inside))
    return out


def _lead_terms(found: Retrieval, passage: Passage) -> frozenset[str]:
    """The terms of a passage's headline and first sentences: what its later sentences are about."""
    terms = set(_title_terms(passage.title, passage.language))
    for start, end, _ in found.sentences.get(passage.chunk_id, [])[:LEAD_SENTENCES]:
        s, e = start - passage.start, end - passage.start
        if s >= 0 and e <= len(passage.text):
            terms |= sentence_terms(passage.text[s:e], passage.language)
    return frozenset(terms)


def _answered(found: Retrieval, passage: Passage) -> list[tuple[int, int, float]]:
    """The passage's sentence spans with their best similarity to the question's probes.

    A sentence that asks (a whole one, quotable by itself) runs on through the next one,
    which answers it: "150克蛋白质大概是多少？以鸡蛋来举例的话，大概是20-22个鸡蛋左右的量。"
    The pair is as similar as its closer half.
    """
    spans = found.sentences.get(passage.chunk_id, [])
    # One product for all the passage's sentences, not one per sentence.
    scores = (found.probes @ np.stack([v for _, _, v in spans]).T).max(axis=0).tolist() if spans else []
    out = []
    for j, (start, end, _) in enumerate(spans):
        s, e = start - passage.start, end - passage.start
        asked = passage.text[s:e].rstrip() if s >= 0 and e <= len(passage.text) else ""
        # Only a question that could be quoted by itself: "Faria de novo?" inside a quote, then
        # "Não", acrescentou o comandante." would outrank the sentence saying why.
        asks = bool(_ASKS.search(asked)) and quotable(asked)
        if asks and j + 1 < len(spans):
            out.append((start, spans[j + 1][1], max(scores[j], scores[j + 1])))
        else:
            out.append((start, end, scores[j]))
    return out


def article_fits(
    question: str,
    pool: list[Candidate],
    passages: list[Passage],
    keyword: LocalIndex,
    language: str | None = None,
    whole: str | None = None,
) -> dict[str, float]:
    """Per article, the share of the question's idf weight its quotable sentences hold together.

    A question one article answers has its words, names and predicate alike, in that
    article: "How many people die from the flu each year?" finds an article whose
    sentences say "people", "year" and "die", but none saying "flu". Outside English its
    headline counts too: "Forscher warnt: Studierende verlernen das Lesen" says what the
    sentences say as "Leseforscher" and "zurückgegangen". ``language`` is the
    whole question's: without its question word, "Tite e os representantes do Corinthians
    mostraram a taça original?" reads as English, and no Portuguese stem matched (fit 0).

    ``whole`` is the question with the words that ask ("Aus welcher Ortschaft…"), of which
    ``question`` is the rest. Outside English an article saying the asked-for noun ("aus der
    Ortschaft Arara", "Nationalrat Thomas Matter") holds that noun too: its fit is the better of
    the two. There a person's first name is held where the surname is ("Pam Bondi": "Bondi
    dagegen sei…"): articles name a person in full once, then by surname. In English an
    article holds a word it says by another word for the same thing ("CEO" for "chief").
    """
    language = language or detect_query_language(question)
    titled = language_code(language) != DEFAULT_LANGUAGE
    fits = [_fit(question, keyword, whole_words=True, language=language)]
    if titled and whole and whole != question:
        fits.append(_fit(whole, keyword, whole_words=True, language=language))
    held: dict[str, set[str]] = {}
    for c in pool:
        passage = passages[c.passage]
        terms = held.setdefault(passage.doc_id, set())
        terms.update(c.terms)
        if titled:  # its headline says what it is about, in words its sentences may inflect otherwise
            terms.update(_title_terms(passage.title, passage.language))
    if not titled:  # "chief" held where the article says "CEO" (``rag.synonyms``)
        asked = frozenset(question_terms(question, language, keyword))
        held = {doc: terms | held_by_synonym(asked - terms, terms) for doc, terms in held.items()}
    else:  # a stem the article inflects otherwise: "andaluz" (andaluzas) of "andaluc" (Andalucía)
        wanted = frozenset(question_terms(whole or question, language, keyword))
        people = _full_names(whole or question, language)
        held = {
            doc: terms
            | stem_kin(wanted - terms, terms)
            | _by_surname(people, terms)
            | held_by_synonym(wanted - terms, terms, language)
            for doc, terms in held.items()
        }
    return {doc: max(fit(frozenset(terms)) for fit in fits) for doc, terms in held.items()}


def _full_names(question: str, language: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The question's names of two or more words, as (terms of the name, terms of its last word)."""
    out = []
    for name in names_in_question(question):
        words = name.split()
        if len(words) >= 2:
            last = frozenset(analyze(words[-1], language))
            if last:
                out.append((frozenset(analyze(name, language)), last))
    return out


def _by_surname(people: list[tuple[frozenset[str], frozenset[str]]], terms: set[str]) -> set[str]:
    """The terms of each full name whose last word ``terms`` hold: "pam" where "bondi" is."""
    return {t for name, last in people if last <= terms for t in name}


KIN_PREFIX = 5  # letters two stems must share, at least, to be one word's forms
KIN_SLACK = 2  # letters the shorter stem may have beyond the shared ones


def stem_kin(missing: frozenset[str], terms: set[str]) -> set[str]:
    """The ``missing`` question stems that a stem of ``terms`` shares all but its ending with.

    Snowball stems some forms of a word apart outside English ("andaluz" of "andaluzas",
    "andaluc" of "Andalucía"; Polish "poparc", "popar"): sharing all but the last
    ``KIN_SLACK`` letters of the shorter stem, and at least ``KIN_PREFIX``, they are kin.
    """
    kin = set()
    for want in missing:
        for term in terms:
            shared = max(KIN_PREFIX, min(len(want), len(term)) - KIN_SLACK)
            if min(len(want), len(term)) >= KIN_PREFIX and want[:shared] == term[:shared]:
                kin.add(want)
                break
    return kin


@functools.lru_cache(maxsize=MEMO_SIZE)
def _title_terms(title: str, language: str) -> frozenset[str]:
    return frozenset(analyze(title, language))


def overlaps(a: Candidate, chosen: list[Candidate]) -> bool:
    """Near-duplicate of a chosen sentence (the same fact reported twice)."""
    for c in chosen:
        union = a.terms | c.terms
        if union and len(a.terms & c.terms) / len(union) > 0.6:
            return True
    return False


def sentence_text(cand: Candidate, passages: list[Passage]) -> str:
    """The sentence as it stands in its passage."""
    return passages[cand.passage].text[cand.start : cand.end]
