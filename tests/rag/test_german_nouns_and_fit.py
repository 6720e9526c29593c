"""German nouns are capitalised, German compounds and paraphrases leave a question's words apart.

German capitalises every noun, so a capital letter is no name signal there: "der Schweiß"
was a place for "Woher kommt…?", "mexikanische Wurzeln" a name the passages had to hold.
The scattered-words refusal weighed a which-question without the noun it asks for, though
the answering article says it ("aus der Ortschaft Arara"), and a first name ("Pam Bondi")
the article only gives once, then uses the surname. Small articles written for these tests,
indexed with the real model into real Chroma.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.question_names import common_noun, names_in_question
from rag.sentence_choice import _by_surname, _full_names
from tests.helpers import ENGLISH_DISTRACTOR, index_records_as_archive

ARTICLES = [
    {
        "title": "Volksküche im Protestcamp",
        "source": "Tageszeitung",
        "published_at": "2015-06-05",
        "body": "Der Koch Simon lacht, der Schweiß kommt ihm aus den Haaren. "
        "Der Koch stammt aus Thüringen und kocht im Camp für alle. "
        "Heute gibt es Gulasch mit Tofu.",
    },
    {
        "title": "Verdächtiger nach Schüssen in Tel Aviv gefasst",
        "source": "Nachrichten",
        "published_at": "2016-01-08",
        "body": "Bei dem Verdächtigen soll es sich um einen Mann aus der Ortschaft Arara "
        "im Norden Israels handeln. "
        "Er hatte in einer Bar auf Gäste geschossen. "
        "Die Polizei nahm auch seinen Vater fest.",
    },
    {
        "title": "Bär verletzt Wanderer im Trentino",
        "source": "Bergbote",
        "published_at": "2023-08-02",
        "body": "Nahe der Trentiner Ortschaft Zambana Vecchia wurde ein Wanderer von einem Bären verletzt. "
        "Die Behörden sperrten die Wege am Berg. "
        "Der Bär wurde seither nicht mehr gesehen.",
    },
    ENGLISH_DISTRACTOR,
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("german-nouns"), ARTICLES)


def test_a_noun_after_an_article_is_no_place(settings: Settings) -> None:
    """ "der Schweiß", beside the question's words, answered "Woher kommt der Koch Simon?"."""
    reply = answer("Woher kommt der Koch Simon?", settings=settings)
    assert reply.short != "Schweiß"
    assert not reply.refused, reply.text
    assert reply.short == "Thüringen"
    assert any("aus Thüringen" in c.text for c in reply.citations)


def test_the_article_saying_the_asked_for_noun_answers(settings: Settings) -> None:
    """ "Ortschaft" is what the question asks for, and what the answering article says.

    Without it the article held half the question's weight ("Verdächtigen", not "stammt") and the
    question was refused; with it, the article on a bear saying "Ortschaft" must not answer.
    """
    reply = answer("Aus welcher Ortschaft stammt der Verdächtige?", settings=settings)
    assert not reply.refused, reply.text
    assert "Arara" in reply.short
    assert "Zambana" not in reply.text.splitlines()[0]
    assert any("Ortschaft Arara" in c.text for c in reply.citations)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("Schweiß", True),  # "der Schweiß"
        ("Haaren", True),  # "aus den Haaren"
        ("Thüringen", False),  # "aus Thüringen": no article
        ("Schweiz", False),  # "in der Schweiz": a name German writes with an article
        ("Simon", False),
    ],
)
def test_a_capitalised_german_word_introduced_by_an_article_is_a_noun(word: str, noun: bool) -> None:
    texts = [
        "Der Koch Simon lacht, der Schweiß kommt ihm aus den Haaren.",
        "Simon stammt aus Thüringen und lebt seit Jahren in der Schweiz.",
    ]
    assert common_noun(word, texts) is noun


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "names"),
    [
        # After an inflected adjective or a quantifier, with no article, a capitalised word is a noun.
        ("Welcher Anteil der Latinos hat mexikanische Wurzeln?", []),
        ("Wie viele Menschen sind in Deutschland arbeitslos?", ["Deutschland"]),
        # A verb before a name is no adjective: "hatte Bondi", "plante Merkel".
        ("Welchen Posten hatte Bondi früher in Florida?", ["Bondi", "Florida"]),
        ("Wann plante Merkel den Besuch?", ["Merkel"]),
    ],
)
def test_a_noun_after_a_german_adjective_is_no_name(question: str, names: list[str]) -> None:
    assert names_in_question(question) == names


@pytest.mark.fast
def test_a_first_name_is_held_where_the_surname_is() -> None:
    people = _full_names("Wie viele Jahre hat Pam Bondi laut Trump als Staatsanwältin gearbeitet?", "de")
    assert _by_surname(people, {"bondi", "jahr"}) == {"pam", "bondi"}
    assert _by_surname(people, {"pam", "jahr"}) == set()
