"""The packaged model's question vectors: a question and its clauses from one model run."""

from __future__ import annotations

import numpy as np

from byline.embedding import load_encoder
from rag.query import clauses_of

QUESTION = (
    "Which company announced a recall of its electric scooters, "
    "and which city banned rental bikes from its bridges over the winter?"
)


def test_pooled_clause_vectors_stand_for_their_own_clause() -> None:
    encoder = load_encoder("minilm", threads=1)
    clauses = clauses_of(QUESTION, "en")
    assert len(clauses) == 2
    pooled = encoder.embed_question(QUESTION, clauses)
    separate = encoder.embed_queries([QUESTION, *clauses])
    assert pooled.shape == separate.shape
    # The question's own row is the question's vector, unchanged.
    assert np.allclose(pooled[0], separate[0], atol=1e-5)
    # Each clause's pooled vector is nearest to that clause embedded on its own, not to another clause.
    similarity = pooled[1:] @ separate[1:].T
    assert list(similarity.argmax(axis=1)) == list(range(len(clauses)))
    assert np.allclose(np.linalg.norm(pooled, axis=1), 1.0, atol=1e-5)


def test_a_part_missing_from_the_question_is_embedded_on_its_own() -> None:
    encoder = load_encoder("minilm", threads=1)
    vectors = encoder.embed_question("Who won the final?", ["a clause that is not in it"])
    assert np.allclose(vectors[1], encoder.embed_queries(["a clause that is not in it"])[0], atol=1e-5)


def test_clauses_embedded_in_one_batch_have_their_own_vectors() -> None:
    encoder = load_encoder("minilm", threads=2)
    texts = [QUESTION, "Which company announced a recall", "a scooter", "which city banned rental bikes"]
    together = encoder.embed_queries(texts)
    alone = np.vstack([encoder.embed([t], batch_size=1) for t in texts])
    assert np.allclose(together, alone, atol=1e-5)  # padding in the batch changes nothing
