"""Amounts written "$5m" or in cents, a "where" that need not say "held", a country and its adjective.

news_fresh11's misses (docs/benchmarks.md, news17): "How much did Amazon pledge in compute credits…?"
was refused over "…Amazon, who also pledged $5m in compute credits" ("$5m" was read as no amount);
"How much was Olga Kay's first check from YouTube?" answered "$100" beside "an invoice for 54 cents";
"In which city was the Milken Institute's Global Conference held?" refused over "At the Milken
Institute's Global Conference in Beverly Hills…" (no "held"); "In what year was Bieber banned from
performing in Argentina?" refused because the article says "the Argentine flag" and "the country".
And the guard: "How much did Nvidia contribute…?" is not answered by Amazon's pledge.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from tests.helpers import assert_answered, assert_refused, index_records_as_archive, town_fillers

CONSORTIUM = {
    "title": "The Harbour Safety Institute gathers its backers",
    "source": "Coast Standard",
    "published_at": "2024-02-09",
    "body": "The Harbour Safety Institute consortium has already attracted several heavyweight backers, "
    "including Corvid Labs, who also pledged $5m in compute credits. "
    "Over 200 organisations have joined, including Nvexa, Orbel and Corvid Labs.",
}
CHECK = {
    "title": "How Mira Kolb made video her job",
    "source": "Coast Standard",
    "published_at": "2024-03-30",
    "body": "Mira Kolb describes the first check she received from Streamly as a momentous occasion: "
    "it was for 54 cents. She could not get the money into her bank account until she made $100.",
}
SUMMIT = {
    "title": "Robots on the agenda at the Harlow Forum",
    "source": "Coast Standard",
    "published_at": "2024-05-04",
    "body": "At the Harlow Forum's annual summit in Port Elwyn, at least four panels have focused on "
    "software taking over office jobs.",
}
FLAG = {
    "title": "Jory Vance throws a fan's gift out of his car window",
    "source": "Coast Standard",
    "published_at": "2024-06-02",
    "body": "Jory Vance has yet to address the video, but this isn't his first controversy with the "
    "Argentine flag. In 2013, Vance was banned from performing in the country after he kicked away "
    "flags that fans threw onstage.",
}
GRANTS = {
    "title": "Twelve grants for rural internet",
    "source": "Coast Standard",
    "published_at": "2024-04-11",
    "body": "The winners include Movil in Kenya and Tamberia in Argentina, both small internet providers.",
}

ARTICLES = [CONSORTIUM, CHECK, SUMMIT, FLAG, GRANTS, *town_fillers()]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("amounts"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much did Corvid Labs pledge in compute credits to the Harbour Safety Institute?", "$5m"),
        ("How much was Mira Kolb's first check from Streamly?", "54 cents"),
        ("In which city was the Harlow Forum's annual summit held?", "Port Elwyn"),
        ("In what year was Jory Vance banned from performing in Argentina?", "2013"),
    ],
)
def test_the_figure_place_or_year_is_the_short_line(settings: Settings, question: str, expected: str) -> None:
    reply = answer(question, settings=settings)
    assert_answered(reply, expected)
    assert reply.short == expected, reply.text


def test_another_backers_pledge_is_no_answer(settings: Settings) -> None:
    """A guard (main refused it too: it read "$5m" as no amount at all)."""
    reply = answer("How much did Nvexa contribute to the Harbour Safety Institute?", settings=settings)
    assert_refused(reply)
