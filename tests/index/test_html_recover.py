"""Article sentences the extractor drops are put back; menus, link lists and teasers are not.

Small pages written for these tests in the shapes seen on Swiss and Austrian news
sites: a bulleted fact list in a body the extractor reads past (its frame is a
teaser ``<article>`` higher up), a person box that expands inside an interview,
a lead printed under the headline in a block beside the story's body. Each page
goes through the real HTML loader, trafilatura included.
"""

from __future__ import annotations

from index.loaders.html import load_html

FILLER = (
    "<p>Der Gemeinderat hat am Dienstagabend über das neue Budget der Stadt beraten und "
    "mehrere Anträge der Opposition abgelehnt, wie die Stadtkanzlei mitteilte.</p>"
    "<p>Die Debatte dauerte mehr als vier Stunden, weil zahlreiche Fraktionen ihre Positionen "
    "zu den geplanten Investitionen in Schulen und Strassen ausführlich darlegten.</p>"
)
MORE = (
    "<p>Die Verwaltung will die Vorlage nun überarbeiten und im Frühling erneut vorlegen, "
    "nachdem die Finanzkommission zusätzliche Abklärungen verlangt hatte.</p>"
    "<p>Ob das Parlament dann zustimmt, gilt unter Beobachtern als offen, da die Mehrheiten "
    "knapp sind und mehrere Mitglieder ihre Haltung noch nicht bekanntgegeben haben.</p>"
)
# A teaser of another story, marked up as an <article> before the story itself (nzz.ch): the
# extractor takes the first <article> as its frame and then gathers the page's <p> elements only.
TEASER_ARTICLE = (
    "<article class='teaser--article'><a href='/andere'><h3>Eine andere Geschichte</h3></a></article>"
)
FACT_LIST = (
    "<h2><span>Das Wichtigste in Kürze:</span></h2><div class='articlecomponent'>"
    "<ul class='enumeration'><li class='enumeration__item'><strong>Die Stadt rechnet mit einem "
    "Defizit.</strong> Mindestens 12 Millionen Franken fehlen im kommenden Jahr in der Kasse.</li>"
    "<li class='enumeration__item'><strong>Die Steuern bleiben gleich.</strong> Mehr als 40 "
    "Anträge auf eine Senkung des Steuerfusses wurden abgelehnt.</li></ul></div>"
)
# Inside the same body: lists a reader does not read as the story.
LINK_LIST = (
    "<ul><li><a href='/a'>Wie die Stadt ihre Schulden abbauen will und warum das noch dauert.</a></li>"
    "<li><a href='/b'>Der Finanzdirektor erklärt, weshalb die Steuern dieses Jahr nicht sinken.</a></li></ul>"
)
MENU = (
    "<ul class='story-tools'><li>Drucken</li><li>Teilen</li><li>Schriftgrösse</li>"
    "<li>Dieser Artikel wurde von unserer Redaktion für Sie ausgewählt und geprüft.</li></ul>"
)
RELATED = (
    "<div class='related-articles'><ul><li>Die Stadt hat im letzten Jahr ebenfalls ein Defizit "
    "ausgewiesen, das kleiner war als erwartet.</li><li>Der Kanton prüft eine Reform der "
    "Finanzausgleichs, die auch die Stadt betreffen würde.</li></ul></div>"
)


def _page(story: str, before: str = "") -> bytes:
    return (
        "<html lang='de'><head><meta charset='utf-8'><title>Budgetdebatte im Gemeinderat</title></head>"
        f"<body>{before}<div class='page'><h1>Budgetdebatte im Gemeinderat</h1><div class='fliesstext'>"
        f"{story}</div></div></body></html>"
    ).encode()


def _text(raw: bytes) -> str:
    (article,) = load_html("page.html", raw)
    return str(getattr(article, "text", ""))


def test_a_list_of_facts_in_the_body_is_kept_in_its_place() -> None:
    text = _text(_page(FILLER + FACT_LIST + MORE, before=TEASER_ARTICLE))
    assert "Mindestens 12 Millionen Franken fehlen im kommenden Jahr in der Kasse." in text
    assert "Mehr als 40 Anträge auf eine Senkung des Steuerfusses wurden abgelehnt." in text
    order = [text.index(s) for s in ("Die Debatte dauerte", "Mindestens 12 Millionen", "Die Verwaltung will")]
    assert order == sorted(order)


def test_link_lists_menus_and_related_lists_in_the_body_stay_out() -> None:
    text = _text(_page(FILLER + FACT_LIST + LINK_LIST + MENU + RELATED + MORE, before=TEASER_ARTICLE))
    assert "Mehr als 40 Anträge" in text  # the same page's fact list is kept
    furniture_lines = ("Schulden abbauen", "Steuern dieses", "Drucken", "unserer Redaktion", "Kanton")
    for furniture in furniture_lines:
        assert furniture not in text, furniture
    assert "Die Verwaltung will die Vorlage nun überarbeiten" in text


PERSON_BOX = (
    "<div class='expandable-box js-expandable-box' itemscope itemtype='http://schema.org/Person'>"
    "<div class='expandable-box__header' role='button'><div class='person-details'>"
    "<p class='person-details__name'>Anna Muster</p><p class='person-details__function'>Ökonomin</p>"
    "</div><span class='h-offscreen'>Personen-Box aufklappen</span></div>"
    "<div class='expandable-box__body'><div class='expandable-box__content'><p>Die Ökonomin Anna "
    "Muster ist Professorin für öffentliche Finanzen an der Universität Bern.</p></div></div></div>"
)


def test_an_expandable_person_box_in_an_interview_is_kept_but_not_its_labels() -> None:
    text = _text(_page(FILLER + PERSON_BOX + MORE))
    assert "Professorin für öffentliche Finanzen an der Universität Bern." in text
    assert "aufklappen" not in text
    order = [text.index(s) for s in ("Die Debatte dauerte", "Professorin für", "Die Verwaltung will")]
    assert order == sorted(order)


LEAD = (
    "Der Gemeinderat hat das Budget der Stadt nach vier Stunden Debatte zurückgewiesen. "
    "Die Finanzdirektorin war zuvor Präsidentin der Finanzkommission."
)


def test_the_lead_under_the_headline_opens_the_article_once() -> None:
    page = (
        "<html lang='de'><head><meta charset='utf-8'><title>Budgetdebatte</title></head><body>"
        "<main class='content'><div class='shunter'><div class='story-lead'><h1>Budget zurückgewiesen</h1>"
        f"<p class='story-lead-text'><strong>{LEAD}</strong></p>"
        "<div class='story-meta'><p class='share'>Teilen Sie diesen Artikel mit Ihren Freunden "
        "und Bekannten.</p>"
        f"</div></div><div class='story-content'>{FILLER}{MORE}</div></div></main></body></html>"
    ).encode()
    text = _text(page)
    assert text.startswith(LEAD)
    assert text.count("Präsidentin der Finanzkommission") == 1
    assert "Teilen Sie" not in text
