"""A question one article answers has its words together in that article; scattered words are refused.

Each off-topic question here shares most of its words with one article of a small
mixed-topic archive, but the word that says what is asked about ("flu", "shellfish",
"box office") stands in no article: the archive is about something else. The questions
the archive does answer, some worded apart from their sentence, are still answered.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.question_kind import without_question_words
from rag.refusal import scattered
from tests.helpers import assert_answered, assert_refused, index_records_as_archive

ARTICLES = [
    {
        "title": "Superbugs on the rise",
        "source": "Health Desk",
        "published_at": "2016-03-01",
        "body": "Every year, about 2 million people in the United States get sick from a superbug. "
        "Hospitals are testing new ways to stop the resistant bacteria from spreading between wards. "
        "Doctors say many patients are given antibiotics they do not need.",
    },
    {
        "title": "Peanut snacks in infancy",
        "source": "Family Health",
        "published_at": "2015-02-24",
        "body": "Eating peanut snacks early cut the chances of high-risk children becoming allergic. "
        "The study followed 640 children in London for five years. "
        "Parents of children with eczema should talk to a doctor before giving them peanuts.",
    },
    {
        "title": "A new Star Wars film is coming",
        "source": "Screen Weekly",
        "published_at": "2015-06-10",
        "body": "The seventh film in the series, The Force Awakens, will be released in December. "
        "Lucasfilm hired J.J. Abrams to direct the film after Disney bought the studio. "
        "Tickets for the first screenings go on sale in October.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("scattered"), ARTICLES)


def test_a_small_archive_is_not_judged_by_its_scattered_words(settings: Settings) -> None:
    small = settings.model_copy(update={"scattered_min_passages": 100})
    assert not answer("How many people die from the flu each year?", settings=small).refused


@pytest.mark.parametrize(
    "question",
    [
        "How many people die from the flu each year?",
        "How many American children have a shellfish allergy?",
        "How much did The Force Awakens earn at the box office?",
    ],
)
def test_a_question_whose_subject_no_article_holds_is_refused(settings: Settings, question: str) -> None:
    assert_refused(answer(question, settings=settings))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many people get sick from a superbug every year?", "2 million"),
        ("How many children did the peanut study follow?", "640"),
        ("Who will direct The Force Awakens?", "J.J. Abrams"),
    ],
)
def test_a_question_an_article_answers_is_still_answered(
    settings: Settings, question: str, expected: str
) -> None:
    assert_answered(answer(question, settings=settings), expected)


@pytest.mark.fast
def test_a_question_in_an_unspaced_script_is_not_judged_by_its_character_pairs() -> None:
    assert scattered("How many people die from the flu?", 0.4)
    assert not scattered("How many people die from the flu?", 0.8)
    assert not scattered("谷歌在哪一年收购了DeepMind？", 0.4)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("How much did the cod quotas rise?", "the cod quotas rise?"),
        ("Which company bought the mill?", "bought the mill?"),
        ("What is the gallery's portrait valued at?", "What is the gallery's portrait valued at?"),
    ],
)
def test_the_words_asking_for_a_kind_are_not_the_subject(question: str, subject: str) -> None:
    assert " ".join(without_question_words(question).split()) == subject
