"""An article body the page splits around an advertisement row is read whole.

Some outlets close the article-body container before an ad row and open another with the same
class after it. The extractor kept the first container only, so a question about a later
paragraph found nothing. Small pages written for this test; the last test indexes them with the
real model into real Chroma and asks a question a reader would ask.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.settings import Settings
from index.loaders.html import load_html
from rag import answer

FIRST = (
    "<p>Na trzy tygodnie przed wyborami w Niemczech kraj ogarnęła burzliwa debata o imigracji, "
    "wywołana propozycjami zamknięcia granic dla przybyszów spoza Unii Europejskiej.</p>"
    "<p>Konserwatyści z CDU/CSU próbowali przeforsować zmianę ustawy w piątek, lecz ponieśli porażkę "
    "w Bundestagu po długiej i gorącej debacie parlamentarnej.</p>"
)
SECOND = (
    "<p>Socjolog Jochen Stadt uważa, że najbardziej prawdopodobnym partnerem koalicyjnym będzie SPD, "
    "z którą trzeba będzie uzgodnić wszystkie punkty programu rządowego.</p>"
    "<p>Osób podlegających deportacji jest obecnie w Niemczech ponad 200 tys., a większość z nich "
    "przybyła w ostatnim dziesięcioleciu, głównie z Syrii i Afganistanu.</p>"
)
AD_ROW = (
    "<div class='row'><div class='advert'><div class='advertTitle'>Reklama</div>"
    "<p>Kup teraz nowy samochód w promocyjnej cenie u naszego partnera, oferta ważna tylko dziś "
    "dla wszystkich czytelników serwisu, którzy zapiszą się na newsletter.</p></div></div>"
)


def page(*middle: str) -> str:
    return (
        "<html lang='pl'><head><title>Niemcy zamykają granice</title></head><body>"
        "<header><nav><a href='/'>Strona główna</a></nav></header>"
        "<main><div class='article-wrapper'><h1>Niemcy zamykają granice</h1>"
        + "".join(middle)
        + "</div></main><footer><p>Wszelkie prawa zastrzeżone.</p></footer></body></html>"
    )


def body(paragraphs: str, extra: str = "") -> str:
    return f"<div class='row'><div class='body articleBody{extra}'>{paragraphs}</div></div>"


SPLIT = page(body(FIRST, " -bottom-space"), AD_ROW, body(SECOND))


def text_of(html: str) -> str:
    return getattr(load_html("strona.html", html.encode("utf-8"))[0], "text", "")


def test_both_parts_of_a_body_split_by_an_ad_row_are_read_and_the_ad_is_not() -> None:
    text = text_of(SPLIT)
    assert "Konserwatyści z CDU/CSU" in text
    assert "ponad 200 tys." in text  # the part after the ad row was lost before
    assert text.index("Konserwatyści") < text.index("Jochen Stadt")  # in the page's order
    assert "Kup teraz" not in text and "Reklama" not in text


def test_a_second_article_with_its_own_headline_is_not_joined() -> None:
    """Pages that append the next story repeat the body class under a new <h1>."""
    other = (
        "<div class='row'><h1>Pożar lasu w Hiszpanii</h1>"
        "<div class='body articleBody'><p>Strażacy walczą z pożarem lasu w Andaluzji od trzech dni, "
        "a ogień strawił już ponad tysiąc hektarów zarośli i sosnowego lasu w górach.</p>"
        "<p>Ewakuowano mieszkańców czterech wiosek, a drogi w okolicy zostały zamknięte dla ruchu.</p>"
        "</div></div>"
    )
    text = text_of(page(body(FIRST), other))
    assert "Konserwatyści z CDU/CSU" in text
    assert "Andaluzji" not in text


def test_a_repeated_copy_of_the_body_is_not_read_twice() -> None:
    """A paywall or mobile copy of the same paragraphs carries the same class."""
    text = text_of(page(body(FIRST + SECOND), AD_ROW, body(FIRST)))
    assert text.count("Konserwatyści z CDU/CSU") == 1
    assert "ponad 200 tys." in text


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from index import index_paths

    folder = tmp_path_factory.mktemp("split")
    pages = folder / "pages"
    pages.mkdir()
    (pages / "granice.html").write_text(SPLIT, encoding="utf-8")
    (pages / "pogoda.html").write_text(
        "<html lang='pl'><head><title>Upał w Polsce</title></head><body><article><h1>Upał w Polsce</h1>"
        "<p>Instytut Meteorologii ostrzega przed upałem w całym kraju w najbliższy weekend.</p>"
        "<p>Temperatura w Warszawie może przekroczyć 35 stopni w sobotę po południu.</p>"
        "<p>Lekarze radzą pić dużo wody i unikać słońca w godzinach południowych.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    configured = Settings(home=Path(folder) / "home")
    index_paths([pages], configured)
    return configured.model_copy(update={"scattered_min_passages": 0})


def test_a_question_about_the_part_after_the_ad_is_answered_from_it(settings: Settings) -> None:
    reply = answer("Ile osób podlegających deportacji jest obecnie w Niemczech?", settings=settings)
    assert not reply.refused, reply.text
    assert "200 tys." in reply.text
    assert any("200 tys." in c.text and c.source.endswith("granice.html") for c in reply.citations)
