"""Answers that combine reports, and conversations that go on for several turns."""

from __future__ import annotations

from pathlib import Path

from byline.settings import Settings
from rag import answer
from tests.helpers import assert_grounded, index_records

REPORTS = [
    {
        "title": "Kestrel bridge back in service",
        "source": "Kestrel Gazette",
        "published_at": "2026-03-03",
        "body": "The Kestrel Harbour bridge reopened to traffic on Tuesday after eight months of repairs. "
        "Mayor Ada Brisk cut the ribbon at dawn. Repairs cost 48 million dollars, the council said.",
    },
    {
        "title": "Drivers return to harbour crossing",
        "source": "Harbour Times",
        "published_at": "2026-03-04",
        "body": "Commuters crowded the harbour crossing as the Kestrel bridge reopened on Tuesday morning. "
        "Engineers said the new steel cables should last forty years. Tolls stay suspended until May.",
    },
    {
        "title": "Fishing season opens early",
        "source": "Coastal Weekly",
        "published_at": "2026-03-01",
        "body": "The cod season opened two weeks early this year, the fisheries office said on Monday. "
        "Quotas are unchanged from last year.",
    },
]


def test_question_naming_two_outlets_quotes_each_of_them(tmp_path: Path) -> None:
    settings = index_records(tmp_path, REPORTS)
    question = (
        "Did both the Kestrel Gazette and the Harbour Times report that the bridge reopened on Tuesday?"
    )
    reply = answer(question, settings=settings)
    assert not reply.refused
    assert {c.publisher for c in reply.citations} >= {"Kestrel Gazette", "Harbour Times"}
    assert_grounded(reply)


def test_three_turn_conversation_over_the_seeds(seed_settings: Settings) -> None:
    history: list[tuple[str, str]] = []
    turns = [
        ("What did Pete Hoekstra say about a trade agreement?", "Hoekstra"),
        ("Who confirmed that the leaders have been in direct talks?", "Melanie Joly"),
        ("What did John Bolton say about it?", "Bolton"),
    ]
    for question, expected in turns:
        reply = answer(question, history=history, settings=seed_settings)
        assert not reply.refused, question
        assert expected in reply.text, (question, reply.text)
        assert_grounded(reply)
        history.append((question, reply.text))
