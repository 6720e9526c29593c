"""The thing an English question is about, as a noun the answering article must say.

"What was Nigeria's inflation rate in 2019?" over an article on Nigeria's growth in
2019, "How many people die from the flu each year?" over one on superbugs: the
article shares the question's names and most of its words, but not the noun the
question is about ("inflation", "flu"). Verbs are paraphrased by the articles that
do answer ("pay" for "cost", "reduce" for "shrink", "lawmakers from the PPP" for
"belong to"), nouns much less, so only nouns count here. Without a tagger, a noun
is a lower-case word a determiner or a possessive introduces: "the flu", "a
shellfish allergy", "per student", "Nigeria's inflation rate", "his death".

The noun a "which/what <noun>" question asks for ("What share…", "What is the
name…") is what the answer supplies, not what the article must repeat; common
words ("first", "year") say little about the subject and are left out by idf.
Measured on the real-news dev sets and MultiHop-RAG (docs/benchmarks.md).

An article says the noun when it says it by another word of the same thing ("CEO" for
"chief executive", ``rag.synonyms``) or of the same root ("nominated"
for "nominee": the stemmer keeps "nomine" and "nomin" apart).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from byline.lexicon import KIND_NOUNS
from rag.question_kind import asking_words
from rag.synonyms import group
from store.analysis import DEFAULT_LANGUAGE, analyze

_TOKEN = re.compile(r"\w[\w-]*(?:[’']s)?")
_POSSESSIVE = re.compile(r"[’']s$")
_PARTICIPLE = re.compile(r"^[a-z]{3,}(?:ed|ing)$")
DETERMINERS = frozenset(
    "the a an its his her their our your this that these those per what which whose".split()
)
# The noun a relative clause defines after "what is the" stands for the answer, not its subject.
_PLACEHOLDER = re.compile(r"(?i:what|which) (?:is|are|was|were) the (\w+),? (?:that|who|which|whose)\b")
MIN_NOUN_IDF = 2.0  # "first", "year", "people": in most passages, they name no subject
_KINDS = KIND_NOUNS["en"]
MIN_ROOT = 5  # stems sharing a root this long name the same thing ("nomin"/"nomine"); "rate"/"rated" do not


def introduced_nouns(question: str) -> list[str]:
    """Lower-case words right after a determiner or a possessive: the question's nouns.

    A participle there qualifies the noun after it: "Canada's proposed takeover"; "kind of" names no
    thing: "What kind of software does Gusto specialize in?" is about software, which its article says.
    """
    tokens = _TOKEN.findall(question)
    nouns = []
    for i in range(1, len(tokens)):
        before, word = tokens[i - 1], tokens[i]
        if not (before.lower() in DETERMINERS or _POSSESSIVE.search(before)):
            continue
        j = i
        if word.lower() in _KINDS and j + 2 < len(tokens) and tokens[j + 1].lower() == "of":
            j += 2
        if _PARTICIPLE.search(tokens[j]) and j + 1 < len(tokens):
            j += 1
        word = tokens[j]
        if word[0].islower() and word.lower() not in DETERMINERS:
            nouns.append(_POSSESSIVE.sub("", word))
    return nouns


def subject_noun(question: str, idf: Callable[[str], float], asked: str | None = None) -> str | None:
    """The rarest noun term the question is about (an English stem), if it has one.

    ``asked`` is the stem of the noun a "which/what <noun>" question asks for, left out.
    A hyphenated word counts by its head, its last part: "the army's anti-terror
    operation" is about terror, which an article may call "counter-terrorism".
    """
    heads = (word.rsplit("-", 1)[-1] for word in introduced_nouns(question))
    terms = {t for word in heads for t in analyze(word, DEFAULT_LANGUAGE)}
    asking = set(analyze(asking_words(question), DEFAULT_LANGUAGE))  # "name" of "what is the name"
    placeholder = _PLACEHOLDER.match(question.strip())
    if placeholder:  # "What are the entities that…": the answer names them, the article need not
        asking |= set(analyze(placeholder.group(1), DEFAULT_LANGUAGE))
    terms = {t for t in terms if t != asked and t not in asking and idf(t) >= MIN_NOUN_IDF}
    return max(sorted(terms), key=idf, default=None)


def same_root(a: str, b: str) -> bool:
    """Whether two stems derive from one word: the shorter, ``MIN_ROOT`` long or more, begins the longer."""
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_ROOT and long.startswith(short)


def says(noun: str, terms: frozenset[str]) -> bool:
    """Whether a sentence's terms (English stems) say the noun ``noun`` (a stem), by itself or another word.

    "When will David Klein step down as Canopy Growth's chief executive?" is about the chief
    whom his article calls "CEO David Klein"; "Trump's nominee for commerce secretary" is
    the man it says Trump "nominated".
    """
    return bool(group(noun) & terms) or any(same_root(noun, t) for t in terms)
