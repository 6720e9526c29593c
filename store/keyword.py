"""The BM25 keyword index kept beside Chroma.

Chroma's own sparse index is refused by the embedded store, so keyword search
lives here: bm25s over the same passages, built from the chunk documents in
Chroma and saved under ``home/bm25/g<generation>``. A reader whose saved index
is older than the store's generation rebuilds it from Chroma, which is how every
process sharing a Chroma server sees the same keyword index.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from byline.language import detect_query_language
from store import schema
from store.analysis import analyze, question_terms

log = logging.getLogger(__name__)


def indexed_text(text: str, meta: dict[str, Any]) -> str:
    """What the keyword index sees of a passage: its title and publisher, then the text."""
    return " ".join(str(meta.get(k) or "") for k in ("title", "publisher")) + "\n" + text


FORMAT = 3  # 2: with the sentence-level index; 3: each passage analysed in its language


def _known_terms(bm25: Any, query: str) -> list[str]:
    """The query's terms that ``bm25`` (or None) has seen, each once: long questions repeat words."""
    vocab = bm25.vocab_dict if bm25 is not None else {}
    terms = question_terms(query, detect_query_language(query))
    return list(dict.fromkeys(t for t in terms if t in vocab))


SentenceSpans = Mapping[str, Sequence[tuple[int, int]]]


@dataclass
class KeywordIndex:
    """BM25 over passages and over their sentences, with document frequencies for weighting.

    The sentence-level index scores each passage by its best sentence: a fact in
    news is one sentence, and passage-level BM25 dilutes it by the length of the
    rest of the passage (measured: +0.015 AllFacts@10 on the tuning questions).
    """

    generation: int
    ids: list[str]
    bm25: Any
    doc_freq: dict[str, int]
    publishers: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    sentence_bm25: Any = None
    # Sentences are indexed passage by passage: passage i owns rows starts[i]..starts[i+1].
    sentence_starts: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))

    def __post_init__(self) -> None:
        # Publisher of each passage as a small integer, for fast per-outlet masks.
        names = sorted(set(self.publishers))
        self._publisher_code = {name: i for i, name in enumerate(names)}
        self._position = {cid: i for i, cid in enumerate(self.ids)}
        self._publisher_of = np.array([self._publisher_code[p] for p in self.publishers], dtype=np.int32)

    @classmethod
    def build(
        cls,
        generation: int,
        rows: Iterable[tuple[str, str, dict[str, Any]]],
        sentences: SentenceSpans | None = None,
    ) -> KeywordIndex:
        """Index ``(chunk_id, text, metadata)`` rows and, with ``sentences``, each passage's sentences.

        ``sentences`` maps a chunk id to its sentences' (start, end) in article
        offsets; the passage's ``start`` metadata places its text in the article.
        """
        import bm25s

        ids: list[str] = []
        corpus: list[list[str]] = []
        sentence_corpus: list[list[str]] = []
        starts = [0]
        doc_freq: dict[str, int] = {}
        publishers: list[str] = []
        dates: list[str] = []
        for chunk_id, text, meta in rows:
            language = str(meta.get(schema.LANGUAGE) or "")
            terms = analyze(indexed_text(text, meta), language)
            ids.append(chunk_id)
            publishers.append(str(meta.get("publisher") or ""))
            dates.append(str(meta.get("date") or ""))
            corpus.append(terms)
            for term in set(terms):
                doc_freq[term] = doc_freq.get(term, 0) + 1
            base = int(meta.get("start") or 0)
            for start, end in (sentences or {}).get(chunk_id, ()):
                sentence_corpus.append(analyze(text[start - base : end - base], language))
            starts.append(len(sentence_corpus))
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        bm25 = bm25s.BM25()
        if corpus:
            bm25.index(corpus, show_progress=False)
        sentence_bm25 = None
        if sentence_corpus:
            sentence_bm25 = bm25s.BM25()
            sentence_bm25.index(sentence_corpus, show_progress=False)
        return cls(
            generation,
            ids,
            bm25,
            doc_freq,
            publishers,
            dates,
            sentence_bm25,
            np.asarray(starts, dtype=np.int64),
        )

    def idf(self, term: str) -> float:
        """Inverse document frequency: rare terms say more about an answer."""
        n = max(len(self.ids), 1)
        return float(
            np.log(1.0 + (n - self.doc_freq.get(term, 0) + 0.5) / (self.doc_freq.get(term, 0) + 0.5))
        )

    def outlets(self) -> set[str]:
        """The publishers named in the index's metadata."""
        return {p for p in self.publishers if p}

    def position(self) -> dict[str, int]:
        """Row of each passage id in :meth:`scores` arrays."""
        return self._position

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage (in ``ids`` order) for ``query``; each term counted once."""
        terms = _known_terms(self.bm25 if self.ids else None, query)
        if not terms:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self.bm25.get_scores(terms), dtype=np.float32)

    def best_sentence_scores(self, query: str) -> np.ndarray:
        """Per passage (in ``ids`` order), the BM25 score of its best sentence for ``query``."""
        out = np.zeros(len(self.ids), dtype=np.float32)
        terms = _known_terms(self.sentence_bm25, query)
        if not terms:
            return out
        scores = np.asarray(self.sentence_bm25.get_scores(terms), dtype=np.float32)
        owned = np.diff(self.sentence_starts) > 0
        if owned.any():
            out[owned] = np.maximum.reduceat(scores, self.sentence_starts[:-1][owned])
        return out

    def search(self, query: str, n: int, publisher: str | None = None) -> list[tuple[str, float]]:
        """Best ``n`` passages for ``query`` as ``(chunk_id, bm25 score)``, best first.

        With ``publisher``, only that outlet's passages are ranked.
        """
        if not self.ids:
            return []
        scores = self.scores(query)
        if publisher is not None:
            code = self._publisher_code.get(publisher, -1)
            scores = np.where(self._publisher_of == code, scores, 0.0)
        n = min(n, len(self.ids))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    # -- persistence ----------------------------------------------------------

    def save(self, folder: Path) -> None:
        """Write to ``folder/g<generation>`` atomically and drop older generations."""
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"g{self.generation}"
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder))
        try:
            if self.ids:
                self.bm25.save(str(tmp), show_progress=False)
            if self.sentence_bm25 is not None:
                self.sentence_bm25.save(str(tmp / "sentences"), show_progress=False)
            np.save(tmp / "sentence_starts.npy", self.sentence_starts)
            (tmp / "byline.json").write_text(
                json.dumps(
                    {
                        "format": FORMAT,
                        "generation": self.generation,
                        "ids": self.ids,
                        "df": self.doc_freq,
                        "publishers": self.publishers,
                        "dates": self.dates,
                    }
                )
            )
            if target.exists():
                shutil.rmtree(target)
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        for old in folder.iterdir():
            if old.is_dir() and old.name != target.name and not old.name.startswith(".tmp-"):
                shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path, generation: int) -> KeywordIndex | None:
        """The saved index for ``generation``, or None when absent or unreadable."""
        import bm25s

        target = folder / f"g{generation}"
        try:
            info = json.loads((target / "byline.json").read_text())
            if info.get("format") != FORMAT or len(info.get("publishers", ())) != len(info["ids"]):
                raise ValueError("keyword index of an older format")
            bm25 = bm25s.BM25.load(str(target), show_progress=False) if info["ids"] else bm25s.BM25()
            starts = np.load(target / "sentence_starts.npy")
            sentence_bm25 = (
                bm25s.BM25.load(str(target / "sentences"), show_progress=False)
                if (target / "sentences").is_dir()
                else None
            )
        except (OSError, ValueError, KeyError) as exc:
            log.debug("no usable keyword index at %s: %s", target, exc)
            return None
        return cls(
            int(info["generation"]),
            list(info["ids"]),
            bm25,
            dict(info["df"]),
            list(info.get("publishers", [])),
            list(info.get("dates", [])),
            sentence_bm25,
            starts,
        )


def current_keyword_index(
    store: Any,
    folder: Path,
    sentences: Callable[[], SentenceSpans],
    cached: KeywordIndex | None = None,
) -> KeywordIndex:
    """The keyword index matching the store's generation: cached, loaded or rebuilt.

    ``store`` is a :class:`store.chroma.Store`. Rebuilding reads every passage from
    Chroma and takes sentence spans from ``sentences()`` (the sentence cache of the
    same generation); the result is saved so the next process only loads it.
    """
    generation = store.generation()
    if cached is not None and cached.generation == generation:
        return cached
    loaded = KeywordIndex.load(folder, generation)
    if loaded is not None:
        return loaded
    log.info("building the keyword index for generation %d from Chroma", generation)
    built = KeywordIndex.build(generation, store.chunk_documents(), sentences())
    try:
        built.save(folder)
    except OSError as exc:  # a read-only home still answers, from memory
        log.warning("could not save the keyword index in %s: %s", folder, exc)
    return built
