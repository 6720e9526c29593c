"""An article's language: the loader's declaration, else the detector's (byline.language)."""

from __future__ import annotations

import dataclasses

from byline.language import detect_language
from index.article import Article, Skipped

__all__ = ["detect_language", "with_language"]


def with_language(item: Article | Skipped) -> Article | Skipped:
    """An article with its detected language when its loader declared none (anything else as is).

    The title is read too: it is often the clearest sentence of a short article.
    """
    if not isinstance(item, Article) or item.language:
        return item
    language = detect_language(item.title + "\n" + item.text)
    return dataclasses.replace(item, language=language) if language else item
