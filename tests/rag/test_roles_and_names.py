"""A "who" answer is the name the asked role stands beside; what is no one's name is no answer.

news_fresh11's misses (docs/benchmarks.md, news17): "Which judge threw out the lawsuit…?" was
answered with an engineer quoted higher up, not "US district judge Edward Davila"; "Who is the
executive director of the Nasdaq Entrepreneurial Center?" was refused, the sentence "…said
executive director Nicola Corzine" leaving out the center's name; "Which venture capital firm did
Ellen Pao sue…?" voted for "We're" and the dateline "SAN FRANCISCO", then found no "sue" in
"sued"; "Who is the chief financial officer of CircleCI?" was answered with its chief executive;
"Who founded the Milken Institute?" with "Calif" and "Wall Street"; "Which brand…?" with
"Brazilian" (of "the Brazilian actress").
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.short_answer import Evidence, choose
from tests.helpers import assert_answered, assert_refused, index_records_as_archive, town_fillers

LAWSUIT = {
    "title": "Streamly can track your browsing even after you log out, judge says",
    "source": "Harbour Post",
    "published_at": "2024-07-03",
    "body": "A judge has dismissed a lawsuit accusing Streamly of tracking users' web browsing activity "
    "even after they logged out of the video site. "
    "Responding to the blogger who found it, Streamly engineer Gregor Stanek confirmed that Streamly "
    "keeps cookies that persist after log-out as a safety measure. "
    "US district judge Elena Varga in Marlow dismissed the case because the plaintiffs failed to show "
    "any realistic economic harm.",
}
CENTER = {
    "title": "A free school for founders opens in Brixton",
    "source": "Harbour Post",
    "published_at": "2024-05-11",
    "body": "The Brixton Founders Center, which sprawls over 9,000 square feet, is open to founders of "
    "every kind. Mara Holt, managing director of Launchyard, said the Brixton Founders Center was an "
    "invaluable partner. “Our mission is to support founders of every background,” said executive "
    "director Pia Lindqvist.",
}
LAWSUIT_VC = {
    "title": "Lena Marsh's next fight",
    "source": "Harbour Post",
    "published_at": "2024-04-02",
    "body": "SAN MATEO — Lena Marsh spent the last few years spotlighting the lack of diversity in "
    "technology, in court and beyond. \"The standard answer is, 'We're not doing well, but we're "
    "working on it,'\" said Marsh, a former venture capitalist at Harwick Bell Partners who sued the "
    "firm over gender discrimination and lost.",
}
FUNDING = {
    "title": "Quillio raises $18 million",
    "source": "Valley Ledger",
    "published_at": "2024-03-09",
    "body": "Build automation company Quillio today announced an $18 million Series B round. "
    "“The market is shifting toward developer tools, and this financial backing shows it,” said Tom Reyes, "
    "Chief Executive Officer, Quillio.",
}
FORUM = {
    "title": "Robots on the agenda at the Harlow Forum",
    "source": "Valley Ledger",
    "published_at": "2024-05-04",
    "body": "At the Harlow Forum's annual summit in Port Elwyn, Calif., at least four panels have "
    "focused on software taking over office jobs. Harlow Forum panelists noted the impact of automation "
    "on work far beyond Wall Street.",
}
AMBASSADORS = {
    "title": "Ines Baro and Dara Quell on their careers",
    "source": "Valley Ledger",
    "published_at": "2024-06-21",
    "body": "Ines Baro and Dara Quell are reflecting on their careers in their latest joint interview. "
    "The Peruvian singer and the Brazilian actress have been taking over the entertainment industry. "
    "The singer and the actress are making their debut as ambassadors for Casa Lumiere.",
}
BYELECTION = {
    "title": "Elmsford by-election counted",
    "source": "Valley Ledger",
    "published_at": "2024-02-28",
    "body": "The Elmsford by-election was required after former Elmsford deputy mayor Ana Birk was "
    "elected as the city's MP. Turnout in Elmsford was low.",
}

ARTICLES = [LAWSUIT, CENTER, LAWSUIT_VC, FUNDING, FORUM, AMBASSADORS, BYELECTION, *town_fillers()]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("roles"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which judge threw out the lawsuit accusing Streamly of tracking logged-out users?", "Elena Varga"),
        ("Who is the executive director of the Brixton Founders Center?", "Pia Lindqvist"),
        (
            "Which venture capital firm did Lena Marsh sue over gender discrimination?",
            "Harwick Bell Partners",
        ),
    ],
)
def test_the_name_the_asked_role_stands_beside_is_the_answer(
    settings: Settings, question: str, expected: str
) -> None:
    reply = answer(question, settings=settings)
    assert_answered(reply, expected)
    assert reply.short == expected, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Who is the chief financial officer of Quillio?",  # the sentence names its chief executive
        "Who is the mayor of Elmsford?",  # a former deputy mayor
    ],
)
def test_another_role_is_no_answer_to_who(settings: Settings, question: str) -> None:
    assert_refused(answer(question, settings=settings))


def test_a_peoples_adjective_a_state_or_a_street_is_no_one() -> None:
    """The vote over the sentences alone: "Brazilian" is no brand, "Calif." and "Wall Street" no founder."""
    actress = Evidence(AMBASSADORS["body"].split(". ")[1], "a", 0.6)
    assert (
        choose("Which brand have Ines Baro and Dara Quell become ambassadors for?", Kind.ORG, [actress])
        is None
    )
    summit, street = (Evidence(s, "f", 0.6) for s in FORUM["body"].split(". "))
    assert choose("Who founded the Harlow Forum?", Kind.PERSON, [summit, street]) is None


def test_a_state_or_a_street_is_no_answer_to_who(settings: Settings) -> None:
    assert_refused(answer("Who founded the Harlow Forum?", settings=settings))
