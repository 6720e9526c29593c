"""A which-question asking for a person by a noun for what they do (French, Spanish, Portuguese, Italian).

"Quelle chronobiologiste avait consacré sa thèse au travail de nuit ?" and "Quel photographe
indépendant a été blessé… ?" were read as asking for nothing in particular: the answer quoted the
sentence repeating the question ("cette experte qui avait consacré sa thèse…") and not the one naming
her. Italian "Quale ministro…?" was not read at all ("quale" was missing beside "qual"). Nouns ending
like "-iste/-ista", "-logue/-ologo", "-graphe/-grafo" name people; "liste", "revista", "intervista" do not.
"""

from __future__ import annotations

import pytest

from byline.settings import Settings
from rag import answer
from rag.kinds import Kind
from rag.question_kind import expected_kind
from tests.helpers import assert_answered, index_records_as_archive

ARTICLES = [
    {
        "title": "Le travail de nuit et la santé",
        "source": "Le Quotidien du Nord",
        "published_at": "2024-03-12",
        "body": "Les effets du travail de nuit sur la santé peuvent être graves, explique la "
        "pneumologue Claire Dumoulin. Cette spécialiste a consacré sa thèse aux horaires décalés des "
        "infirmières. Les risques sont de mieux en mieux connus, détaille cette experte.",
    },
    {
        "title": "Porto di Livorno, nuovo terminal",
        "source": "Gazzetta del Tirreno",
        "published_at": "2024-05-02",
        "body": "Il nuovo terminal del porto di Livorno è stato inaugurato ieri. "
        "Il sindaco Marco Ferrini ha tagliato il nastro davanti a centinaia di cittadini. "
        "Il terminal potrà accogliere quattro navi da crociera alla volta.",
    },
]


@pytest.mark.fast
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quelle chronobiologiste avait consacré sa thèse au travail de nuit ?", Kind.PERSON),
        ("Quel photographe indépendant a été blessé à Toulouse ?", Kind.PERSON),
        ("¿Qué futbolista colombiano marcó el gol?", Kind.PERSON),
        ("Qual sociólogo estudou a greve?", Kind.PERSON),
        ("Quale vice sindaco di Vigevano ha ricevuto gli studenti?", Kind.PERSON),
        ("Quale finanziere azionista di Mps sostiene l'offerta?", Kind.PERSON),
        ("Quelle liste a remporté les élections ?", None),
        ("¿Qué revista publicó la entrevista?", None),
        ("Quale intervista ha fatto discutere?", None),
    ],
)
def test_a_noun_for_what_someone_does_asks_for_a_person(question: str, kind: Kind | None) -> None:
    assert expected_kind(question) is kind


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return index_records_as_archive(tmp_path_factory.mktemp("person-nouns"), ARTICLES)


def test_the_person_is_named_not_the_sentence_repeating_the_question(settings: Settings) -> None:
    reply = answer(
        "Quelle pneumologue a consacré sa thèse aux horaires décalés des infirmières ?", settings=settings
    )
    assert_answered(reply, "Claire Dumoulin")


def test_an_italian_which_mayor_question_names_him(settings: Settings) -> None:
    reply = answer("Quale sindaco ha inaugurato il nuovo terminal del porto di Livorno?", settings=settings)
    assert_answered(reply, "Marco Ferrini")
