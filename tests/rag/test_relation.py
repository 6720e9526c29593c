"""An off-topic question naming an entity the archive holds, asking an act it never tells, is refused.

"When was Petra Haldane elected union leader?" over an archive whose article on the Marlow dockers
names her and gives a date (the 2019 strike) but never says she was elected: the names are held,
the asked relation is not, and the date belongs to another act (``rag.relation``). Questions the
same article answers, in its words, are still answered.

The archive has two dozen articles, as a real one has many: the relation check leaves out words
found in a large part of the archive, and in a handful of articles every word is in a large part.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.relation import MIN_RELATION_IDF, relation_term, says_relation
from tests.helpers import assert_answered, assert_refused, index_records_as_archive, town_fillers

DOCKERS = {
    "title": "Marlow dockers approve new contract",
    "source": "Harbour Post",
    "published_at": "2024-03-14",
    "body": "The Marlow Dockers Union said on Tuesday that its 4,200 members approved a new contract with "
    "the Port of Marlow. The previous strike at the port, in 2019, lasted eleven days and left ships "
    "waiting off the coast. Union leader Petra Haldane said the deal raises hourly pay by 6%.",
}

ARTICLES = [DOCKERS, *town_fillers()]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("relation"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "When was Petra Haldane elected union leader?",  # a date is there: the 2019 strike's
        "When did the Marlow Dockers Union sign its first contract?",  # "first … sign" never told
    ],
)
def test_a_question_on_a_held_entity_asking_an_untold_act_is_refused(
    settings: Settings, question: str
) -> None:
    assert_refused(answer(question, settings=settings))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many members does the Marlow Dockers Union have?", "4,200"),
        ("When was the previous strike at the Port of Marlow?", "2019"),
        ("How long did the 2019 strike at the Port of Marlow last?", "eleven days"),
    ],
)
def test_a_question_the_article_tells_is_still_answered(
    settings: Settings, question: str, expected: str
) -> None:
    assert_answered(answer(question, settings=settings), expected)


def test_the_relation_is_the_rarest_act_word_not_the_asked_noun_nor_a_common_word() -> None:
    idf = {"elect": 5.0, "leader": 4.0, "union": 3.0, "much": 1.0}.__getitem__
    assert relation_term({"elect", "leader", "union"}, idf, None) == "elect"
    assert relation_term({"elect", "leader"}, idf, "elect") == "leader"  # "Which … elected…": asked for
    assert relation_term({"much"}, idf, None) is None  # below MIN_RELATION_IDF
    assert MIN_RELATION_IDF > 1.0


def test_a_relation_is_said_in_another_form_of_its_word() -> None:
    assert says_relation("shrink", "The economy shrank by 0.4% in March.")
    assert says_relation("elect", "She was elected in May.")
    assert not says_relation("elect", "She said the deal raises pay.")
