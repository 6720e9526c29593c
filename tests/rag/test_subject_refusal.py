"""A question is refused when the article that would answer it never says what it asks about.

"What was Nigeria's inflation rate in 2019?" over an article on Nigeria's growth in 2019
shares the name, the year and "rate", but not "inflation": quoting the growth figures
would answer another question. "When was Gary Heidnik executed?" over an article naming
him but giving no date is no answer either. The questions the same articles do answer
are answered, from the sentence holding the fact.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.question_nouns import subject_noun
from rag.sentence_choice import asked_thing
from tests.helpers import assert_answered, assert_refused, index_records_as_archive

ARTICLES = [
    {
        "title": "Nigeria's economy grew faster in 2019",
        "source": "Business Desk",
        "published_at": "2020-02-24",
        "body": "Nigeria's economy grew 2.27% in 2019, slightly higher than it did in the preceding year. "
        "Growth was anchored on oil exports, with production levels stable throughout the year. "
        "The figure fell short of the government's projected growth rate of 4.5%.",
    },
    {
        "title": "The killer in the basement",
        "source": "Crime Weekly",
        "published_at": "2021-05-02",
        "body": "Gary Heidnik held six women captive in a pit in the basement of his house in Philadelphia. "
        "When he spoke to the court, his lawyer said Heidnik had an IQ of 148. "
        "Neighbours said they had never suspected anything.",
    },
    {
        "title": "Superbugs on the rise",
        "source": "Health Wire",
        "published_at": "2019-11-13",
        "body": "At least 23,000 people die from superbug infections every year in the United States. "
        "Doctors warn that antibiotics are losing their power against the bacteria.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("subject"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "What was Nigeria's inflation rate in 2019?",  # the article gives growth, never inflation
        "What is the range of Nigeria's oil pipelines?",  # no article speaks of a range
        "When was Gary Heidnik executed?",  # his article gives no date at all
    ],
)
def test_a_question_about_what_the_article_never_says_is_refused(settings: Settings, question: str) -> None:
    assert_refused(answer(question, settings=settings))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the growth of Nigeria's economy in 2019?", "2.27%"),
        ("How many people die from superbug infections each year?", "23,000"),
        ("Did Nigeria's economy grow faster in 2019 than the year before?", "2.27%"),  # yes or no: not judged
        # the "when" is a clause's: no date is asked for
        ("What IQ did Heidnik's lawyer say he had when he spoke to the court?", "148"),
    ],
)
def test_the_questions_its_articles_answer_are_answered(
    settings: Settings, question: str, expected: str
) -> None:
    assert_answered(answer(question, settings=settings), expected)


def test_a_hyphenated_noun_counts_by_its_head() -> None:
    question = "What is the name of the Pakistani army's anti-terror operation launched in June?"
    assert subject_noun(question, lambda term: 5.0) == "terror"


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # the noun after "by/to/with/under what" is what the answer supplies, not what the article repeats
        ("By what score did England beat Colombia at the World Cup?", None),
        ("To which city did the university move its campus?", "campus"),
        # (the agency is the subject: "which minister" no longer swallows "did the agency" as asking words)
        ("Under which minister did the agency lose its funding?", "agenc"),
    ],
)
def test_a_noun_asked_for_after_a_preposition_is_no_subject(question: str, subject: str | None) -> None:
    asked = asked_thing(question, "en")
    assert subject_noun(question, lambda term: 5.0, asked) == subject
