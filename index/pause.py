"""TEST ONLY: hold an index run still after a chosen write step.

Safety tests (kill -9 mid-run, a second run while one writes, questions during a
run) need the run to be *exactly* between two write steps when they act, not
"probably still running". With ``BYLINE_TEST_PAUSE_AFTER_STEP=N`` and
``BYLINE_TEST_PAUSE_FILE=path`` the run, after its N-th write step, creates
``path`` and waits (holding the index lock) until the test deletes it. Unset —
the default — this does nothing; it is not a production feature.
"""

from __future__ import annotations

import logging
import os
import time

from byline.settings import Settings

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05


class PausePoint:
    """Counts the run's write steps and pauses after the configured one."""

    def __init__(self, settings: Settings) -> None:
        self.after = settings.test_pause_after_step
        self.file = settings.test_pause_file
        self.steps = 0

    def step_done(self) -> None:
        """Call after each write step; pauses once, at the configured step."""
        self.steps += 1
        if self.file is None or self.steps != self.after:
            return
        log.warning("test pause: write step %d done; waiting until %s is deleted", self.steps, self.file)
        # Written beside it and renamed: a test that sees the file must also see the step in it
        # (write_text creates the file empty first, and a reader polling for it read "" half the time).
        staged = self.file.with_name(self.file.name + ".writing")
        staged.write_text(str(self.steps), encoding="utf-8")
        os.replace(staged, self.file)
        while self.file.exists():
            time.sleep(POLL_SECONDS)
