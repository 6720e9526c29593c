"""The kinds of answer a question may ask for (``rag.question_kind`` reads which one a question asks).

Their own module so that the question-word tables (``rag.kind_patterns``) and the reading of a
question can both name them without importing each other.
"""

from __future__ import annotations

from enum import Enum


class Kind(Enum):
    """What a question asks for."""

    PERSON = "person"
    ORG = "organisation"
    PLACE = "place"
    NAME = "name"  # a thing that is named: product, film, team… ("what is the name of")
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    DURATION = "duration"
    AGE = "age"  # "how old": "Eloise Parry, 21,", "the 106-year-old schooner"
    CHANGE = "change"  # a share or a change: "by how much…", "how much of…" (a percentage, an amount)


FIGURES = frozenset({Kind.MONEY, Kind.NUMBER, Kind.CHANGE, Kind.AGE})  # answered with a figure
