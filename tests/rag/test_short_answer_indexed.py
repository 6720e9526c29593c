"""The answer first: the asked-for name or figure, the sentence that holds it, honest refusals.

Small corpora written here, indexed with the real model into real Chroma.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from byline.settings import Settings
from index import index_paths
from rag import Answer, answer

REPORTS = [
    {
        "title": "Kestrel bridge back in service",
        "source": "Kestrel Gazette",
        "published_at": "2026-03-03",
        "body": "The Kestrel Harbour bridge reopened to traffic on Tuesday after eight months of repairs.\n"
        "Mayor Ada Brisk cut the ribbon at dawn, watched by two hundred residents.\n"
        "The repairs cost 48 million dollars, the council said.\n"
        "Monday, 2 March 2026.\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n",
    },
    {
        "title": "Drivers return to harbour crossing",
        "source": "Harbour Times",
        "published_at": "2026-03-04",
        "body": "Commuters crowded the harbour crossing as the Kestrel bridge reopened on Tuesday morning. "
        "Engineers said the new steel cables should last forty years. Tolls stay suspended until May.",
    },
    {
        "title": "Fishing season opens early",
        "source": "Coastal Weekly",
        "published_at": "2026-03-01",
        "body": "The cod season opened two weeks early this year, the fisheries office said on Monday. "
        "Quotas for cod and haddock are unchanged from last year, the fisheries office said.",
    },
    {
        "title": "Orchard growers count frost damage",
        "source": "Valley Farmer",
        "published_at": "2026-02-20",
        "body": "A late frost damaged apple blossom across the valley's orchards last week. "
        "Growers expect a smaller harvest, and the cooperative has asked for drought relief.",
    },
]
FINAL_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Riverside Rovers win the county cup final</title></head><body><article>
<h1>Riverside Rovers win the county cup final</h1>
<p>The county cup final drew a record crowd to the Millbrook ground on Saturday afternoon.</p>
<p>Riverside Rovers beat Millbrook Town 3-1 in the county cup final, with two goals from Jo Marsh.</p>
<p>The final whistle was greeted by a pitch invasion from the away end of the county ground.</p>
</article></body></html>
"""


def _index(tmp_path: Path, records: list[dict[str, str]], extra: dict[str, str] | None = None) -> Settings:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "reports.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = Settings(home=tmp_path / "home")
    index_paths([folder], settings)
    return settings


def _first_line_citations(reply: Answer) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", reply.text.splitlines()[0])]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """News on a bridge, fishing, orchards and a cup final: topics a question can stray from."""
    return _index(tmp_path_factory.mktemp("mixed"), REPORTS, {"final.html": FINAL_PAGE})


def test_short_line_names_the_person_and_cites_where_it_occurs(mixed: Settings) -> None:
    reply = answer("Who cut the ribbon when the Kestrel bridge reopened?", settings=mixed)
    assert reply.short == "Ada Brisk"
    first = reply.text.splitlines()[0]
    assert first.startswith("Ada Brisk [")
    cited = {c.n: c for c in reply.citations}
    numbers = _first_line_citations(reply)
    assert numbers and all("Ada Brisk" in cited[n].text for n in numbers)


def test_short_line_names_an_amount_verbatim(mixed: Settings) -> None:
    reply = answer("How much did the repairs of the Kestrel bridge cost?", settings=mixed)
    assert reply.short == "48 million dollars"
    assert any("48 million dollars" in c.text for c in reply.citations if c.n in _first_line_citations(reply))


def test_no_short_line_when_the_evidence_names_no_amount(mixed: Settings) -> None:
    reply = answer("How much did the cod quotas of the fisheries office rise?", settings=mixed)
    assert not reply.refused
    assert "Quotas for cod and haddock are unchanged" in reply.text
    assert reply.short == ""
    assert "48 million" not in reply.text


def test_body_sentence_with_the_score_beats_the_headline(mixed: Settings) -> None:
    reply = answer("What was the score of the county cup final?", settings=mixed)
    assert not reply.refused
    assert "beat Millbrook Town 3-1" in reply.text
    quoted = [line.strip() for line in re.split(r"\[\d+\]", reply.text)]
    assert "Riverside Rovers win the county cup final" not in quoted


def test_boilerplate_and_bare_datelines_are_never_quoted(mixed: Settings) -> None:
    for question in (
        "What are the standards and trust principles of the Kestrel Gazette?",
        "What happened on Monday, 2 March 2026 at the Kestrel bridge?",
    ):
        reply = answer(question, settings=mixed)
        assert "Trust Principles" not in reply.text, reply.text
        assert "Monday, 2 March 2026." not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Who won the 2022 FIFA World Cup final?",
        "How much did Microsoft pay to acquire Activision Blizzard?",
        "Which orchard in Normandy won the cider prize?",
    ],
)
def test_off_topic_questions_are_refused_with_the_closest_passages(mixed: Settings, question: str) -> None:
    reply = answer(question, settings=mixed)
    assert reply.refused, reply.text
    assert not reply.citations
    assert reply.related


def test_the_on_topic_neighbour_of_an_off_topic_question_is_answered(mixed: Settings) -> None:
    reply = answer("Who scored two goals in the county cup final?", settings=mixed)
    assert not reply.refused
    assert reply.short == "Jo Marsh"


def test_did_both_outlets_gives_one_labelled_quote_per_outlet(mixed: Settings) -> None:
    question = (
        "Did both the Kestrel Gazette and the Harbour Times report that the bridge reopened on Tuesday?"
    )
    reply = answer(question, settings=mixed)
    assert not reply.refused
    lines = reply.text.splitlines()
    cited = {c.n: c for c in reply.citations}
    for outlet, date in (("Kestrel Gazette", "2026-03-03"), ("Harbour Times", "2026-03-04")):
        label = lines.index(f"{outlet}, {date}:")
        quote = lines[label + 1]
        (n,) = [int(x) for x in re.findall(r"\[(\d+)\]", quote)]
        assert cited[n].publisher == outlet
        assert quote.removesuffix(f" [{n}]") in cited[n].text
    assert len([line for line in lines if line.endswith(":")]) == 2


GERMAN = [
    {
        "title": "Kestrel-Brücke wieder offen",
        "source": "Kestrel Anzeiger",
        "published_at": "2026-03-03",
        "body": "Die Kestrel-Brücke wurde am Dienstag nach acht Monaten Reparatur wieder für den Verkehr "
        "geöffnet. Die Reparatur der Brücke kostete 48 Millionen Euro, sagte der Stadtrat.",
    },
    {
        "title": "Neues Stadion in Millbrook",
        "source": "Millbrook Bote",
        "published_at": "2026-03-05",
        "body": "Das neue Stadion in Millbrook wurde am Samstag mit einem Konzert eröffnet. "
        "Der Bau des Stadions kostete 120 Millionen Euro, teilte die Stadt mit.",
    },
]
FRENCH = [
    {
        "title": "Le pont de Kestrel rouvert",
        "source": "La Gazette de Kestrel",
        "published_at": "2026-03-03",
        "body": "Le pont de Kestrel a rouvert à la circulation mardi après huit mois de travaux. "
        "Les travaux du pont ont coûté 48 millions d'euros, a indiqué le conseil municipal.",
    },
    {
        "title": "Un nouveau stade à Millbrook",
        "source": "Le Courrier de Millbrook",
        "published_at": "2026-03-05",
        "body": "Le nouveau stade de Millbrook a été inauguré samedi avec un concert. "
        "La construction du stade a coûté 120 millions d'euros, selon la mairie.",
    },
]


@pytest.mark.parametrize(
    ("records", "first", "follow", "fact"),
    [
        (
            GERMAN,
            "Wann wurde die Kestrel-Brücke wieder geöffnet?",
            "Wie viel hat sie gekostet?",
            "48 Millionen Euro",
        ),
        (
            FRENCH,
            "Quand le pont de Kestrel a-t-il rouvert ?",
            "Combien a-t-il coûté ?",
            "48 millions d'euros",
        ),
    ],
)
def test_follow_up_in_german_and_french_resolves_against_the_conversation(
    tmp_path: Path, records: list[dict[str, str]], first: str, follow: str, fact: str
) -> None:
    settings = _index(tmp_path, records)
    opening = answer(first, settings=settings)
    assert not opening.refused
    assert "Kestrel" in opening.text
    reply = answer(follow, history=[(first, opening.text)], settings=settings)
    assert not reply.refused, reply.text
    assert fact in reply.text
    assert "120" not in reply.text
    assert {c.publisher for c in reply.citations} == {records[0]["source"]}


def test_one_word_that_names_no_one_is_not_stated_as_the_person(tmp_path: Path) -> None:
    # "Who replaced Michael Horvath as Strava's CEO?" opened "YouTube [1]": the article names no successor.
    body = (
        "Strava named a new chief executive on Monday to replace co-founder Michael Horvath. "
        "The new chief executive comes from YouTube, where he ran the subscriptions business. "
        "Horvath will stay on the board, Strava said, and YouTube wished its former executive well."
    )
    record = {
        "title": "Strava names new chief",
        "source": "Lagoon Post",
        "published_at": "2026-01-09",
        "body": body,
    }
    settings = _index(tmp_path, [*REPORTS, record])
    said = answer("Who replaced Michael Horvath as Strava's chief executive?", settings=settings)
    assert not said.text.startswith("YouTube"), said.text
    assert not said.refused and "Strava named a new chief executive" in said.text, "the quotes stay"
