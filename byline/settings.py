"""The one settings object of Byline.

Every component receives a :class:`Settings` instance from its caller; nothing
reads the environment at import time. Values come from keyword arguments, then
``BYLINE_*`` environment variables, then the defaults below.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# How the extractive answer's doubts decide a refusal (``rag.doubts``).
RefusalPolicy = Literal["any", "off"]


class Settings(BaseSettings):
    """Where the index lives and how Byline indexes, retrieves and answers."""

    model_config = SettingsConfigDict(env_prefix="BYLINE_", extra="ignore")

    home: Path = Field(
        default=Path(".byline"),
        description="Data folder holding the index (Chroma store and keyword index).",
    )
    chroma_url: str | None = Field(
        default=None,
        description="http://HOST:PORT of a Chroma server; unset means the embedded store in home.",
    )
    collection: str = Field(
        default="byline",
        description="Name stem of the Chroma collections (chunks and article registry).",
    )

    auth: str | None = Field(
        default=None, repr=False, description="USER:PASSWORD for the chat's login (BYLINE_AUTH)."
    )
    auth_file: Path | None = Field(default=None, description="File of USER:PASSWORD lines for the login.")
    api_keys: SecretStr | None = Field(
        default=None, repr=False, description="Comma-separated Bearer keys for the HTTP API, OpenAI and MCP."
    )
    api_keys_file: Path | None = Field(default=None, description="File of API keys, one a line.")

    # Serving: who may reach the chat (see ui/guard.py) and how much one upload may add.
    allowed_hosts: str = Field(
        default="",
        description="Comma-separated extra Host names accepted (a proxy's public name); "
        "the address the server is bound to is always accepted.",
    )
    allowed_origins: str = Field(
        default="",
        description="Comma-separated extra origins (https://host[:port]) whose pages may call the server.",
    )
    login_free_tries: int = Field(default=5, ge=1, description="Wrong passwords in a row before back-off.")
    login_first_wait: float = Field(default=5.0, gt=0, description="First back-off in seconds; doubles.")
    login_max_wait: float = Field(default=300.0, gt=0, description="Longest back-off in seconds.")
    upload_max_articles: int = Field(default=500, ge=1, description="Most articles one upload may add.")
    upload_max_bytes: int = Field(default=50_000_000, ge=1, description="Most bytes one upload may hold.")

    # Chunking: passages a reader can check at a glance (issue 3 caps them at 1,500 chars).
    chunk_chars: int = Field(default=1500, ge=200, le=1500)
    chunk_overlap_chars: int = Field(default=300, ge=0, le=600)
    max_file_bytes: int = Field(
        default=20_000_000,
        description="Larger files are skipped; in JSON dumps the limit applies to each record.",
    )
    field_map: dict[str, str] = Field(
        default_factory=dict,
        description='Record fields of JSON dumps by article field, e.g. {"body": "contenido"} '
        "(body, title, date, publisher, url, author, language, id).",
    )
    embedding_model: Literal["minilm", "e5-small"] = Field(
        default="minilm",
        description="Packaged embedding model: minilm (English) or e5-small (multilingual, slower).",
    )
    embed_batch_size: int = Field(default=16, ge=1)
    store_batch_chunks: int = Field(
        default=256,
        ge=1,
        description="Chunks embedded and written per step (a killed run loses at most one).",
    )
    model_process_batches: int = Field(
        default=3,
        ge=1,
        description="Index runs of at least this many write steps embed in a child process "
        "(a run holds this many steps' articles until it knows it is that long).",
    )
    commit_every_passages: int = Field(
        default=5000,
        ge=1,
        description="A long index run commits after about this many passages: questions then see "
        "its articles, and bringing the keyword index forward never reads more passages at once.",
    )
    lock_wait_seconds: float = Field(default=600.0, ge=0, description="How long a second index run waits.")
    # Test-only: tests/system/test_index_safety.py pauses a run at an exact write step instead of racing it.
    test_pause_after_step: int = Field(
        default=0,
        ge=0,
        description="TEST ONLY. After this many write steps (1-based; 0: never) the index run creates "
        "test_pause_file and waits until it is deleted. Not for production use.",
    )
    test_pause_file: Path | None = Field(default=None, description="TEST ONLY: see test_pause_after_step.")

    # Retrieval (tuned on half of the MultiHop-RAG dev questions, see docs/benchmarks.md).
    top_k: int = Field(default=10, ge=1, le=100)
    keyword_pool: int = Field(default=40, ge=1, description="BM25 candidates for the whole question.")
    clause_pool: int = Field(default=15, ge=0, description="BM25 candidates per clause.")
    vector_pool: int = Field(
        default=20, ge=0, description="Nearest passages (Chroma, cosine) per question and per clause."
    )
    semantic_weight: float = Field(default=1.5, ge=0.0, description="Weight of sentence similarity.")
    clause_weight: float = Field(default=1.0, ge=0.0, description="Weight of the best clause's BM25.")
    sentence_keyword_weight: float = Field(
        default=0.3, ge=0.0, description="Weight of the best sentence's BM25 (question or clause)."
    )
    outlet_boost: float = Field(
        default=0.2, ge=0.0, description="Bonus when the question names the passage's outlet."
    )
    date_boost: float = Field(default=0.7, ge=0.0, description="Bonus when the question names its date.")
    unknown_boost: float = Field(
        default=0.1,
        ge=0.0,
        description="Bonus per outlet or date the question names but the passage's article lacks.",
    )
    per_article: int = Field(default=3, ge=1, description="Most passages of one article in a top k.")
    sentence_vector_bits: int = Field(
        default=8,
        description="Bits per dimension of the sentence vectors stored with each passage (new writes; "
        "any index reads all three). They are most of the index's bytes; 4 bits halve them for "
        "Hits@10 -0.003 and AllFacts@10 -0.005 on MultiHop-RAG, 1 bit divides them by 8 for -0.006 "
        "and -0.016 (docs/capacity.md).",
    )

    @field_validator("sentence_vector_bits")
    @classmethod
    def _sentence_vector_width(cls, bits: int) -> int:
        """The codec's widths only (an int, so that ``BYLINE_SENTENCE_VECTOR_BITS=4`` parses)."""
        if bits not in (8, 4, 1):
            raise ValueError("sentence_vector_bits must be 8, 4 or 1")
        return bits

    clause_vectors: Literal["separate", "pooled"] = Field(
        default="separate",
        description="separate: one model run per clause; pooled: each clause's vector is read off the "
        "question's one run (~25 ms less CPU per question, MRR@10 -0.008 and inference answers -0.009 "
        "on MultiHop-RAG: docs/benchmarks.md).",
    )
    exact_search_passages: int = Field(
        default=20_000,
        ge=0,
        description="Up to this many passages, the vector candidates come from an exact scan of the "
        "local compact vectors (1.5 KB of memory a passage) instead of a query to Chroma's HNSW index.",
    )
    background_build_passages: int | None = Field(
        default=None,
        ge=0,
        description="A server whose keyword index must be built whole from the store (a new app process "
        "joining a Chroma server, or a lost local index) builds it in the background when the store holds "
        "more passages than this, answering meanwhile from vector search alone, with a notice. Unset: "
        "20,000 for `byline serve`; other commands wait for the index.",
    )
    rescore_factor: int = Field(
        default=4, ge=1, description="The best k × this are re-scored with their sentences' vectors."
    )
    passage_cache_size: int = Field(
        default=4096,
        ge=0,
        description="Ranked passages kept decoded between questions (~20 KB each; 0: none).",
    )

    query_model_threads: int = Field(
        default=0,
        ge=0,
        description="ONNX threads per question embedding (0: one per core). `byline serve` uses 1: "
        "its requests already run in parallel, and more threads only spin (half the CPU per question).",
    )
    answer_processes: int = Field(
        default=0,
        ge=0,
        le=64,
        description="Worker processes computing offline answers for one server (0: in the server's own "
        "process). One per core lets a server bound by CPU use every core (each holds its own model "
        "and caches: ~0.3 GiB more memory each).",
    )
    concurrent_answers: int = Field(
        default=0,
        ge=0,
        description="Questions one process works on at once (0: one per core); the rest wait their "
        "turn. More threads than cores only contend for Python's interpreter lock: 32 at once cost "
        "103 ms of CPU per answer against 61 ms one by one.",
    )

    # Answering.
    answerer: Literal["extractive", "openai", "llamacpp"] = "extractive"
    answer_passages: int = Field(default=6, ge=1, le=20)
    max_answer_sentences: int = Field(default=3, ge=1, le=10)
    refusal_threshold: float = Field(
        default=0.30,
        description="Minimum evidence score (0..1) below which the answer is a refusal.",
    )
    refusal_policy: RefusalPolicy = Field(
        default="any",
        description="How the extractive answer's doubts (rag.doubts) decide a refusal: 'any' refuses "
        "on one; 'off' never does (answers with nothing to quote are still refused), for calibration.",
    )
    scattered_min_passages: int = Field(
        default=100,
        ge=0,
        description="Passages an archive needs before a question whose words no one article holds "
        "together is refused: in a smaller one, idf cannot tell rare words from words it lacks by chance.",
    )

    # Optional LLM answerer (answerer = "openai" or "llamacpp").
    llm_base_url: str = Field(default="http://127.0.0.1:8080/v1", description="OpenAI-compatible API.")
    llm_model: str = Field(default="local", description="Model name sent to the server.")
    llm_api_key: SecretStr | None = Field(default=None, repr=False, description="Never logged.")
    llm_model_path: Path | None = Field(default=None, description="GGUF file for llamacpp.")
    llm_timeout: float = Field(default=60.0, gt=0)
    llm_max_tokens: int = Field(default=256, ge=16)
    llm_temperature: float = Field(default=0.1, ge=0.0)
    llm_context_window: int = Field(default=4096, ge=512)

    @property
    def chroma_path(self) -> Path:
        """Folder of the embedded Chroma store."""
        return self.home / "chroma"

    @property
    def local_index_path(self) -> Path:
        """Folder of this process's keyword index and sentence vectors, derived from the store."""
        return self.home / "local"

    @property
    def file_stamps_path(self) -> Path:
        """What the last index run saw of each file (size, modification time), to read only changes."""
        return self.home / "file-stamps.json"

    @property
    def lock_path(self) -> Path:
        """Lock file that keeps two index runs from writing at once."""
        return self.home / "index.lock"
