"""The Host/Origin rules and the login back-off, on their own (the served app is in test_security)."""

from __future__ import annotations

import pytest

from ui.guard import GuardPolicy, split_list
from ui.login_throttle import LoginThrottle

pytestmark = pytest.mark.fast


def test_hosts_a_loopback_server_accepts() -> None:
    policy = GuardPolicy("127.0.0.1")
    assert policy.host_allowed("127.0.0.1:7860") and policy.host_allowed("localhost:7860")
    assert not policy.host_allowed("attacker.example:7860")  # DNS rebinding
    assert not policy.host_allowed("192.168.1.4:7860") and not policy.host_allowed("")
    proxied = GuardPolicy("127.0.0.1", split_list("Byline.Example.org, news.example"))
    assert proxied.host_allowed("byline.example.org") and proxied.host_allowed("news.example:443")


def test_a_server_on_every_interface_accepts_addresses_but_no_names() -> None:
    policy = GuardPolicy("0.0.0.0")
    assert policy.host_allowed("192.168.1.4:7860") and policy.host_allowed("[::1]:7860")
    assert not policy.host_allowed("attacker.example")


def test_only_the_servers_own_origin_or_an_allowed_one_passes() -> None:
    policy = GuardPolicy("127.0.0.1", extra_origins=split_list("https://news.example/"))
    assert policy.origin_allowed("http://127.0.0.1:7860", "127.0.0.1:7860")
    assert not policy.origin_allowed("http://127.0.0.1:8000", "127.0.0.1:7860")  # another local port
    assert not policy.origin_allowed("http://localhost:7860", "127.0.0.1:7860")
    assert not policy.origin_allowed("null", "127.0.0.1:7860")
    assert policy.origin_allowed("https://news.example", "127.0.0.1:7860")


def test_wrong_passwords_back_off_doubling_and_a_login_clears_them() -> None:
    now = [0.0]
    throttle = LoginThrottle(free_tries=2, first_wait=5, max_wait=12, clock=lambda: now[0])
    assert throttle.failed("a") == (1, 0.0)
    assert throttle.retry_after("a") == 0
    assert throttle.failed("a") == (2, 5.0)
    assert throttle.retry_after("a") == 5.0 and throttle.retry_after("b") == 0
    now[0] = 6.0
    assert throttle.retry_after("a") == 0
    assert throttle.failed("a") == (3, 10.0)
    assert throttle.failed("a") == (4, 12.0)  # capped
    throttle.succeeded("a")
    assert throttle.retry_after("a") == 0
