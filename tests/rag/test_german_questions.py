"""German questions answered end to end: the ways German wording used to end in a refusal or a cut quote.

German capitalises every noun, so a question's nouns looked like names the passages had
to hold ("Welche Insekten…", "bei dem Anschlag…"); its dates and amounts carry full
stops that are no sentence's end ("am 12. August", "2,5 Mrd. Euro"); its counts are
often words ("fünf Kinder"). Small articles written for these tests, indexed with the
real model into real Chroma; the pieces are also checked on their own below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.settings import Settings
from rag.kinds import Kind
from rag.mentions import mentions
from rag.question_names import names_in_question
from rag.sentence_choice import asked_thing
from tests.helpers import assert_answered_from, indexed_folder

ARTICLES = {
    "blume.txt": (
        "Die Riesenblume blüht im Regenwald\n"
        "Die Riesenblume wächst in den Regenwäldern Sumatras und lebt als Parasit auf Lianen. "
        "Die Riesenblume wird von Aasfliegen bestäubt, die ihr fauliger Geruch anlockt. "
        "Eine einzige Blüte kann bis zu zehn Kilogramm schwer werden."
    ),
    "kartendienst.txt": (
        "Amazon will beim Kartendienst Here einsteigen\n"
        "Der Internetkonzern Amazon verhandelt mit den Eigentümern Audi, BMW und Daimler. "
        "Die deutschen Autohersteller hatten Here für 2,5 Mrd. Euro von Nokia übernommen. "
        "Der Dienst soll selbstfahrende Autos durch die Städte leiten."
    ),
    "hafen.txt": (
        "Explosionen im Hafen von Tianjin\n"
        "In einem Chemielager im Hafen von Tianjin waren am 12. August gefährliche Chemikalien explodiert. "
        "Die Zahl der Todesopfer ist inzwischen auf 158 gestiegen. "
        "Die Polizei hat 23 Verantwortliche festgenommen."
    ),
    "kaiser.txt": (
        "Franz Beckenbauer lebt in Salzburg\n"
        "Franz Beckenbauer lebt mit seiner Familie seit Jahren in Salzburg. "
        "Beckenbauer ist zum dritten Mal verheiratet und hat fünf Kinder. "
        "Er wurde als Spieler und als Trainer Weltmeister."
    ),
    "bar.txt": (
        "Schüsse in einer Bar in Tel Aviv\n"
        "Vor einer Woche hat ein Mann im Zentrum von Tel Aviv auf Gäste einer Bar geschossen und "
        "zwei Menschen getötet. Sieben weitere Gäste wurden verletzt. "
        "Die Polizei sucht weiter nach dem Täter."
    ),
    "nato.txt": (
        "Nato-Außenminister beraten über Syrien\n"
        "Beim Nato-Außenministertreffen in Brüssel dominieren die Konflikte in Syrien die Tagesordnung. "
        "Seit Wochen arbeiten die Stäbe von Generalsekretär Jens Stoltenberg an einer Liste mit Aufträgen. "
        "Die Minister wollen am Donnerstag über den Abzug aus Afghanistan sprechen."
    ),
    "bahnrad.txt": (
        "Ein Sprinter kehrt auf die Bahn zurück\n"
        "Der Sprinter will sich für die britische Olympia-Mannschaft der Bahnradsportler in Rio de Janeiro "
        "qualifizieren. Gefühle zählen nicht, sagte Großbritanniens Cheftrainer Heiko Salzwedel der Times. "
        "Zwei weitere Fahrer kämpfen um denselben Startplatz."
    ),
}
ASKED = [
    # "Welche Insekten" was a name no passage holds, so the question was refused as names found apart.
    ("Welche Insekten bestäuben die Riesenblume?", "von Aasfliegen bestäubt", "blume.txt"),
    # "2,5 Mrd." ended a sentence, and "Geld" was a name missing from every passage.
    ("Für wie viel Geld haben die Autohersteller Here übernommen?", "2,5 Mrd. Euro", "kartendienst.txt"),
    # "am 12." ended a sentence: the answer quoted "August gefährliche Chemikalien explodiert."
    ("Wann explodierten die Chemikalien in Tianjin?", "am 12. August", "hafen.txt"),
    # "fünf" was no count, so no sentence held the asked-for number and the question was refused.
    ("Wie viele Kinder hat Franz Beckenbauer?", "fünf Kinder", "kaiser.txt"),
    # "Anschlag" (after "dem") was a name; the article says "geschossen … getötet".
    ("Wie viele Menschen wurden bei dem Anschlag in Tel Aviv getötet?", "zwei Menschen getötet", "bar.txt"),
    # "Generalsekretär Jens Stoltenberg" was one capitalised span, a four-word "name" that lost the
    # vote to "Beim Nato-Außenministertreffen"; a German title now splits the span like "CEO" does.
    ("Wer ist Generalsekretär der Nato?", "Jens Stoltenberg", "nato.txt"),
]


@pytest.fixture(scope="module")
def german_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(("question", "fact", "source"), ASKED)
def test_a_german_question_is_answered_with_the_fact_and_its_citation(
    german_home: Path, question: str, fact: str, source: str
) -> None:
    assert_answered_from(german_home, question, fact, source)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Wer ist Generalsekretär der Nato?", "Jens Stoltenberg"),
        # "Rio de Janeiro", beside more of the question's words, outvoted the name after the title.
        ("Wer ist der Cheftrainer der britischen Bahnradsportler?", "Heiko Salzwedel"),
    ],
)
def test_the_person_a_title_names_opens_the_answer(german_home: Path, question: str, person: str) -> None:
    from rag import answer

    reply = answer(question, settings=Settings(home=german_home))
    assert reply.short == person
    assert any(person in c.text for c in reply.citations)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Das zählt nicht, sagte Großbritanniens Cheftrainer Heiko Salzwedel der Times.", "Heiko Salzwedel"),
        ("Die Kommission unter Ursula von der Leyen legte den Plan vor.", "Ursula von der Leyen"),
        ("Am Abend empfing Bundeskanzlerin Angela Merkel die Gäste im Kanzleramt.", "Angela Merkel"),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(sentence: str, person: str) -> None:
    found = [m.text for m in mentions(sentence, Kind.PERSON)]
    assert person in found
    assert not any(person in f and f != person for f in found)


def test_the_count_in_words_opens_the_answer(german_home: Path) -> None:
    from rag import answer

    reply = answer("Wie viele Kinder hat Franz Beckenbauer?", settings=Settings(home=german_home))
    assert reply.short == "fünf"


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Welche Insekten bestäuben die Rafflesien?", []),  # "die Rafflesien": a noun after an article
        ("Wie viele Menschen wurden bei dem Anschlag in Tel Aviv getötet?", ["Tel Aviv"]),
        ("Für wie viel Geld hat Amazon Whole Foods gekauft?", ["Amazon Whole Foods"]),
        ("Wie viele Kinder hat Franz Beckenbauer?", ["Franz Beckenbauer"]),
        # English keeps its names after an article; its question nouns are lower-case anyway.
        ("Which paper reported it first, the Guardian or the Times?", ["Guardian", "Times"]),
    ],
)
def test_a_german_questions_common_nouns_are_no_names(question: str, names: list[str]) -> None:
    assert names_in_question(question) == names


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "language", "thing"),
    [
        ("Welchen Standard für Einmal-Passwörter unterstützt 1Password?", "de", "standard"),
        ("An welcher Universität forscht Jeanmaire Molina?", "de", "universitat"),
        ("李博灏在哪所大学求学？", "zh", "大学"),
        ("卢宇在哪里留学？", "zh", None),  # "哪里" asks where, not which thing
        ("Which company bought the map service?", "en", "compani"),
    ],
)
def test_the_thing_a_which_question_asks_about(question: str, language: str, thing: str | None) -> None:
    assert asked_thing(question, language) == thing


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Beckenbauer ist zum dritten Mal verheiratet und hat fünf Kinder.", "fünf"),
        ('"Je mu stále jen dvaadvacet let," kroutí hlavou Lineker.', "dvaadvacet"),
        ("He said it once, and the firm cut seven jobs.", "seven"),  # "once" stays an English word
    ],
)
def test_a_count_written_in_words_is_a_number(sentence: str, count: str) -> None:
    """German and Czech counts in words (French ones would make "huit mois" answer "combien")."""
    from rag.kinds import Kind
    from rag.mentions import mentions

    assert [m.text for m in mentions(sentence, Kind.NUMBER)] == [count]
