"""Errors of the HTTP API as JSON with the right status, never an HTML page or a traceback.

``/api/v1`` answers ``{"error": message}``; the OpenAI-compatible ``/v1`` answers
OpenAI's own shape, ``{"error": {"message", "type", "code"}}``, so its clients
show the message.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from byline.errors import (
    IndexBusyError,
    IndexMissingError,
    QuestionError,
    StoreUnavailableError,
    UserFacingError,
)

log = logging.getLogger(__name__)

OPENAI_PREFIX = "/v1/"
INTERNAL = "something went wrong; the details are in the server log"

# First match wins: the errors of a server that is not ready, then the caller's mistakes.
STATUS: tuple[tuple[type[UserFacingError], int], ...] = (
    (QuestionError, 400),
    (IndexMissingError, 503),
    (StoreUnavailableError, 503),
    (IndexBusyError, 503),
    (UserFacingError, 400),
)


def error_payload(message: str | None) -> dict[str, str]:
    return {"error": message or INTERNAL}


def _respond(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    if request.url.path.startswith(OPENAI_PREFIX):
        kind = "invalid_request_error" if status < 500 else "server_error"
        body: dict[str, Any] = {"error": {"message": message, "type": kind, "code": status}}
    else:
        body = error_payload(message)
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """JSON errors for every route of ``app`` (the API and OpenAI routes; the chat is mounted apart)."""

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        return _respond(request, exc.status_code, str(exc.detail), dict(exc.headers or {}))

    async def invalid(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return _respond(request, 422, _validation_message(exc))

    async def user_facing(request: Request, exc: Exception) -> JSONResponse:
        status = next(code for kind, code in STATUS if isinstance(exc, kind))
        return _respond(request, status, str(exc))

    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("request %s failed", request.url.path, exc_info=exc)
        return _respond(request, 500, INTERNAL)

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(UserFacingError, user_facing)
    app.add_exception_handler(Exception, unexpected)
