"""Passage text and sentence vectors come back from their packed metadata, or are refused when damaged."""

from __future__ import annotations

import base64
import logging

import numpy as np
import pytest

from store import packed, schema, sentence_codec
from store.records import passage_row, stored_chunk, text_fields

pytestmark = pytest.mark.fast

TEXT = (
    "Le maire de Lyon a confirmé mardi la fermeture du pont Wilson à la circulation automobile. "
    "« Les travaux dureront deux ans et coûteront 48 millions d'euros », a-t-il déclaré devant le "
    "conseil municipal. Les bus seront déviés par le pont de la Guillotière, et les piétons pourront "
    "traverser sur une passerelle provisoire installée en amont. L'opposition a dénoncé un chantier "
    "mal préparé : selon elle, les commerçants des quais n'ont pas été consultés. La préfecture du "
    "Rhône a publié un arrêté interdisant le stationnement des poids lourds sur les quais pendant la "
    "durée du chantier. Les premiers engins arriveront le 3 mars ; la réouverture est prévue au "
    "printemps 2028, si le calendrier est tenu."
)


def unit_rows(n: int, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(n, 384)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_a_long_value_is_split_into_pieces_that_fit_an_index_page_and_read_back_whole() -> None:
    data = bytes(range(256)) * 20
    fields = packed.encode("sv", data)
    assert list(fields) == packed.piece_keys("sv", len(fields)) and len(fields) > 5
    assert all(len(v) <= packed.PIECE_CHARS for v in fields.values())
    assert packed.decode(fields, "sv") == data
    assert packed.decode(packed.encode("sv", b""), "sv") == b""


def test_pieces_left_by_an_earlier_longer_value_are_neither_read_nor_kept() -> None:
    meta = {**packed.encode("sv", b"x" * 4000), **packed.encode("sv", b"short")}
    assert "sv.4" in meta  # Chroma keeps keys an update does not name
    assert packed.decode(meta, "sv") == b"short"
    packed.remove(meta, "sv")
    assert meta == {}


@pytest.mark.parametrize("damage", ["flip", "drop_piece", "truncate", "not_packed"])
def test_a_damaged_value_is_refused(damage: str) -> None:
    meta: dict[str, str] = packed.encode("sv", bytes(range(256)) * 8)
    if damage == "flip":
        body = meta["sv.1"]
        meta["sv.1"] = body[:10] + ("0" if body[10] != "0" else "1") + body[11:]
    elif damage == "drop_piece":
        del meta["sv.2"]
    elif damage == "truncate":
        meta["sv.2"] = meta["sv.2"][:-5]
    else:
        meta["sv"] = "no pieces here"
    with pytest.raises(ValueError):
        packed.decode(meta, "sv")


def test_passage_text_round_trips_deflated_and_older_plain_text_is_still_read() -> None:
    fields = text_fields(TEXT)
    assert sum(len(v) for v in fields.values()) < 0.8 * len(TEXT.encode("utf-8"))
    chunk = stored_chunk("a:1234abcd:0", {**fields, schema.TITLE: "Pont"})
    assert chunk.text == TEXT
    assert chunk.metadata == {schema.TITLE: "Pont"}
    assert stored_chunk("a:1234abcd:0", {schema.TEXT: "plain", schema.TITLE: "Pont"}).text == "plain"


def test_damaged_text_is_read_as_empty_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    fields = text_fields(TEXT)
    head, _, body = fields[schema.TEXT_PACKED].partition(":")
    fields[schema.TEXT_PACKED] = f"{head}:{body[::-1]}"
    with caplog.at_level(logging.WARNING):
        row = passage_row("a:1234abcd:0", fields, np.ones(384, dtype=np.float32))
    assert row.text == "" and "damaged text" in caplog.text


def test_sentence_vectors_of_an_older_index_are_read_as_they_were_stored() -> None:
    """``"<bits>:<base64>"`` under ``sentence_vectors``: what indexes written before this format hold."""
    spans = np.array([[0, 40], [41, 90]], dtype=np.int32)
    vectors = unit_rows(2)
    codes, scale = sentence_codec.quantized(vectors, 8)
    payload = scale.astype(np.float16).tobytes() + codes.tobytes()
    old_vectors = "8:" + base64.b64encode(payload).decode()
    old = {schema.SENTENCE_SPANS: "0-40 41-90", schema.SENTENCE_VECTORS: old_vectors}
    new = sentence_codec.encode(spans, vectors, 8)
    assert schema.SENTENCE_VECTORS not in new and sentence_codec.width(new) == 8
    for meta in (old, new):
        got_spans, got = sentence_codec.decode(meta)
        assert np.array_equal(got_spans, spans)
        assert (got * vectors).sum(axis=1).min() > 0.999
    assert np.array_equal(sentence_codec.decode(old)[1], sentence_codec.decode(new)[1])


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 5, 37, 1024, 4701])
def test_base85_is_the_standard_librarys_both_ways(size: int) -> None:
    data = np.random.default_rng(size).integers(0, 256, size, dtype=np.uint8).tobytes()
    text = base64.b85encode(data).decode("ascii")
    assert packed.b85encode(data) == text
    assert packed.b85decode(text) == data


@pytest.mark.parametrize("text", ['abc"', "é", "~~~~~"])
def test_text_that_is_not_base85_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        packed.b85decode(text)
