"""English questions ask a kind by a noun after modifiers, a share by its word, dates by "between which".

"Which CNN anchor interviewed…?", "Which Dutch research institute…?", "What share of the 245 posts
were vacant?" asked for no kind: no short line was voted, and the answer quoted the article's lead
sentence instead of the one holding the anchor, the institute or the percentage (issue 14).
Modifiers stop at a function word or a possessive: "What share of the town…" asks a share.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.question_kind import expected_kind
from tests.helpers import assert_answered, index_records

ARTICLES = [
    {
        "title": "Province trims its list of public appointments",
        "source": "Capital Ledger",
        "published_at": "2024-05-14",
        "body": "The provincial government on Tuesday announced it would scrap dozens of appointed boards "
        "and agencies in a sweeping review of patronage posts. "
        "The treasurer said the review had taken a year. "
        "Of the 245 eliminated appointment posts, 90 per cent were vacant when the review began. "
        "Opposition critics called the cuts overdue.",
    },
    {
        "title": "Inquiry into the harbour explosion hires outside experts",
        "source": "Harbour Courier",
        "published_at": "2024-02-03",
        "body": "Investigators looking into the harbour explosion said on Friday they had hired outside "
        "experts to study the blast. "
        "Officials said the port would stay closed for a week. "
        "The Hofstad Institute, a Dutch research institute, will analyse the debris. "
        "Its report is due in the spring.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records(tmp_path_factory.mktemp("english_nouns"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What share of the 245 eliminated appointment posts were vacant?", "90 per cent"),
        ("Which Dutch research institute will analyse the harbour explosion's debris?", "Hofstad Institute"),
    ],
)
def test_the_sentence_holding_the_asked_thing_answers_not_the_lead(
    settings: Settings, question: str, expected: str
) -> None:
    reply = answer(question, settings=settings)
    assert_answered(reply, expected)
    assert expected in reply.short


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ('Which CNN anchor interviewed Donald Trump on "New Day"?', Kind.PERSON),
        ("Which former Fox & Friends anchor sued Roger Ailes?", Kind.PERSON),
        ("Which Vikings players went to Favre's home?", Kind.PERSON),
        ("Which Treasury Board President announced the cuts?", Kind.PERSON),
        ("Which University of Vermont professor wrote books on transitions?", Kind.PERSON),
        ("Which Supreme Court justice was the most outspoken?", Kind.PERSON),
        ("Which Facebook product manager presented Places?", Kind.PERSON),
        ("Which appeals court was the Mississippi judge elevated to?", Kind.ORG),
        ("Which Sony studio is closing in the restructuring?", Kind.ORG),
        ("Which town council did Scott Lassiter serve on?", Kind.ORG),
        ("To which hospital was the writer taken?", Kind.ORG),
        ("What share of Steam users ran Linux in May?", Kind.CHANGE),
        ("What was Bihar's COVID-19 recovery rate?", Kind.CHANGE),
        ("What market share does the company hold?", Kind.CHANGE),
        ("Between which dates was Patna district locked down?", Kind.DATE),
    ],
)
def test_a_noun_after_modifiers_asks_its_kind(question: str, kind: Kind) -> None:
    assert expected_kind(question) is kind


@pytest.mark.parametrize(
    "question",
    [
        "What did the company say about the merger?",  # a function word ends the modifiers
        "What prompted officials to close the school?",  # "what" before a past tense asks why
        "What is the company's revenue?",  # a possessive: the revenue is asked
        "Which two public figures were seen together?",  # a count: no one name answers
        "Which general election did he win?",
    ],
)
def test_no_kind_across_function_words_possessives_or_counts(question: str) -> None:
    assert expected_kind(question) is None


def test_a_capitalised_noun_inside_a_name_asks_nothing_by_itself() -> None:
    assert expected_kind("Which Kansas City Chiefs player scored twice?") is Kind.PERSON
    assert expected_kind("What share of the town was flooded?") is Kind.CHANGE
