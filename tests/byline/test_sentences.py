"""Sentence splitting beyond Western full stops."""

from __future__ import annotations

import pytest

from byline.sentences import sentence_spans

pytestmark = pytest.mark.fast


def test_a_japanese_text_splits_into_sentences_at_the_full_stop() -> None:
    text = "東京都は新しい計画を発表した。来年から実施される！本当か？「チコちゃんに叱られる！」が受賞した。"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "東京都は新しい計画を発表した。",
        "来年から実施される！",
        "本当か？",
        "「チコちゃんに叱られる！」が受賞した。",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (  # German „…“: the closing quote ends the sentence with its full stop
            "„Die Mieten sind hoch.“ Und das, obwohl die Stadt baut. »Wir warten.« Sagt sie.",
            ["„Die Mieten sind hoch.“", "Und das, obwohl die Stadt baut.", "»Wir warten.«", "Sagt sie."],
        ),
        (  # French « … »: a space before the closing guillemet, which is no sentence of its own
            "« Nous resterons ici. » Le maire l’a confirmé. « Rien n’est décidé », a-t-il ajouté.",
            ["« Nous resterons ici. »", "Le maire l’a confirmé.", "« Rien n’est décidé », a-t-il ajouté."],
        ),
        (  # After a Chinese full stop, an opening quote begins the next sentence
            "他说完了。“明天再来。”她回答。",
            ["他说完了。", "“明天再来。”", "她回答。"],
        ),
    ],
)
def test_a_quote_closing_on_a_full_stop_stays_with_its_sentence(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


def test_a_degree_written_with_full_stops_does_not_end_the_sentence() -> None:
    text = "The team was led by Mira Holt, Ph.D., of Lakeside University. Results came later.The end."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The team was led by Mira Holt, Ph.D., of Lakeside University.",
        "Results came later.",
        "The end.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (  # a day's number before a German month, and the abbreviations of amounts
            "Am 12. August explodierten Chemikalien. Here kostete 2,5 Mrd. Euro, bzw. mehr als geplant.",
            ["Am 12. August explodierten Chemikalien.", "Here kostete 2,5 Mrd. Euro, bzw. mehr als geplant."],
        ),
        (  # "ca." and "Nr." only before a number: a state's "CA." still ends a sentence
            "Es kamen ca. 50 Gäste zu Nr. 5. The game is in San Diego, CA. Kickoff is at 8 p.m. ET.",
            ["Es kamen ca. 50 Gäste zu Nr. 5.", "The game is in San Diego, CA.", "Kickoff is at 8 p.m. ET."],
        ),
        (  # a number ending an English sentence still ends it
            "The toll rose to 12. Officials said more.",
            ["The toll rose to 12.", "Officials said more."],
        ),
        (  # a number after a German article is an ordinal; after "auf" it may end the sentence
            "Er wurde zum 3. Mal Meister und spielt in der 2. Liga. "
            "Die Zahl stieg auf 158. Die Polizei ermittelt.",
            [
                "Er wurde zum 3. Mal Meister und spielt in der 2. Liga.",
                "Die Zahl stieg auf 158.",
                "Die Polizei ermittelt.",
            ],
        ),
    ],
)
def test_full_stops_in_dates_and_abbreviations_end_no_sentence(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences
