"""The packaged MiniLM encoder as a LlamaIndex ``BaseEmbedding``.

Lets LlamaIndex components (``VectorStoreIndex``, query engines) use exactly the
vectors Byline stores, without LlamaIndex's default OpenAI embedding. Kept in its
own module so ``byline ask`` does not pay for importing LlamaIndex.
"""

from __future__ import annotations

from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from byline.embedding import MODEL_ID, Encoder, shared_encoder


class MiniLMEmbedding(BaseEmbedding):
    """LlamaIndex embedding backed by :class:`byline.embedding.MiniLMEncoder`."""

    _encoder: Encoder = PrivateAttr()

    def __init__(self, encoder: Encoder | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("model_name", MODEL_ID)
        super().__init__(**kwargs)
        self._encoder = encoder or shared_encoder()

    @classmethod
    def class_name(cls) -> str:
        return "BylineMiniLMEmbedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._encoder.embed_one(query).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._encoder.embed_one(text).tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._encoder.embed(texts, batch_size=self.embed_batch_size).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)
