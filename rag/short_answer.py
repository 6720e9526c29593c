"""The short answer: the name, number, amount or date the question asks for, taken verbatim.

No NER model is packaged, so the asked-for kind comes from the question word
("who", "which company", "how much", "when", and their forms in other languages)
and candidates are surface patterns: capitalised spans, numbers, amounts of
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

from byline.language import detect_query_language
from rag.question_kind import QUESTION_WORDS, Kind
from store.analysis import DEFAULT_LANGUAGE, UNSPACED, UNSPACED_CHAR, language_code

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE_RE = re.compile(
    rf"\b(?:{_DAYS},? )?(?:{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|"
    rf"\d{{1,2}}\.? {_MONTHS}(?: \d{{4}})?|{_MONTHS} \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b|"
    rf"\b{_DAYS}\b|\b(?:1[89]|20)\d{{2}}\b|\b{_MONTHS}\b|"
    rf"\d{{4}}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?|\d{{1,2}}月\d{{1,2}}日"  # Chinese and Japanese dates
)
# A number glued to an unspaced script ("2900円", "42公里"): no word boundary sets it apart.
_GLUED = rf"(?<![^\W{UNSPACED}])\d[\d,.]*[万億亿千]?"
_CURRENCY = r"(?:[$€£¥₹]|US\$|A\$|C\$)"
_SCALE = (
    r"(?:[mb]n|k|million|billion|trillion|thousand|Millionen|Milliarden|millions?|milliards?|"
    r"Mrd\.|Mio\.|mld\.|mil\.)"
)
_MONEY_RE = re.compile(
    rf"{_CURRENCY}\s?\d[\d,.]*(?:\s?{_SCALE})?\b|"
    rf"\b\d[\d,.]*(?:\s?{_SCALE})?\s?(?:d['’]\s?)?(?:dollars|euros?|pounds|yen|francs|rupees|Euro)\b|"
    rf"{_GLUED}(?:円|元|ドル|ユーロ|美元)",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|"
    r"hundred|dozen|"
    # German counts ("hat fünf Kinder"; "ein" is also the article). French, Spanish and Portuguese
    # ones made "huit mois" the answer to "Combien a-t-il coûté ?" after a turn quoting it.
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|"
    # Czech, its tens with a unit before them ("dvaadvacet let": twenty-two years)
    r"(?:(?:jedn|dva|tři|čtyři|pět|šest|sedm|osm|devět)a)?(?:dvacet|třicet|čtyřicet|padesát)|"
    r"dva|dvě|tři|čtyři|pět|šest|sedm|osm|devět|deset|jedenáct|dvanáct)"
)
_NUMBER_RE = re.compile(
    rf"\b\d[\d,.]*(?:\s?(?:%|percent|per cent|{_SCALE}))?(?:[-–]\d[\d,.]*)?\b%?|"
    # A range glued to an unspaced script is one number: "大概是20-22个鸡蛋".
    rf"\b{_NUMBER_WORDS}(?:[- ]{_NUMBER_WORDS})*(?: {_SCALE})?\b|"
    rf"{_GLUED}(?:[-–~～]\d[\d,.]*)?(?=[{UNSPACED}])(?![年月日号])",
    re.IGNORECASE,
)
# A change or a share: a percentage, a multiple, an amount of money or a scaled number.
_CHANGE_RE = re.compile(
    rf"{_MONEY_RE.pattern}|"
    rf"\b\d[\d,.]*(?:[-–]\d[\d,.]*)?\s?(?:%|percent\b|per cent\b|times\b|-fold\b|{_SCALE}\b)",
    re.IGNORECASE,
)
_UNITS = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|"
    r"Tage?n?|Jahren?|Stunden?|Wochen?|jours?|ans|années?|heures?|semaines?|mois)"
)
_DURATION_RE = re.compile(rf"(?:{_NUMBER_RE.pattern})\s?(?:-\s?)?{_UNITS}\b", re.IGNORECASE)
# An age, as news writes it: "the 106-year-old schooner", "Eloise Parry, 21, was…", "who was 34 when
# she left", "aged 75"; "21-jährige", "âgé de 21 ans", "de 21 años". A bare "two" or "12 goals"
# answers "how many", not "how old". The age is group 1 where the pattern has one.
_AGE_RES = (
    re.compile(r"\b\d{1,3}[- ](?:years?|yrs?)[- ]old\b", re.IGNORECASE),
    re.compile(r"\b[A-Z][\w’'-]+, (\d{1,3}),"),
    re.compile(
        r"\b(?:aged|age of|at age|turned|who (?:is|was|turns)|(?:he|she) (?:is|was)) (\d{1,3})\b"
        r"(?![.,]?\d)(?!\s?(?:%|percent|per cent|million|billion|years? ago|times))",
        re.IGNORECASE,
    ),
    re.compile(r"\b\d{1,3}[- ]?[Jj]ährige?[nrms]?\b|\b\d{1,3} Jahre alt\b|\bâgée? de \d{1,3} ans\b"),
    re.compile(r"\b\d{1,3} años de edad\b|\b(?:de|con) (\d{1,3}) años\b"),
)

# A capitalised span: capitalised words, joined by the small words names contain. A word's
# letters stop where an unspaced script begins: "Key M" in "形状はKey Mで" is the name.
_L = rf"[^\W{UNSPACED}]"
_CAP_WORD = rf"(?:[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒÁÍÓÚÑČŘŠŽ]{_L}*(?:[-’'.&]{_L}+)*\.?|\d{_L}*[A-Za-z]{_L}*)"
# German "der"/"den" join a name only after "von"/"van" ("Ursula von der Leyen"): alone they are
# articles ("sagte Cheftrainer Heiko Salzwedel der Times" names Heiko Salzwedel and the Times).
_JOINER = r"(?:v[oa]n de[rn]|of|de|du|des|la|le|van|von|di|da|del|&|bin|al-)"
# Titles before a name ("Prime Minister Habib Essid", "FTX CEO Sam Bankman-Fried") split the span.
# German capitalises its titles too: "Großbritanniens Cheftrainer Heiko Salzwedel" is no four-word name.
_TITLES = frozenset(
    """
    ceo cfo coo cto chief president vice prime minister secretary senator sen rep gov governor
    judge justice coach director chairman chairwoman chair founder co-founder commissioner mayor
    general gen king queen prince princess pope bishop father sir lord lady dame professor dr mr mrs ms
    editor correspondent spokesman spokeswoman spokesperson skipper captain premier chancellor
    generalsekretär cheftrainer trainer präsident präsidentin kanzler kanzlerin bundeskanzler
    bundeskanzlerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin sprecher
    sprecherin chef chefin vorsitzende vorsitzender ministerin außenminister außenministerin
    regisseur regisseurin
    """.split()
)
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
_SPAN_RE = re.compile(rf"(?<!-)(?<!{_L}){_CAP_WORD}(?:\s+(?:{_JOINER}\s+)?{_CAP_WORD})*")
# What may stand before a sentence's first word: quotes, brackets, Spanish ¿ and ¡.
_OPENERS = " \"'“‘(«¿¡"
# Capitalised words that name nothing on their own.
_NOT_NAMES = (
    frozenset(
        """
    the a an this that these those it its he she they we i you his her their our my your
    in on at by for of to from with as and or but if when while after before since during
    however meanwhile also still yet so then there here what which who how why where
    mr mrs ms dr sir prof
    monday tuesday wednesday thursday friday saturday sunday
    did does do is are was were has have had can could will would should
    though although using despite following according including unlike like among amid without
    under over across through between against beyond last next earlier later today yesterday
    tomorrow now even just only once every each some many most all both neither either other
    another such more less few because whether unless until
    der die das ein eine und im am es er sie wir ich un une et en il elle nous je y
    von euro dollar prozent mrd mio
    """.split()
    )
    | QUESTION_WORDS
)
_WORD = re.compile(r"[\w’'-]+")
MEMO_SIZE = 1 << 15  # sentences whose mentions are remembered (a few MB)


@dataclass(frozen=True)
class Mention:
    """A candidate answer as it stands in one sentence."""

    text: str
    kind: Kind


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


def _pieces(span: str) -> list[list[str]]:
    """A span cut at the titles in it: "Facebook CEO Mark Zuckerberg" → Facebook, Mark Zuckerberg."""
    pieces: list[list[str]] = [[]]
    for word in span.split():
        if word.lower().strip(".,") in _TITLES:
            pieces.append([])
        else:
            pieces[-1].append(word)
    return [p for p in pieces if p]


_SHOUTED = re.compile(r"[A-Z]{6,}")


@functools.lru_cache(maxsize=MEMO_SIZE)
def _names(sentence: str) -> tuple[str, ...]:
    """Capitalised spans, trimmed of leading function words ("The", "In") and titles (remembered)."""
    out = []
    for match in _SPAN_RE.finditer(sentence):
        words = match.group(0).split()
        opening = not sentence[: match.start()].strip(_OPENERS)
        initial = words[0] if opening else ""
        if opening and (words[0].endswith("ing") or re.search(r"[’']t$", words[0])):
            words = words[1:]  # "Using Caroline Ellison…", "Didn’t Bankman-Fried…"
        for name in _trimmed(words):
            if initial.startswith(name) and " " not in name and not _is_acronym(name):
                continue  # a capital that may only start the sentence (“Part of the frenzy…”)
            if _SHOUTED.fullmatch(name):
                continue  # "BONUSES:" a kicker in capitals, not a name
            out.append(name)
    return tuple(out)


def _trimmed(span: list[str]) -> list[str]:
    """The names in a capitalised span, without function words, titles, months or possessives."""
    out = []
    for words in _pieces(" ".join(span)):
        while words and words[0].lower().strip(".") in _NOT_NAMES:
            words = words[1:]
        while words and words[-1].lower() in _NOT_NAMES | {"of", "de", "&"}:
            words = words[:-1]
        name = re.sub(r"[’']s$", "", " ".join(words)).rstrip(".,’'")
        low = name.lower().strip(".")
        if not name or low in _NOT_NAMES or low in _MONTH_NAMES or len(name) < 2:
            continue
        out.append(name)
    return out


def _is_acronym(word: str) -> bool:
    """ "FTX", "NATO", "iOS": one word with several capitals."""
    return " " not in word and sum(ch.isupper() for ch in word) >= 2


# A bare number right after a capitalised word inside a sentence names a model, not a count:
# "Raspberry Pi 3", "Windows 10".
_CURRENCY_SIGNS = frozenset("$€£¥₹")
_MODEL_NUMBER = re.compile(rf"(?<=\S )[A-Z]{_L}*\s$")
# "one of the best", "one another", "no one", "the one who": a pronoun, not a count.
_PRONOUN_ONE_AFTER = re.compile(r"\s+(?:of|another|who|that|which)\b", re.IGNORECASE)
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:no|the|any|every|each|this|that|which|some)\s+$", re.IGNORECASE)


def _pronoun_one(sentence: str, start: int, end: int) -> bool:
    """Whether the "one" at ``start:end`` stands for something named elsewhere rather than counting."""
    return sentence[start:end].lower() == "one" and bool(
        _PRONOUN_ONE_AFTER.match(sentence, end) or _PRONOUN_ONE_BEFORE.search(sentence, 0, start)
    )


@functools.lru_cache(maxsize=MEMO_SIZE)
def mentions(sentence: str, kind: Kind) -> tuple[Mention, ...]:
    """The spans of ``sentence`` that could answer a question asking for ``kind``.

    Remembered per sentence: the same retrieved sentences come back question after
    question, and finding their names was a tenth of an answer's CPU.
    """
    if kind is Kind.MONEY:
        found = [m.group(0) for m in _MONEY_RE.finditer(sentence)]
    elif kind is Kind.CHANGE:
        found = [m.group(0) for m in _CHANGE_RE.finditer(sentence)]
    elif kind is Kind.DURATION:
        found = [m.group(0) for m in _DURATION_RE.finditer(sentence)]
    elif kind is Kind.AGE:
        found = [m.group(m.lastindex or 0) for pattern in _AGE_RES for m in pattern.finditer(sentence)]
    elif kind is Kind.NUMBER:
        dates = {m.group(0) for m in _DATE_RE.finditer(sentence)}
        ages = {m.start(1) for m in _AGE_RES[1].finditer(sentence)}  # "Eloise Parry, 21, was…": no count
        found = [
            m.group(0)
            for m in _NUMBER_RE.finditer(sentence)
            if m.group(0) not in dates
            and sentence[m.start() - 1 : m.start()] not in _CURRENCY_SIGNS  # "$35" is an amount, not a count
            and not _MODEL_NUMBER.search(sentence, 0, m.start())
            and not _pronoun_one(sentence, m.start(), m.end())
            and m.start() not in ages
        ]
    elif kind is Kind.DATE:
        found = [m.group(0) for m in _DATE_RE.finditer(sentence)]
    else:
        found = list(_names(sentence))
    return tuple(Mention(f.strip(), kind) for f in found if f.strip())


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
_VAGUE_DATE = re.compile(rf"{_DAYS}|{_MONTHS}", re.IGNORECASE)
VAGUE_DATE_FIT = 0.5
TITLED = 1.5  # a person's vote when a title stands right before the name (questions not in English)
_TITLE_BEFORE = "|".join(sorted((re.escape(t) for t in _TITLES), key=len, reverse=True))


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
    if kind is Kind.PERSON:
        if _NOT_PERSON.search(name) or re.search(r"[’']s\s", name):  # "OpenAI’s ChatGPT"
            return 0.3
        shouting = all(w.isupper() for w in words if w.isalpha())  # "FTX", "WR PPR"
        return 1.0 if 2 <= len(words) <= 4 and not _is_acronym(name) and not shouting else 0.5
    if kind is Kind.ORG:
        return 1.0 if len(words) <= 3 else 0.6
    if kind is Kind.DATE and _VAGUE_DATE.fullmatch(name):
        return VAGUE_DATE_FIT
    return 1.0


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
    surface: dict[str, str] = {}
    for ev in evidence:
        for mention in mentions(ev.text, kind):
            key = _norm(mention.text)
            if key and not set(key.split()) <= asked:
                surface.setdefault(key, mention.text)
    if not surface:
        return None
    padded = [f" {_norm(ev.text)} " for ev in evidence]
    cues = {w for w in _norm(question).split() if len(w) >= 4}
    background = [(c.article, f" {_norm(c.text)} ") for c in context]
    articles = len({c.article for c in context}) or 1
    votes: dict[str, float] = {}
    support: dict[str, tuple[int, ...]] = {}
    # Not in English: there it moved no answer of MultiHop-RAG's held-out half and cost 3 short lines.
    titles_vote = kind is Kind.PERSON and language_code(detect_query_language(question)) != DEFAULT_LANGUAGE
    for key in surface:
        # A person is also named by surname alone: "Altman" votes for "Sam Altman";
        # a name by its clipped first word: "Fed" votes for "Federal Reserve".
        aliases = {key.split()[-1]} if kind is Kind.PERSON and " " in key else set()
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
        echoes = QUESTION_ECHO if _echoes(key, asked) else 1.0
        spread = {art for art, t in background if _holds(t, (key, *aliases))}
        votes[key] = sum(best_per_article.values()) * fit * echoes * (1 + SPREAD * len(spread) / articles)
    best = max(votes, key=lambda k: (votes[k], len(k)))
    if not support[best]:
        return None  # "$119" of "$119-a-year": no sentence holds it as a whole word
    longer = [k for k in votes if k != best and _part_of(best, k) and votes[k] >= 0.5 * votes[best]]
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
        for name in _names(sentence):
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


# A unit after a Chinese or Japanese question word ("何TB", "多少GB") is what is counted, no name.
_COUNTED_UNIT = re.compile(r"(何|多少|几)[A-Za-zＡ-Ｚａ-ｚ]+")
# The noun a which- or how-many-question asks about is what the answer supplies, no name the
# passages must hold: "Welche Insekten bestäuben die Rafflesien?" (German capitalises every noun)
# is answered by "Aasfliegen", "Für wie viel Geld…?" by an amount. English writes it lower-case.
_WHICH_NOUN = re.compile(
    r"\b((?i:welche[rsnm]?|quel(?:le)?s?|cu[aá]l(?:es)?|qual|quais|quale|quali|"
    r"kter(?:ý|á|é|ého|ému|ém|ým|ou|ých)|wie ?viele?|combien d[e’']|cu[aá]nt[oa]s?|quant[oa]s?) ?)(\w+)"
)


# German capitalises every noun; one after an article or determiner (and its adjectives) is a
# common noun: "bei dem Anschlag in Tel Aviv" names Tel Aviv, not "Anschlag", which the article
# may word otherwise ("geschossen und zwei Menschen getötet"). English "the Guardian" is a name,
# so this holds for German questions only.
_GERMAN_NOUN = re.compile(
    r"\b((?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\w*|zum|zur|im|am|vom|beim|"
    r"ins|dies\w*|jede[rnms]?|sein\w*|ihr\w*|unser\w*) (?:[a-zäöüß][\w-]* )*)([A-ZÄÖÜ]\w*)"
)


def names_in_question(question: str) -> list[str]:
    """The names a question mentions (capitalised spans; its first word only when part of a longer one)."""
    plain = _WHICH_NOUN.sub(lambda m: m.group(1) + m.group(2).lower(), _COUNTED_UNIT.sub(r"\1", question))
    if detect_query_language(question) == "de":
        plain = _GERMAN_NOUN.sub(lambda m: m.group(1) + m.group(2).lower(), plain)
    return list(dict.fromkeys(_names(plain)))
