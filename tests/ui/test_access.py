"""Who may call the server: API keys and logins, the access middleware on every API route, the guard.

These run the ASGI middleware in process (Starlette's TestClient), with a stub
app behind it that only says it was reached; the served app is in test_api.py
and test_security.py.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from byline.errors import UserFacingError
from byline.settings import Settings
from ui import api, openai_api
from ui.access import Access, AccessMiddleware, api_keys, credentials
from ui.guard import GuardPolicy, RequestGuard
from ui.login_throttle import LoginThrottle
from ui.mcp_server import PATH as MCP_PATH
from ui.server import GUARDED

pytestmark = pytest.mark.fast

KEY = "k-0123456789"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def reached(_: object) -> PlainTextResponse:
    return PlainTextResponse("reached")


def stub_app() -> Starlette:
    return Starlette(routes=[Route("/{path:path}", reached, methods=["GET", "POST", "DELETE"])])


def api_paths(settings: Settings) -> list[tuple[str, str]]:
    """(method, path) of every programmatic route the server mounts, path parameters filled in."""
    out = [("POST", MCP_PATH)]
    for router in (api.build_router(settings), openai_api.build_router(settings)):
        for route in router.routes:
            path = re.sub(r"\{[^}]+\}", "x", route.path)  # type: ignore[attr-defined]
            out.extend((method, path) for method in route.methods)  # type: ignore[attr-defined]
    return out


def test_nothing_configured_allows_every_call() -> None:
    assert Access().allows(None) and not Access().required


def test_a_right_key_or_login_is_let_in_a_wrong_or_missing_one_is_not() -> None:
    access = Access(keys=(KEY,), logins=(("ana", "s3cret"),))
    assert access.allows(f"Bearer {KEY}") and access.allows(basic("ana", "s3cret"))
    assert not access.allows(None) and not access.allows("")
    assert not access.allows("Bearer wrong") and not access.allows(f"Bearer {KEY}x")
    assert not access.allows(basic("ana", "wrong")) and not access.allows(basic("bob", "s3cret"))
    assert not access.allows("Basic !!!notbase64") and not access.allows(f"Token {KEY}")


def test_keys_and_logins_are_read_from_settings_and_files(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.write_text("# comment\nk2\n\n", encoding="utf-8")
    logins = tmp_path / "logins"
    logins.write_text("bob:pw2\n", encoding="utf-8")
    settings = Settings(home=tmp_path, api_keys="k1, ", api_keys_file=keys, auth="ana:pw", auth_file=logins)
    assert api_keys(settings) == ["k1", "k2"]
    assert credentials(settings) == [("ana", "pw"), ("bob", "pw2")]


def test_a_malformed_login_or_unreadable_file_is_one_clear_message(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="USER:PASSWORD"):
        credentials(Settings(home=tmp_path, auth="just-a-name"))
    with pytest.raises(UserFacingError, match="cannot read --api-keys-file"):
        api_keys(Settings(home=tmp_path, api_keys_file=tmp_path / "missing"))


def test_every_api_route_refuses_an_anonymous_caller_once_keys_are_set(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path)
    app = AccessMiddleware(stub_app(), Access(keys=(KEY,)), GUARDED)
    paths = api_paths(settings)
    assert len(paths) >= 7, paths
    with TestClient(app) as client:
        for method, path in paths:
            refused = client.request(method, path)
            assert refused.status_code == 401, f"{method} {path} skipped the access check"
            assert "Bearer" in refused.headers["www-authenticate"]
            allowed = client.request(method, path, headers={"Authorization": f"Bearer {KEY}"})
            assert allowed.text == "reached", f"{method} {path}"


def test_the_chat_pages_are_not_behind_the_api_key_check() -> None:
    app = AccessMiddleware(stub_app(), Access(keys=(KEY,)), GUARDED)
    with TestClient(app) as client:
        assert client.get("/").text == "reached"  # the chat has its own login page


def guarded_client(throttle: LoginThrottle | None = None) -> TestClient:
    guard = RequestGuard(stub_app(), GuardPolicy("127.0.0.1"), throttle)
    return TestClient(guard, base_url="http://127.0.0.1:7860")


def test_the_guard_refuses_a_foreign_host_and_a_foreign_origin() -> None:
    with guarded_client() as client:
        assert client.get("/").text == "reached"
        assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400
        assert client.post("/", headers={"Origin": "http://127.0.0.1:8000"}).status_code == 403
        assert client.post("/", headers={"Origin": "http://127.0.0.1:7860"}).text == "reached"
        cross = client.get("/", headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"})
        assert cross.status_code == 403


def test_every_answer_forbids_framing_by_other_sites() -> None:
    with guarded_client() as client:
        assert client.get("/").headers["x-frame-options"] == "SAMEORIGIN"


def test_wrong_passwords_lock_a_client_out_with_retry_after() -> None:
    now = [0.0]
    throttle = LoginThrottle(free_tries=1, first_wait=30, max_wait=60, clock=lambda: now[0])
    throttle.failed("testclient")
    throttle.failed("testclient")
    with guarded_client(throttle) as client:
        locked = client.post("/login")
        assert locked.status_code == 429 and int(locked.headers["retry-after"]) >= 1
        now[0] = 1000.0
        assert client.post("/login").text == "reached"


def test_a_successful_login_clears_the_count() -> None:
    throttle = LoginThrottle(free_tries=3, first_wait=5, max_wait=60, clock=lambda: 0.0)
    throttle.failed("c")
    throttle.failed("c")
    throttle.succeeded("c")
    assert throttle.failed("c") == (1, 0.0)
