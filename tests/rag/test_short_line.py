"""The short line's choice: what a question asks for, and which candidate names it.

Pure functions of ``rag.short_answer`` over sentences written here.
"""

from __future__ import annotations

import pytest

from rag.short_answer import Kind, expected_kind

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which institution, reported by The Age, raised its main interest rate?", Kind.ORG),
        ("What entity is reviewing the acquisition, according to TechCrunch?", Kind.ORG),
        ("Which Major League Baseball team was caught stealing signs?", Kind.ORG),
        ("Which sportsbook offers a cash-out option to new users?", Kind.ORG),
        ("Which pop star was named Person of the Year?", Kind.PERSON),
        ("Which wide receiver leads the league in yards?", Kind.PERSON),
        ("Which AI-powered chatbot reached 100 million weekly users?", Kind.NAME),
        ("Did both outlets report the fine?", None),
    ],
)
def test_the_question_word_says_what_kind_of_answer_is_wanted(question: str, kind: Kind | None) -> None:
    assert expected_kind(question) is kind
