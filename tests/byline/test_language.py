"""Language detection of short texts: questions and article snippets."""

from __future__ import annotations

import pytest

from byline.language import detect_language

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wer hat die Wahl in Berlin gewonnen?", "de"),
        ("Qui a gagné les élections ?", "fr"),
        ("¿Quién ganó las elecciones?", "es"),
        ("Quem venceu a eleição no Brasil?", "pt"),
        ("Kdo vyhrál volby v Praze?", "cs"),
        ("谁赢得了选举？", "zh"),
        ("誰が選挙に勝ったのか？", "ja"),
        ("선거에서 누가 이겼나요?", "ko"),
        ("Who won the election in Ohio?", "en"),
    ],
)
def test_the_language_of_a_short_text_is_detected(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_too_little_text_has_no_language() -> None:
    assert detect_language("42 — ?") == ""
