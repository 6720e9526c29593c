"""The author shown for an article is the person's name: a byline's opener, the date after the
name and page furniture read as an author ("Username", "Last Updated …") are not part of it."""

from __future__ import annotations

import pytest

from index.loaders.author_name import author_name

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(
    ("read", "shown"),
    [
        ("Nathan Willis March", "Nathan Willis"),  # "By Nathan Willis March 25, 2015" as extracted
        ("By GILLIAN MOHNEY March 11, 2015 3:46 PM", "GILLIAN MOHNEY"),
        ("Von Anna Berger 12. Mai 2024", "Anna Berger"),
        ("Par Sébastien Farcis", "Sébastien Farcis"),
        ("Written by Rob Ewaschuk", "Rob Ewaschuk"),
        ("Emily Kirkpatrick Updated", "Emily Kirkpatrick"),
        ("Pete Evans · CBC News", "Pete Evans"),
        ("Oli Coleman View author archive Get author RSS feed", "Oli Coleman"),
        ("Steven Shepard Link Copied", "Steven Shepard"),
    ],
)
def test_the_name_is_kept_without_what_the_byline_line_goes_on_with(read: str, shown: str) -> None:
    assert author_name(read) == shown


@pytest.mark.parametrize("furniture", ["Username", "Authority control", "Last Updated January 7", "January"])
def test_page_furniture_read_as_an_author_gives_no_author(furniture: str) -> None:
    assert author_name(furniture) == ""


@pytest.mark.parametrize("name", ["Mary May", "Julia Carrie Wong; Sam Levin", "Bernd von Arnim", "50 Cent"])
def test_names_that_hold_a_month_word_a_particle_or_a_figure_stay_whole(name: str) -> None:
    assert author_name(name) == name
