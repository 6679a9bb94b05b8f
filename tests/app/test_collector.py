"""app.collector: the cycle collector off during a block, what survives it frozen."""

from __future__ import annotations

import gc

from app.collector import collector_paused


def test_the_collector_is_off_in_the_block_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_what_the_block_leaves_alive_is_out_of_the_collectors_sight() -> None:
    before = gc.get_freeze_count()
    with collector_paused():
        kept = [[n] for n in range(1000)]
    assert gc.get_freeze_count() >= before + len(kept)


def test_an_error_in_the_block_still_turns_it_back_on() -> None:
    try:
        with collector_paused():
            raise LookupError
    except LookupError:
        pass
    assert gc.isenabled()


def test_a_block_inside_another_leaves_it_off() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
