"""Keyword analysis per language: stems, stop words, word splitting where words have no spaces."""

from __future__ import annotations

import pytest

from store.analysis import analyze, question_terms

pytestmark = pytest.mark.fast


def test_a_german_compound_and_its_plural_share_a_stem() -> None:
    assert analyze("die Bundesregierungen", "de") == analyze("Bundesregierung", "de")
    assert analyze("Bundesregierung", "de") != []
    # German stop words go, English ones are not German stop words.
    assert "die" not in analyze("die Bundesregierungen", "de")


def test_a_french_plural_matches_its_singular() -> None:
    assert analyze("les élections présidentielles", "fr") == analyze("élection présidentielle", "fr")


def test_a_chinese_term_is_found_inside_a_sentence() -> None:
    sentence = set(analyze("DeepMind新电脑已可利用记忆自学，人工智能迈上新台阶", "zh"))
    assert set(analyze("人工智能", "zh")) <= sentence
    assert not set(analyze("天气预报", "zh")) & sentence


def test_korean_and_thai_are_split_into_searchable_pieces() -> None:
    assert set(analyze("서울", "ko")) <= set(analyze("서울시는 오늘 예산을 발표했다", "ko"))
    assert set(analyze("ภาษาไทย", "th")) <= set(analyze("เรียนภาษาไทยง่ายนิดเดียว", "th"))


def test_unknown_or_missing_language_falls_back_to_english_analysis() -> None:
    assert analyze("The companies were merging", None) == analyze("The companies were merging", "en")
    assert analyze("The companies were merging", "") == ["compani", "merg"]
    assert analyze("Ein Haus am See", "xx") == ["ein", "haus", "am", "see"]


def test_a_questions_own_function_words_are_no_terms_of_it_in_any_analysis() -> None:
    # The English analysis keeps "die" and "la" (English words too); in a German or Spanish question
    # they are articles, and a term no German or Spanish sentence holds would dilute every fit.
    assert "die" not in question_terms("Wann ist die Brücke eröffnet worden?", "de")
    assert "la" not in question_terms("¿Cuándo abrió la nueva estación?", "es")
    assert "bruck" in question_terms("Wann ist die Brücke eröffnet worden?", "de")


def test_a_czech_question_word_in_any_case_is_no_term() -> None:
    # "kterém" (locative of "který", which) is a question word, not what the question is about.
    assert question_terms("Na kterém stadionu hraje Sparta?", "cs") == [
        "stadion",
        "hraj",
        "spart",
        "stadionu",
        "hraje",
        "sparta",
    ]


def test_the_t_of_a_french_inversion_is_no_term() -> None:
    # "a-t-il" is "a" + "il" (stop words) with a euphonic t that no article holds as a word.
    assert analyze("Combien de signalements Dufresne a-t-il écrits ?", "fr") == analyze(
        "Combien de signalements Dufresne a écrits ?", "fr"
    )
    assert "t" not in analyze("Où va-t-on ? Y a-t-elle pensé ?", "fr")
    assert question_terms("Quelle récompense a-t-il obtenue ?", "fr") == question_terms(
        "Quelle récompense a obtenue ?", "fr"
    )
