"""Outside English, where an amount or figure is taken from must say what the question asks about.

Two checks on the short answer's own sentences and passage, after the vote (``rag.answer_checks``):

- ``amount_off_question``: the sentences giving an amount hold too little of the question's
  idf weight. "Quanto custa a conta de água da Sabesp para uma família…?" is not answered by
  "R$ 4,4 bilhões" of Sabesp's revenue, nor "第三届知道安全论坛的门票多少钱？" by the "5元" of a
  power-bank rental in another article. An amount is one of many in an article (prices, budgets,
  fines), so the sentence saying it must say what it is the amount of; counts and dates are left
  to the counted-noun and date checks. On the languages dev halves (docs/benchmarks.md, issue 17,
  langs33) the off-topic amounts' sentences held 0-0.17 of the question's weight, answered ones
  mostly 0.3 or more.
- ``money_for_count``: a "how many <noun>" question is not answered by a number that is an amount of
  money in its sentence ("Quantos assinantes…?" by the "37,90" of "a partir de R$ 37,90"; "Ilu
  pracowników…?" by the "1000" of "1000 zł brutto"), unless some quotable sentence counts the noun.
- ``model_unsaid``: a Chinese or Japanese question naming a thing by Latin letters or a model
  number ("华为Mate 30", "麒麟990", "含光800", "mixi") is not answered from a passage that never
  writes it: "6199元" of a passage on the Mate20 is no price of the Mate 30. The script makes the
  name stand out where capitals do in other languages; a bare year, a count before its measure
  word ("72岁") and the unit asked in ("何TB") are no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rag.compound_terms import question_parts
from rag.kinds import Kind
from rag.mentions import mentions, spells_number
from rag.noun_counts import counts_before_noun
from rag.refusal import held_terms
from rag.sentence_choice import term_weights
from store.analysis import analyze
from store.local_index import LocalIndex

# Below this share of the question's idf weight, the sentences giving an amount are about another one.
AMOUNT_SHARE = 0.2


def sentence_share(question: str, terms: frozenset[str], keyword: LocalIndex, language: str) -> float:
    """The share of the question's idf weight ``terms`` hold.

    A term is held by its stem, a kin stem, another word for it, or as a compound's part or head.
    """
    weight = term_weights(question, keyword, language)
    total = sum(weight.values())
    if not total:
        return 1.0
    wanted = frozenset(weight)
    held = set(held_terms(wanted, terms, language, keyword))
    if held != wanted:
        # "Fusionsanlage" said as "…teuren Anlage": a question's compound is held by its head.
        parts = question_parts(wanted - held, keyword, language)
        held |= {term for term, split in parts.items() if split[-1] in terms}
    return sum(weight[t] for t in held) / total


def amount_off_question(
    question: str, sentences: Iterable[frozenset[str]], keyword: LocalIndex, language: str
) -> bool:
    """Whether none of the sentences giving an amount (their terms) holds ``AMOUNT_SHARE`` of the question."""
    shares = [sentence_share(question, terms, keyword, language) for terms in sentences]
    return bool(shares) and max(shares) < AMOUNT_SHARE


def money_for_count(
    number: str, giving: Iterable[str], quotable: Iterable[str], noun_terms: set[str], language: str
) -> bool:
    """Whether the count ``number`` is an amount of money in every sentence ``giving`` it, and no
    ``quotable`` sentence has a number right before the counted noun (``noun_terms``)."""
    giving = list(giving)
    as_money = bool(giving) and all(
        any(number in amount.text for amount in mentions(sentence, Kind.MONEY)) for sentence in giving
    )
    return as_money and not any(_counts(s, noun_terms, language) for s in quotable)


def _counts(sentence: str, noun_terms: set[str], language: str) -> bool:
    """Whether ``sentence`` says the counted noun with a number that is no amount ("tres mil empleos")."""
    if counts_before_noun(sentence, noun_terms, language):
        return True
    # A number in words, then the noun, an adjective apart at most.
    words = _WORD.findall(sentence)
    for i, word in enumerate(words):
        if spells_number(word) and any(noun_terms & set(analyze(w, language)) for w in words[i + 1 : i + 3]):
            return True
    return False


_WORD = re.compile(r"\w+")


# Latin letters and digits in an unspaced question, one name per run ("Mate 30", "990 5G").
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+\-]*(?: [A-Za-z0-9][A-Za-z0-9.+\-]*)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
# What follows a number that is a count, a date or an age, not part of a name.
_AFTER_COUNT = re.compile(r"^\s?[年月日号號岁歳才人名个個位件台万萬亿億千百%％]")
_ASKING_BEFORE = ("何", "多少", "几", "幾")


def _name_runs(question: str) -> list[list[str]]:
    """The question's runs of Latin letters and digits that name something, as lower-cased tokens."""
    runs = []
    for match in _LATIN_RUN.finditer(question):
        if question[: match.start()].endswith(_ASKING_BEFORE):  # "何TB": the unit asked in
            continue
        tokens = [
            t.lower()
            for t in match.group(0).split()
            if not (t.isdigit() and (_YEAR.fullmatch(t) or _AFTER_COUNT.match(question[match.end() :])))
        ]
        if tokens:
            runs.append(tokens)
    return runs


def _written(token: str, text: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(token)}(?![a-z0-9])", text) is not None


def model_unsaid(question: str, passage_text: str) -> bool:
    """Whether a Latin-letter name or model number of an unspaced question is not written in the passage.

    A run is written when each of its tokens holding a digit is ("Mate 30" is not written in "Mate20")
    and, if it has tokens of letters only, one of them is ("PlayStation Suite" is where "PlayStation" is).
    """
    text = passage_text.lower()
    for tokens in _name_runs(question):
        numbers = [t for t in tokens if any(ch.isdigit() for ch in t)]
        words = [t for t in tokens if t not in numbers]
        if not all(_written(t, text) for t in numbers):
            return True
        if words and not any(_written(t, text) for t in words):
            return True
    return False
