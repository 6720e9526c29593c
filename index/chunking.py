"""Sentence-aware chunks that remember where they sit in the article.

A chunk is always ``article.text[start:end]``: whole sentences packed up to a
size limit, with the last sentences of one chunk repeated at the start of the
next so a fact spanning a boundary is still found whole. Only a sentence longer
than the limit is cut, and then at a word boundary.
"""

from __future__ import annotations

from dataclasses import dataclass

from byline.sentences import sentence_spans


@dataclass(frozen=True)
class Chunk:
    """A passage of an article and its character span in the article's text."""

    index: int
    start: int
    end: int
    text: str


def sentence_pieces(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Sentence spans, with over-long sentences cut at spaces."""
    out: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        while end - start > max_chars:
            cut = text.rfind(" ", start + max_chars // 2, start + max_chars)
            cut = cut if cut > start else start + max_chars
            out.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            out.append((start, end))
    return out


def chunk_text(text: str, max_chars: int, overlap_chars: int) -> list[Chunk]:
    """Pack sentences into chunks of at most ``max_chars`` characters."""
    return pack_chunks(text, sentence_pieces(text, max_chars), max_chars, overlap_chars)


def pack_chunks(text: str, pieces: list[tuple[int, int]], max_chars: int, overlap_chars: int) -> list[Chunk]:
    """Pack already split sentence ``pieces`` (from :func:`sentence_pieces`) into chunks."""
    chunks: list[Chunk] = []
    first = 0
    while first < len(pieces):
        last = first
        while last + 1 < len(pieces) and pieces[last + 1][1] - pieces[first][0] <= max_chars:
            last += 1
        start, end = pieces[first][0], pieces[last][1]
        chunks.append(Chunk(len(chunks), start, end, text[start:end]))
        if last + 1 >= len(pieces):
            break
        # Step back over trailing sentences that fit in the overlap, but always move on.
        nxt = last + 1
        while nxt - 1 > first and end - pieces[nxt - 1][0] <= overlap_chars:
            nxt -= 1
        first = nxt
    return chunks
