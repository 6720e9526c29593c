"""Loaded by every Python process the tests start: installs the network guard."""

import byline_netguard  # noqa: F401
