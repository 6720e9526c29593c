"""The one owner of ids and metadata keys in the store.

Every module that writes or reads passage and article records takes its keys
and id formats from here, so a renamed key or a new id scheme is one change.

Ids:

* an article's ``doc_id`` is given by ``index`` (a hash of its source and slot);
* a passage's id is ``<doc_id>:<first 8 hex of the content hash>:<n>``: it carries
  the content hash, so a changed article's new passages never overwrite the old
  ones, which are deleted only after the new ones are stored (crash safety).
"""

from __future__ import annotations

from typing import Final

# Passage (chunk) metadata keys. The passage text is metadata too, not Chroma's document:
# the embedded store full-text indexes documents with trigrams, ~30 KB per article unused.
# Written compressed under TEXT_PACKED (``store/packed.py``); TEXT is read in older indexes.
TEXT: Final = "text"
TEXT_PACKED: Final = "tz"
DOC_ID: Final = "doc_id"
CONTENT_HASH: Final = "content_hash"
SOURCE: Final = "source"
PATH: Final = "path"
TITLE: Final = "title"
PUBLISHER: Final = "publisher"
DATE: Final = "date"
URL: Final = "url"
AUTHOR: Final = "author"
LANGUAGE: Final = "language"
START: Final = "start"
END: Final = "end"
CHUNK: Final = "chunk"

# Article registry keys (besides the article fields above).
SLOT: Final = "slot"
CHUNKS: Final = "chunks"

# Articles collection metadata: the embedding model every vector of the index comes from.
EMBEDDING_MODEL: Final = "embedding_model"
# Indexes made before the model was recorded were all made with MiniLM.
UNRECORDED_MODEL: Final = "minilm"

# Sentence records.
CHUNK_ID: Final = "chunk_id"

# Fields an article shares with each of its passages (what filters and citations read).
ARTICLE_FIELDS: Final = (SOURCE, PATH, TITLE, PUBLISHER, DATE, URL, AUTHOR, LANGUAGE)

HASH_CHARS: Final = 8


def chunk_id(doc_id: str, content_hash: str, index: int) -> str:
    """Id of passage ``index`` of an article's version ``content_hash``."""
    return f"{doc_id}:{content_hash[:HASH_CHARS]}:{index}"


def chunk_ids(doc_id: str, content_hash: str, count: int) -> list[str]:
    """Ids of every passage of an article version with ``count`` passages."""
    return [chunk_id(doc_id, content_hash, i) for i in range(count)]


def doc_id_of(chunk: str) -> str:
    """The article a passage id belongs to."""
    return chunk.rsplit(":", 2)[0]


def sentence_id(chunk: str, start: int, end: int) -> str:
    """Id of a sentence record: its passage and its span in the article."""
    return f"{chunk}:{start}-{end}"


def sentence_span(sentence: str) -> tuple[int, int]:
    """The (start, end) a sentence id carries."""
    first, _, last = sentence.rpartition(":")[2].partition("-")
    return int(first), int(last)


# Sentences travel with their passage (one Chroma record per passage): spans as
# "start-end start-end ...", quantised unit vectors packed (``store/sentence_codec.py``).
# Keys are short: Chroma stores a key three times per piece (table, two indexes).
SENTENCE_SPANS: Final = "sentence_spans"
SENTENCE_PACKED: Final = "sv"
# Indexes written before 2026-11-27 evening: one base64 string, "<bits>:<base64>".
SENTENCE_VECTORS: Final = "sentence_vectors"
