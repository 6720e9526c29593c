"""Score fusion in hybrid retrieval: scaling, top rows, one article's share of the top k, named bonus."""

from __future__ import annotations

import numpy as np
import pytest

from byline.settings import Settings
from rag.query import QueryPlan, plan_query
from rag.retriever import SCALE_PASSAGES, HybridRetriever, diversify, named_bonus, scaled, top_rows
from store.local_index import LocalIndex
from store.segment import PassageRow

pytestmark = pytest.mark.fast

CFG = Settings(home="/nonexistent")
OUTLETS = ["Fortune", "The Age", "TechCrunch", "The Verge", "The Independent - Life and Style"]


def test_scaling_puts_the_best_score_at_one_so_rankings_add_up_fairly() -> None:
    assert scaled(np.array([2.0, 1.0, 0.0])).tolist() == [1.0, 0.5, 0.0]
    assert scaled(np.array([40.0, 10.0])).tolist() == [1.0, 0.25]


def test_scaling_leaves_all_zero_and_empty_scores_alone() -> None:
    assert scaled(np.zeros(3)).tolist() == [0.0, 0.0, 0.0]
    assert scaled(np.array([])).size == 0


def test_top_rows_are_the_highest_positive_scores() -> None:
    scores = np.array([0.1, 0.9, 0.0, 0.5, 0.7])
    assert sorted(top_rows(scores, 3)) == [1, 3, 4]


def test_top_rows_never_include_passages_that_matched_nothing() -> None:
    assert top_rows(np.array([0.0, 0.3, 0.0]), 3) == [1]
    assert top_rows(np.array([0.5, 0.2]), 0) == [] and top_rows(np.array([]), 5) == []


def test_top_rows_ask_for_more_than_there_are() -> None:
    assert sorted(top_rows(np.array([0.2, 0.4]), 10)) == [0, 1]


def test_one_article_gets_at_most_its_share_of_the_top_k() -> None:
    ranked = ["a1", "a2", "a3", "a4", "b1", "c1"]
    doc_of = {c: c[0] for c in ranked}
    assert diversify(ranked, doc_of, k=4, per_doc=2) == ["a1", "a2", "b1", "c1"]


def test_held_back_passages_fill_the_top_k_when_nothing_else_is_left() -> None:
    ranked = ["a1", "a2", "a3", "b1"]
    doc_of = {c: c[0] for c in ranked}
    assert diversify(ranked, doc_of, k=4, per_doc=1) == ["a1", "b1", "a2", "a3"]


def test_diversify_keeps_rank_order_and_length() -> None:
    ranked = [f"x{i}" for i in range(10)]
    assert diversify(ranked, {}, k=3, per_doc=1) == ["x0", "x1", "x2"]


def test_no_bonus_when_the_question_names_neither_outlet_nor_date() -> None:
    assert named_bonus(QueryPlan("q"), "Fortune", "2023-10-05", CFG) == 0.0


def test_the_named_outlet_earns_the_outlet_bonus_others_none() -> None:
    plan = QueryPlan("q", outlets=frozenset({"Fortune"}))
    assert named_bonus(plan, "Fortune", "", CFG) == CFG.outlet_boost
    assert named_bonus(plan, "The Age", "", CFG) == 0.0


def test_a_named_date_weighs_more_than_a_named_outlet() -> None:
    plan = QueryPlan("q", outlets=frozenset({"Fortune"}), dates=frozenset({"2023-10-05"}))
    date_only = named_bonus(plan, "The Age", "2023-10-05", CFG)
    outlet_only = named_bonus(plan, "Fortune", "2023-01-01", CFG)
    assert date_only > outlet_only > 0
    assert named_bonus(plan, "Fortune", "2023-10-05", CFG) == pytest.approx(CFG.outlet_boost + CFG.date_boost)


def test_an_article_without_outlet_or_date_keeps_a_small_share() -> None:
    plan = QueryPlan("q", outlets=frozenset({"Fortune"}), dates=frozenset({"2023-10-05"}))
    unknown = named_bonus(plan, "", "", CFG)
    assert unknown == pytest.approx(2 * CFG.unknown_boost)
    assert 0 < unknown < named_bonus(plan, "Fortune", "", CFG) + CFG.unknown_boost
    assert named_bonus(plan, "The Age", "2023-01-01", CFG) == 0.0, "a different outlet and day earn nothing"


def test_scores_are_scaled_per_ranking_and_top_rows_skip_zeros() -> None:
    scores = np.array([0.0, 4.0, 2.0, 0.0, 1.0], dtype=np.float32)
    assert scaled(scores).tolist() == [0.0, 1.0, 0.5, 0.0, 0.25]
    assert scaled(np.zeros(3)).tolist() == [0.0, 0.0, 0.0]
    assert sorted(top_rows(scores, 2)) == [1, 2]
    assert sorted(top_rows(scores, 10)) == [1, 2, 4], "passages without a matching term are no candidates"


def test_diversity_caps_passages_per_article_but_fills_k() -> None:
    ranked = ["a1", "a2", "a3", "b1", "c1"]
    doc_of = {cid: cid[0] for cid in ranked}
    assert diversify(ranked, doc_of, k=3, per_doc=1) == ["a1", "b1", "c1"]
    assert diversify(ranked, doc_of, k=5, per_doc=2) == ["a1", "a2", "b1", "c1", "a3"]


def test_a_named_date_outweighs_a_named_outlet_and_missing_metadata_is_not_a_mismatch() -> None:
    plan = plan_query("What did Fortune report on October 6, 2023, about interest rates?", OUTLETS)
    that_day_elsewhere = named_bonus(plan, "The Age", "2023-10-06", CFG)
    fortune_other_day = named_bonus(plan, "Fortune", "2023-11-01", CFG)
    fortune_that_day = named_bonus(plan, "Fortune", "2023-10-06", CFG)
    unknown = named_bonus(plan, "", "", CFG)
    other_outlet_other_day = named_bonus(plan, "The Verge", "2023-11-01", CFG)
    assert fortune_that_day > that_day_elsewhere > fortune_other_day, "the day is the sharper clue"
    assert that_day_elsewhere > unknown > other_outlet_other_day == 0.0, "no metadata is not a mismatch"
    assert named_bonus(plan_query("Who runs OpenAI?", OUTLETS), "", "", CFG) == 0.0


def test_best_sentences_of_the_question_and_its_clauses_in_one_pass_keep_each_query_s_scale() -> None:
    """One call for every query must give what scoring each query over its own rows gave."""
    texts = [
        "The mayor opened the harbour bridge. Crowds cheered the mayor.",
        "The harbour board met on Tuesday. The bridge stayed closed.",
        "A storm hit the harbour. The mayor spoke about the storm.",
        "Tuesday's vote on the bridge was delayed. The board will meet again.",
    ]
    rows = []
    for i, text in enumerate(texts):
        cut = text.index(". ") + 1
        spans = np.asarray([(0, cut), (cut + 1, len(text))], dtype=np.int32)
        rows.append(PassageRow(f"p{i}", text, {"start": 0}, spans, np.zeros(384, dtype=np.int8)))
    index = LocalIndex(0).applied(1, [], rows[:2]).applied(2, [], rows[2:])
    queries = ["mayor harbour bridge storm", "harbour bridge", "storm mayor", "board Tuesday"]
    scores = index.scores_many(queries)
    asked = [3, 0]
    got = HybridRetriever.best_sentences(index, asked, queries, None, None, scores)
    want = np.zeros(len(asked), dtype=np.float32)
    for query, passage in zip(queries, scores, strict=True):
        own = np.concatenate([asked, top_rows(passage, SCALE_PASSAGES)]).astype(np.int64)
        found = index.best_sentence_scores_at(own, [query])[0]
        want = np.maximum(want, found[: len(asked)] / found.max())
    assert got.all() and np.array_equal(got, want)
