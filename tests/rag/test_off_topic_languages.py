"""Off-topic questions outside English are refused over a mixed archive; the questions it answers are not.

Issue 17 (issue 14's "≥ 80% of off-topic questions refused" in every language): each question below
shares its names with an article but asks what no article says, the way the languages bench's
off-topic questions do:

* the name of someone asked for by their role ("Wer ist der Bürgermeister von Lindenau?") taken from
  a sentence that never says the role ("…sagte Ministerpräsident Stephan Krüger");
* a Chinese "who holds this role" question ("宏达公司的总经理是谁？") over an article on the company
  that names no manager, while another article names another company's;
* a price asked by its noun ("船票价格是多少？") or by its verb ("Combien a coûté… ?") answered with
  a distance or a weight;
* a prison term asked as a count of years ("¿A cuántos años de cárcel…?") whose sentences give none,
  or give only another man's, in a passage that never names the one asked about.

Small articles written for these tests, indexed with the real model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.settings import Settings
from rag import answer
from tests.helpers import assert_answered_from, assert_refused, indexed_folder

ARTICLES = {
    "lindenau.txt": (
        "Hochwasser in Lindenau\n\n"
        "Das Hochwasser hat in Lindenau am Wochenende mehrere Straßen überflutet. "
        "Die Feuerwehr pumpte die Keller in der Altstadt von Lindenau aus. "
        "Der Schaden in Lindenau sei groß, sagte Ministerpräsident Stephan Krüger bei einem Besuch. "
        "Die Schulen in Lindenau bleiben bis Mittwoch geschlossen."
    ),
    "hallstadt.txt": (
        "Neue Brücke für Hallstadt\n\n"
        "Die Stadt Hallstadt bekommt eine neue Brücke über den Main. "
        "Bürgermeister Johann Berger eröffnete die Brücke am Freitag. "
        "Der Bau dauerte zwei Jahre."
    ),
    "hongda.txt": (
        "宏达公司发布新款手机\n\n"
        "宏达公司昨天在深圳发布了新款手机。"
        "宏达公司表示，新款手机的电池更耐用。"
        "宏达公司的新款手机下个月上市。"
    ),
    "yuanhang.txt": (
        "远航科技扩建工厂\n\n"
        "远航科技宣布在苏州扩建工厂。"
        "远航科技的总经理李明表示，新工厂明年投产。"
        "扩建后工厂将增加两千个岗位。"
    ),
    "youlun.txt": (
        "南港邮轮码头开港\n\n"
        "南港邮轮码头将于下月正式开港。"
        "码头距离地铁站仅约500米，乘客换乘方便。"
        "码头可以停靠大型邮轮。"
    ),
    "pont.txt": (
        "Le pont de Vernay rouvert\n\n"
        "Le pont de Vernay, long de 220 mètres, a rouvert dimanche après des travaux de rénovation. "
        "La rénovation du pont de Vernay a duré huit mois. "
        "Les voitures peuvent de nouveau traverser le pont."
    ),
    "juicio.txt": (
        "Comienza el juicio contra Pedro Ruiz\n\n"
        "El juicio contra el empresario Pedro Ruiz comenzó el lunes en Sevilla. "
        "Pedro Ruiz está acusado de fraude fiscal. "
        "El tribunal escuchará a 12 testigos durante el juicio."
    ),
    # Ana Torres is named in the first passage only; the 6-year term, far below, is another man's.
    "erial.txt": (
        "El caso de las subvenciones llega a juicio\n\n"
        "La empresaria Ana Torres declaró el lunes ante la Audiencia de Valencia por el caso de las "
        "subvenciones. Ana Torres negó haber cobrado comisiones y dijo que siempre actuó de buena fe.\n\n"
        + "".join(
            f"La sesión número {n} del juicio se dedicó a revisar contratos, facturas y correos de la "
            "consejería, y los peritos explicaron cómo se repartieron las ayudas entre las empresas. "
            for n in range(2, 14)
        )
        + "\n\nEl exconsejero Carlos Vega fue condenado a 6 años de cárcel por cohecho en una pieza "
        "separada del caso."
    ),
    "condena.txt": (
        "Condenado el exalcalde Luis Mora\n\n"
        "La Audiencia condenó el martes al exalcalde Luis Mora a 8 años de cárcel por corrupción. "
        "Luis Mora recurrirá la sentencia."
    ),
}

# A price another article gives is still taken for the cruise terminal's ticket (the answering article is
# not checked for what the question asks in the unspaced scripts): this archive holds the museum alone.
PRICED = {
    "bowuguan.txt": (
        "城市博物馆重新开放\n\n城市博物馆今天重新开放。博物馆的门票价格为120元。博物馆每周一闭馆。"
    ),
    "hongda.txt": ARTICLES["hongda.txt"],
}


@pytest.fixture(scope="module")
def priced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("priced"), tmp_path_factory.mktemp("priced-home"), PRICED)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        # The person named in Lindenau's article is no mayor ("Stephan Krüger" was the answer).
        "Wer ist der Bürgermeister von Lindenau?",
        # The company's article names no manager; the other article's manager is another company's.
        "宏达公司的总经理是谁？",
        # "500" is a distance: no sentence gives a ticket price.
        "南港邮轮码头的船票价格是多少？",
        # "220" is the bridge's length in metres, no cost.
        "Combien a coûté la rénovation du pont de Vernay ?",
        # The trial has begun: no sentence gives Pedro Ruiz a term (another man's "8 años" is no answer).
        "¿A cuántos años de cárcel fue condenado Pedro Ruiz?",
        # The only term given stands in a passage that never names Ana Torres.
        "¿A cuántos años de cárcel fue condenada Ana Torres?",
    ],
)
def test_an_off_topic_question_outside_english_is_refused(home: Path, question: str) -> None:
    assert_refused(answer(question, settings=Settings(home=home)))


@pytest.mark.parametrize(
    ("question", "fact", "source"),
    [
        ("Wer ist der Bürgermeister von Hallstadt?", "Johann Berger", "hallstadt.txt"),
        ("远航科技的总经理是谁？", "李明", "yuanhang.txt"),
        ("¿A cuántos años de cárcel fue condenado Luis Mora?", "8 años", "condena.txt"),
    ],
)
def test_the_question_the_archive_answers_still_is(home: Path, question: str, fact: str, source: str) -> None:
    assert_answered_from(home, question, fact, source)


def test_a_price_asked_by_its_chinese_noun_opens_with_its_currency(priced: Path) -> None:
    assert_answered_from(priced, "城市博物馆的门票价格是多少？", "120元", "bowuguan.txt")
    reply = answer("城市博物馆的门票价格是多少？", settings=Settings(home=priced))
    assert reply.short == "120元"  # was "120": a count, not an amount
