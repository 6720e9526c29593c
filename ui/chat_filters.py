"""The chat's filter row: which outlets, dates and language the next answers may cite.

The row only collects choices; :meth:`rag.Filters.of` checks them (its message
names the field, "since" or "until", as the row labels it) and retrieval applies
them, exactly as for the JSON API and ``byline ask --outlet/--since/--until``.
The outlet and language choices come from :meth:`rag.Engine.facets`, kept per
index generation, so filling them on every page load and after every upload
never reads the article list.

The dates are text boxes (``YYYY-MM-DD``) rather than ``gr.DateTime``: its
browser side silently keeps the previous value when the typed text is not in
its format, so a mistyped date would quietly answer from the whole archive;
a text box sends whatever was typed, and a bad date gets one clear message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from byline.errors import UserFacingError
from byline.settings import Settings
from rag import Filters, engine_for
from rag.catalog import Facets

ANY_LANGUAGE = "Any"

FilterValues = tuple[list[str] | None, str | None, str | None, str | None]
"""The row's values as Gradio passes them: outlets, since, until, language."""
NO_CHOICE: FilterValues = (None, None, None, None)


@dataclass(frozen=True)
class FilterRow:
    """The row's components; ``inputs`` are what an answer handler receives, as :data:`FilterValues`."""

    outlets: Any
    since: Any
    until: Any
    language: Any
    clear: Any

    @property
    def inputs(self) -> list[Any]:
        return [self.outlets, self.since, self.until, self.language]

    @property
    def choices(self) -> list[Any]:
        """The components :func:`filter_choices` refreshes."""
        return [self.outlets, self.language]

    def wire_clear(self) -> None:
        """*Clear filters* empties the row: the next answer draws on the whole archive again."""
        self.clear.click(lambda: ([], "", "", ANY_LANGUAGE), None, self.inputs, queue=False)


def build_filter_row() -> FilterRow:
    """The row, inside the current Blocks context; choices are filled by :func:`filter_choices`."""
    with gr.Row(elem_id="byline-filters"):
        outlets = gr.Dropdown(
            [],
            value=[],
            multiselect=True,
            allow_custom_value=True,  # an outlet removed since the page loaded admits nothing, not an error
            label="Outlets (all when empty)",
            scale=3,
            elem_id="byline-filter-outlets",
        )
        since = gr.Textbox(
            label="Since",
            placeholder="YYYY-MM-DD",
            max_lines=1,
            scale=1,
            min_width=130,
            elem_id="byline-since",
        )
        until = gr.Textbox(
            label="Until",
            placeholder="YYYY-MM-DD",
            max_lines=1,
            scale=1,
            min_width=130,
            elem_id="byline-until",
        )
        language = gr.Dropdown(
            [ANY_LANGUAGE],
            value=ANY_LANGUAGE,
            allow_custom_value=True,
            label="Language",
            scale=1,
            min_width=130,
            elem_id="byline-filter-language",
        )
        clear = gr.Button("Clear filters", size="sm", scale=0, min_width=90, elem_id="byline-filters-clear")
    return FilterRow(outlets, since, until, language, clear)


def chosen_filters(values: FilterValues) -> Filters:
    """The :class:`Filters` the row describes; a bad date raises the user-facing ``QuestionError``."""
    outlets, since, until, language = values
    tag = "" if language in (None, ANY_LANGUAGE) else language
    return Filters.of(outlets or [], (since or "").strip(), (until or "").strip(), tag)


def filter_choices(settings: Settings) -> tuple[Any, Any]:
    """Updates for the outlet and language menus from the live archive (values the reader chose stay)."""
    try:
        facets = engine_for(settings).facets()
    except UserFacingError:  # no index yet, or the Chroma server is down: offer nothing rather than fail
        facets = Facets()
    return gr.Dropdown(choices=list(facets.outlets)), gr.Dropdown(choices=[ANY_LANGUAGE, *facets.languages])


def filter_note(filters: Filters) -> str:
    """One line naming the filter an answer was limited to; ``""`` when it drew on the whole archive."""
    parts = []
    if filters.outlets:
        parts.append("from " + ", ".join(filters.outlets))
    if filters.since and filters.until:
        parts.append(f"dated {filters.since} to {filters.until}")
    elif filters.since:
        parts.append(f"dated {filters.since} or later")
    elif filters.until:
        parts.append(f"dated {filters.until} or earlier")
    if filters.language:
        parts.append(f"in language {filters.language}")
    return ("Only articles " + "; ".join(parts) + ".") if parts else ""
