"""Penalties, race times, amounts by their noun and counts in other words, outside English.

Found on the languages bench's studied halves (fresh20 and fresh21 among them, issue 17):

* "Welche Strafe droht den Schatzsuchern…?", "Quelle peine a été prononcée contre le forcené
  d'Angers ?" read no kind of answer, so an article on the case naming no penalty answered them;
  a penalty (or a score) is now asked for (``rag.asked_figure``) and quotes giving no term, fine or
  life sentence (no score) are no answer;
* "In welcher Zeit gewann Frodeno…?" asked for nothing, and "8:14:40 Stunden" was read as "40
  Stunden"; "der 28-Jährige" was a duration;
* "Welches Betriebsergebnis…?", "Welche Summe…?", "Que vaut le marché… ?" asked for no amount, and
  Italian "2,9 milioni di euro" was none;
* "Wie viele Anhänger…?" over "rund 500 mitgereisten Fans", "Combien de voitures… ?" over "900
  véhicules": the count stood beside another word for the noun and was refused or lost to another;
* "Wer hat … eine Untersuchung angeordnet?": the participle, unknown to the index, was split into parts no
  article holds ("ange" + "ord" + "net"), so the article saying "ordnete eine Untersuchung an" held too
  little of the question (``store.analysis.participle_stem``);
* German "who" candidates opening with a common noun ("Thema Freundschaft", "Hauptstadt Lima"), a
  lone noun ("Frau") or a party's letters ("ÖVP") were taken for people.

Small articles written for these tests, indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.settings import Settings
from rag import answer
from rag.asked_figure import asks_penalty, asks_score, gives_penalty, gives_score
from rag.doubts import Doubt
from rag.kinds import Kind
from rag.mentions import mentions, tells_time
from rag.question_kind import expected_kind
from rag.short_answer import Evidence, choose
from store.analysis import participle_stem, question_terms
from tests.helpers import assert_answered_from, assert_refused, indexed_folder

ARTICLES = {
    "urteil.txt": (
        "Urteil im Anlagebetrug\n\n"
        "Das Landgericht Kassel hat den Anlagebetrüger Markus Feld am Dienstag zu drei Jahren Haft "
        "verurteilt. "
        "Feld hatte Anleger aus ganz Hessen um ihre Ersparnisse gebracht."
    ),
    "schatz.txt": (
        "Anzeige gegen Schatzsucher aus Walden\n\n"
        "Zwei Schatzsucher aus Walden haben ohne Genehmigung im Stadtwald gegraben. "
        "Die Forstbehörde hat Anzeige gegen die Schatzsucher aus Walden erstattet. "
        "Die beiden Männer wollen sich zu den Vorwürfen nicht äußern."
    ),
    "forcene.txt": (
        "Un forcené interpellé à Vernay\n\n"
        "Un forcené a été interpellé vendredi à Vernay après avoir menacé des passants avec un couteau. "
        "Le forcené de Vernay sera jugé en comparution immédiate la semaine prochaine."
    ),
    "marathon.txt": (
        "Hendel läuft in Lindenau persönliche Bestzeit\n\n"
        "Sebastian Hendel war am Sonntag in Lindenau der schnellste deutsche Läufer. "
        "Der 28-Jährige lief den Lindenau-Marathon in 2:07:33 Stunden."
    ),
    "stadtwerke.txt": (
        "Stadtwerke Hallstadt mit besserem Ergebnis\n\n"
        "Die Stadtwerke Hallstadt haben 2015 ein besseres Ergebnis erzielt als im Vorjahr. "
        "Das Betriebsergebnis der Stadtwerke Hallstadt hat sich mit 12,4 Millionen Euro verdreifacht."
    ),
    "eishockey.txt": (
        "Ungarn feiert ersten WM-Sieg\n\n"
        "Die ungarische Eishockeymannschaft gewann am Samstag gegen Weißrussland mit 5:2. "
        "Die Mannschaft wurde von den rund 500 mitgereisten Fans frenetisch gefeiert."
    ),
    "usine.txt": (
        "L'usine de Beaulieu à l'arrêt\n\n"
        "L'usine automobile de Beaulieu était à l'arrêt mercredi en raison des blocages. "
        "Au total, ce sont 900 véhicules qui n'ont pas été produits à Beaulieu et 1600 salariés étaient "
        "en arrêt forcé."
    ),
}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        # The complaint is filed; no sentence gives the treasure hunters a term or a fine.
        "Welche Strafe droht den Schatzsuchern aus Walden?",
        # The trial is still to come: no sentence says a penalty.
        "Quelle peine a été prononcée contre le forcené de Vernay ?",
    ],
)
def test_a_penalty_no_sentence_gives_is_refused(home: Path, question: str) -> None:
    reply = answer(question, settings=Settings(home=home))
    assert_refused(reply)
    assert Doubt.UNFIGURED in reply.doubts


@pytest.mark.parametrize(
    ("question", "fact", "source"),
    [
        ("Welche Strafe erhielt Markus Feld?", "drei Jahren Haft", "urteil.txt"),
        ("In welcher Zeit lief Sebastian Hendel den Lindenau-Marathon?", "2:07:33 Stunden", "marathon.txt"),
        (
            "Welches Betriebsergebnis haben die Stadtwerke Hallstadt 2015 erzielt?",
            "12,4 Millionen Euro",
            "stadtwerke.txt",
        ),
        ("Wie viele Anhänger feierten die ungarische Eishockeymannschaft?", "500", "eishockey.txt"),
        ("Combien de voitures l'usine de Beaulieu n'a-t-elle pas pu produire ?", "900", "usine.txt"),
    ],
)
def test_the_fact_is_quoted_from_its_article(home: Path, question: str, fact: str, source: str) -> None:
    assert_answered_from(home, question, fact, source)


def test_a_race_time_opens_the_answer_whole(home: Path) -> None:
    asked = "In welcher Zeit lief Sebastian Hendel den Lindenau-Marathon?"
    reply = answer(asked, settings=Settings(home=home))
    assert reply.short == "2:07:33 Stunden"  # was nothing: the question asked for no kind


def test_a_count_in_another_word_opens_the_answer(home: Path) -> None:
    reply = answer(
        "Combien de voitures l'usine de Beaulieu n'a-t-elle pas pu produire ?", settings=Settings(home=home)
    )
    assert reply.short == "900"  # not the 1600 employees


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("In welcher Zeit gewann Jan Frodeno den Ironman auf Hawaii?", Kind.DURATION),
        ("¿En qué tiempo ganó la maratón?", Kind.DURATION),
        ("Aus welcher Zeit stammt das Bild?", Kind.DATE),  # an era, as before
        ("Welche Summe muss das BZÖ zahlen?", Kind.MONEY),
        ("Welchen Jahresbeitrag verlangt Ebay?", Kind.MONEY),
        ("Welches Betriebsergebnis hat Wien Energie ausgewiesen?", Kind.MONEY),
        ("Welchen Beitrag leistet die Stadt?", None),  # a contribution, no money
        ("Que vaut le marché des produits bio en Suisse ?", Kind.MONEY),
        ("Quelle était la valeur des montres volées ?", Kind.MONEY),
        ("Quanto valeva il nuovo yacht?", Kind.MONEY),
        ("À quelles dates a lieu le Forum de Davos ?", Kind.DATE),
        ("Quel producteur a lancé trois invitations ?", Kind.PERSON),
        ("Welche polnische Zeitung berichtete über die Anzeige?", Kind.ORG),  # an adjective between
        ("Cientistas de que universidade estudaram o café?", Kind.ORG),
        ("W jakim klubie miał grać Jordan Ambler?", Kind.ORG),
        ("Qual è la data di nascita di Fedez?", Kind.DATE),
        ("Qual é o comprimento da figura do gato?", Kind.NUMBER),
        ("Quanto a Sabesp lucrou no terceiro trimestre?", Kind.MONEY),
        ("¿Cuánto tiempo de cárcel recibió cada uno?", Kind.DURATION),  # a time, though "recibió" pays
    ],
)
def test_the_kind_asked(question: str, kind: Kind | None) -> None:
    assert expected_kind(question) is kind


@pytest.mark.fast
@pytest.mark.parametrize(
    ("sentence", "kind", "found"),
    [
        ("Frodeno siegte nach 8:14:40 Stunden Tortur.", Kind.DURATION, ["8:14:40 Stunden"]),
        ("Ryf lief 8:57:57 Std. und Joyce 9:10:59 h.", Kind.DURATION, ["8:57:57 Std.", "9:10:59 h"]),
        ("Der 28-Jährige war überrascht, er bekam eine dreijährige Sperre.", Kind.DURATION, ["dreijährige"]),
        ("Una frode che ammonta a 2,9 milioni di euro.", Kind.MONEY, ["2,9 milioni di euro"]),
    ],
)
def test_mentions(sentence: str, kind: Kind, found: list[str]) -> None:
    assert [m.text for m in mentions(sentence, kind)] == found


@pytest.mark.fast
def test_a_clock_time_after_a_no_break_space() -> None:
    assert tells_time("Samedi matin, je me lève vers 4\xa0h, la boule au ventre.")
    assert not tells_time("Il a 4\xa0hommes.")


@pytest.mark.fast
def test_a_penalty_asked_and_given() -> None:
    assert asks_penalty("Welche Strafe droht den Schatzsuchern?")
    assert asks_penalty("¿Qué pena de prisión le impone la Audiencia?")
    assert asks_penalty("Jaki wyrok usłyszeli uczniowie?")
    assert not asks_penalty("Welche Mannschaft hat Ungarn geschlagen?")  # "-schaft" is no "Haft"
    assert gives_penalty(["Pokpa Soropogui écope d’un an de prison ferme."])
    assert gives_penalty(["Le tribunal le condamne à cinq ans de prison."])
    assert gives_penalty(["Er wurde zu lebenslanger Haft verurteilt."])
    assert gives_penalty(["Das BZÖ muss 15.000 Euro Strafe zahlen."])
    assert not gives_penalty(["Die Forstbehörde hat Anzeige erstattet."])


@pytest.mark.fast
def test_no_german_noun_nor_party_is_the_person_asked_for() -> None:
    said = [
        Evidence("Der frühere Vizekanzler (ÖVP) steht seit 2016 an der Spitze der Organisation.", "a", 1.0),
        Evidence("Raab ist die erste Frau an der Spitze des Instituts.", "b", 1.0),
        Evidence("Das Team forschte zum Thema Freundschaft in der Hauptstadt Lima.", "c", 1.0),
    ]
    assert choose("Wer steht an der Spitze des BZÖ?", Kind.PERSON, said) is None


@pytest.mark.fast
def test_a_german_title_before_a_name_goes_with_its_article() -> None:
    said = [Evidence("Es sei neu, zitiert die Zeitung den Polizeibeamten Thomas Pettersen.", "a", 1.0)]
    found = choose("Welchen Polizisten zitiert die Zeitung?", Kind.PERSON, said)
    assert found is not None and found.text == "Thomas Pettersen"


@pytest.mark.fast
def test_a_score_asked_and_given() -> None:
    assert asks_score("Mit welchem Ergebnis gewann der Wolfsberger AC gegen den SV Mattersburg?")
    assert asks_score("Qual foi o placar do jogo de volta entre Grêmio e Cuiabá?")
    assert asks_score("¿Cuál fue el resultado del partido entre América de Cali y Millonarios?")
    assert not asks_score("¿Por qué ganó Necaxa la final?")  # "por qué" asks why
    assert not asks_score("Qual foi o resultado da poupança em novembro?")  # no match
    assert gives_score(["Der WAC gewann mit 2:1 (1:0)."])
    assert gives_score(["Necaxa ganó con un marcador global de 3-0."])
    assert not gives_score(["Der Klub spielte am 3. Mai gut."])


@pytest.mark.fast
def test_a_german_participle_is_its_verb_where_the_index_lacks_it() -> None:
    """ "angeordnet" is "ordnete … an" in the article: the verb's stem, not "ange" + "ord" + "net"."""
    known = {"ordn", "setzt", "ange", "ord", "net", "untersuch"}
    assert participle_stem("angeordnet", "de", known) == "ordn"
    assert participle_stem("abgesetzt", "de", known) == "setzt"
    assert participle_stem("angeordnet", "de", {"ange", "ord", "net"}) is None  # no verb known: split
    assert participle_stem("angeordnet", "en", known) is None
    assert question_terms("Wer hat eine Untersuchung angeordnet?", "de", known) == ["untersuch", "ordn"]
