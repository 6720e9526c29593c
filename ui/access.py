"""Who may use the server: the one access check of every way in over HTTP.

The chat's logins (``--auth``/``BYLINE_AUTH``/``--auth-file``) and the API keys
(``BYLINE_API_KEYS``/``--api-keys-file``) are read here, and the HTTP API, the
OpenAI-compatible endpoint and the MCP server all ask :meth:`Access.allows`
about a request's ``Authorization`` header. With nothing configured every call
is allowed (the loopback default); once anything is configured an anonymous or
wrong call is refused.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass
from pathlib import Path

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from byline.errors import UserFacingError
from byline.settings import Settings

CHALLENGE = 'Bearer realm="byline", Basic realm="byline"'


def credentials(settings: Settings) -> list[tuple[str, str]]:
    """Login pairs from ``settings.auth`` and ``settings.auth_file`` (never logged)."""
    lines = [settings.auth] if settings.auth else []
    if settings.auth_file:
        lines += _read_lines(settings.auth_file, "--auth-file")
    pairs = []
    for line in lines:
        user, sep, password = line.strip().partition(":")
        if line.strip() and not line.startswith("#"):
            if not sep or not user or not password:
                raise UserFacingError("each login must be USER:PASSWORD")
            pairs.append((user, password))
    return pairs


def api_keys(settings: Settings) -> list[str]:
    """Bearer keys from ``settings.api_keys`` (comma-separated) and ``settings.api_keys_file``."""
    keys = settings.api_keys.get_secret_value().split(",") if settings.api_keys else []
    if settings.api_keys_file:
        keys += [k for k in _read_lines(settings.api_keys_file, "--api-keys-file") if not k.startswith("#")]
    return [k.strip() for k in keys if k.strip()]


def _read_lines(path: Path, flag: str) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(f"cannot read {flag} {path}: {exc.__class__.__name__}") from None


def _same(given: str, expected: str) -> bool:
    """Constant-time comparison, so timing does not reveal how much of a secret was right."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


@dataclass(frozen=True)
class Access:
    """The configured keys and logins, and the check every endpoint makes."""

    keys: tuple[str, ...] = ()
    logins: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> Access:
        return cls(tuple(api_keys(settings)), tuple(credentials(settings)))

    @property
    def required(self) -> bool:
        """Whether a caller must identify itself (anything is configured)."""
        return bool(self.keys or self.logins)

    def allows(self, authorization: str | None) -> bool:
        """Whether an ``Authorization`` header value grants access."""
        if not self.required:
            return True
        scheme, _, value = (authorization or "").strip().partition(" ")
        value = value.strip()
        if scheme.lower() == "bearer" and value:
            return any(_same(value, key) for key in self.keys)
        if scheme.lower() == "basic" and value:
            try:
                user, _, password = base64.b64decode(value, validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return False
            # Every pair is compared, so the time taken does not tell which user exists.
            matches = [_same(user, u) & _same(password, p) for u, p in self.logins]
            return any(matches)
        return False


class AccessMiddleware:
    """ASGI middleware: requests under ``prefixes`` need :meth:`Access.allows`, before any body is read.

    Checking ahead of routing means an anonymous caller cannot make the server
    parse an upload or open an MCP session only to be refused afterwards.
    """

    def __init__(self, app: ASGIApp, access: Access, prefixes: tuple[str, ...]) -> None:
        self.app = app
        self.access = access
        self.prefixes = prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.access.required and _under(scope["path"], self.prefixes):
            header = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
            if not self.access.allows(header):
                refusal = JSONResponse(
                    {"error": "authentication required: send Authorization: Bearer <API key> or Basic"},
                    status_code=401,
                    headers={"WWW-Authenticate": CHALLENGE},
                )
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _under(path: str, prefixes: tuple[str, ...]) -> bool:
    return any(path == p.rstrip("/") or path.startswith(p) for p in prefixes)
