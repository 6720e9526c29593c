"""Hybrid retrieval parts on small corpora: fusion, diversity, query analysis, BM25 in sync."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from byline.settings import Settings
from index import index_paths, remove_articles
from rag import engine_for, retrieve
from rag.query import plan_query
from rag.retriever import diversify, named_bonus, scaled, top_rows
from store.chroma import Store
from store.local_index import LocalIndex
from store.segment import PassageRow

OUTLETS = ["Fortune", "The Age", "TechCrunch", "The Verge", "The Independent - Life and Style"]


@pytest.mark.fast
def test_scores_are_scaled_per_ranking_and_top_rows_skip_zeros() -> None:
    scores = np.array([0.0, 4.0, 2.0, 0.0, 1.0], dtype=np.float32)
    assert scaled(scores).tolist() == [0.0, 1.0, 0.5, 0.0, 0.25]
    assert scaled(np.zeros(3)).tolist() == [0.0, 0.0, 0.0]
    assert sorted(top_rows(scores, 2)) == [1, 2]
    assert sorted(top_rows(scores, 10)) == [1, 2, 4], "passages without a matching term are no candidates"


@pytest.mark.fast
def test_diversity_caps_passages_per_article_but_fills_k() -> None:
    ranked = ["a1", "a2", "a3", "b1", "c1"]
    doc_of = {cid: cid[0] for cid in ranked}
    assert diversify(ranked, doc_of, k=3, per_doc=1) == ["a1", "b1", "c1"]
    assert diversify(ranked, doc_of, k=5, per_doc=2) == ["a1", "a2", "b1", "c1", "a3"]


@pytest.mark.fast
def test_query_analysis_finds_clauses_outlets_and_dates() -> None:
    plan = plan_query(
        "Which individual inflated the value of a Manhattan apartment, according to 'Fortune', "
        "and is also accused of adjusting its valuation to mask a loss, as reported by 'The Age'?",
        OUTLETS,
    )
    assert plan.outlets == {"Fortune", "The Age"}
    assert plan.clauses[0] == "Which individual inflated the value of a Manhattan apartment"
    assert any("adjusting its valuation to mask a loss" in c for c in plan.clauses)
    dated = plan_query(
        "Did The Independent - Life and Style change its view between the report published on "
        "September 28, 2023, and the one on 2023-12-18?",
        OUTLETS,
    )
    assert dated.outlets == {"The Independent - Life and Style"}, "the longest outlet name wins"
    assert dated.dates == {"2023-09-28", "2023-12-18"}
    assert plan_query("What did the age of steam bring?", OUTLETS).outlets == frozenset()
    assert plan_query("Who is the US ambassador to Canada?").clauses == ()


def keyword_index(rows: list[tuple[str, str, dict]], spans: dict | None = None) -> LocalIndex:
    """A one-segment keyword index over (id, text, metadata) rows; ``spans`` gives sentences per id."""
    built = []
    for cid, text, meta in rows:
        own = np.asarray((spans or {}).get(cid, []), dtype=np.int32).reshape(-1, 2)
        built.append(PassageRow(cid, text, meta, own, np.zeros(384, dtype=np.int8)))
    return LocalIndex(0).applied(1, [], built)


@pytest.mark.fast
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


@pytest.mark.fast
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


@pytest.mark.fast
def test_a_named_date_outweighs_a_named_outlet_and_missing_metadata_is_not_a_mismatch() -> None:
    plan = plan_query("What did Fortune report on October 6, 2023, about interest rates?", OUTLETS)
    cfg = Settings(home=Path("/nonexistent"))
    that_day_elsewhere = named_bonus(plan, "The Age", "2023-10-06", cfg)
    fortune_other_day = named_bonus(plan, "Fortune", "2023-11-01", cfg)
    fortune_that_day = named_bonus(plan, "Fortune", "2023-10-06", cfg)
    unknown = named_bonus(plan, "", "", cfg)
    other_outlet_other_day = named_bonus(plan, "The Verge", "2023-11-01", cfg)
    assert fortune_that_day > that_day_elsewhere > fortune_other_day, "the day is the sharper clue"
    assert that_day_elsewhere > unknown > other_outlet_other_day == 0.0, "no metadata is not a mismatch"
    assert named_bonus(plan_query("Who runs OpenAI?", OUTLETS), "", "", cfg) == 0.0


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bm25_and_vectors_stay_in_sync_after_update_and_delete(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    _write(
        docs,
        "volcano.txt",
        "Volcano erupts\nMount Ferrand erupted on Sunday, covering the valley in ash.",
    )
    _write(
        docs,
        "orchestra.txt",
        "Orchestra tour\nThe Lindqvist orchestra starts a tour of twelve cities.",
    )
    settings = Settings(home=tmp_path / "home")
    index_paths([docs], settings)
    engine = engine_for(settings)

    def ids_in_keyword_index() -> set[str]:
        return set(engine.retriever.keyword_index().position())

    def ids_in_chroma() -> set[str]:
        return {cid for cid, _ in Store(settings).chunk_metadata()}

    assert ids_in_keyword_index() == ids_in_chroma()
    _write(
        docs,
        "volcano.txt",
        "Volcano calms\nMount Ferrand stopped erupting on Monday; residents return.",
    )
    index_paths([docs], settings)
    assert "Monday" in retrieve("Ferrand erupting residents", k=1, settings=settings)[0].text
    assert ids_in_keyword_index() == ids_in_chroma()
    assert not any("Sunday" in p.text for p in retrieve("Ferrand ash valley", k=5, settings=settings))

    removed = remove_articles(settings, [str(docs / "orchestra.txt")])
    assert len(removed) == 1
    assert ids_in_keyword_index() == ids_in_chroma()
    assert all("Lindqvist" not in p.text for p in retrieve("Lindqvist orchestra", k=5, settings=settings))
