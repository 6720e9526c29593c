"""BM25 scoring as pure functions over postings, one per formula part, each citing its source.

The keyword engine keeps term frequencies, not scores, so adding or deleting a
passage never invalidates what is stored: idf and the average length are
computed from the live documents at question time. The variant is the one the
previous bm25s index used (bm25s ``method="lucene"``), so scores are unchanged.
"""

from __future__ import annotations

import numpy as np

K1 = 1.5
B = 0.75


def idf_lucene(df: int | np.ndarray, n_docs: int) -> np.ndarray:
    """Lucene's BM25 idf, never negative: ln(1 + (N − df + 0.5) / (df + 0.5)).

    Source: Lucene ``BM25Similarity.idf``; Kamphuis et al., "Which BM25 Do You
    Mean? A Large-Scale Reproducibility Study of Scoring Variants" (ECIR 2020).
    """
    df = np.asarray(df, dtype=np.float64)
    return np.log1p((n_docs - df + 0.5) / (df + 0.5))


def tf_lucene(
    tf: np.ndarray, doc_len: np.ndarray, avg_len: float, k1: float = K1, b: float = B
) -> np.ndarray:
    """Lucene's saturated term frequency tf / (tf + k1 · (1 − b + b · |d| / avgdl)).

    Source: Lucene ``BM25Similarity`` (without the constant (k1 + 1) factor,
    which does not change rankings); Kamphuis et al. (ECIR 2020), "Lucene (default)".
    """
    tf = tf.astype(np.float32)
    norm = k1 * ((1.0 - b) + b * doc_len.astype(np.float32) / np.float32(max(avg_len, 1e-9)))
    return tf / (tf + norm)
