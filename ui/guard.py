"""Who may talk to the server: Host and Origin checks, and throttled logins.

Gradio answers ``Access-Control-Allow-Origin`` with credentials to any localhost
origin, and its login cookie is sent on same-site requests, so without this
guard a page served from another port of 127.0.0.1 (same site, other origin)
could drive a logged-in chat. A request is refused (403) when its ``Origin`` is
not the server's own or on ``BYLINE_ALLOWED_ORIGINS``; browser sub-requests that
carry no ``Origin`` but say they come from another site (``Sec-Fetch-Site``) are
refused too. The ``Host`` header must name the address the server is bound to
(or a host on ``BYLINE_ALLOWED_HOSTS``), which closes DNS rebinding.

It is plain ASGI middleware, so it wraps every route of the app Gradio runs on.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from byline.settings import Settings
from ui.login_throttle import LoginThrottle

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

WILDCARD_BINDS = ("", "0.0.0.0", "::")
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
LOGIN_PATHS = ("/login", "/login/")
# Headers added to every answer: no other site may frame the chat (clickjacking).
FRAME_HEADERS = [(b"x-frame-options", b"SAMEORIGIN"), (b"content-security-policy", b"frame-ancestors 'self'")]


def split_list(value: str) -> frozenset[str]:
    """A comma-separated setting as a set of lower-case entries without trailing slashes."""
    return frozenset(part.strip().lower().rstrip("/") for part in value.split(",") if part.strip())


def _hostname(netloc: str) -> str | None:
    try:
        return urlsplit("//" + netloc).hostname
    except ValueError:
        return None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _without_default_port(netloc: str, scheme: str) -> str:
    default = {"http": ":80", "https": ":443"}.get(scheme, "")
    return netloc[: -len(default)] if default and netloc.endswith(default) else netloc


@dataclass(frozen=True)
class GuardPolicy:
    """The hosts and origins a server bound to ``bind`` accepts."""

    bind: str
    extra_hosts: frozenset[str] = frozenset()
    extra_origins: frozenset[str] = frozenset()

    def host_allowed(self, host_header: str) -> bool:
        """Whether ``Host`` names this server (port aside) rather than a name pointed at it."""
        name = _hostname(host_header)
        if not name:
            return False
        if name in self.extra_hosts:
            return True
        bind = self.bind.strip("[]").lower()
        if bind in WILDCARD_BINDS:  # every interface: any address, never a (rebindable) name
            return _is_ip(name) or name == "localhost"
        if bind in LOOPBACK_NAMES or bind.startswith("127."):
            return name in LOOPBACK_NAMES or name == bind
        return name == bind

    def origin_allowed(self, origin: str, host_header: str) -> bool:
        """Whether a request's ``Origin`` is this server's own page, or an allowed one."""
        origin = origin.strip().lower().rstrip("/")
        if origin in self.extra_origins:
            return True
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False  # "null" (sandboxed frames, file pages) and other schemes
        own = _without_default_port(host_header.lower(), parts.scheme)
        return _without_default_port(parts.netloc, parts.scheme) == own


class RequestGuard:
    """ASGI middleware: refuse foreign hosts and origins, throttle wrong passwords."""

    def __init__(self, app: ASGIApp, policy: GuardPolicy, throttle: LoginThrottle | None = None) -> None:
        self.app = app
        self.policy = policy
        self.throttle = throttle

    def check(self, headers: dict[str, str]) -> str | None:
        """Why a request must be refused, or None."""
        host = headers.get("host", "")
        if not self.policy.host_allowed(host):
            return "unknown Host header; add the host to BYLINE_ALLOWED_HOSTS if a proxy uses it"
        origin = headers.get("origin")
        if origin is not None:
            if not self.policy.origin_allowed(origin, host):
                return "requests from other sites are refused; see BYLINE_ALLOWED_ORIGINS"
            return None
        # Browsers omit Origin on plain GETs (images, scripts); they still say where they come from.
        site = headers.get("sec-fetch-site", "")
        if site in ("cross-site", "same-site") and headers.get("sec-fetch-mode") != "navigate":
            return "requests from other sites are refused; see BYLINE_ALLOWED_ORIGINS"
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        reason = self.check(headers)
        client = (scope.get("client") or ("unknown", 0))[0]
        if reason is not None:
            log.warning(
                "refused %s %s from %s (Host %r, Origin %r): %s",
                scope.get("method", "WS"),
                scope.get("path"),
                client,
                headers.get("host"),
                headers.get("origin"),
                reason,
            )
            await self._refuse(scope, send, 400 if reason.startswith("unknown Host") else 403, reason)
            return
        if scope["type"] == "websocket":
            await self.app(scope, receive, send)
            return
        is_login = scope.get("method") == "POST" and scope.get("path") in LOGIN_PATHS
        if is_login and self.throttle is not None:
            wait = self.throttle.retry_after(client)
            if wait > 0:
                log.warning("login from %s refused: throttled for %.0f more seconds", client, wait)
                await self._refuse(
                    scope, send, 429, f"too many wrong passwords; try again in {wait:.0f} s", wait
                )
                return
        await self.app(scope, receive, self._sender(send, client if is_login else None))

    def _sender(self, send: Send, login_client: str | None) -> Send:
        """Add the framing headers; for a login, note whether it succeeded."""

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *FRAME_HEADERS]
                if login_client is not None and self.throttle is not None:
                    self._note_login(login_client, int(message["status"]))
            await send(message)

        return sending

    def _note_login(self, client: str, status: int) -> None:
        assert self.throttle is not None
        if status < 400:
            self.throttle.succeeded(client)
            log.info("login from %s succeeded", client)
            return
        failures, wait = self.throttle.failed(client)
        log.warning(
            "failed login from %s (%d wrong in a row)%s",
            client,
            failures,
            f"; next try allowed in {wait:.0f} s" if wait else "",
        )

    @staticmethod
    async def _refuse(scope: Scope, send: Send, status: int, reason: str, retry_after: float = 0) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008, "reason": reason})
            return
        body = json.dumps({"error": reason}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if retry_after:
            headers.append((b"retry-after", str(max(1, round(retry_after))).encode()))
        await send({"type": "http.response.start", "status": status, "headers": [*headers, *FRAME_HEADERS]})
        await send({"type": "http.response.body", "body": body})


def guard_middleware(settings: Settings, bind: str) -> Any:
    """The guard as a Starlette ``Middleware`` entry for the app Gradio builds (``app_kwargs``)."""
    from starlette.middleware import Middleware

    policy = GuardPolicy(bind, split_list(settings.allowed_hosts), split_list(settings.allowed_origins))
    throttle = LoginThrottle(settings.login_free_tries, settings.login_first_wait, settings.login_max_wait)
    return Middleware(RequestGuard, policy=policy, throttle=throttle)
