"""Test-only network guard, loaded by every Python process the tests start.

Refuses (and records) any connection to an address outside 127.0.0.0/8 or ::1,
so the suite proves that nothing reaches outside the machine. Unix sockets pass.
"""

import ipaddress
import os
import socket

_LOG = os.environ.get("BYLINE_NETGUARD_LOG")
_original_connect = socket.socket.connect
_original_connect_ex = socket.socket.connect_ex


def _allowed(address):
    if not isinstance(address, tuple):
        return True  # AF_UNIX and friends
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False  # a host name that would need resolving


def _record(address):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {address!r}\n")


def _guarded_connect(self, address):
    if not _allowed(address):
        _record(address)
        raise OSError(f"network guard: connection to {address!r} refused in tests")
    return _original_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _allowed(address):
        _record(address)
        return 111  # ECONNREFUSED
    return _original_connect_ex(self, address)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
