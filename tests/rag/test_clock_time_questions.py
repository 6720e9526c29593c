"""A question asking a time of day quotes the sentence that tells one.

"¿A qué hora debía llegar a Monterrey el avión…?" asks for no kind the short answer reads, so
the answer quoted the sentences most like the question ("…debía llegar a Monterrey ya fueron
encontrados…") and left out the one saying "a las 6:30 de la tarde". Such a sentence is now the
asked-for thing, as a sentence naming "the letter" is for "Which letter…?". Indexed with the real
model into real Chroma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.mentions import tells_time
from rag.question_kind import asks_clock_time
from tests.helpers import assert_answered_from, indexed_folder

ARTICLES = {
    "avioneta.txt": (
        "Encuentran avioneta desaparecida en Durango\n"
        "Torreón.- Los restos de la avioneta ejecutiva que partió de Tucson y debía llegar a Torreón ya "
        "fueron encontrados en Durango. Autoridades de Durango y Coahuila investigan la desaparición de "
        "la avioneta ejecutiva que viajaba de Tucson a Torreón. La avioneta partió ayer del aeropuerto "
        "de Tucson y se esperaba que llegara a Torreón a las 7:45 de la noche, pero se perdió contacto "
        "con la aeronave cuando volaba por Lerdo."
    ),
}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return indexed_folder(tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("home"), ARTICLES)


def test_the_sentence_telling_the_time_is_quoted(home: Path) -> None:
    question = "¿A qué hora debía llegar a Torreón la avioneta ejecutiva desaparecida?"
    assert_answered_from(home, question, "a las 7:45 de la noche", "avioneta.txt")


@pytest.mark.fast
def test_clock_times_asked_and_told() -> None:
    assert asks_clock_time("¿A qué hora debía llegar el avión?")
    assert asks_clock_time("Um wie viel Uhr beginnt das Spiel?")
    assert not asks_clock_time("¿Cuántas horas duró el vuelo?")
    assert tells_time("Se esperaba que llegara a las 6:30 de la tarde.")
    assert tells_time("Das Spiel beginnt um 16 Uhr.")
    assert not tells_time("Hubo 18 heridos.")
