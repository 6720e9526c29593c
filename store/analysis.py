"""Text analysis for keyword search: what a passage or a question means to the keyword engine.

One owner for tokenising, stop words and stemming, so the index, the question
and the answerer's sentence matching all see text the same way. The language
(ISO 639-1, from the article or the question) picks the Snowball stemmer and
the stop words; Chinese, Japanese, Korean and Thai, written without spaces
between words (or with particles glued on), become overlapping character
pairs, so "人工智能" is found inside "人工智能迈上新台阶" whatever the language
label says. Unknown or missing language: English, the archive's historical
default, so English indexes keep their figures.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import lru_cache
from typing import Any

from byline.lexicon import QUESTION_WORDS, SEPARABLE_PREFIXES
from store.stopwords import STOPWORDS_BY_LANGUAGE

# Scripts written without spaces between words: Han, kana, Hangul, Thai (with its marks).
# Public for the answerer: a name or a number in Latin letters ends where such a script begins
# ("Key M" in "Key Mで", "2900" in "2900円").
UNSPACED = "\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")  # one character of a script written without spaces
# A word elsewhere: letters and digits plus the combining marks \w leaves out (Indic vowel signs).
_TOKEN = re.compile(
    rf"([{UNSPACED}]+)|((?:[^\W{UNSPACED}]|[\u0300-\u036f\u0900-\u0dff])+)",
    re.UNICODE,
)
# Most text has none of these; it takes the plain word path, as fast as before languages.
_SPECIAL = re.compile(rf"[{UNSPACED}\u0900-\u0dff\uff00-\uffef]")
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORD = 40
DEFAULT_LANGUAGE = "en"
# Letters the word pattern cuts out of a word that are no words: the euphonic "t" of French
# inversion ("a-t-il", "va-t-on"), which no article holds as a term; in a question it weighed as
# the rarest word and pulled every sentence's fit down.
_NO_WORDS = {"fr": frozenset({"t"})}

# ISO 639-1 -> Snowball algorithm shipped by PyStemmer.
_STEMMERS = {
    "ar": "arabic",
    "hy": "armenian",
    "eu": "basque",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "nl": "dutch",
    "en": "english",
    "eo": "esperanto",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "ga": "irish",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "no": "norwegian",
    "nb": "norwegian",
    "nn": "norwegian",
    "fa": "persian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "es": "spanish",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}


def language_code(language: str | None) -> str:
    """ "de-AT", "DE" or "de_DE" -> "de"; None or "" -> the default language."""
    if not language:
        return DEFAULT_LANGUAGE
    return language.strip().lower().replace("_", "-").split("-", 1)[0] or DEFAULT_LANGUAGE


@lru_cache(maxsize=64)
def _stemmer(code: str) -> Any:
    """The Snowball stemmer for a language, or None where Snowball has none (text stays unstemmed)."""
    import Stemmer

    algorithm = _STEMMERS.get(code)
    return Stemmer.Stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=64)
def _stopwords(code: str) -> frozenset[str]:
    """A language's stop words and the pieces of words its text splits into (``_NO_WORDS``)."""
    return STOPWORDS_BY_LANGUAGE.get(code, frozenset()) | _NO_WORDS.get(code, frozenset())


def _pairs(run: str) -> list[str]:
    """Overlapping character pairs of an unspaced run; a lone character stands for itself."""
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def analyze(text: str, language: str | None = None) -> list[str]:
    """Lower-cased, stop-worded, stemmed terms: the keyword index's view of text.

    ``language`` (ISO 639-1 such as "de", a tag such as "de-AT", or None for
    unknown) picks the stemmer and stop words of the words; unspaced scripts
    always become character pairs. Text is NFKC-normalised first.
    """
    code = language_code(language)
    stopwords = _stopwords(code)
    words: list[str] = []
    pairs: list[str] = []
    text = text.lower()
    if _SPECIAL.search(text) is None:
        words = [w for w in _WORD.findall(text) if w not in stopwords and len(w) < MAX_WORD]
    else:
        # Full-width "１" and "Ｗｉ-Ｆｉ" (Japanese and Chinese pages) are the terms "1" and "Wi-Fi".
        for unspaced, word in _TOKEN.findall(unicodedata.normalize("NFKC", text)):
            if unspaced:
                pairs.extend(_pairs(unspaced))
            elif word not in stopwords and len(word) < MAX_WORD:
                words.append(word)
    stemmer = _stemmer(code)
    if words and stemmer is not None:
        words = list(stemmer.stemWords(words))
    return words + pairs if pairs else words


# Languages that write compounds as one word ("Baukosten" for "Kosten" of the "Bau").
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "nb", "nn"})
# Linking elements between a compound's parts: "Arbeit-s-markt", "Kind-er-garten", "Frau-en-fußball".
_LINKS = ("", "s", "es", "n", "en", "er", "e")
MIN_PART = 3
MAX_PARTS = 3


def compound_parts(term: str, known: Container[str], parts: int = MAX_PARTS) -> list[str]:
    """The known terms an unknown compound's stem is made of, head last; [] when none fit.

    The index's own vocabulary is the dictionary: "baukost" (the stem of
    "Baukosten") is "bau" + "kost" when the index holds both. The longest known
    head is tried first (German compounds are right-headed), then its modifier,
    less a linking element, must be known or split in turn. A modifier known with
    any linking element is preferred to splitting it: "stimmenverhaltnis" is
    "stimm" + "verhaltnis" (Stimm-en-verhältnis), not "stim" + "men" + "verhaltnis".
    """
    if parts < 2 or len(term) < 2 * MIN_PART:
        return []
    for cut in range(MIN_PART, len(term) - MIN_PART + 1):
        modifier, head = term[:cut], term[cut:]
        if head not in known:
            continue
        stems = [
            modifier[: len(modifier) - len(link)]
            for link in _LINKS
            if modifier.endswith(link) and len(modifier) - len(link) >= MIN_PART
        ]
        for stem in stems:
            if stem in known:
                return [stem, head]
        for stem in stems:
            inner = compound_parts(stem, known, parts - 1)
            if inner:
                return [*inner, head]
    return []


def is_compounding(language: str | None) -> bool:
    """Whether ``language`` writes compounds as one word (their parts are matched apart)."""
    return language_code(language) in _COMPOUNDING


def _as_known(term: str, known: Container[str], language: str | None) -> list[str]:
    """The term itself when the index holds it (or nothing else fits), else its verb's or its known parts."""
    if term in known:
        return [term]
    verb = participle_stem(term, language, known)
    return [verb] if verb else compound_parts(term, known) or [term]


# A German past participle's prefix and "ge", and the shortest verb stem left after them.
_PARTICIPLE_PREFIXES = (*sorted(SEPARABLE_PREFIXES.get("de", ()), key=len, reverse=True), "")
MIN_VERB_STEM = 4


def participle_stem(term: str, language: str | None, known: Container[str]) -> str | None:
    """The stem of the verb of a German past participle the index does not hold, when it holds that stem.

    "angeordnet" (an + ge + ordnet) is said "ordnete … eine Untersuchung an" in an article, whose
    stem is "ordn"; "abgesetzt" is "setzte … ab". Split as a compound it gave parts no article
    holds ("ange" + "ord" + "net"), which weighed the question down in every word check.
    """
    if language_code(language) != "de":
        return None
    for prefix in _PARTICIPLE_PREFIXES:
        start = len(prefix) + 2
        if term.startswith(prefix + "ge") and len(term) - start >= MIN_VERB_STEM:
            stems = analyze(term[start:], language)
            if len(stems) == 1 and len(stems[0]) >= MIN_VERB_STEM and stems[0] in known:
                return stems[0]
    return None


def split_unknown(terms: list[str], language: str | None, known: Container[str]) -> list[str]:
    """``terms`` with each compound ``known`` lacks replaced by its known parts (compounding languages),
    and each German participle it lacks by its verb's stem (``participle_stem``)."""
    if not is_compounding(language):
        return terms
    return [part for term in terms for part in _as_known(term, known, language)]


@lru_cache(maxsize=64)
def _interrogatives(code: str) -> re.Pattern[str] | None:
    """The question words of a language as whole words, or None where none are listed."""
    words = QUESTION_WORDS.get(code)
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)


def without_interrogatives(question: str, language: str | None) -> str:
    """The question less its language's question words: they ask, they are not what is asked about.

    Most are stop words already; declined ones are not ("Jaką część…?", "¿Cuántas…?",
    "Wieso…?"), and as terms they pulled passages that merely hold "jak" or "cuánt" to the top.
    """
    pattern = _interrogatives(language_code(language))
    return pattern.sub(" ", question) if pattern else question


def own_terms(question: str, language: str | None, known: Container[str] | None = None) -> list[str]:
    """A question's terms in its own language only (``question_terms`` less the default analysis's)."""
    own = analyze(without_interrogatives(question, language), language)
    return split_unknown(own, language, known) if known is not None else own


def question_terms(question: str, language: str | None, known: Container[str] | None = None) -> list[str]:
    """A question's terms in its own language, plus those of the default analysis the index ``known``s.

    Questions are short and a detector can mislabel them; the default terms keep
    an English question matching English passages whatever label it got. Only
    default terms the index holds are added (all when ``known`` is None), so
    they never count as wanted-but-missing evidence. In a compounding language
    a term the index does not hold is replaced by its parts when it has known ones
    ("Baukosten" finds "die Kosten für den Bau"). The language's question words are no terms.
    """
    own = own_terms(question, language, known)
    question = without_interrogatives(question, language)
    if language_code(language) == DEFAULT_LANGUAGE:
        return own
    taken = set(own)
    # The default analysis of the question's own function words ("die", "la") is no term of it.
    stopwords = STOPWORDS_BY_LANGUAGE.get(language_code(language), frozenset())
    plain = question
    if stopwords:
        plain = " ".join(w for w in _WORD.findall(question.lower()) if w not in stopwords)
    extra = [t for t in analyze(plain) if t not in taken and (known is None or t in known)]
    return own + list(dict.fromkeys(extra))
