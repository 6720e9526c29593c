"""The short answer: the name, number, amount or date the question asks for, taken verbatim.

No NER model is packaged, so the asked-for kind comes from the question word
("who", "which company", "how much", "when", and their forms in other languages)
and candidates are surface patterns (`rag/mentions.py`): capitalised spans, numbers, amounts of
money, dates. Chinese and Japanese have no capitals, so only their questions
for numbers, amounts and dates ask for a kind. Among the candidates found in
the evidence sentences, the one that recurs across independent articles and
fits the asked-for kind wins — the redundancy idea of AskMSR (Brill, Dumais &
Banko, 2002). Names the question itself contains are not answers to it. A
candidate shorter than another one it is part of ("Bankman-Fried" in "Sam
Bankman-Fried") lends its votes to the longer one. A multi-hop question is about
what its retrieved articles have in common, so a candidate's votes also grow with
the share of retrieved articles that mention it anywhere, not only in the best
sentences.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from byline.given_names import is_given_name
from byline.language import detect_query_language
from byline.lexicon import (
    ABBREVIATIONS,
    NOT_PERSON_HEADS,
    PLACE_BEFORE,
    ROLE_HEADS,
    alternatives,
)
from rag.demonyms import adjective_only
from rag.kinds import Kind
from rag.mentions import DAYS, MEMO_SIZE, MONTHS, TITLES, counts, is_acronym, mentions, name_spans
from rag.noun_counts import beside_noun, counts_before_noun, counts_noun
from rag.person_surface import OWNER, common_word, from_given_name, person_prior
from rag.question_kind import counted_noun
from rag.question_names import (
    WHICH_NOUN,
    common_noun,
    introduced_everywhere,
    names_in_question,
    opens_with_determiner,
)
from rag.region_names import not_asked_region
from rag.reporting_source import asks_about_media, credited_as_reporter
from rag.roles import asked_role, asked_unspaced_role, beside_role, in_role
from rag.synonyms import group
from rag.unspaced_names import person_names
from store.analysis import DEFAULT_LANGUAGE, UNSPACED_CHAR, analyze, language_code

_WORD = re.compile(r"[\w’'-]+")


@functools.lru_cache(maxsize=MEMO_SIZE)
def _norm(text: str) -> str:
    """Lower-cased words, one space apart, for finding a candidate in a sentence word by word.

    Each character of an unspaced script stands as a word of its own: "2900円" is then
    found in "ライセンスは2900円で", and "3000万" in "大约3000万记录".
    """
    if UNSPACED_CHAR.search(text):
        text = UNSPACED_CHAR.sub(r" \g<0> ", text)
    return " ".join(w.lower().strip(".’'") for w in _WORD.findall(text))


def _holds(padded: str, keys: Sequence[str]) -> bool:
    """Whether a space-padded :func:`_norm` text holds any of ``keys`` as whole words.

    :func:`_norm` stands each Chinese or Japanese character apart, so this holds in those
    scripts too: "3000 万" in " 大 约 3000 万 记 录 ".
    """
    return any(f" {key} " in padded for key in keys)


def _echoes(key: str, asked: set[str]) -> bool:
    """Whether a candidate shares a word with the question ("Kestrel Harbour" for a Kestrel question).

    A unit character the question asks in is no echo: "円" of "何円", "年" of "何年".
    """
    return any(not UNSPACED_CHAR.fullmatch(w) for w in set(key.split()) & asked)


def _asked_nouns(question: str) -> set[str]:
    """The nouns a which-question asks for ("hospital" of "Para qual hospital…?"), lower-cased.

    A candidate naming its kind with that noun ("Hospital UDI") is the answer, not an echo.
    """
    return {m.group(2).lower() for m in WHICH_NOUN.finditer(question)}


def _after_noun(key: str, nouns: set[str], padded: Sequence[str], apposed: bool = False) -> bool:
    """Whether a candidate stands right after a noun the question asks for ("haar boek Eerlijk gezegd").

    A name follows the common noun that says what it names: "het boek Eerlijk gezegd",
    "die Zeitung Bild". Its other words may be lower case, so only its first one is matched.
    ``apposed``: English puts the name after a comma and "the" too ("its morality police, the
    Center for…"; :func:`_norm` drops the comma).
    """
    between = ("", "the ") if apposed else ("",)
    return any(f" {noun} {the}{key} " in text for noun in nouns for the in between for text in padded)


# "What is Chechnya's morality police officially called?": the noun before "called" is what is named.
_CALLED = re.compile(r"^what (?:is|was|are|were) [^?]*?([a-z]+)(?: [a-z]+ly)? called\s*\?$", re.IGNORECASE)


def _called_noun(question: str) -> set[str]:
    """The head noun an English "What is … called?" question asks the name of ("police"), if any."""
    match = _CALLED.search(question.strip())
    return {match.group(1).lower()} if match else set()


_NAMED = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.NAME})


@dataclass(frozen=True)
class Evidence:
    """One evidence sentence: its text, the article it comes from, how well it answers."""

    text: str
    article: str
    weight: float


QUESTION_ECHO = 0.3  # weight of a candidate sharing a word with the question
NEAR_BONUS = 0.3  # for a candidate within a few words of a question word ("two goals from Jo Marsh")
NEAR_WORDS = 4


def _near(text: str, key: str, cues: set[str]) -> float:
    """1 when ``key`` stands next to a word of the question in ``text``, less further away, else 0."""
    words = text.split()
    size = len(key.split())
    best = 0.0
    for i in range(len(words) - size + 1):
        if " ".join(words[i : i + size]) != key:
            continue
        for d in range(1, NEAR_WORDS + 1):
            around = words[i - d : i - d + 1] if i - d >= 0 else []
            around += words[i + size + d - 1 : i + size + d]
            if cues & set(around):
                best = max(best, (NEAR_WORDS + 1 - d) / NEAR_WORDS)
                break
    return best


@dataclass(frozen=True)
class ShortAnswer:
    """The chosen answer span and the evidence sentences (by index) that contain it."""

    text: str
    kind: Kind
    support: tuple[int, ...]
    score: float


_NOT_PERSON = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|LLC|Group|Company|Commission|Committee|Council|Department|Agency|Bank|"
    r"University|College|School|Court|League|Association|Institute|Foundation|Party|Ministry|"
    r"Tower|Tour|Bowl|Cup|Stadium|Street|Avenue|Road|Park|Island|River|City|Sunday|Night|Day|"
    # Places ("Pacific Ocean", "Mission Valley") are no one's name; surnames ("Hill", "Hall") are kept out.
    r"Ocean|Sea|Valley|Coast|Mountains|Canyon|County|Province|Airport|Bridge|Hospital|Church|Square|"
    r"Cent(?:er|re)|Museum|Harbou?r|Gulf|Peninsula|Desert|"
    r"News|Times|Post|Journal|Research|Capital|Labs?|Games|Sportsbook|Series|Award|Awards|"
    r"Securities|Exchange|Federal|National|Reserve|Act|Office|Service|Services|Systems|AI|"
    # The same institutions in other languages ("Unión Europea", "Conseil constitutionnel").
    r"Uni[oó]n|Europea|Européenne|Europäische|Universidad|Universidade|Université|Universität|Univerzita|"
    r"Comisión|Comissão|Kommission|Partido|Parti|Partei|Ministerio|Ministério|Ministère|Ministerium|"
    r"Banco|Banque|Instituto|Institut|Consejo|Conselho|Conseil|Tribunal|Cour|Corte|Gericht|Gobierno|"
    r"Governo|Gouvernement|Regierung|Fundación|Fundação|Fondation|Stiftung|Asociación|Associação|Verband|"
    r"Verein|Liga|Ligue|Copa|Coupe|Pokal|Klub|GmbH|Congreso|Congresso|Parlamento|Parlement|Senado|Sénat|"
    r"Naciones|Nações|Vereinte|Grupo|Groupe|Gruppe|Empresa|Société|Compañía|Companhia)\b"
)


# "Monday" or "March" alone says less than "March 25" or "2016": a "when" question wants the date.
_VAGUE_DATE = re.compile(rf"{DAYS}|{MONTHS}", re.IGNORECASE)
VAGUE_DATE_FIT = 0.5
TITLED = 1.5  # a person's vote when a title stands right before the name (questions not in English)
NAMED_BY_NOUN = 1.5  # a name holding the noun a which-question asks for ("Universität Köln")
# Outside English, a count right before the noun a "how many" question counts ("soit 1800 personnes").
COUNTED_BY_NOUN = 2.0
_TITLE_BEFORE = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
# "Landesbischof Christian Kopp": a German role written as a compound stands as a title too.
_TITLE_BEFORE = rf"{_TITLE_BEFORE}|\w{{3,}}(?:{alternatives(ROLE_HEADS)})"


def _titled(name: str, sentences: Sequence[str]) -> bool:
    """Whether a title stands right before ``name`` ("Cheftrainer Heiko Salzwedel", "CEO Sam Altman").

    The title says the name is a person's: "Rio de Janeiro", nearer the question's other
    words, outvoted "Heiko Salzwedel" for "Wer ist der Cheftrainer der britischen Bahnradsportler?".
    """
    pattern = re.compile(rf"(?<!\w)(?:{_TITLE_BEFORE})\.?\s+{re.escape(name)}(?!\w)", re.IGNORECASE)
    return any(pattern.search(s) for s in sentences)


def _fit(name: str, kind: Kind) -> float:
    """How well a capitalised span fits the asked-for kind (surface cues only)."""
    words = name.split()
    if kind is Kind.PERSON and UNSPACED_CHAR.search(name):  # "王小云": found beside a role or title
        return 1.0
    if kind is Kind.PERSON:
        if _NOT_PERSON.search(name) or re.search(r"[’']s\s", name):  # "OpenAI’s ChatGPT"
            return 0.3
        shouting = all(w.isupper() for w in words if w.isalpha())  # "FTX", "WR PPR"
        return 1.0 if 2 <= len(words) <= 4 and not is_acronym(name) and not shouting else 0.5
    if kind is Kind.ORG:
        return 1.0 if len(words) <= 3 else 0.6
    if kind is Kind.DATE and _VAGUE_DATE.fullmatch(name):
        return VAGUE_DATE_FIT
    return 1.0


PLACE_SHARE = 0.5  # more than this share of a name's mentions after such a word: no person


def placelike(key: str, padded: Sequence[str]) -> bool:
    """Whether a name (:func:`_norm` form) is mostly written as a place or an organisation is.

    ``padded`` are space-padded :func:`_norm` texts. "Who chairs the House select committee on
    China?" was answered "United States": capitalised, two words, no company word, but written
    after "the", "in", "on"… A person is "Trump" in "the Trump administration" now and then,
    but mostly "Trump said". A possessive ("in Smith's view") is no mention.
    """
    total = after = 0
    for text in padded:
        found = text.count(f" {key} ")
        if found:
            total += found
            after += sum(text.count(f" {word} {key} ") for word in PLACE_BEFORE["en"])
    return total > 0 and after > PLACE_SHARE * total


def no_one(name: str, padded: Sequence[str]) -> bool:
    """Whether a capitalised span is no person's name: capitals ("FBI"), abbreviated, an institution, a place.

    An abbreviation English writes with a full stop ("Calif." of "in Beverly Hills, Calif., at
    least four panels…", "Gen.", "Inc.") is a state, title or company word, no one's name.
    """
    return (
        name.isupper()
        or name.lower() in _ABBREVIATED
        or name.split()[-1].lower().rstrip(".") in _NOT_PERSON_HEADS
        or _WEB_NAME.search(name) is not None
        or placelike(_norm(name), padded)
    )


_ABBREVIATED = frozenset(ABBREVIATIONS["en"])
_NOT_PERSON_HEADS = frozenset(NOT_PERSON_HEADS["en"])
_WEB_NAME = re.compile(r"\.(?:com|org|net|io|co)\b", re.IGNORECASE)  # "Internet.org", "Tambero.com"


@dataclass(frozen=True)
class Context:
    """A retrieved passage as background for the vote: its article and its text."""

    article: str
    text: str


SPREAD = 1.0  # weight of the share of retrieved articles that mention a candidate


def _clipped(short: str, word: str) -> bool:
    """ "fed" for "federal": at least three letters, at most half the word, the rest letters."""
    return 3 <= len(short) <= len(word) // 2 and word.startswith(short) and word[len(short) :].isalpha()


def _part_of(short: str, name: str) -> bool:
    """ "bankman-fried" of "sam bankman-fried", "fed" of "federal reserve"."""
    return f" {short} " in f" {name} " or (" " not in short and _clipped(short, name.split()[0]))


def choose(
    question: str,
    kind: Kind,
    evidence: Sequence[Evidence],
    excluded: Sequence[str] = (),
    context: Sequence[Context] = (),
) -> ShortAnswer | None:
    """The candidate that recurs across the most (and best) independent evidence sentences.

    A candidate's votes are the weights of the articles whose evidence sentences
    contain it (one vote per article: a story repeated in one article is one source).
    Where a longer candidate contains the winner ("Sam Bankman-Fried" for
    "Bankman-Fried") and has at least half its votes, the longer one is named.
    ``excluded`` are names that cannot be the answer (the outlets the question names);
    a candidate whose every word is in the question is what the question already says.
    ``context`` (the retrieved passages) multiplies the votes by 1 + ``SPREAD`` × the
    share of its articles that mention the candidate.
    """
    asked = set(_norm(question).split()) | {w for e in excluded for w in _norm(e).split()}
    asked |= {part for w in asked for part in w.split("-")}  # "GPT" is what "GPT-4" already says
    asked |= {OWNER.sub("", w) for w in asked}  # "Snyder" is what "Blake Snyder's son" already says
    language = language_code(detect_query_language(question))
    if language == "ko" and kind in _NAMED:
        # Korean names are not capitalised: the capitalised spans of a Korean sentence ("AI", "LG")
        # are not the person or place asked for, so the quotes answer without a short answer.
        return None
    surface: dict[str, str] = {}
    english = language == DEFAULT_LANGUAGE
    # "Who" asks for a person: places and organisations are no answer (English: its words before them).
    people_only = kind is Kind.PERSON and english
    raw_texts = [ev.text for ev in evidence] + [c.text for c in context] if people_only else []
    # A title the question says ("Howard County executive") goes before a name; a one-word name it says
    # ("…after Yoon was impeached") is a person's, no title: "Yoon Suk Yeol" keeps its "Yoon".
    one_word_names = {_norm(n) for n in names_in_question(question) if " " not in n}
    question_words = frozenset(_norm(question).split()) - one_word_names
    # Outside English a question counting things is answered by no share or time span ("fünf Prozent
    # der Stimmen" for "Wie viele Stimmen…?"); English keeps its measured rule (``rag.refusal.uncounted``).
    noun = counted_noun(question) if not english and kind is Kind.NUMBER else None
    # Counted in another word for it ("900 véhicules" for "Combien de voitures…?", ``rag.synonyms``).
    noun_terms = {t for term in analyze(noun, language) for t in group(term, language)} if noun else None
    for ev in evidence:
        for mention in counts(ev.text) if noun_terms is not None else mentions(ev.text, kind):
            if noun_terms is not None and not counts_noun(mention.text, ev.text, noun_terms, language):
                continue
            text = from_given_name(mention.text, raw_texts, question_words) if people_only else mention.text
            key = _norm(text)
            if key and not set(key.split()) <= asked:
                surface.setdefault(key, text)
        for number in counts_before_noun(ev.text, noun_terms, language) if noun_terms else ():
            key = _norm(number)
            if key and not set(key.split()) <= asked:
                surface.setdefault(key, number)
    cjk_person = kind is Kind.PERSON and language in ("zh", "ja")
    if cjk_person:
        # A name its passage marks as one once ("王小云表示") is a name wherever it recurs: "王小云是首位
        # 女性获奖者" says nothing around it that marks a person.
        known = {name for c in context for name in person_names(c.text)}
        for ev in evidence:
            for name in sorted(known):
                key = _norm(name)
                if name in ev.text and not set(key.split()) <= asked:
                    surface.setdefault(key, name)
    if english and kind in _NAMED:  # "the Brazilian actress": a people's adjective, no name
        raw = [ev.text for ev in evidence] + [c.text for c in context]
        # "Iowa" is no one, and no city: a country or state the sentences mention beside the answer.
        # "ABC News" of "…donors tell ABC News that…": who reported, not where the party was.
        reporters = not asks_about_media(question)
        surface = {
            k: v
            for k, v in surface.items()
            if not adjective_only(v, raw)
            and not not_asked_region(v, kind, question)
            and not (reporters and credited_as_reporter(v, raw, kind is Kind.PERSON))
        }
    if not english and kind in _NAMED:  # outside English, a capitalised common word is no name
        raw = [ev.text for ev in evidence] + [c.text for c in context]
        surface = {k: v for k, v in surface.items() if " " in v or not common_word(v, raw)}
        if language == "de":  # "der Schweiß": a noun, no name
            surface = {k: v for k, v in surface.items() if not common_noun(v, raw)}
        if language == "de" and kind is Kind.PERSON:  # "dem Thema Freundschaft": a noun first, no one
            surface = _after_nouns(surface, raw)
        if kind is Kind.PERSON:  # "ÖVP" of "Der frühere Vizekanzler (ÖVP)…": a party, no one's name
            surface = {k: v for k, v in surface.items() if not is_acronym(v)}
    if not surface:
        return None
    nouns = _asked_nouns(question)
    called = _called_noun(question) if english and kind is Kind.NAME else set()
    echo_words = asked - nouns
    padded = [f" {_norm(ev.text)} " for ev in evidence]
    cues = {w for w in _norm(question).split() if len(w) >= 4}
    background = [(c.article, f" {_norm(c.text)} ") for c in context]
    written = [t for _, t in background] or padded
    articles = len({c.article for c in context}) or 1
    votes: dict[str, float] = {}
    support: dict[str, tuple[int, ...]] = {}
    # Not in English: there it moved no answer of MultiHop-RAG's held-out half and cost 3 short lines.
    titles_vote = kind is Kind.PERSON and not english
    role = asked_role(question) if kind is Kind.PERSON and english else None
    # "Donald Trump" for "Which judge… confirmed under Trump?": the person the question names is not
    # the one it asks for (a surname it shares; the first name alone, "Michael" of "Michael Martin", is not).
    named = {OWNER.sub("", w) for n in names_in_question(question) for w in _norm(n).split()}
    unspaced_role = asked_unspaced_role(question) if cjk_person else None
    for key in surface:
        if people_only and " " in key and key.split()[-1] in named:
            continue
        # A person is also named by surname alone: "Altman" votes for "Sam Altman";
        # a name by its clipped first word: "Fed" votes for "Federal Reserve".
        # A word in capitals is no surname: "CD&V" of "Jong CD&V" (a party's youth wing) is the party.
        # ("McCarthy", "Bankman-Fried" have lower-case letters too: they are surnames.)
        shouted = not any(ch.islower() for ch in surface[key].split()[-1])
        # An unspaced name's last character is no surname: "云" of "王小云" is no one.
        unspaced = UNSPACED_CHAR.search(surface[key]) is not None
        person = kind is Kind.PERSON and " " in key and not shouted and not unspaced
        aliases = {key.split()[-1]} if person else set()
        if " " in key:
            first = key.split()[0]
            aliases |= {k for k in surface if _clipped(k, first)}
        holding = tuple(i for i, text in enumerate(padded) if _holds(text, (key, *aliases)))
        best_per_article: dict[str, float] = {}
        for i in holding:
            art = evidence[i].article
            weight = evidence[i].weight * (1 + NEAR_BONUS * _near(padded[i], key, cues))
            best_per_article[art] = max(best_per_article.get(art, 0.0), weight)
        support[key] = holding
        fit = _fit(surface[key], kind) if kind in (Kind.PERSON, Kind.ORG, Kind.DATE) else 1.0
        if titles_vote and _titled(surface[key], [evidence[i].text for i in holding]):
            fit *= TITLED
        if unspaced_role and beside_role(surface[key], unspaced_role, [evidence[i].text for i in holding]):
            fit *= NAMED_BY_NOUN  # "联发科总经理陈冠州" for "联发科的总经理是谁？"
        if role and in_role(surface[key], role, [evidence[i].text for i in holding]):
            fit *= NAMED_BY_NOUN  # "US district judge Edward Davila" for "Which judge…?"
        if nouns & set(key.split()):  # "Hospital UDI" for "Para qual hospital…?": named by its kind
            fit *= NAMED_BY_NOUN
        elif not english and _after_noun(key, nouns, [padded[i] for i in holding]):
            fit *= NAMED_BY_NOUN  # "haar boek Eerlijk gezegd" for "Hoe heet het boek…?": named after it
        elif called and _after_noun(key, called, [padded[i] for i in holding], apposed=True):
            fit *= NAMED_BY_NOUN  # "…morality police, the Center for…" for "What is … police called?"
        if people_only:
            fit *= person_prior(surface[key], raw_texts)
        held = [evidence[i].text for i in holding]
        if noun_terms and beside_noun(surface[key], held, noun_terms, language):
            fit *= COUNTED_BY_NOUN
        echoes = QUESTION_ECHO if _echoes(key, echo_words) else 1.0
        spread = {art for art, t in background if _holds(t, (key, *aliases))}
        votes[key] = sum(best_per_article.values()) * fit * echoes * (1 + SPREAD * len(spread) / articles)
    # Judged best first, and only until one is a person: a few texts scanned, not every candidate's.
    ranked = sorted(votes, key=lambda k: (votes[k], len(k)), reverse=True)
    best = next((k for k in ranked if not (people_only and no_one(surface[k], written))), None)
    if best is None or not support[best]:
        return None  # "$119" of "$119-a-year": no sentence holds it as a whole word
    longer = [
        k
        for k in votes
        if k != best
        and _part_of(best, k)
        and votes[k] >= 0.5 * votes[best]
        and not (people_only and no_one(surface[k], written))
    ]
    if longer:
        best = max(longer, key=lambda k: (votes[k], len(k)))
    return ShortAnswer(surface[best], kind, support[best], votes[best])


def fuller(answer: ShortAnswer, sentences: Sequence[str]) -> tuple[str, tuple[int, ...]] | None:
    """A longer name the winner is part of, and the sentences holding it.

    The vote may be won by a surname ("Bankman-Fried") or a short form ("Alameda")
    while another retrieved sentence gives the full name ("Sam Bankman-Fried",
    "Alameda Research"). For a person any such sentence will do; for other kinds the
    longer form must be at least half as frequent as the short one.
    """
    key = _norm(answer.text)
    counts: dict[str, list[int]] = {}
    surface: dict[str, str] = {}
    for i, sentence in enumerate(sentences):
        for name in name_spans(sentence):
            longer = _norm(name)
            if longer != key and f" {key} " in f" {longer} " and len(longer.split()) <= 4:
                counts.setdefault(longer, []).append(i)
                surface.setdefault(longer, name)
    if not counts:
        return None
    best = max(counts, key=lambda k: (len(counts[k]), len(k)))
    own = sum(1 for s in sentences if f" {key} " in f" {_norm(s)} ")
    if answer.kind is not Kind.PERSON and len(counts[best]) < 0.5 * own:
        return None
    return surface[best], tuple(counts[best])


def _after_nouns(surface: dict[str, str], texts: Sequence[str]) -> dict[str, str]:
    """German "who" candidates without a common noun opening them, and none that are only nouns.

    German capitalises every noun, so a capitalised span may open with one: "Polizeibeamten Thomas
    Pettersen" holds a name after its title, "Hauptstadt Lima", "Thema Freundschaft", "Rad von Platz"
    and "Punkten Vorsprung" hold none. A first word the texts introduce wherever the span stands (an
    article, a determiner, an inflected adjective or a count before it: "der Hauptstadt Lima", "mit zwei
    Punkten Vorsprung") is a common noun: it goes, and what is left stands only as two capitalised words
    or more ("Thomas Pettersen"). A span opening with a determiner is none ("Diese Lücke", "Ihre
    E-Mail-Adresse"), nor is one word that is no known given name ("Topleute", "Frau"): a person is
    named in full somewhere, and the surname alone votes for the full name.
    """
    kept: dict[str, str] = {}
    for key, text in surface.items():
        words = text.split()
        if opens_with_determiner(words[0]) or (len(words) == 1 and not is_given_name(text)):
            continue
        if not introduced_everywhere(text, texts):
            kept.setdefault(key, text)
            continue
        rest = words[1:]
        if len(rest) >= 2 and all(w[:1].isupper() for w in rest):
            kept.setdefault(_norm(" ".join(rest)), " ".join(rest))
    return kept
