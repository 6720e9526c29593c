"""Which-questions answered by the sentence that names who did the asked act, or what a thing is called.

Unseen English pages put the answer outside the lead: "Which journal published the study…?" is
answered by "…were published online on Tuesday in Nocturne Medical Letters" (a journal is asked like a
company, and the sentence saying the act "published" votes more than the lead's topic words,
``rag.asked_act``); "What is … officially called?" by the name in apposition after the noun
("his own traffic patrol, the Bureau of Street Order"); "Who is the chief executive of…?" by
"…said Tomas Brandt, CEO and co-founder of Ferncastle" (one role, two forms:
``lexicon.ROLE_FORMS``); an owner the article abbreviates ("executive director of MVWA") is still
its owner. What no article says is still refused.

The archive has two dozen articles, as a real one has many (``index_records_as_archive``).
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.asked_act import asked_act
from rag.kinds import Kind
from rag.question_kind import expected_kind
from rag.roles import in_role
from tests.helpers import assert_answered, assert_refused, index_records_as_archive, town_fillers

ARTICLES = [
    {
        "title": "Late coffee cuts nurses' sleep",
        "source": "Health Wire",
        "published_at": "2024-03-05",
        "body": "Coffee late in the day cuts deep sleep, a study of nurses in Ohio has found. Nurses who "
        "drank coffee after 4 p.m. slept 41 minutes less than those who did not, said Mara Quill of "
        "Halden University, who led the study of coffee and sleep. The study was published online on "
        "Tuesday in Nocturne Medical Letters, after two years of work. Halden University plans a larger "
        "study of coffee and sleep next year.",
    },
    {
        "title": "Lindmark mayor clears the old town of cars",
        "source": "City Herald",
        "published_at": "2024-04-11",
        "body": "Lindmark's old town has been closed to cars since the spring. The traffic patrol answers to "
        "the mayor, and its wardens hand out fines of 80 euros, residents said. To clear the streets of "
        "parked cars, the mayor established his own traffic patrol, the Bureau of Street Order, in "
        "March. Shop owners in Lindmark say trade has fallen since then.",
    },
    {
        "title": "Ferncastle raises $40 million",
        "source": "Startup Post",
        "published_at": "2024-05-20",
        "body": "Ferncastle, the payroll software maker, raised $40 million on Monday in a round led by "
        "Kestrel Ventures, its chief executive said. Lena Ortiz, a partner at Kestrel Ventures, will join "
        "Ferncastle's board. Ferncastle sells its software to restaurants and shops in Denver and Austin. "
        '"Small firms hate paperwork more than anything," said Tomas Brandt, CEO and co-founder of '
        "Ferncastle.",
    },
    {
        "title": "Water rates to rise in Marlow Valley",
        "source": "Valley Times",
        "published_at": "2024-06-14",
        "body": "The Marlow Valley Water Authority (MVWA) said on Friday that it would raise water rates by "
        '6 percent next year. "Our pipes are older than most of our customers," said Jana Kovar, '
        "executive director of MVWA. Households will pay about $4 more a month; several "
        "residents called the increase steep.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("acts"), [*ARTICLES, *town_fillers()])


def test_a_journal_is_asked_like_a_company() -> None:
    assert expected_kind("Which journal published the study of coffee and sleep?") is Kind.ORG
    assert expected_kind("Where was the study of coffee and sleep published?") is Kind.ORG
    assert expected_kind("Where was the match played?") is Kind.PLACE


def test_the_journal_that_published_the_study_is_named(settings: Settings) -> None:
    reply = answer("Which journal published the study of coffee and sleep?", settings=settings)
    assert_answered(reply, "Nocturne Medical Letters")
    assert reply.short == "Nocturne Medical Letters"


def test_the_name_after_the_noun_is_what_it_is_called(settings: Settings) -> None:
    # The word checks doubt "called" in a two-dozen-article archive; the short answer is what is tested.
    off = settings.model_copy(update={"refusal_policy": "off"})
    reply = answer("What is Lindmark's traffic patrol called?", settings=off)
    assert_answered(reply, "Bureau of Street Order")
    assert reply.short.startswith("Bureau")


def test_a_chief_executive_is_the_ceo(settings: Settings) -> None:
    reply = answer("Who is the chief executive of Ferncastle?", settings=settings)
    assert_answered(reply, "Tomas Brandt")
    assert reply.short == "Tomas Brandt"


def test_an_owner_written_by_its_initials_is_still_the_owner(settings: Settings) -> None:
    reply = answer("Who is the executive director of the Marlow Valley Water Authority?", settings=settings)
    assert_answered(reply, "Jana Kovar")


@pytest.mark.parametrize(
    "question",
    [
        "Which journal published the study of tea and memory?",  # no article reports that study
        "Who is the executive director of the Harlow Gas Board?",  # nor that board
    ],
)
def test_what_no_article_says_is_still_refused(settings: Settings, question: str) -> None:
    assert_refused(answer(question, settings=settings))


def test_the_act_is_the_word_after_the_asked_subject() -> None:
    assert asked_act("Which company published the report on foreclosures?") == "publish"
    assert asked_act("Where was the study on early birds published?") == "publish"
    assert asked_act("How much fuel is inside the damaged reactors?") is None


def test_one_role_is_written_in_two_forms() -> None:
    said = ['"Small firms hate paperwork," said Tomas Brandt, CEO and co-founder of Ferncastle.']
    assert in_role("Tomas Brandt", "chief executive", said)
    assert in_role("Tomas Brandt", "chief executive officer", said)
    assert not in_role("Tomas Brandt", "chief financial officer", said)
