"""Candidate answers in a sentence: names, numbers, amounts, changes, durations, ages and dates.

No NER model is packaged, so candidates are surface patterns: capitalised spans
(cut at titles, trimmed of sentence openers and words that are not names), numbers
with their units, amounts of money, dates. What kind of candidate a question asks
for comes from ``rag.question_kind``; which candidate wins, from ``rag.short_answer``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from byline import lexicon
from byline.lexicon import alternatives, every
from rag.kinds import Kind
from rag.question_kind import QUESTION_WORDS
from rag.unspaced_names import person_names
from store.analysis import UNSPACED, UNSPACED_CHAR

MONTHS = f"(?:{alternatives(lexicon.MONTHS)})"
DAYS = f"(?:{alternatives(lexicon.DAYS)})"
YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")  # a four-digit year of news: 1800-2099
_DATE_RE = re.compile(
    rf"\b(?:{DAYS},? )?(?:{MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|"
    rf"\d{{1,2}}(?:er|º|°)?\.? (?:de )?{MONTHS}(?: (?:de )?\d{{4}})?|{MONTHS} (?:de )?\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}})\b|"
    # Brazilian news gives the day after its weekday: "nesta quarta-feira (11)" is a date, no count.
    rf"\b(?:{alternatives(lexicon.DAYS, ['pt'])}) \(\d{{1,2}}\)|"
    rf"\b{DAYS}\b|\b(?:1[89]|20)\d{{2}}\b|\b{MONTHS}\b|"
    rf"\d{{4}}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?|\d{{1,2}}月\d{{1,2}}日|"  # Chinese and Japanese dates
    # A day alone ("9日的罢工", "今（9）日"), not a span of days ("42日間").
    r"今[（(]\d{1,2}[）)]日|(?<![\d.,])\d{1,2}日(?!間)|"
    # Korean dates: "2025년 5월 28일", "8월 17일", "지난 12일"
    rf"(?<![\d.,])(?:\d{{4}}년(?:\s?\d{{1,2}}월(?:\s?\d{{1,2}}일)?)?|\d{{1,2}}월(?:\s?\d{{1,2}}일)?|\d{{1,2}}일)|"
    rf"\b(?:{alternatives(lexicon.CENTURIES)})\b|"
    # "30 años 20 personas" is a duration and a count, no decade.
    rf"(?<![\d'’])(?<!\d )(?:{alternatives(lexicon.DECADES)})(?![\d,.]?\d)"
)
# A number glued to an unspaced script ("2900円", "42公里"): no word boundary sets it apart.
_GLUED = rf"(?<![^\W{UNSPACED}])\d[\d,.]*[万億亿千]?"
# Korean writes an amount with its scales and currency glued on: "25억달러", "1조2000억원", "3만 원".
_KOREAN_MONEY = (
    rf"(?<![^\W{UNSPACED}])(?:\d[\d,.]*[{lexicon.KOREAN_SCALES}])*\d[\d,.]*[{lexicon.KOREAN_SCALES}]?"
    rf"\s?(?:{'|'.join(lexicon.KOREAN_CURRENCIES)})(?![가-힣])|"
    rf"(?<![^\W{UNSPACED}])(?:\d[\d,.]*[{lexicon.KOREAN_SCALES}])*\d[\d,.]*[{lexicon.KOREAN_SCALES}]?"
    rf"\s?(?:{'|'.join(lexicon.KOREAN_CURRENCIES)})(?=[이가은는을를의에와과도만로]|이다|였|입니)"
)
_CURRENCY = r"(?:[$€£¥₹]|US\$|A\$|C\$|R\$)"
_SCALE = f"(?:{alternatives(lexicon.SCALES)})"
_PERCENT = alternatives(lexicon.PERCENT)
_MONEY_RE = re.compile(
    # "$5-billion", "$100-million": Canadian and South African papers hyphenate the scale
    # "$5m", "$2b": a scale's letter glued on (with no scale the "\b" after "$5" never matched)
    rf"{_CURRENCY}\s?\d[\d,.]*(?:[\s-]?{_SCALE}|[mb])?\b|"
    # the rand's "R" is money only with a scale ("R4bn", "R1.2 billion"): "R2" may be a road or a droid
    rf"\bR\d[\d,.]*\s?{_SCALE}\b|"
    # "6 millions de dollars", "400 millones de dólares", "2,9 milioni di euro", "65 milionů korun"
    rf"\b\d[\d,.]*(?:\s?{_SCALE})?\s?(?:d['’]\s?|de |di )?(?:{alternatives(lexicon.CURRENCY_WORDS)})\b|"
    rf"{_GLUED}(?:円|元|ドル|ユーロ|美元)|{_KOREAN_MONEY}|"
    # "eine Milliarde Euro", "drei Millionen Euro": a word is the number (``lexicon.ONE_BEFORE_SCALE``)
    rf"\b(?:{alternatives(lexicon.ONE_BEFORE_SCALE)}|{alternatives(lexicon.NUMBER_WORDS, ['de'])}) {_SCALE} "
    rf"(?:{alternatives(lexicon.CURRENCY_WORDS)})\b",
    re.IGNORECASE,
)
# Number words that count (``byline.lexicon``: not French, Spanish or Portuguese ones).
_NUMBER_WORDS = f"(?:{alternatives(lexicon.NUMBER_WORDS)})"
# A count spelled in French, Spanish, Portuguese or Italian, in lower case and right before the
# lower-case noun it counts: "a ocho puntos del descenso", "com sete gols", "quarante-deux
# salariés". Not before a time unit or a share ("huit mois" once answered a cost question), and not
# a word another language uses otherwise (``lexicon.SPELLED_NUMBERS_AMBIGUOUS``).
# An ambiguous word is read only after a joiner ("treinta y dos"); "por ciento" is a share.
_SPELLED_ANY = "(?:{})".format("|".join(sorted(lexicon.SPELLED_NUMBER_WORDS)))
_UNAMBIGUOUS = lexicon.SPELLED_NUMBER_WORDS - lexicon.SPELLED_NUMBERS_AMBIGUOUS
_SPELLED_WORD = "(?:{})".format("|".join(sorted(_UNAMBIGUOUS)))
_SPELLED_COUNT = (
    rf"(?-i:(?<!por )(?<!per )\b{_SPELLED_WORD}"
    rf"(?:(?:-| | (?:{'|'.join(lexicon.SPELLED_NUMBER_JOINERS)}) ){_SPELLED_ANY})*\b"
    rf"(?= (?!(?i:{alternatives(lexicon.TIME_UNITS)}|{alternatives(lexicon.PERCENT)})\b)[^\W\d_A-ZÀ-Ý]\w\w))"
)
# A minus sign right before a number is part of it: "Apenas Sergipe (-1,8%) teve queda" gives a
# fall, not the "1,8%" national growth of the next sentence. Not after a digit: "3-2" is a score.
_SIGN = r"(?:(?<![\w.,%)])[-−](?=\d))?"
_NUMBER_RE = re.compile(
    # Korean counts with its scales inside the number: "3만5000명", "1200만".
    rf"(?<![^\W{UNSPACED}])(?:\d[\d,.]*[{lexicon.KOREAN_SCALES}])+(?:\d[\d,.]*)?(?=[가-힣\s]|$)|"
    rf"{_SIGN}\b\d[\d,.]*(?:\s?(?:%|{_PERCENT}|{_SCALE}))?(?:[-–]\d[\d,.]*)?\b%?|"
    # A range glued to an unspaced script is one number: "大概是20-22个鸡蛋".
    rf"\b{_NUMBER_WORDS}(?:[- ]{_NUMBER_WORDS})*(?: {_SCALE})?\b|"
    rf"{_SPELLED_COUNT}|"
    # Not a date's day, month or year, but a span of them is counted: "42日間の停戦", "3年间".
    rf"{_GLUED}(?:[-–~～]\d[\d,.]*)?(?=[{UNSPACED}])(?![年月日号](?![間间]))",
    re.IGNORECASE,
)
# A clock time is no count: "alle 20.45", "19:29" ("l'1:29 del mattino").
_CLOCK_RE = re.compile(
    rf"(?<![\d.,])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d.,]?\d)|"
    rf"(?i:\b(?:{alternatives(lexicon.CLOCK_BEFORE)}) )(?:[01]?\d|2[0-3])[.h][0-5]\d(?![\d.,]?\d)"
)
# A clock time by its hour and the word for it: "um 16 Uhr", "à 18h", "alle 21" (French pages often put a
# no-break space before the "h": "vers 4\xa0h"); English "7 p.m.", "10.25pm", "0227 GMT", "noon".
_HOUR_RE = re.compile(
    r"\b(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?[ \xa0\u202f]?(?:Uhr|h)\b|"
    r"\b(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)? ?(?i:[ap]\.m\.|[ap]m\b)|"
    r"\b(?:[01]\d|2[0-3])[0-5]\d (?:GMT|BST|UTC|EST|EDT|PST|PDT)\b|\b(?:noon|midnight)\b"
)


def tells_time(sentence: str) -> bool:
    """Whether ``sentence`` tells a clock time ("a las 6:30 de la tarde", "alle 20.45", "um 16 Uhr")."""
    return bool(_CLOCK_RE.search(sentence) or _HOUR_RE.search(sentence))


# A change or a share: a percentage, a multiple, an amount of money or a scaled number.
_CHANGE_RE = re.compile(
    rf"{_MONEY_RE.pattern}|"
    rf"{_SIGN}\b\d[\d,.]*(?:[-–]\d[\d,.]*)?\s?(?:%|(?:{_PERCENT})\b|times\b|-fold\b|{_SCALE}\b)",
    re.IGNORECASE,
)
_UNITS = f"(?:{alternatives(lexicon.TIME_UNITS)})"
_YEARS_OF_AGE = alternatives(lexicon.YEARS_OF_AGE)
_DURATION_RE = re.compile(
    # A race time in hours, minutes and seconds: "nach 8:14:40 Stunden", "in 2:07:33 Std.", "1:59:40 hours".
    rf"\b\d{{1,2}}:[0-5]\d(?::[0-5]\d)?(?:[.,]\d+)?\s?(?:{_UNITS}\b|Std\b\.?|h\b|min\b\.?)|"
    rf"(?:{_NUMBER_RE.pattern})\s?(?:-\s?)?{_UNITS}\b|"
    # Lower case only: "der 28-Jährige" is a person of that age, "eine dreijährige Haft" a duration.
    rf"\b(?:{_NUMBER_WORDS}|\d+-?)(?-i:{alternatives(lexicon.DURATION_SUFFIXES)})\w*|"
    # A fraction of a unit: "eine Zehntel-Sekunde", "une demi-heure", "media hora".
    rf"\b(?:{alternatives(lexicon.FRACTIONS)})[-\s]?{_UNITS}\b",
    re.IGNORECASE,
)
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
    # "piloto …, de 26 anos,", "un uomo di 45 anni", "Maciel, 26 ans,", "26 anos de idade".
    re.compile(rf"\b(?:de|com|di|con) (\d{{1,3}}) (?:{_YEARS_OF_AGE})\b|\b\d{{1,3}} anos de idade\b"),
    re.compile(rf"\b[A-Z][\w’'-]+, (\d{{1,3}}) (?:{_YEARS_OF_AGE})\b"),
    re.compile(r"(?<![\d.,])\d{1,3} ?(?:세|살)(?![가-힣]*대)"),  # Korean: "7세 때", "42살"
    re.compile(rf"(?<![\d.,])\d{{1,3}} ?[{lexicon.AGE_COUNTERS}]"),  # Japanese, Chinese: "25歳", "18岁"
    re.compile(rf"\b(?:{alternatives(lexicon.AGE_ADJECTIVES)})(?!\w)", re.IGNORECASE),  # "54-letnia"
    # "completa 57 anos", "cumplió 80 años", "compie 90 anni": the age after a verb of turning it.
    re.compile(
        rf"\b(?:{alternatives(lexicon.AGE_VERBS)}) (?:(?:seus|sus|i suoi|os|los|gli) )?(\d{{1,3}}) "
        rf"(?:{_YEARS_OF_AGE})\b",
        re.IGNORECASE,
    ),
    # An age said by its noun: "ihr Alter auf 2.000 Jahre", "Einstiegsalter liegt bei … zwölf Jahren".
    re.compile(
        rf"(?:{alternatives(lexicon.AGE_BEFORE_NUMBER)}) (?:(?:{alternatives(lexicon.APPROXIMATELY)}) )?"
        rf"(\d{{1,3}}(?:\.\d{{3}})*|{alternatives(lexicon.NUMBER_WORDS, ['de'])}) Jahren?\b"
    ),
)

# A capitalised span: capitalised words, joined by the small words names contain. A word's
# letters stop where an unspaced script begins: "Key M" in "形状はKey Mで" is the name.
_L = rf"[^\W{UNSPACED}]"
# A word opening with a digit names something ("3M", "7-Eleven", "4chan") unless its letters are a
# unit or scale in lower case: "$120m (£64m)" is an amount, not the newspaper a question asked for.
_QUANTITY = r"\d[\d.,]*(?:m|bn|b|k|tn|km|kg|cm|mm|mph|kmh|ft|lb|lbs|am|pm|s)\b"
_CAP_WORD = (
    rf"(?:[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒÁÍÓÚÑČŘŠŽ]{_L}*(?:[-’'.&]{_L}+)*\.?|(?!{_QUANTITY})\d{_L}*[A-Za-z]{_L}*)"
)
# German "der"/"den" join a name only after "von"/"van" ("Ursula von der Leyen"): alone they are
# articles ("sagte Cheftrainer Heiko Salzwedel der Times" names Heiko Salzwedel and the Times).
_JOINER = r"(?:v[oa]n de[rn]|of|de|du|des|la|le|van|von|di|da|del|&|bin|al-)"
# Titles before a name ("Prime Minister Habib Essid", "Cheftrainer Heiko Salzwedel") split the span.
TITLES = every(lexicon.TITLES)
# Month names, and the abbreviations news dates use ("born on Oct. 20, 1964" gave the place "Oct");
# "Jan", "Mar", "Jun" and "Jul" are left out: they are also names.
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "feb apr aug sep sept oct nov dec".split()
)
_SPAN_RE = re.compile(rf"(?<!-)(?<!{_L}){_CAP_WORD}(?:\s+(?:{_JOINER}\s+)?{_CAP_WORD})*")
# What may stand before a sentence's first word: quotes, brackets, Spanish ¿ and ¡.
_OPENERS = " \"'“‘(«¿¡"
# Capitalised words that name nothing on their own.
_NOT_NAMES = every(lexicon.NOT_NAMES) | QUESTION_WORDS
MEMO_SIZE = 1 << 15  # sentences whose mentions are remembered (a few MB)


@dataclass(frozen=True)
class Mention:
    """A candidate answer as it stands in one sentence."""

    text: str
    kind: Kind


# A German compound ending in a role ("Landesbischof", "Leseforscher") is a title before a name.
_COMPOUND_TITLE = re.compile(rf"\w{{3,}}(?:{alternatives(lexicon.ROLE_HEADS)})")


def _is_title(word: str, before_name: bool) -> bool:
    """A title; a compound role only right before a name ("Staatsanwältin" alone is a noun)."""
    low = word.lower().strip(".,")
    return low in TITLES or (before_name and _COMPOUND_TITLE.fullmatch(low) is not None)


def _pieces(span: str) -> list[list[str]]:
    """A span cut at the titles in it: "Facebook CEO Mark Zuckerberg" → Facebook, Mark Zuckerberg."""
    pieces: list[list[str]] = [[]]
    words = span.split()
    for i, word in enumerate(words):
        if _is_title(word, before_name=i + 1 < len(words)):
            pieces.append([])
        else:
            pieces[-1].append(word)
    return [p for p in pieces if p]


_SHOUTED = re.compile(r"[A-Z]{6,}")
# What follows a dateline in capitals opening a report: a dash, or a bracketed agency ("LONDON (Reuters) -").
_DATELINE_END = re.compile(r"(?:,? [A-Z][\w.]*)?\s*(?:[—–-]|\()")


@functools.lru_cache(maxsize=MEMO_SIZE)
def name_spans(sentence: str) -> tuple[str, ...]:
    """Capitalised spans, trimmed of leading function words ("The", "In") and titles (remembered)."""
    out = []
    for match in _SPAN_RE.finditer(sentence):
        words = match.group(0).split()
        opening = not sentence[: match.start()].strip(_OPENERS)
        if opening and match.group(0).isupper() and _DATELINE_END.match(sentence, match.end()):
            continue  # "SAN FRANCISCO — Ellen Pao…": where the report was filed, not what it says
        initial = words[0] if opening else ""
        if opening and (words[0].endswith("ing") or re.search(r"[’']t$", words[0])):
            words = words[1:]  # "Using Caroline Ellison…", "Didn’t Bankman-Fried…"
        for name in _trimmed(words):
            if initial.startswith(name) and " " not in name and not is_acronym(name):
                continue  # a capital that may only start the sentence (“Part of the frenzy…”)
            if _SHOUTED.fullmatch(name):
                continue  # "BONUSES:" a kicker in capitals, not a name
            out.append(name)
    return tuple(out)


# A pronoun or verb with its contraction ("'We're not doing well'", "They'll", "Don't") names nothing.
_CONTRACTION = re.compile(r"[’'](?:re|ve|ll|d|m)$|n[’']t$", re.IGNORECASE)


_ENDS_NO_NAME = _NOT_NAMES | {"of", "de", "&"}


def _trimmed(span: list[str]) -> list[str]:
    """The names in a capitalised span, without function words, titles, months or possessives."""
    out = []
    for words in _pieces(" ".join(span)):
        while words and (words[0].lower().strip(".") in _NOT_NAMES or _CONTRACTION.search(words[0])):
            words = words[1:]
        while words and (words[-1].lower() in _ENDS_NO_NAME or _CONTRACTION.search(words[-1])):
            words = words[:-1]
        name = re.sub(r"[’']s$", "", " ".join(words)).rstrip(".,’'")
        low = name.lower().strip(".")
        if not name or low in _NOT_NAMES or low in _MONTH_NAMES or len(name) < 2:
            continue
        out.append(name)
    return out


def is_acronym(word: str) -> bool:
    """ "FTX", "NATO", "iOS": one word with several capitals."""
    return " " not in word and sum(ch.isupper() for ch in word) >= 2


# A bare number right after a capitalised word inside a sentence names a model, not a count:
# "Raspberry Pi 3", "Windows 10".
_CURRENCY_SIGNS = frozenset("$€£¥₹")
# A month is no model: "im April und Mai 918 Interviews" counts the interviews.
_MODEL_NUMBER = re.compile(rf"(?<=\S )(?!(?i:{MONTHS})\s$)[A-Z]{_L}*\s$")
# "one of the best", "one another", "no one", "the one who": a pronoun, not a count.
_PRONOUN_ONE_AFTER = re.compile(r"\s+(?:of|another|who|that|which)\b", re.IGNORECASE)
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:no|the|any|every|each|this|that|which|some)\s+$", re.IGNORECASE)


def _pronoun_one(sentence: str, start: int, end: int) -> bool:
    """Whether the "one" at ``start:end`` stands for something named elsewhere rather than counting."""
    return sentence[start:end].lower() == "one" and bool(
        _PRONOUN_ONE_AFTER.match(sentence, end) or _PRONOUN_ONE_BEFORE.search(sentence, 0, start)
    )


# A year written with two digits after an apostrophe: "che conosce Trump dal ’94", "since '08".
_SHORT_YEAR = re.compile(r"['’]\d{2}(?!\d)")


def _numbers(sentence: str) -> list[re.Match[str]]:
    """The numbers of ``sentence`` that may answer "how many": no date, clock time, amount, model or age."""
    # A year inside a date ("em março de 2008") is no count, nor is the date itself.
    dates = [m.span() for m in _DATE_RE.finditer(sentence)]
    dates += [m.span() for m in _CLOCK_RE.finditer(sentence)]
    ages = {m.start(1) for m in _AGE_RES[1].finditer(sentence)}  # "Eloise Parry, 21, was…": no count
    return [
        m
        for m in _NUMBER_RE.finditer(sentence)
        if not any(start <= m.start() and m.end() <= end for start, end in dates)
        and sentence[m.start() - 1 : m.start()] not in _CURRENCY_SIGNS  # "$35" is an amount, not a count
        # "Windows 10" is a model; "Untersuchung sieben" a count (German capitalises its nouns)
        and not (m.group(0)[:1].isdigit() and _MODEL_NUMBER.search(sentence, 0, m.start()))
        and not _pronoun_one(sentence, m.start(), m.end())
        and m.start() not in ages
        and not _SHORT_YEAR.match(sentence, max(m.start() - 1, 0), m.end())
    ]


# A share or a time span: what a number measures rather than counts ("fünf Prozent der Stimmen",
# "vor drei Monaten", "à 6 heures").
_SHARE = re.compile(rf"%|(?:{_PERCENT})\b", re.IGNORECASE)
_MEASURE_AFTER = re.compile(rf"\s?(?:-\s?)?(?:%|(?:{_PERCENT})\b|{_UNITS}\b)", re.IGNORECASE)


@functools.lru_cache(maxsize=MEMO_SIZE)
def counts(sentence: str) -> tuple[Mention, ...]:
    """The numbers of ``sentence`` that count things: :func:`mentions` of a number, less shares and spans.

    "Wie viele Stimmen erhielt Nadeschdin…?" is not answered by the "fünf" of "mehr als fünf
    Prozent der Stimmen", nor "Wie viele Kirchengemeinden…?" by "Vor drei Monaten": a count of
    things is no share and no time span (``rag.short_answer.choose`` asks for these when the
    question counts a noun that is neither, ``rag.question_kind.counted_noun``).
    """
    return tuple(
        Mention(m.group(0).strip(), Kind.NUMBER)
        for m in _numbers(sentence)
        if m.group(0).strip()
        and not _SHARE.search(m.group(0))
        and not _MEASURE_AFTER.match(sentence, m.end())
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
        found = [m.group(0) for m in _numbers(sentence)]
    elif kind is Kind.DATE:
        found = [m.group(0) for m in _DATE_RE.finditer(sentence)]
    else:
        found = list(name_spans(sentence))
        if kind is Kind.PERSON and UNSPACED_CHAR.search(sentence):  # no capitals: names by their context
            found += person_names(sentence)
    return tuple(Mention(f.strip(), kind) for f in found if f.strip())


_SPELLED_RE = re.compile(rf"\b(?:{alternatives(lexicon.SPELLED_NUMBERS)})\b", re.IGNORECASE)


def spells_number(sentence: str) -> bool:
    """Whether ``sentence`` writes a number in words that ``mentions`` offers no candidate for.

    French, Spanish, Portuguese and Italian number words are no candidate answers ("huit
    mois" once answered a cost question), so a count question over "quarante-deux salariés"
    finds no short answer; this tells that the sentences do give a count, in words.
    """
    return bool(_SPELLED_RE.search(sentence))
