"""A "who" question's short line names the person, not the place, group or title beside them.

On unseen English pages the short line named "African Americans" for "Which Republican senator
voted against the judge?", "Sound Plan" for the county executive, "Donald Trump" for a judge the
question says Trump named. A span opening with a known given name (the census lists of the
``names`` package, ``byline.given_names``) is more likely a person; a span holding a word the
texts also write in lower case ("plan", "history") less; a title before the given name
("County Executive Calvin Ball") is no part of the name; and the person the question names by
surname is not the one it asks for.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import byline.given_names as given_names_module
from byline.errors import NameListError
from byline.given_names import given_names, is_given_name
from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.person_surface import from_given_name
from rag.short_answer import Evidence, choose
from tests.helpers import assert_answered, index_records


@pytest.fixture
def fresh_lists() -> Iterator[None]:
    """The name lists read anew in the test and again after it (the cache holds a good read)."""
    given_names.cache_clear()
    yield
    given_names.cache_clear()


@pytest.mark.fast
def test_census_given_names_are_known_and_common_words_are_not() -> None:
    assert is_given_name("Susan") and is_given_name("CALVIN") and is_given_name("dylan")
    assert not is_given_name("African") and not is_given_name("Ottawa")
    # English words the lists hold ("In", "May") say nothing of the word after them.
    assert not is_given_name("In") and not is_given_name("May")


@pytest.mark.fast
def test_a_damaged_name_list_fails_with_one_clear_error(
    monkeypatch: pytest.MonkeyPatch, fresh_lists: None
) -> None:
    monkeypatch.setitem(given_names_module.FILES, "dist.male.first", "0" * 64)
    with pytest.raises(NameListError, match=r"checksum mismatch for names/dist\.male\.first"):
        is_given_name("Susan")


@pytest.mark.fast
def test_a_missing_name_package_fails_with_one_clear_error(
    monkeypatch: pytest.MonkeyPatch, fresh_lists: None
) -> None:
    monkeypatch.setattr(given_names_module, "PACKAGE", "no_such_name_package")
    with pytest.raises(NameListError, match="missing"):
        is_given_name("Susan")


@pytest.mark.fast
def test_a_group_named_more_often_loses_to_the_person() -> None:
    evidence = [
        Evidence("Susan Collins voted against the judge, a vote that angered African Americans.", "a1", 0.6),
        Evidence("The judge was opposed by African Americans across the state.", "a2", 0.3),
    ]
    found = choose("Which Republican senator voted against the judge?", Kind.PERSON, evidence)
    assert found is not None and found.text == "Susan Collins"


@pytest.mark.fast
def test_a_title_before_the_given_name_is_no_part_of_the_name() -> None:
    evidence = [
        Evidence("County Executive Calvin Ball said the flood projects protect residents.", "a1", 0.6),
        Evidence("The county executive praised the projects of the Safe and Sound Plan.", "a2", 0.6),
        Evidence("Each project of the plan passed an initial screening.", "a3", 0.5),
    ]
    found = choose("Who is the county executive pushing the flood projects?", Kind.PERSON, evidence)
    assert found is not None and found.text == "Calvin Ball"


@pytest.mark.fast
def test_an_ambassador_is_a_title_not_part_of_the_name() -> None:
    # The seed articles: "Who confirmed that the talks are still ongoing?" opened "Melanie Joly", named
    # in a sentence below, because the best one's "US Canada Ambassador Pete Hoekstra" was read whole.
    best = "US Canada Ambassador Pete Hoekstra confirmed that the talks are still on going."
    other = "Industry Minister Melanie Joly confirmed Carney and Trump have been in direct talks."
    evidence = [Evidence(best, "a1", 0.7), Evidence(other, "a2", 0.5)]
    found = choose("Who confirmed that the talks are still ongoing?", Kind.PERSON, evidence)
    assert found is not None and found.text == "Pete Hoekstra"


@pytest.mark.fast
def test_the_person_the_question_names_is_not_its_answer() -> None:
    sentence = "The Senate confirmed a Mississippi judge named by President Donald Trump."
    evidence = [Evidence(sentence, "a1", 0.6)]
    assert choose("Which Mississippi judge was confirmed under Trump?", Kind.PERSON, evidence) is None


@pytest.mark.fast
@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("County Executive Calvin Ball", "Calvin Ball"),
        ("Foursquare’s Dennis Crowley", "Dennis Crowley"),
        ("Josh Hawley of Missouri", "Josh Hawley"),
        ("University of Melbourne", "University of Melbourne"),  # no given name: kept whole
        ("Yoon Suk Yeol", "Yoon Suk Yeol"),  # "Suk" is in the lists, "Yoon" is a name, not a title
        ("Ng Yat Chung", "Ng Yat Chung"),
    ],
)
def test_the_name_starts_at_its_given_name(span: str, name: str) -> None:
    texts = ["The county executive spoke.", "President Yoon Suk Yeol spoke."]
    assert from_given_name(span, texts) == name


ARTICLES = [
    {
        "title": "Ellicott City flood projects need Army Corps permits",
        "source": "County Desk",
        "published_at": "2020-05-05",
        "body": "The U.S. Army Corps of Engineers will review permits for the Ellicott City flood projects. "
        "The projects belong to the Safe and Sound Plan, which also covers two flood ponds. "
        "Howard County Executive Calvin Ball said the permits were critical to moving the projects forward. "
        "The plan would raze four buildings on Main Street.",
    },
    {
        "title": "Senate confirms Mississippi judge to appeals court",
        "source": "Capitol Wire",
        "published_at": "2020-06-25",
        "body": "The Senate confirmed Cory Wilson, a Mississippi judge, to a federal appeals court. "
        "He is the 200th federal judge named by President Donald Trump and confirmed by the chamber. "
        "Susan Collins was the only Republican senator who voted against the Mississippi judge. "
        "Critics said a state where many African Americans live deserved a judge who protects voting rights.",
    },
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records(tmp_path_factory.mktemp("given"), ARTICLES)


def test_the_county_executive_is_named_not_the_plan(settings: Settings) -> None:
    question = "Who is the Howard County executive pushing the Ellicott City flood projects?"
    reply = answer(question, settings=settings)
    assert_answered(reply, "Calvin Ball")
    assert reply.short == "Calvin Ball"


def test_the_senator_is_named_not_the_group(settings: Settings) -> None:
    reply = answer("Which Republican senator voted against the Mississippi judge?", settings=settings)
    assert_answered(reply, "Susan Collins")
    assert reply.short == "Susan Collins"


def test_the_judge_is_named_not_the_president_the_question_names(settings: Settings) -> None:
    question = "Which Mississippi judge became the 200th federal judge confirmed under Trump?"
    reply = answer(question, settings=settings)
    assert reply.short != "Donald Trump"
    assert_answered(reply, "Cory Wilson")
