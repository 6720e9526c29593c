"""News records inside a zip file in a git repository, as one ``.json`` file per article.

A question set's fixture may name records of a zip of JSON news records (Webhose's
free-news-datasets: one record per zip member, ``News_Datasets/<topic>.zip`` holding
``<topic>/article_<n>.json``) instead of HTML pages:

    {"git": "/work/.mirror/Webhose+free-news-datasets/repo", "commit": "<40 hex>",
     "zip": "News_Datasets/<name>.zip",
     "records": [{"page": "<page name>", "member": "<path in the zip>", "uuid": "<record uuid>"}]}

Each record reaches the index as ``<page>.json`` holding the member's bytes unchanged, which
Byline's JSON dump loader reads as one article (its ``text``, ``title``, ``published``,
``url``, ``author`` and ``uuid`` fields are ones the loader already knows). The zip is read
from the mirror at the pinned commit, and a member whose ``uuid`` is not the one the set
names fails loudly, so a set cannot silently ask about another article.

Some of the repository's zips were committed without their central directory (the one
``zipfile`` needs), so members are read from their local headers when ``zipfile`` refuses.
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
import zipfile
import zlib
from typing import Any

_LOCAL = b"PK\x03\x04"
_HEADER = struct.Struct("<4sHHHHHIIIHH")  # signature .. extra length: 30 bytes


def zip_members(raw: bytes) -> dict[str, bytes]:
    """Every member of a zip by its path, read from the central directory or, lacking one, in order."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    except zipfile.BadZipFile:
        return _local_members(raw)


def _local_members(raw: bytes) -> dict[str, bytes]:
    """Members read header by header (stored or deflated, sizes in the local header)."""
    members: dict[str, bytes] = {}
    at = 0
    while raw[at : at + 4] == _LOCAL:
        _, _, flags, method, _, _, _, packed, size, name_len, extra_len = _HEADER.unpack_from(raw, at)
        start = at + _HEADER.size + name_len + extra_len
        name = raw[at + _HEADER.size : at + _HEADER.size + name_len].decode("utf-8")
        if flags & 0x08:
            raise ValueError(f"zip member {name} has its sizes after the data; not read")
        body = raw[start : start + packed]
        if method == 8:
            body = zlib.decompress(body, -15)
        elif method != 0:
            raise ValueError(f"zip member {name}: compression method {method} not read")
        if len(body) != size:
            raise ValueError(f"zip member {name} is cut short ({len(body)} of {size} bytes)")
        members[name] = body
        at = start + packed
    return members


def record_files(fixtures: dict[str, Any]) -> dict[str, bytes]:
    """``<page>.json`` -> the record's bytes, for every record a zip fixture names."""
    shown = subprocess.run(
        ["git", f"--git-dir={fixtures['git']}", "show", f"{fixtures['commit']}:{fixtures['zip']}"],
        capture_output=True,
        check=True,
    )
    members = zip_members(shown.stdout)
    files = {}
    for record in fixtures["records"]:
        raw = members[record["member"]]
        found = json.loads(raw).get("uuid")
        if found != record["uuid"]:
            raise ValueError(f"{record['member']} holds record {found}, not {record['uuid']}")
        files[f"{record['page']}.json"] = raw
    return files
