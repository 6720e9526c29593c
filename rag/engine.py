"""The answering pipeline over one index: condense → retrieve → answer.

Small explicit steps, in the manner of LlamaIndex's condense-plus-context chat
engine: the question is first made self-contained from the history, then
passages are retrieved, then the answer is composed from them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

from threadpoolctl import threadpool_limits

from byline.embedding import Encoder, shared_encoder
from byline.errors import QuestionError
from byline.settings import Settings
from rag.answer_pool import AnswerPool
from rag.background_build import BUILDING_NOTICE
from rag.catalog import Facets, facets_of
from rag.chat_models import build_chat_model
from rag.extractive import compose
from rag.filters import NO_FILTERS, Filters
from rag.followup import History, contextualize, is_follow_up, quoted_articles
from rag.llm_answer import condense, stream_llm_answer
from rag.retriever import HybridRetriever, Retrieval
from rag.turns import Turns
from rag.types import Answer, Passage
from store.chroma import Store
from store.connection import server_errors
from store.records import ArticleRecord

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
STREAM_PIECES = 2


INVALID_TEXT = (
    "The question contains bytes that are not valid text (invalid UTF-8 or a lone surrogate); "
    "please type it again."
)


def valid_text(text: str | bytes) -> str:
    """``text`` as a proper Unicode string, or the one clear message for invalid input.

    Every interface passes questions through here, so invalid UTF-8 (bytes, or
    the lone surrogates Python makes of them with ``surrogateescape``) never
    reaches the retriever, where it would fail deep inside with a traceback.
    """
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError:
            raise QuestionError(INVALID_TEXT) from None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise QuestionError(INVALID_TEXT) from None
    return text


def clean_question(question: str | bytes) -> str:
    """Strip the question; refuse empty or invalid ones; cut absurdly long ones."""
    text = " ".join(valid_text(question or "").split())
    if not text:
        raise QuestionError("Please type a question.")
    if not any(ch.isalnum() for ch in text):
        raise QuestionError("The question has no words to search for.")
    return text[:MAX_QUESTION_CHARS]


class Engine:
    """Retrieval and answering over the index described by ``settings``."""

    def __init__(self, settings: Settings, encoder: Encoder | None = None) -> None:
        self.settings = settings
        # A question's matrix products are small; numpy's BLAS threads only spin after each
        # one, taking a core from the model and from other questions (CPU per answer −10%).
        threadpool_limits(1, user_api="blas")
        self.encoder = encoder or shared_encoder(
            settings.embedding_model, settings.query_model_threads or None
        )
        with server_errors(settings):
            self.retriever = HybridRetriever(settings, Store(settings), self.encoder)
        self.chat_model = build_chat_model(settings)
        self._facets: tuple[int, Facets] | None = None
        # Turns for the CPU-bound steps: any number of callers, at most this many working.
        self._turns = Turns(settings.concurrent_answers or os.cpu_count() or 1)
        self._pool = (
            AnswerPool(settings, settings.answer_processes)
            if settings.answer_processes and self.chat_model is None
            else None
        )

    def retrieve(self, question: str, k: int | None = None, filters: Filters = NO_FILTERS) -> list[Passage]:
        """Ranked passages for a question among those ``filters`` admits, best first."""
        with server_errors(self.settings), self._turns:
            return self.retriever.retrieve(clean_question(question), k or self.settings.top_k, filters)

    def article_records(self) -> dict[str, ArticleRecord]:
        """The indexed articles by doc id, as of the store's current generation."""
        with server_errors(self.settings):
            self.retriever.refresh()
            return self.retriever.store.article_records()

    def facets(self) -> Facets:
        """The outlets and languages an answer can be filtered to, as of the store's current generation.

        Read from the keyword index the next question needs anyway and kept per
        generation, so a page load costs a generation check, not an article list.
        """
        with server_errors(self.settings):
            self.retriever.refresh()
            keyword = self.retriever.keyword_index()
        known = self._facets
        if known is None or known[0] != keyword.generation:
            found = facets_of(keyword.outlets(), keyword.languages, keyword.live.tolist())
            known = self._facets = (keyword.generation, found)
        return known[1]

    def answer(self, question: str, history: History | None = None, filters: Filters = NO_FILTERS) -> Answer:
        """The cited answer (or refusal) to a question in the context of a conversation."""
        final = None
        for piece in self.stream(question, history, filters):
            if isinstance(piece, Answer):
                final = piece
        assert final is not None
        return final

    def stream(
        self, question: str, history: History | None = None, filters: Filters = NO_FILTERS
    ) -> Iterator[str | Answer]:
        """The answer text in pieces as it is produced, then the final :class:`Answer`.

        ``filters`` limits the articles the answer may cite (outlets, dates, language).
        """
        asked = clean_question(question)
        pooled = self._pool.answer(asked, history, filters) if self._pool is not None else None
        if pooled is not None:
            yield from _in_pieces(pooled)
            return
        query = self._standalone(asked, history)
        with server_errors(self.settings), self._turns:
            found = self.retriever.search(query, self.settings.top_k, filters)

        def extractive(notice: str = "") -> Answer:
            # The conversation widened the search; the quoted sentences must answer what was asked.
            # A follow-up is scored against the question with its conversation (its own words may
            # be "Wie viel hat sie gekostet?"), on the articles the conversation quoted; what it
            # asks for, and which names are no answer to it, come from the question as asked.
            follow_up = bool(history) and is_follow_up(asked)
            wording = query if follow_up or self.chat_model is not None else asked
            focus = quoted_articles(history, found.passages) if follow_up else frozenset()
            keyword = found.keyword or self.retriever.keyword_index()
            previous = history[-1][1] if follow_up and history else ""
            result = compose(
                wording, found, keyword, self.settings, focus=focus, asked=asked, previous=previous
            )
            result.notice = " ".join(filter(None, (notice, result.notice)))  # a refusal's says why
            return result

        if self.chat_model is None:
            with self._turns:
                result = extractive()
            yield from _in_pieces(_noted(result, found))
            return
        passages = found.passages[: self.settings.answer_passages]
        for piece in stream_llm_answer(self.chat_model, query, passages, extractive):
            yield _noted(piece, found) if isinstance(piece, Answer) else piece

    def close(self) -> None:
        """Stop the answer processes, if any."""
        if self._pool is not None:
            self._pool.close()

    def _standalone(self, question: str, history: History | None) -> str:
        """Step 1: make a follow-up self-contained (by the LLM when there is one)."""
        for turn in history or ():
            for text in turn:
                valid_text(text)
        if not history or not is_follow_up(question):
            return question
        if self.chat_model is not None:
            rewritten = condense(self.chat_model, question, history)
            if rewritten:
                return rewritten
        return contextualize(question, history)


def _noted(answer: Answer, found: Retrieval) -> Answer:
    """``answer``, telling the reader when it was ranked without the keyword index (still being built)."""
    if found.partial:
        answer.notice = " ".join(filter(None, (answer.notice, BUILDING_NOTICE)))
    return answer


def _in_pieces(result: Answer) -> Iterator[str | Answer]:
    """An offline answer, which exists whole at once, in a few pieces and then itself.

    A few pieces keep the chat's progressive display without paying a server round
    of rendering per word.
    """
    words = result.text.split(" ")
    step = max(3, -(-len(words) // STREAM_PIECES))
    for i in range(0, len(words), step):
        yield " ".join(words[i : i + step]) + (" " if i + step < len(words) else "")
    yield result
