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


def test_a_degree_written_with_full_stops_does_not_end_the_sentence() -> None:
    text = "The team was led by Mira Holt, Ph.D., of Lakeside University. Results came later.The end."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The team was led by Mira Holt, Ph.D., of Lakeside University.",
        "Results came later.",
        "The end.",
    ]
