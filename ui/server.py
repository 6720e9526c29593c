"""One process, one port, every way in: the chat, the JSON API, the OpenAI endpoint and MCP.

A FastAPI app owns the programmatic routes (``/api/v1``, ``/v1``, ``/mcp``) and
the Gradio chat is mounted on it at ``/``, so API calls never pass through
Gradio's event queue, and all of them share the process's one engine.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI
from fastapi.telemetry import TelemetryConfig
from fastapi_offline import FastAPIOffline
from starlette.routing import Route

from byline.settings import Settings
from ui import api, openai_api
from ui.access import Access, AccessMiddleware
from ui.guard import guard_middleware
from ui.http_errors import install_error_handlers
from ui.mcp_server import PATH as MCP_PATH
from ui.mcp_server import build_mcp

GUARDED = (api.PREFIX + "/", "/v1/", MCP_PATH)


def chat_concurrency(settings: Settings) -> int:
    """Chat answers worked on at once (per event; more wait in Gradio's queue, first come first served).

    The engine's own limit (``concurrent_answers``, one per core by default), at least two.
    More than the cores only contend for Python's interpreter lock: 32 chat clients, 2
    against 4: 13.46 / 11.40 against 10.96 / 10.74 answers/s, 118–136 against 141 ms of
    CPU per answer (docs/benchmarks.md).
    """
    return max(2, settings.concurrent_answers or os.cpu_count() or 2)


# Byline runs offline and exports no traces: without this FastAPI asks OpenTelemetry's global
# providers on every request, in both the app and the mounted chat (~7 % of the chat's time).
NO_TELEMETRY: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False}


def build_server(settings: Settings, chat: Any, host: str = "127.0.0.1", css: str = "") -> FastAPI:
    """The ASGI app: programmatic routes first, then the chat (a Gradio ``Blocks``) at ``/``."""
    import gradio as gr

    mcp = build_mcp(settings)
    mcp_app = mcp.streamable_http_app(
        streamable_http_path=MCP_PATH, stateless_http=True, json_response=True, host=host
    )

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async with mcp.session_manager.run():  # the MCP app is routed to, so its lifespan is ours
            yield

    # The OpenAPI page's scripts are served from the package, not a CDN: Byline runs offline.
    app = FastAPIOffline(
        title="Byline",
        summary="Answers from news articles; every claim cites its passage.",
        docs_url=api.PREFIX + "/docs",
        static_url=api.PREFIX + "/docs-assets",
        openapi_url=api.PREFIX + "/openapi.json",
        redoc_url=None,
        lifespan=lifespan,
        telemetry=NO_TELEMETRY,
    )
    install_error_handlers(app)
    app.include_router(api.build_router(settings))
    app.include_router(openai_api.build_router(settings))
    app.router.routes.append(Route(MCP_PATH, mcp_app, include_in_schema=False))  # any method, as is
    access = Access.from_settings(settings)
    app.add_middleware(AccessMiddleware, access=access, prefixes=GUARDED)
    guard = guard_middleware(settings, host)  # outermost: Host/Origin checks and login throttling first
    app.add_middleware(guard.cls, *guard.args, **guard.kwargs)

    chat.queue(default_concurrency_limit=chat_concurrency(settings))
    return gr.mount_gradio_app(
        app,
        chat,
        path="/",
        server_name=host,
        footer_links=["api"],
        auth=list(access.logins) or None,
        auth_message="Byline: please log in.",
        show_error=False,
        max_file_size=settings.max_file_bytes,
        css=css,
        app_kwargs={"telemetry": NO_TELEMETRY},
    )


SHUTDOWN_GRACE_SECONDS = 5  # requests in flight may finish; open streams are then closed


def run_server(app: FastAPI, host: str, port: int) -> None:
    """Serve ``app`` until interrupted."""
    import uvicorn

    # What `byline serve` tells its user (Gradio's launch() used to print the URL).
    print(f"Byline: http://{host}:{port}/ (API: {api.PREFIX}/docs, OpenAI: /v1, MCP: {MCP_PATH})", flush=True)
    # Chat clients keep an event stream open between answers; without a bound, Ctrl+C or
    # SIGTERM waited for them to hang up (over 90 s with one gradio_client connected).
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=SHUTDOWN_GRACE_SECONDS,
    )
