"""The programmatic ways in, against a real `byline serve` on 127.0.0.1 with API keys and a login.

Two outlets report the same bridge reopening with different figures, so a filter
that works shows in which figure the answer quotes.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT, free_port, run_cli

KEY = "test-key-7f3a"
LOGIN = ("reader", "s3cret-pass")
QUESTION = "How much did the Kestrel bridge repairs cost?"
ARTICLES = [
    {
        "title": "Kestrel bridge reopens after repairs",
        "publisher": "Harbour Gazette",
        "date": "2024-03-05",
        "url": "https://gazette.example/kestrel-bridge",
        "body": "The Kestrel bridge reopened on Tuesday after repairs costing 48 million dollars. "
        "Engineers replaced the cables and the deck. Traffic returned to the harbour road by noon.",
    },
    {
        "title": "Cyclists return to the Kestrel bridge",
        "publisher": "Valley Times",
        "date": "2024-06-20",
        "url": "https://valley.example/kestrel",
        "body": "The Kestrel bridge repairs cost 52 million dollars according to the city auditor. "
        "Cyclists returned to the bridge this week after the new lanes opened. The auditor said "
        "the budget grew because of steel prices.",
    },
]


def request(
    url: str, body: Any = None, method: str | None = None, auth: str | None = f"Bearer {KEY}"
) -> tuple[int, str, bytes]:
    """(status, content type, body) of one HTTP request; errors are returned, not raised."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if auth:
        req.add_header("Authorization", auth)
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def api_json(url: str, body: Any = None, method: str | None = None) -> Any:
    status, _, raw = request(url, body, method)
    assert status == 200, raw
    return json.loads(raw)


def serving(url: str) -> bool:
    """Whether the API answers 200 (with the test key) yet."""
    try:
        return request(url)[0] == 200
    except OSError:  # not listening yet
        return False


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("api-home")
    source = tmp_path_factory.mktemp("api-articles") / "bridge.json"
    source.write_text(json.dumps(ARTICLES), encoding="utf-8")
    run_cli("--home", str(home), "index", str(source))
    return home


@contextmanager
def byline_serve(home: Path, *extra: str, env_extra: dict[str, str] | None = None) -> Iterator[str]:
    """`byline serve` on a free port of 127.0.0.1; yields its URL once the API answers."""
    port = free_port()
    command = [sys.executable, "-m", "ui.cli", "--home", str(home), "serve", "--port", str(port), *extra]
    log_path = home / f"server-{port}.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            command, cwd=ROOT, env=dict(os.environ, **(env_extra or {})), stdout=log, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while not serving(f"{url}/v1/models"):
                assert proc.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=30)


@pytest.fixture(scope="module")
def server(home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server with API keys (a file) and a chat login (the environment)."""
    keys = tmp_path_factory.mktemp("keys") / "keys.txt"
    keys.write_text(f"# API keys\n{KEY}\n", encoding="utf-8")
    with byline_serve(home, "--api-keys-file", str(keys), env_extra={"BYLINE_AUTH": ":".join(LOGIN)}) as url:
        yield url


def cited_outlets(reply: dict[str, Any]) -> set[str]:
    return {c["outlet"] for c in reply["citations"]}


def test_answer_as_json_cites_passages_unescaped(server: str) -> None:
    reply = api_json(f"{server}/api/v1/answer", {"question": QUESTION})
    assert not reply["refused"]
    assert "[1]" in reply["answer"]
    first = reply["citations"][0]
    assert first["n"] == 1 and first["url"].startswith("https://")
    assert first["text"][first["highlights"][0][0] : first["highlights"][0][1]] in first["text"]
    assert "&#x27;" not in json.dumps(reply) and "&amp;" not in json.dumps(reply)


def test_answer_as_server_sent_events(server: str) -> None:
    status, kind, raw = request(f"{server}/api/v1/answer", {"question": QUESTION, "stream": True})
    assert status == 200 and kind.startswith("text/event-stream")
    events = [block.split("\n", 1) for block in raw.decode().strip().split("\n\n")]
    names = [head.removeprefix("event: ") for head, _ in events]
    assert names[0] == "piece" and names[-2:] == ["answer", "end"]
    pieces = "".join(json.loads(data.removeprefix("data: "))["text"] for head, data in events[:-2])
    final = json.loads(events[-2][1].removeprefix("data: "))
    assert pieces == final["answer"] and final["citations"]


def test_filters_narrow_the_answer_in_the_api(server: str) -> None:
    for outlet, figure in (("Valley Times", "52"), ("harbour gazette", "48")):
        reply = api_json(f"{server}/api/v1/answer", {"question": QUESTION, "filters": {"outlets": [outlet]}})
        assert cited_outlets(reply) == {outlet.title()}, reply
        assert figure in reply["answer"]
        # A program gets the named answer apart, as the answer's first line says it.
        assert figure in reply["short"] and reply["answer"].startswith(reply["short"]), reply
    dated = api_json(
        f"{server}/api/v1/answer",
        {"question": QUESTION, "filters": {"since": "2024-06-01", "until": "2024-12-31"}},
    )
    assert cited_outlets(dated) == {"Valley Times"}
    found = api_json(
        f"{server}/api/v1/search", {"query": QUESTION, "k": 5, "filters": {"until": "2024-04-01"}}
    )
    assert found["passages"] and {p["outlet"] for p in found["passages"]} == {"Harbour Gazette"}
    for narrow in ({"outlets": ["Nobody"]}, {"language": "de"}, {"since": "2025-01-01"}):
        nothing = api_json(f"{server}/api/v1/answer", {"question": QUESTION, "filters": narrow})
        assert nothing["refused"] and not nothing["citations"] and not nothing["related"], narrow


def test_errors_are_json_with_the_right_status(server: str) -> None:
    cases = [
        ("/api/v1/answer", {"question": "   "}, 400),
        ("/api/v1/answer", {"question": "?!", "stream": True}, 400),
        ("/api/v1/answer", {"question": QUESTION, "filters": {"since": "last week"}}, 400),
        ("/api/v1/answer", {"history": []}, 422),
        ("/api/v1/articles/no-such-doc", None, 404),
    ]
    for path, body, expected in cases:
        method = "DELETE" if body is None else None
        status, kind, raw = request(server + path, body, method)
        assert (status, kind) == (expected, "application/json"), raw
        assert set(json.loads(raw)) == {"error"} and json.loads(raw)["error"]


def test_articles_are_listed_paged_added_and_removed(server: str, tmp_path: Path) -> None:
    listed = api_json(f"{server}/api/v1/articles?per_page=1")
    assert listed["total"] == 2 and [a["outlet"] for a in listed["articles"]] == ["Valley Times"]
    second = api_json(f"{server}/api/v1/articles?per_page=1&page=2")
    assert [a["outlet"] for a in second["articles"]] == ["Harbour Gazette"]
    only = api_json(f"{server}/api/v1/articles?outlet=harbour%20gazette")
    assert only["total"] == 1

    boundary = "byline-test-boundary"
    text = "Ferry timetable changes\nThe Kestrel ferry will run every twenty minutes from May.\n"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="ferry.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\n{text}\r\n"
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="evil.exe"\r\n'
        f"Content-Type: application/octet-stream\r\n\r\nMZ\r\n--{boundary}--\r\n"
    ).encode()
    req = urllib.request.Request(f"{server}/api/v1/articles", data=body, method="POST")
    req.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    req.add_header("Authorization", f"Bearer {KEY}")
    with urllib.request.urlopen(req, timeout=120) as resp:
        added = json.loads(resp.read())
    assert added["added"] == 1 and [r["file"] for r in added["rejected"]] == ["evil.exe"]

    articles = api_json(f"{server}/api/v1/articles")["articles"]
    ferry = next(a for a in articles if a["title"] == "Ferry timetable changes")
    reply = api_json(f"{server}/api/v1/answer", {"question": "How often will the Kestrel ferry run?"})
    assert "twenty minutes" in reply["answer"]
    assert api_json(f"{server}/api/v1/articles/{ferry['doc_id']}", method="DELETE") == {
        "removed": ferry["doc_id"]
    }
    assert api_json(f"{server}/api/v1/articles")["total"] == 2


def test_anonymous_and_wrong_callers_get_401_and_chat_users_may_use_basic(server: str) -> None:
    for auth in (None, "Bearer wrong-key", "Basic " + base64.b64encode(b"reader:wrong").decode()):
        for path in ("/api/v1/articles", "/v1/models", "/mcp", "/api/v1/docs"):
            status, _, _ = request(server + path, auth=auth)
            assert status == 401, (path, auth)
    basic = "Basic " + base64.b64encode(":".join(LOGIN).encode()).decode()
    status, _, raw = request(f"{server}/api/v1/articles", auth=basic)
    assert status == 200 and json.loads(raw)["total"] >= 2


def test_openai_client_gets_a_cited_answer_plain_and_streaming(server: str) -> None:
    import openai

    client = openai.OpenAI(base_url=f"{server}/v1", api_key=KEY)
    assert [m.id for m in client.models.list()] == ["byline"]
    messages: list[Any] = [
        {"role": "user", "content": "Which bridge reopened?"},
        {"role": "assistant", "content": "The Kestrel bridge [1]."},
        {"role": "user", "content": QUESTION},
    ]
    reply = client.chat.completions.create(model="byline", messages=messages)
    text = reply.choices[0].message.content or ""
    assert "[1]" in text and "\n\nSources:\n[1] " in text
    citations = (reply.model_extra or {})["citations"]
    assert citations[0]["n"] == 1 and citations[0]["outlet"] in {"Harbour Gazette", "Valley Times"}

    streamed, last_extra = "", {}
    for chunk in client.chat.completions.create(
        model="byline", messages=messages, stream=True, extra_body={"filters": {"outlets": ["Valley Times"]}}
    ):
        streamed += chunk.choices[0].delta.content or ""
        last_extra = chunk.model_extra or last_extra
    assert "52" in streamed and "Sources:\n[1] Cyclists return to the Kestrel bridge" in streamed
    assert {c["outlet"] for c in last_extra["citations"]} == {"Valley Times"}

    with pytest.raises(openai.BadRequestError, match="Please type a question"):
        client.chat.completions.create(model="byline", messages=[{"role": "user", "content": " "}])
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=f"{server}/v1", api_key="wrong").chat.completions.create(
            model="byline", messages=messages
        )


def test_mcp_client_lists_tools_and_gets_a_cited_answer(server: str) -> None:
    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    statuses: list[int] = []

    async def record(response: Any) -> None:
        statuses.append(response.status_code)

    async def session(key: str) -> tuple[list[str], Any, Any]:
        http = httpx2.AsyncClient(
            headers={"Authorization": f"Bearer {key}"}, event_hooks={"response": [record]}
        )
        async with http, Client(streamable_http_client(f"{server}/mcp", http_client=http)) as client:
            tools = await client.list_tools()
            answered = await client.call_tool(
                "answer_question", {"question": QUESTION, "filters": {"outlets": ["Harbour Gazette"]}}
            )
            listed = await client.call_tool("list_articles", {"page": 1})
            return [t.name for t in tools.tools], answered, listed

    names, answered, listed = asyncio.run(session(KEY))
    assert set(names) == {"answer_question", "search_articles", "list_articles"}
    assert not answered.is_error
    reply = answered.structured_content
    assert "48" in reply["answer"] and cited_outlets(reply) == {"Harbour Gazette"}
    assert listed.structured_content["total"] >= 2

    assert 401 not in statuses
    with pytest.raises(BaseExceptionGroup):
        asyncio.run(session("wrong-key"))
    assert statuses[-1] == 401


def test_cli_filters_narrow_the_answer(home: Path) -> None:
    out = run_cli("--home", str(home), "ask", QUESTION, "--outlet", "Valley Times", "--json").stdout
    reply = json.loads(out)
    assert {c["publisher"] for c in reply["citations"]} == {"Valley Times"} and "52" in reply["answer"]
    out = run_cli("--home", str(home), "ask", QUESTION, "--until", "2024-04-30", "--json").stdout
    assert {c["publisher"] for c in json.loads(out)["citations"]} == {"Harbour Gazette"}
    bad = run_cli("--home", str(home), "ask", QUESTION, "--since", "yesterday", check=False)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr


def test_openapi_page_documents_the_endpoints(server: str) -> None:
    schema = api_json(f"{server}/api/v1/openapi.json")
    assert {"/api/v1/answer", "/api/v1/search", "/api/v1/articles", "/v1/chat/completions"} <= set(
        schema["paths"]
    )
    status, kind, page = request(f"{server}/api/v1/docs")
    assert status == 200 and kind.startswith("text/html") and b"openapi.json" in page
    assert b"cdn." not in page and b"https://" not in page  # the page works offline
    assert request(f"{server}/api/v1/docs-assets/swagger-ui-bundle.js")[0] == 200


def test_without_any_auth_local_programs_need_no_key(home: Path) -> None:
    with byline_serve(home) as url:
        status, _, raw = request(f"{url}/api/v1/articles", auth=None)
        assert status == 200 and json.loads(raw)["total"] >= 2
        status, _, raw = request(f"{url}/api/v1/search", {"query": QUESTION, "k": 1}, auth=None)
        assert status == 200 and json.loads(raw)["passages"][0]["title"].startswith(("Kestrel", "Cyclists"))
