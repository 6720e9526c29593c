"""The segmented keyword engine: incremental updates give exactly what a fresh build gives; rare terms
and a fact stated in one sentence rank first."""

from __future__ import annotations

import numpy as np
import pytest

from store import schema
from store.local_index import LocalIndex, tiered_merge
from store.segment import PassageRow, Segment

pytestmark = pytest.mark.fast

WORDS = (
    "minister talks tariff trade steel border election vote court ruling storm flood "
    "market shares bank rate union strike league final goal coach transfer"
).split()


def article_row(cid: str, seed: int, publisher: str = "Daily") -> PassageRow:
    """A passage of three sentences drawn from a fixed vocabulary, with unit int8 sentence vectors."""
    rng = np.random.default_rng(seed)
    sentences = [" ".join(rng.choice(WORDS, size=int(rng.integers(4, 9)))) + "." for _ in range(3)]
    text = " ".join(sentences)
    spans, at = [], 100
    for sentence in sentences:
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 1
    vector = rng.normal(size=384).astype(np.float32)
    vector /= np.linalg.norm(vector)
    meta = {
        schema.TITLE: f"Story {seed}",
        schema.PUBLISHER: publisher,
        schema.DATE: "2024-01-01",
        schema.START: 100,
    }
    return PassageRow(
        cid, text, meta, np.asarray(spans, dtype=np.int32), np.rint(vector * 127).astype(np.int8)
    )


def scores_by_id(index: LocalIndex, query: str) -> dict[str, tuple[float, float]]:
    whole, best = index.scores(query), index.best_sentence_scores(query)
    return {cid: (float(whole[row]), float(best[row])) for cid, row in index.position().items()}


QUERIES = ["minister tariff talks", "storm flood court", "league final goal coach", "bank rate strike"]


def test_many_small_updates_score_exactly_like_a_fresh_build() -> None:
    live: dict[str, PassageRow] = {}
    index = LocalIndex(0)
    for step in range(40):  # adds, edits (new version, old deleted) and deletes, one small run each
        touched = [f"p{step}"]
        rows = [article_row(f"p{step}", step)]
        if step % 3 == 2:
            touched.append(f"p{step - 2}")  # p(step-2) edited: re-added with new text
            rows.append(article_row(f"p{step - 2}", 1000 + step))
        if step % 5 == 4:
            touched.append(f"p{step - 1}")  # deleted
        for cid in touched:
            live.pop(cid, None)
        live.update({r.chunk_id: r for r in rows})
        index = index.applied(step + 1, touched, rows)
    assert len(index.segments) < 40, "small segments are merged as they accumulate"
    fresh = Segment.build(sorted(live.values(), key=lambda r: r.chunk_id))
    reference = LocalIndex(99, [fresh], [np.zeros(len(fresh), dtype=bool)])
    assert set(index.position()) == set(live)
    for query in QUERIES:
        got, want = scores_by_id(index, query), scores_by_id(reference, query)
        assert got.keys() == want.keys()
        for cid in want:
            assert got[cid] == pytest.approx(want[cid], rel=1e-5, abs=1e-6), (query, cid)
    probe = np.ones((1, 384), dtype=np.float32) / np.sqrt(384)
    ids = sorted(live)
    assert np.array_equal(index.similarity(ids, probe), reference.similarity(ids, probe))


def test_deleted_passages_are_never_found() -> None:
    rows = [article_row(f"p{i}", i) for i in range(6)]
    index = LocalIndex(0).applied(1, [], rows).applied(2, ["p3"], [])
    assert "p3" not in index.position()
    assert index.similarity(["p3"], np.ones((1, 384), dtype=np.float32)).tolist() == [0.0]
    scores = index.scores(" ".join(WORDS))
    assert np.count_nonzero(scores) == 5


def test_outlets_and_idf_follow_deletions() -> None:
    index = LocalIndex(0).applied(1, [], [article_row("a", 1, "Alpha"), article_row("b", 2, "Beta")])
    assert index.outlets() == {"Alpha", "Beta"}
    index = index.applied(2, ["b"], [])
    assert index.outlets() == {"Alpha"}


def test_tiered_merge_keeps_every_live_passage() -> None:
    segments = [Segment.build([article_row(f"s{i}", i)]) for i in range(9)]
    deleted = [np.zeros(1, dtype=bool) for _ in segments]
    deleted[4][0] = True
    merged, dead = tiered_merge(segments, deleted)
    ids = sorted(
        cid for s, d in zip(merged, dead, strict=True) for cid, gone in zip(s.ids, d, strict=True) if not gone
    )
    assert ids == sorted(f"s{i}" for i in range(9) if i != 4)
    assert len(merged) < 8


def test_segments_past_the_merge_limit_are_left_alone_until_mostly_deleted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A process following the index never builds a merge of its largest segments in memory."""
    monkeypatch.setattr("store.local_index.MERGE_LIMIT", 2)  # stands for 16,384 live passages
    large = [Segment.build([article_row(f"l{i}a", i), article_row(f"l{i}b", 10 + i)]) for i in range(4)]
    merged, _ = tiered_merge(large, [np.zeros(2, dtype=bool) for _ in large])
    assert [s.name for s in merged] == [s.name for s in large], "four of one tier, but past the limit"

    worn = Segment.build([article_row(f"w{i}", 20 + i) for i in range(3)])
    merged, dead = tiered_merge([worn], [np.asarray([True, False, True])])
    assert [s.ids for s in merged] == [["w1"]] and not dead[0].any(), "two thirds deleted: rewritten"


def keyword_index(rows: list[tuple[str, str, dict]], spans: dict | None = None) -> LocalIndex:
    """A one-segment keyword index over (id, text, metadata) rows; ``spans`` gives sentences per id."""
    built = []
    for cid, text, meta in rows:
        own = np.asarray((spans or {}).get(cid, []), dtype=np.int32).reshape(-1, 2)
        built.append(PassageRow(cid, text, meta, own, np.zeros(384, dtype=np.int8)))
    return LocalIndex(0).applied(1, [], built)


def test_keyword_index_ranks_rare_terms() -> None:
    rows = [
        ("1", "The harbour bridge reopened after repairs.", {"publisher": "The Age"}),
        ("2", "The bridge tournament was won by a local pair.", {"publisher": "Fortune"}),
        ("3", "Repairs to the harbour cost millions.", {"publisher": "Fortune"}),
    ]
    kw = keyword_index(rows)
    scores = kw.scores("harbour bridge repairs")
    assert max(kw.position(), key=lambda cid: scores[kw.position()[cid]]) == "1"
    assert not kw.scores("zeppelin").any()
    assert kw.idf("zeppelin") > kw.idf("harbour")
    assert kw.outlets() == {"The Age", "Fortune"}


def test_best_sentence_keyword_score_favours_a_fact_stated_in_one_sentence() -> None:
    # Passage "a" states the fact in one sentence; "b" scatters the same words over
    # several sentences and repeats them, which passage-level BM25 rewards.
    a = "Weather was mild. The mayor opened the harbour bridge on Tuesday. Crowds were small."
    b = "The mayor spoke. The harbour flooded. A bridge closed. The mayor and the harbour board met."
    rows = [("a", a, {"start": 0}), ("b", b, {"start": 100})]

    def spans(text: str, base: int) -> list[tuple[int, int]]:
        out, at = [], 0
        for piece in text.split(". "):
            out.append((base + at, base + at + len(piece)))
            at += len(piece) + 2
        return out

    kw = keyword_index(rows, {"a": spans(a, 0), "b": spans(b, 100)})
    row = kw.position()
    question = "What about the mayor and the harbour bridge?"
    assert kw.scores(question)[row["b"]] > kw.scores(question)[row["a"]], (
        "passage BM25 prefers scattered words"
    )
    best = kw.best_sentence_scores(question)
    assert best[row["a"]] > best[row["b"]], "the one sentence that states the fact wins"


def test_exact_vector_search_finds_the_nearest_live_admitted_passages() -> None:
    rows = [article_row(f"p{i}", i) for i in range(12)]
    index = LocalIndex(0).applied(1, [], rows[:8]).applied(2, ["p2"], rows[8:])  # two segments, p2 dead
    vectors = {r.chunk_id: r.vector.astype(np.float32) / 127 for r in rows}
    target = vectors["p9"] + 0.2 * vectors["p4"]
    probe = (target / np.linalg.norm(target)).reshape(1, -1)
    expected = sorted((cid for cid in vectors if cid != "p2"), key=lambda c: -float(vectors[c] @ probe[0]))
    assert index.nearest(probe, 3) == [expected[:3]]
    assert expected[0] == "p9"
    # the dead passage is never returned, even when it is the nearest one
    assert "p2" not in index.nearest(vectors["p2"].reshape(1, -1), 11)[0]
    # a filter admits only some rows: the nearest among those
    admitted = np.asarray([1.0 if cid in {"p4", "p5"} else 0.0 for cid in index.ids])
    assert index.nearest(probe, 5, admitted) == [
        ["p4", "p5"] if expected.index("p4") < expected.index("p5") else ["p5", "p4"]
    ]


def updated_and_fresh() -> tuple[LocalIndex, LocalIndex]:
    """The same live passages twice: after adds, edits and deletes (several segments), and built at once."""
    live: dict[str, PassageRow] = {}
    index = LocalIndex(0)
    for step in range(12):
        rows = [article_row(f"p{step}", step), article_row(f"q{step}", 500 + step)]
        touched = [r.chunk_id for r in rows]
        if step % 3 == 2:
            rows.append(article_row(f"p{step - 2}", 1000 + step))  # an edit: the old version is deleted
            touched.append(f"p{step - 2}")
        if step % 4 == 3:
            touched.append(f"q{step - 1}")  # a removal
        for cid in touched:
            live.pop(cid, None)
        live.update({r.chunk_id: r for r in rows})
        index = index.applied(step + 1, touched, rows)
    fresh = Segment.build(sorted(live.values(), key=lambda r: r.chunk_id))
    return index, LocalIndex(99, [fresh], [np.zeros(len(fresh), dtype=bool)])


def test_scores_over_segments_with_deletions_are_the_same_floats_as_a_fresh_build() -> None:
    """A term's hits are gathered over every segment, dead rows left out: not one score may move."""
    index, fresh = updated_and_fresh()
    assert len(index.segments) > 1 and any(d.any() for d in index.deleted), "the case needs both"
    ids = sorted(fresh.position())
    got_rows = np.asarray([index.position()[cid] for cid in ids])
    want_rows = np.asarray([fresh.position()[cid] for cid in ids])
    for got, want in zip(index.scores_many(QUERIES), fresh.scores_many(QUERIES), strict=True):
        assert np.array_equal(got[got_rows], want[want_rows])
        assert not np.delete(got, got_rows).any(), "deleted passages score nothing"
    got = index.best_sentence_scores_at(got_rows, QUERIES)
    want = fresh.best_sentence_scores_at(want_rows, QUERIES)
    assert got.any() and np.array_equal(got, want)


def test_best_sentences_of_several_queries_at_once_equal_each_query_alone() -> None:
    """The question and its clauses share terms, scored once for all; each query's scores stay its own."""
    index, _ = updated_and_fresh()
    live = np.flatnonzero(index.live)
    rows = np.concatenate([live[::-2], live[::-2][:3]])  # any order, three rows asked twice
    together = index.best_sentence_scores_at(rows, QUERIES)
    for q, query in enumerate(QUERIES):
        alone = index.best_sentence_scores_at(rows, [query])[0]
        assert alone.any() and np.array_equal(together[q], alone), query
    assert np.array_equal(together[:, -3:], together[:, :3])
