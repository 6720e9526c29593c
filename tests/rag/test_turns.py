"""Many threads asking at once are served in the order they came, at most N working."""

from __future__ import annotations

import threading
import time

import pytest

from rag.turns import Turns

pytestmark = pytest.mark.fast


def _wait_until(condition: object, what: str) -> None:
    for _ in range(2000):
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.005)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_freed_turn_goes_to_the_longest_waiter_not_a_newcomer() -> None:
    turns = Turns(1)
    served: list[str] = []
    turns.acquire()  # the one turn is taken

    def ask(name: str) -> None:
        with turns:
            served.append(name)

    threads = []
    for n, name in enumerate(["first", "second", "third"]):
        t = threading.Thread(target=ask, args=(name,))
        t.start()
        threads.append(t)
        _wait_until(lambda n=n: turns.waiting() == n + 1, f"{name} to wait")
    turns.release()
    for t in threads:
        t.join(timeout=10)
    assert served == ["first", "second", "third"]
    # and the turn is free again: a newcomer does not wait
    with turns:
        assert turns.waiting() == 0


def test_no_more_than_the_allowed_number_work_at_once() -> None:
    turns = Turns(2)
    inside = 0
    most = 0
    lock = threading.Lock()

    def work() -> None:
        nonlocal inside, most
        with turns:
            with lock:
                inside += 1
                most = max(most, inside)
            time.sleep(0.002)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert most == 2


def test_zero_turns_is_refused() -> None:
    with pytest.raises(ValueError):
        Turns(0)
