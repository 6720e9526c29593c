"""The MCP server at ``/mcp`` (streamable HTTP), for chat tools and agents that speak MCP.

Three tools over the process's one engine, with schemas generated from the
shared models in ``ui.models``, so an agent receives the same citations as a
JSON API caller: ``answer_question``, ``search_articles`` and ``list_articles``.
The server is stateless (every request stands alone, nothing to clean up) and
answers in JSON rather than an event stream, because each tool returns at once.
"""

from __future__ import annotations

from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from pydantic import Field

from byline.settings import Settings
from rag import engine_for
from rag.catalog import article_page
from ui.models import AnswerOut, ArticlePageOut, FiltersIn, PassageOut, SearchOut, to_filters

PATH = "/mcp"
PAGE_SIZE = 50

INSTRUCTIONS = (
    "Byline answers questions from a collection of news articles. Every claim in an answer cites "
    "a passage as [n]; the citations carry the article's title, outlet, date, URL and the passage. "
    "Use filters (outlets, since, until, language) to restrict which articles may be cited."
)


def build_mcp(settings: Settings) -> MCPServer[Any]:
    """The MCP server with Byline's tools over the index of ``settings``."""
    server: MCPServer[Any] = MCPServer(name="byline", instructions=INSTRUCTIONS)

    @server.tool()
    def answer_question(
        question: Annotated[str, Field(description="The question to answer from the articles.")],
        history: Annotated[
            list[tuple[str, str]] | None,
            Field(description="Earlier turns as [question, answer] pairs, oldest first."),
        ] = None,
        filters: FiltersIn | None = None,
    ) -> AnswerOut:
        """Answer a question from the indexed news articles; every claim cites a passage as [n]."""
        reply = engine_for(settings).answer(question, list(history or []), to_filters(filters))
        return AnswerOut.of(reply)

    @server.tool()
    def search_articles(
        query: Annotated[str, Field(description="What to look for.")],
        k: Annotated[int, Field(ge=1, le=100, description="How many passages.")] = 10,
        filters: FiltersIn | None = None,
    ) -> SearchOut:
        """The passages of the articles that best match a query, best first."""
        found = engine_for(settings).retrieve(query, k, to_filters(filters))
        return SearchOut(passages=[PassageOut.of(i, p) for i, p in enumerate(found, 1)])

    @server.tool()
    def list_articles(
        filters: FiltersIn | None = None,
        page: Annotated[int, Field(ge=1, description="Page number, from 1.")] = 1,
    ) -> ArticlePageOut:
        """The indexed articles, newest first, 50 a page, optionally filtered."""
        records = engine_for(settings).article_records().values()
        return ArticlePageOut.of(article_page(records, to_filters(filters), page, PAGE_SIZE))

    return server
