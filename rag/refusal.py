"""Refusals that transfer between archives: weak evidence, or a question about something absent.

These signals, none tied to one benchmark's wording:

- the best sentence is weak evidence (its word and meaning fit is below
  ``refusal_threshold``), as before;
- the question names things (capitalised spans, other than the outlets it names)
  and most of them occur in none of the retrieved passages: "Who won the 2022
  FIFA World Cup final?" over an archive without football finds passages about
  *a* final, but none says "FIFA" or "World Cup";
- the question names a numbered thing ("PlayStation 6", "Model 3") that no
  retrieved passage contains: an article about another one is no answer (a bare
  year is not counted: "founded in late 2015" is context the passages need not repeat);
- a "how many" question whose answer stands in no sentence saying what it counts
  (``uncounted``: "How many viewers…?" answered by "97 percent" of insiders);
- the question asks for a name, number, amount or date, the evidence is barely
  above the threshold, and no candidate answer recurs across good sentences
  (``unbacked``, applied once the short answer is chosen);
- for a question that asks one thing (one clause, at most one outlet named), one
  article must do: it must name most of the question's things and any year the
  question names (``anchored_articles``: "Who won the 2019 Israeli election?" is
  not answered from a 2015 article), names found only in different articles are
  no subject of the archive (``names_apart``: "Did Apple buy Twitter?"), and the
  short answer is taken from such an article only ("How much does the Apple Vision
  Pro cost?" is not answered by "$500" from an Xbox review);
- the question asks for a name, number, amount or date and no quotable sentence
  (of such an article) holds one it does not already say;
- for a question that asks one thing and asks for a name, number, amount or date, no
  retrieved article's quotable sentences hold together most of the question's
  idf-weighted words (``scattered``): "How many people die from the flu each year?"
  over an article on superbugs that says "people", "year" and "die" but never "flu".
  Judged in archives of ``scattered_min_passages`` passages or more: in two articles,
  "taking part" is missing by chance, and idf weighs it as the rarest words.
  Measured on real-news dev sets and MultiHop-RAG (docs/benchmarks.md);
- for a one-thing English question that names no outlet and asks no yes or no, the
  article giving the answer never says the noun the question is about ("What was
  Nigeria's inflation rate in 2019?" over an article on growth: ``rag.question_nouns``,
  applied in ``rag.extractive``);
- for a one-thing English question that names no outlet and asks no yes or no, the
  article the answer is quoted from holds under ``ANSWERING_SHARE`` of its idf-weighted
  words (``off_question``): the best-fitting article names the question's subject, but
  the figure or name comes from another one ("How much do the glass microspheres cost per
  square metre?" answered with a ski chalet's price), or from one that shares the names
  but not what is asked;
- for a one-thing English question that names no outlet, asks no yes or no and does not ask
  "who", the passage holding the short answer never says the act the question asks about, its
  rarest word outside its names and asking words (``rag.relation``: "When did the UPS strike
  begin?" is not answered by "1997" from a passage on a strike that never says it began);
- for a one-thing English "who" question that names no outlet, the sentences naming the short answer
  say none of the question's rare words (``rag.relation.person_ties``: "Who directed Passengers?"
  answered "Australian" from a sentence on passengers); the name is then chosen again among the
  good sentences saying two of them, or the question is refused (``rag.extractive``);
- a "when" question asked directly whose quotable sentences hold no date ("When was Gary
  Heidnik executed?"; outside English in the languages whose day and month words are read,
  "Wann tritt Julia Klöckner zurück?"), or an English "who" question whose quotable
  sentences name no one but places and organisations (``rag.short_answer.no_one``);
- a one-thing "how many" question outside English whose counted noun stands beside no figure in
  any quotable sentence (``noun_uncounted``: "Wie viele Filialen hatte Zielpunkt?" over an
  article counting only its "800 Mitarbeiter");
- a one-thing English "how many" question whose quoted sentences give no figure beside what it counts
  (``rag.english_counts``: "How many users does Foursquare have?" over "…three main goals: To allow
  users to share…");
- a question asking for a thing by a noun that is none of the kinds ("Which letter
  represents…?") is judged by ``unbacked`` as one asking for a kind is;
- outside English, a "who" or "what is … called" question in a language that capitalises names
  whose quotable sentences name no one ("¿Cómo se llama el policía detenido…?" quoting sentences
  on a police officer that never name him; ``rag.extractive``);
- a Chinese or Japanese question asking who holds a role ("中国铁路总公司的总经理是谁？") whose
  answering article never says the role (``rag.roles.role_unsaid``): the company is there, its manager is not.

A refused answer still lists the closest passages.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field

from byline import lexicon
from byline.language import detect_query_language
from rag.compound_terms import held_in_compounds
from rag.demonyms import place_kin
from rag.doubts import why
from rag.kinds import Kind
from rag.mentions import MEMO_SIZE, YEAR, mentions, spells_number
from rag.noun_counts import counts_before_noun
from rag.query import QueryPlan
from rag.question_kind import counted_noun, counted_words
from rag.question_names import names_in_question
from rag.sentence_choice import Candidate, stem_kin
from rag.short_answer import ShortAnswer
from rag.synonyms import held_by_synonym
from rag.types import Answer, Citation, Passage
from store.analysis import DEFAULT_LANGUAGE, UNSPACED_CHAR, analyze, language_code, split_unknown

PRESENT_SHARE = 0.5  # at least this share of the question's names must be in the passages
_WORD = re.compile(r"\w+")
_EXACT = re.compile(r"\b[A-Z][\w-]*[a-z][\w-]* \d{1,3}\b")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_FULL_DATE = re.compile(
    rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?\b|"
    rf"\b\d{{1,2}} {_MONTH} \d{{4}}\b|\b{_MONTH} \d{{4}}\b"
)


@functools.lru_cache(maxsize=MEMO_SIZE)
def _plain_words(text: str) -> frozenset[str]:
    """A text's lower-cased words (remembered: the archive's outlet names are checked every question)."""
    return frozenset(w.lower() for w in _WORD.findall(text))


# Passages whose words are remembered. A passage's whole text is the key, so each costs ~5 KB: at
# ``MEMO_SIZE`` (32,768) a serving process at 60,000 articles kept growing past 1.5 GiB after a
# thousand questions (docs/benchmarks.md, issue 12). As many as the retriever's passage cache holds.
PASSAGES_REMEMBERED = 4096


@functools.lru_cache(maxsize=PASSAGES_REMEMBERED)
def _vocabulary(text: str, language: str) -> frozenset[str]:
    """A passage's words as :func:`_words` gives them, remembered: passages recur question after question."""
    return frozenset(_words(text, language))


def _words(text: str, language: str) -> list[str]:
    """A text's words as the name check compares them.

    Czech declines names ("West Hamu", "Declana Rice"), German capitalises and
    inflects every noun ("Blüte" for "Blüten"), Japanese glues particles to names:
    other languages compare as keyword stems. English names do not inflect, and
    its stemmer would merge them with common words ("Times" → "time": 7 MultiHop
    tune questions about absent outlets went unrefused), so English keeps exact words.
    """
    if language_code(language) == DEFAULT_LANGUAGE:
        return [w.lower() for w in _WORD.findall(text)]
    return analyze(text, language)


def _split(name: str, language: str, known: set[str]) -> list[str]:
    """A name's terms, a compound the passages lack replaced by its parts they hold."""
    return split_unknown(_words(name, language), language, known)


def _genitive(term: str, language: str, known: frozenset[str] | set[str]) -> str:
    """A German name's term without its genitive "s" when only that is in the passages.

    "Trumps neuer Ballsaal" names Trump: the German stemmer keeps the "s" after most
    consonants ("trumps", "putins"), so the article saying "Trump" seemed not to name him.
    """
    if language_code(language) == "de" and term.endswith("s") and term not in known and term[:-1] in known:
        return term[:-1]
    return term


@dataclass(frozen=True)
class QuestionNames:
    """The question's names (as word sets) and what the retrieved passages hold, found once.

    Names that are (part of) an outlet's name, in any case, are left out: "The Sydney
    Morning Herald" or "CNBC" (for "Cnbc | World Business News Leader") is who
    reported, not what the question is about. A compound name the passages lack
    whole may be there as its parts ("Umbaukosten": "Kosten für den Umbau").
    """

    wanted: list[set[str]]
    vocab: list[frozenset[str]]  # per passage
    articles: dict[str, set[str]]  # per article: the words of its retrieved passages together
    years: list[str]  # bare years the question names (not those of a full date)
    # English: other words naming the same country as a term ("argentine" for "argentina", ``rag.demonyms``)
    kin: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, question: str, passages: Sequence[Passage], outlets: Iterable[str]) -> QuestionNames:
        language = detect_query_language(question)
        outlet_words = [_plain_words(o) for o in outlets]
        names = [
            n for n in names_in_question(question) if not any(_plain_words(n) <= o for o in outlet_words)
        ]
        vocab = [_vocabulary(f"{p.text} {p.title} {p.date}", language) for p in passages]
        everywhere = set().union(*vocab)
        wanted = [
            {_genitive(t, language, everywhere) for t in _split(n, language, everywhere)} for n in names
        ]
        articles: dict[str, set[str]] = {}
        for p, words in zip(passages, vocab, strict=True):
            articles.setdefault(p.doc_id, set()).update(words)
        years = YEAR.findall(_FULL_DATE.sub(" ", question))
        kin: dict[str, frozenset[str]] = {}
        if language_code(language) == DEFAULT_LANGUAGE:
            texts = [question, *(p.text for p in passages)]
            for term in {t for terms in wanted for t in terms}:
                found = place_kin(term, everywhere, texts)
                if found:
                    kin[term] = found
        return cls([terms for terms in wanted if terms], vocab, articles, years, kin)

    def _holds(self, terms: set[str], words: Container[str]) -> bool:
        """Whether ``words`` hold every term of a name, each by itself or by a kin word."""
        return all(t in words or any(k in words for k in self.kin.get(t, ())) for t in terms)

    def missing(self) -> tuple[int, int]:
        """(names of the question found in no passage, names of the question)."""
        gone = sum(1 for terms in self.wanted if not any(self._holds(terms, v) for v in self.vocab))
        return gone, len(self.wanted)

    def apart(self) -> bool:
        """Whether the question names several things and no retrieved article names most of them.

        "Did Apple buy Twitter?" over an archive with an article about Apple and another
        about Twitter: each name is somewhere, but no article is about both.
        """
        if len(self.wanted) < 2:
            return False
        best = max(
            (sum(self._holds(t, words) for t in self.wanted) for words in self.articles.values()), default=0
        )
        return best <= len(self.wanted) / 2

    def anchored(self) -> set[str] | None:
        """The retrieved articles naming enough of the question's things to answer it (None: it names none).

        "How much does the Apple Vision Pro cost?" is not answered by "$500" from an
        Xbox review, however well that sentence fits the question's other words. A
        year the question names must be in the article or its date: "Who won the 2019
        Israeli election?" is not answered from a 2015 article about an Israeli election.
        """
        if not self.wanted and not self.years:
            return None
        return {
            a
            for a, words in self.articles.items()
            if sum(self._holds(t, words) for t in self.wanted) >= PRESENT_SHARE * len(self.wanted)
            and words.issuperset(self.years)
        }


def missing_names(question: str, passages: Sequence[Passage], outlets: Iterable[str]) -> tuple[int, int]:
    """(names of the question found in no passage, names of the question)."""
    return QuestionNames.of(question, passages, outlets).missing()


def names_apart(question: str, passages: Sequence[Passage], outlets: Iterable[str]) -> bool:
    """:meth:`QuestionNames.apart` for one question."""
    return QuestionNames.of(question, passages, outlets).apart()


def anchored_articles(question: str, passages: Sequence[Passage], outlets: Iterable[str]) -> set[str] | None:
    """:meth:`QuestionNames.anchored` for one question."""
    return QuestionNames.of(question, passages, outlets).anchored()


def asks_one_thing(question: str, plan: QueryPlan) -> bool:
    """Whether one article should answer the question: one clause, one report named at most.

    Several clauses, two outlets, one outlet named twice ("the Sporting News article
    on X … the Sporting News article on Y") or two dates combine reports, whose
    names need not stand in one article.
    """
    low = question.lower()
    mentions = sum(max(low.count(o.lower()), 1) for o in plan.outlets)
    asking = plan.asking_clauses
    dates = set(_FULL_DATE.findall(question))
    return len(asking) < 2 and mentions < 2 and len(dates) < 2


def exact_terms(question: str, outlets: Iterable[str] = ()) -> list[str]:
    """Numbered names ("PlayStation 6", "Model 3"): no article about another one will do.

    Dates ("October 12, 2023", "October 28", "July 2023") and outlet names are left
    out: a publication date is metadata that the article's text need not repeat.
    """
    undated = _FULL_DATE.sub(" ", question)
    for outlet in outlets:  # "Scitechdaily | Science Space And Technology News 2017" is who reported
        if outlet in undated:
            undated = undated.replace(outlet, " ")
    return [m.group(0) for m in _EXACT.finditer(undated)]


def missing_exact(question: str, passages: Sequence[Passage], outlets: Iterable[str] = ()) -> list[str]:
    """The question's numbered names and years that no passage contains."""
    texts = [f"{p.title} {p.text}" for p in passages]
    out = []
    for term in exact_terms(question, outlets):
        pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)
        if not any(pattern.search(t) for t in texts):
            out.append(term)
    return out


def unsupported(
    question: str,
    ranked: list[Candidate],
    passages: Sequence[Passage],
    outlets: Iterable[str],
    names: QuestionNames | None = None,
) -> bool:
    """Whether the question is about something the retrieved passages do not mention."""
    outlets = sorted(outlets, key=len, reverse=True)
    if not ranked or missing_exact(question, passages, outlets):
        return True
    missing, total = (names or QuestionNames.of(question, passages, outlets)).missing()
    return total > 0 and (total - missing) / total < PRESENT_SHARE


ARTICLE_SHARE = 0.6  # one article must hold this share of the question's idf weight
# Outside English, more of a question's words are inflected forms whose Snowball stem is not the
# article's ("nabízena" / "nabízela", "fait savoir" / "annonce"): on the dev halves the answerable
# one-thing questions held 0.55-0.59 of their weight in their article, off-topic ones at most 0.52.
INFLECTED_ARTICLE_SHARE = 0.55


def scattered(question: str, article_fit: float, language: str = DEFAULT_LANGUAGE) -> bool:
    """Whether no one article holds enough of a one-thing question's weighted words (``article_fit``).

    ``language`` is the question's. Not judged for a question in an unspaced script: its
    terms are character pairs, many straddling two words ("歌在" of "谷歌在哪一年"), which no
    article holds, so the share says little there.
    """
    share = ARTICLE_SHARE if language_code(language) == DEFAULT_LANGUAGE else INFLECTED_ARTICLE_SHARE
    return article_fit < share and not UNSPACED_CHAR.search(question)


# The article the answer is taken from holds more of the question than any article need to be
# kept at all (``ARTICLE_SHARE``): on the real-news dev sets, off-topic questions answered from
# an article sharing their names but not what they ask held 0.39-0.72 of their weight in it,
# answered ones mostly 0.74 or more (docs/benchmarks.md, news8).
ANSWERING_SHARE = 0.7
# A question in an unspaced script (Chinese, Japanese) is weighed by character pairs, many straddling
# two words, so the share an answering article holds is lower and less telling: on the languages dev
# halves answered questions' articles held 0.17 or more, off-topic questions answered from another
# article (a Japanese page for a Chinese question, a page on Helvetica for Korea's martial law) 0.07-0.14.
UNSPACED_ANSWERING_SHARE = 0.125


def off_question(answering_fit: float, unspaced: bool = False) -> bool:
    """Whether the article giving the answer holds too little of a one-thing question's weight.

    English questions, and (``unspaced``) questions in an unspaced script at ``UNSPACED_ANSWERING_SHARE``.

    ``scattered`` asks whether any retrieved article holds the question; this asks it of
    the one quoted for the answer: "How much do the glass microspheres cost per square
    metre?" over an archive with an article on the microspheres, which names no price,
    and one on ski chalets, whose "€7,000 per square meter" is no answer to it.
    """
    return answering_fit < (UNSPACED_ANSWERING_SHARE if unspaced else ANSWERING_SHARE)


def uncounted(question: str, holding: Iterable[frozenset[str]]) -> bool:
    """Whether no sentence holding a "how many" question's answer says what it counts.

    "How many viewers watched the debate?" is not answered by "…insiders surveyed, 97
    percent, expect Kaine to win", nor "How many games did Sale win in the 2018 World
    Series?" by "For the next two years…": a count stands with the thing counted.
    ``holding`` are the keyword terms (English stems) of the sentences holding the answer.
    """
    counted = {t for w in counted_words(question) for t in analyze(w, DEFAULT_LANGUAGE)}
    return bool(counted) and not any(counted & terms for terms in holding)


def noun_uncounted(
    question: str, sentences: Iterable[tuple[str, frozenset[str]]], language: str, known: Container[str]
) -> bool:
    """Whether no quotable sentence gives a figure beside the noun a non-English "how many" question counts.

    ``uncounted``'s rule in the question's own analysis, over every quotable sentence rather than the
    short answer's: "Wie viele Filialen hatte die Supermarktkette Zielpunkt?" over an article on
    Zielpunkt that counts its "800 Mitarbeiter" but no branch, "¿Cuántas viviendas destruyó el
    incendio…?" over one counting the dead. A sentence holds the noun by its stem, a stem Snowball
    inflects apart ("pracowników" / "pracownicy"), another word for it (``rag.synonyms``) or, in a
    compounding language, a compound's part ("Supermarktfilialen"). ``sentences`` are (text, terms);
    ``known`` is the index's vocabulary, which splits compounds. The figure may be a share ("15,2 Prozent der
    Erwachsenen" answers "Wie viele Erwachsene…?"). A question counting no noun (``counted_noun``:
    "Wie viele Stunden…?", a share, a gap) is not judged.
    """
    noun = counted_noun(question)
    wanted = frozenset(analyze(noun, language)) if noun else frozenset()
    if not wanted:
        return False
    for sentence, terms in sentences:
        if holds_terms(wanted, terms, language, known) and (
            mentions(sentence, Kind.NUMBER)
            or spells_number(sentence)
            or counts_before_noun(sentence, set(wanted), language)  # "das Bundespresseamt 600 Umfragen"
        ):
            return False
    return True


_NAME_ASKED = re.compile(
    rf"(?:\b(?:{lexicon.alternatives(lexicon.NAME_ASKED)})|"
    rf"^¿?(?:{lexicon.alternatives(lexicon.ROLE_ASKED)})) "
    rf"(?:(?:{'|'.join(lexicon.NAME_ASKED_ARTICLES)}) ?)?"
    r"([\w-]+)(?: ([\w-]+))?",
    re.IGNORECASE,
)


_NOT_ROLES = lexicon.every(lexicon.NOT_ROLES)
_AUXILIARIES = lexicon.every(lexicon.ROLE_ASKED_AUXILIARIES)


def named_noun(question: str) -> str | None:
    """The noun a "what is … called" question asks the name of: "Kapitän" of "Wie heißt der Kapitän…?".

    German writes an adjective first in small letters ("der französische Journalist"): its noun is
    the first capitalised word.
    """
    match = _NAME_ASKED.search(question)
    if match is None:
        return None
    first, second = match.group(1), match.group(2)
    if first.lower() in _AUXILIARIES:
        return None
    if first.lower() in _NOT_ROLES:
        first, second = second or "", None
    german = match.group(0).lower().startswith(("wie", "wer"))
    if german and first[:1].islower() and second and second[:1].isupper():
        return second
    return first or None


def held_terms(
    wanted: frozenset[str], terms: frozenset[str], language: str, known: Container[str]
) -> frozenset[str]:
    """The stems of ``wanted`` that ``terms`` hold: itself, a kin form, another word, a compound's part.

    ``known`` is the index's vocabulary, which splits compounds ("Containerfrachter" holds "Frachter").
    """
    held = wanted & terms
    missing = wanted - held
    if missing:
        held |= held_by_synonym(missing, terms, language) | stem_kin(missing, set(terms))
        missing = wanted - held
    if missing:
        held |= held_in_compounds(missing, terms, known, language)
    return frozenset(held)


def holds_terms(wanted: frozenset[str], terms: frozenset[str], language: str, known: Container[str]) -> bool:
    """Whether ``terms`` hold every stem of ``wanted`` (``held_terms``)."""
    return held_terms(wanted, terms, language, known) == wanted


def passage_unnamed(question: str, passages: Iterable[Passage]) -> bool:
    """Whether the passages giving a figure name none of the question's names of two or more words.

    "¿Cuántos años de cárcel pedía la Fiscalía para José Luis Olivas…?" is not answered by "10 años"
    from a passage on Zaplana's sentence, though the article names Olivas elsewhere. A name is found
    by its last word, as articles name a person after the first time ("Olivas"), in the passage or
    its headline. Questions naming no such name are not judged.
    """
    lasts = [n.split()[-1] for n in names_in_question(question) if len(n.split()) >= 2]
    if not lasts:
        return False
    said = [re.compile(rf"(?<!\w){re.escape(last)}(?!\w)") for last in lasts]
    return not any(w.search(f"{p.title} {p.text}") for p in passages for w in said)


GRAY_MARGIN = 0.06  # evidence this little above the refusal threshold needs a recurring answer
MIN_SUPPORT = 1.1  # votes of the short answer: about two articles' worth of fair evidence


def unbacked(short: ShortAnswer | None, confidence: float, threshold: float) -> bool:
    """For a question asking for a name or figure: weak evidence, and no answer of that kind recurs.

    Just above the threshold, the closest sentences may be about something else
    that shares the question's words; an answer of the asked-for kind that several
    good sentences of different articles give is what makes them evidence.
    """
    return confidence < threshold + GRAY_MARGIN and (short is None or short.score < MIN_SUPPORT)


def refusal(text: str, passages: Sequence[Passage], confidence: float, doubts: Iterable[str] = ()) -> Answer:
    """The refusal, listing the closest passages (and why: the doubts that added up to it)."""
    related = [Citation.of(n, p) for n, p in enumerate(passages[:3], start=1)]
    held = tuple(sorted(doubts))
    return Answer(
        text=text, refused=True, related=related, confidence=confidence, doubts=held, notice=why(held)
    )
