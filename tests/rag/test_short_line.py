"""The short line's choice: what a question asks for, and which candidate names it.

Pure functions of ``rag.short_answer`` over sentences written here.
"""

from __future__ import annotations

import pytest

from rag.kinds import Kind
from rag.mentions import mentions
from rag.question_kind import expected_kind
from rag.question_names import names_in_question
from rag.short_answer import Context, Evidence, choose

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which institution, reported by The Age, raised its main interest rate?", Kind.ORG),
        ("What entity is reviewing the acquisition, according to TechCrunch?", Kind.ORG),
        ("Which Major League Baseball team was caught stealing signs?", Kind.ORG),
        ("Which sportsbook offers a cash-out option to new users?", Kind.ORG),
        ("Which pop star was named Person of the Year?", Kind.PERSON),
        ("Which wide receiver leads the league in yards?", Kind.PERSON),
        ("Which AI-powered chatbot reached 100 million weekly users?", Kind.NAME),
        ("Did both outlets report the fine?", None),
        ("Does the article say where the match was played?", None),
        ("After the report on Monday, did the council say when the bridge opens?", None),
        ("Who said when the bridge opens?", Kind.PERSON),
        # the main clause asks: a "when" or "who" of a clause after it asks for nothing
        ("What did the council say when the bridge opened?", None),
        ("What are the entities that adjust odds when heavy betting occurs?", None),
        ("Which letter represents the first initial of the CEO who led the firm?", None),
        ("Which M.L.B. superstar, who had a dozen offers, may not sign?", Kind.PERSON),
        ("Wie viel hat die Brücke gekostet?", Kind.MONEY),
        ("Wie viel Prozent der Mitglieder stimmten zu?", Kind.NUMBER),
        ("Um wie viel sind die Mietkosten gestiegen?", None),  # a rise: a share, a factor or an amount
        ("Wie viel mehr kostet die Fahrkarte jetzt?", None),  # a difference, maybe "20 Prozent mehr"
        ("¿Qué político italiano firmó el acuerdo?", Kind.PERSON),
        ("Quel juge a entendu la cause ?", Kind.PERSON),
        ("Welcher Spieler fehlt am Samstag?", Kind.PERSON),
        ("Qual jogador marcou o gol?", Kind.PERSON),
        ("Který hráč chybí v sestavě?", Kind.PERSON),
        ("Quel est le prix du billet ?", Kind.MONEY),  # an amount asked for by its noun
    ],
)
def test_the_question_word_says_what_kind_of_answer_is_wanted(question: str, kind: Kind | None) -> None:
    assert expected_kind(question) is kind


QUESTION = "Which company is expanding its lineup of speakers?"
EVIDENCE = [
    Evidence("The maker Nordcast is expanding its lineup of speakers this spring.", "a1", 0.6),
    Evidence("The maker Brightwave is expanding its lineup of speakers as well.", "a2", 0.5),
]


def test_the_best_sentence_decides_when_nothing_else_was_retrieved() -> None:
    found = choose(QUESTION, Kind.ORG, EVIDENCE)
    assert found is not None and found.text == "Nordcast"


def test_the_name_the_retrieved_articles_share_beats_a_name_one_sentence_gives() -> None:
    context = [
        Context("a1", EVIDENCE[0].text + " Sales rose in Europe."),
        Context("a2", EVIDENCE[1].text),
        Context("a3", "Shares of Brightwave rose after the launch."),
        Context("a4", "Analysts expect Brightwave to announce a smart display."),
    ]
    found = choose(QUESTION, Kind.ORG, EVIDENCE, context=context)
    assert found is not None and found.text == "Brightwave"
    assert found.support == (1,)  # the evidence sentence that holds it, to be quoted and cited


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("“Part of the frenzy is about Sam Altman,” she said.", ["Sam Altman"]),
        ("BONUSES: new users at FanDuel get promotions.", ["FanDuel"]),
        ("NASA and Boeing delayed the launch again.", ["NASA", "Boeing"]),
    ],
)
def test_a_quoted_first_word_or_a_kicker_in_capitals_is_no_name(sentence: str, names: list[str]) -> None:
    assert [m.text for m in mentions(sentence, Kind.PERSON)] == names


def test_a_name_the_question_already_says_in_a_hyphenated_word_is_no_answer() -> None:
    evidence = [
        Evidence("The GPT store and GPT-4 with vision were announced by OpenAI on Monday.", "a1", 0.6),
        Evidence("Developers can sell GPT apps in the store, OpenAI said.", "a2", 0.5),
    ]
    found = choose("Which company will launch GPT-4 with vision?", Kind.ORG, evidence)
    assert found is not None and found.text == "OpenAI"


def test_a_name_the_question_already_says_in_a_possessive_is_no_answer() -> None:
    # "Harris" was the short line of "What is the title of Kamala Harris's memoir?"
    evidence = [
        Evidence("Harris wrote about Montreal in her memoir, The Truths We Hold.", "a1", 0.6),
        Evidence("In The Truths We Hold, Harris recalls her mother's work.", "a2", 0.5),
        Evidence("Harris spoke about the memoir on Friday.", "a3", 0.5),
    ]
    found = choose("What is the title of Kamala Harris's memoir?", Kind.NAME, evidence)
    assert found is not None and found.text == "Truths We Hold"


def test_a_clipped_name_votes_for_the_full_name() -> None:
    evidence = [
        Evidence("The Fed raised its main interest rate again and signalled a pause.", "a1", 0.6),
        Evidence("Investors hope the Fed is done with its rate hikes, traders said.", "a2", 0.55),
        Evidence("That could convince the Federal Reserve to go easier on interest rates.", "a3", 0.15),
    ]
    found = choose("Which institution raised its main interest rate?", Kind.ORG, evidence)
    assert found is not None and found.text == "Federal Reserve"
    assert found.support == (0, 1, 2)


def test_a_person_is_not_a_name_in_capitals_or_a_possessive_phrase() -> None:
    evidence = [
        Evidence("Our WR PPR rankings for Week 14 open with the league's leading receiver.", "a1", 0.6),
        Evidence("OpenAI’s ChatGPT wrote the league's leading receiver a poem.", "a2", 0.55),
        Evidence("The league's leading receiver, Tyreek Hill, had 157 yards on Sunday.", "a3", 0.4),
    ]
    found = choose("Who is the league's leading receiver?", Kind.PERSON, evidence)
    assert found is not None and found.text == "Tyreek Hill"


@pytest.mark.parametrize(
    ("question", "kind", "sentence", "expected"),
    [
        ("年間ライセンスはいくらですか？", Kind.MONEY, "年間ライセンスは3400円で販売される。", "3400円"),
        ("研究团队收集了多少张照片？", Kind.NUMBER, "研究团队共收集了大约120万张照片。", "120万"),
        ("新しい駅は何年に開業しましたか？", Kind.DATE, "新しい駅は1998年に開業した。", "1998年"),
    ],
)
def test_a_figure_glued_to_chinese_or_japanese_text_is_the_short_answer(
    question: str, kind: Kind, sentence: str, expected: str
) -> None:
    # No space sets "3400円" apart from "ライセンスは"; the unit the question asks in (円, 年) is no echo.
    found = choose(question, kind, [Evidence(sentence, "a1", 0.6)])
    assert found is not None and found.text == expected
    assert found.support == (0,)


def test_an_institution_named_in_another_language_is_no_person() -> None:
    question = "¿Qué ministro firmó el acuerdo?"
    evidence = [
        Evidence("El acuerdo fue presentado en Bruselas ante la Unión Europea.", "a1", 0.7),
        Evidence("El ministro Carlos Ferrer firmó el acuerdo.", "a1", 0.5),
    ]
    found = choose(question, Kind.PERSON, evidence)
    assert found is not None and found.text == "Carlos Ferrer"


def test_a_unit_counted_by_a_chinese_or_japanese_question_word_is_no_name() -> None:
    # "何TB" is "how many TB": the article says "2TB", never "TB" alone, and must not be refused for it.
    assert names_in_question("新しいNASの容量は何TBですか？") == ["NAS"]
    assert names_in_question("这台电脑有多少GB内存？") == []


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("By how much did the ferry's ticket sales rise last year?", Kind.CHANGE),
        ("How much of the town's power comes from wind?", Kind.CHANGE),
        ("How much have bus fares increased since 2010?", Kind.CHANGE),
        ("How much did the council pay for the ferry?", Kind.MONEY),
        ("What is the stolen violin valued at?", Kind.MONEY),
    ],
)
def test_a_change_or_a_share_is_asked_apart_from_money(question: str, kind: Kind) -> None:
    assert expected_kind(question) is kind


def test_a_change_is_a_percentage_a_multiple_or_an_amount_never_a_bare_count() -> None:
    sentence = "Sales rose 40% in two years, 3 times the rate of 2019, to $4 million, from 12 stores."
    assert [m.text for m in mentions(sentence, Kind.CHANGE)] == ["40%", "3 times", "$4 million"]


def test_a_count_is_not_a_model_number_or_a_price() -> None:
    sentence = "The maker released the Orbit Pad 3 for $35 and has shipped over eight million units."
    assert [m.text for m in mentions(sentence, Kind.NUMBER)] == ["eight million"]


def test_a_figure_glued_to_chinese_text_is_voted_for() -> None:
    evidence = [Evidence("开发人员向系统提供了历史对弈中的大约3000万记录。", "a1", 0.7)]
    found = choose("开发人员向系统提供了多少记录？", Kind.NUMBER, evidence)
    assert found is not None and found.text == "3000万"


def test_an_amount_inside_a_longer_word_is_no_answer() -> None:
    evidence = [
        Evidence(
            "The ferry's $30-a-month pass, which owner Rhea Bligh praised, covers every route.", "a1", 0.6
        )
    ]
    assert choose("How much did Rhea Bligh pay for the ferry company?", Kind.MONEY, evidence) is None
