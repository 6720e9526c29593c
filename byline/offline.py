"""Keep every library off the network.

Byline runs on air-gapped machines: telemetry, analytics and model hubs must
never be contacted. Called once by each entry point (CLI, app, tests) before the
heavy libraries are imported.
"""

from __future__ import annotations

import os

OFFLINE_ENV = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


def go_offline() -> None:
    """Set the variables that switch off telemetry and hub downloads."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
