"""Pacer edges: what counts as a rate and a jitter (and the message naming the bad one), slots exactly
`60 / per_minute` apart without jitter, a caller ahead of its slot waiting only for what is left, and
`wait()` / `wait_async()` sleeping for their slot, from threads and tasks alike."""

from __future__ import annotations

import math
import threading
import time

import anyio
import pytest
from sparkbot import Pacer, SparkBotValidationError


@pytest.mark.parametrize("per_minute", [0, -1, math.inf, math.nan, True, "3", None])
def test_a_rate_must_be_a_number_above_zero(per_minute: object) -> None:
    with pytest.raises(SparkBotValidationError) as info:
        Pacer(per_minute)  # type: ignore[arg-type]
    assert info.value.field == "per_minute"
    assert info.value.rule == f"must be a number above 0, got {per_minute!r}"


@pytest.mark.parametrize("jitter", [-0.01, 1, 1.5, True, "0.1", None])
def test_a_jitter_must_be_a_fraction_below_one(jitter: object) -> None:
    with pytest.raises(SparkBotValidationError) as info:
        Pacer(60, jitter=jitter)  # type: ignore[arg-type]
    assert info.value.field == "jitter"
    assert info.value.rule == f"must be at least 0 and below 1, got {jitter!r}"


@pytest.mark.parametrize(("per_minute", "jitter"), [(0.5, 0), (1e-9, 0.999), (6000, 0.0)])
def test_rates_and_jitters_at_the_edges_are_accepted(per_minute: float, jitter: float) -> None:
    pacer = Pacer(per_minute, jitter=jitter)
    assert pacer.interval == 60.0 / per_minute and pacer.jitter == jitter


def test_slots_are_exactly_the_interval_apart_without_jitter() -> None:
    now = [10.0]
    pacer = Pacer(per_minute=20, jitter=0.0, clock=lambda: now[0], rand=lambda: 1.0)
    assert [pacer.reserve() for _ in range(3)] == [0.0, 3.0, 6.0]
    now[0] = 14.0  # one second into the wait for the fourth slot (at 19.0)
    assert pacer.reserve() == 5.0
    middle = Pacer(per_minute=20, jitter=0.5, clock=lambda: 0.0, rand=lambda: 0.5)
    assert [middle.reserve() for _ in range(2)] == [0.0, 3.0]  # rand 0.5: no jitter either way


def test_wait_sleeps_until_the_slot_from_every_thread() -> None:
    pacer = Pacer(per_minute=1200, jitter=0.0)  # 50 ms apart
    stamps: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        pacer.wait()
        with lock:
            stamps.append(time.monotonic())

    threads = [threading.Thread(target=take) for _ in range(4)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert max(stamps) - started >= 0.15 * 0.95  # the fourth slot is 150 ms after the first


def test_wait_async_sleeps_until_the_slot() -> None:
    pacer = Pacer(per_minute=1200, jitter=0.0)

    async def main() -> float:
        started = time.monotonic()
        async with anyio.create_task_group() as group:
            for _ in range(4):
                group.start_soon(pacer.wait_async)
        return time.monotonic() - started

    assert anyio.run(main) >= 0.15 * 0.95


def test_a_free_slot_is_taken_without_yielding_to_the_event_loop() -> None:
    """wait_async on a free slot returns at once, with no checkpoint: a cancelled scope does not stop it."""
    pacer = Pacer(per_minute=60, jitter=0.0)
    reached: list[str] = []

    async def main() -> None:
        with anyio.CancelScope() as scope:
            scope.cancel()
            await pacer.wait_async()  # the first slot is now
            reached.append("free slot")
            await pacer.wait_async()  # the next is a second away: this one sleeps, so it is cancelled
            reached.append("busy slot")

    anyio.run(main)
    assert reached == ["free slot"]
