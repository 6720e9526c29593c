"""Byline core shared by ``index``, ``rag`` and ``ui``: settings, the embedding
model, sentence splitting and the store both sides read and write."""

__version__ = "0.1.0"
