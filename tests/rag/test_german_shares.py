"""A German question asking for a share by its noun: "Mit welcher Zustimmung / Mehrheit wurde … gewählt?"

It asked for no kind, so the sentence naming the election was quoted alone, and the next one,
"Er erhielt damals … eine Zustimmung von 97,84%", never. Asking for a number, the answer opens
with the share and quotes the sentence giving it. A small article written for this test, indexed
with the real model into real Chroma.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.question_kind import expected_kind
from tests.helpers import ENGLISH_DISTRACTOR, index_records_as_archive

ARTICLES = [
    {
        "title": "Aufsichtsratschef der Handelsbank tritt ab",
        "source": "Finanzblatt",
        "published_at": "2025-11-06",
        "body": "Martin Keller war im Mai 2022 zum Aufsichtsratschef der Handelsbank gewählt worden. "
        "Er erhielt damals auf der Hauptversammlung eine Zustimmung von 96,5%. "
        "Nun will er sein Amt im kommenden Frühjahr abgeben.",
    },
    {
        "title": "Stadtrat beschließt neues Busnetz",
        "source": "Stadtanzeiger",
        "published_at": "2025-03-14",
        "body": "Der Stadtrat hat am Donnerstag ein neues Busnetz beschlossen. "
        "Die Vorlage wurde mit 31 zu 12 Stimmen angenommen. "
        "Die neuen Linien sollen ab Dezember fahren.",
    },
    ENGLISH_DISTRACTOR,
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("german-shares"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "Mit welcher Zustimmung wurde Keller zum Aufsichtsratschef gewählt?",
        "Mit welcher Mehrheit wurde die Vorlage angenommen?",
    ],
)
def test_a_share_asked_for_by_its_noun_asks_for_a_number(question: str) -> None:
    assert expected_kind(question) is Kind.NUMBER


def test_the_share_opens_the_answer(settings: Settings) -> None:
    question = "Mit welcher Zustimmung wurde Martin Keller zum Aufsichtsratschef gewählt?"
    reply = answer(question, settings=settings)
    assert not reply.refused, reply.text
    assert reply.short == "96,5%"
    assert any("Zustimmung von 96,5%" in c.text for c in reply.citations)
