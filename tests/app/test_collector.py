"""app.collector: the cycle collector off during a block, what survives it frozen."""

from __future__ import annotations

import gc

import pytest

from app import collector
from app.collector import collector_paused, free_gradually
from app.importing.matching import SupplierMatcher


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


def test_containers_are_emptied_a_batch_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(collector.time, "sleep", pauses.append)
    inner = {f"k{n}": (n, "x") for n in range(2500)}
    words = {f"w{n}" for n in range(1500)}
    nested = {"CL": inner, "AR": {"w": words}, "PE": {}}
    flat = {n: [n] for n in range(1000)}

    free_gradually([nested, flat], batch=500)

    assert [nested, inner, flat] == [{}, {}, {}]
    assert words == set()
    # 3 + 2,500 + 1 + 1,500 + 1,000 items: the GIL given up after every 500.
    assert len(pauses) == 5005 // 500


def test_a_matcher_closed_has_let_go_of_every_key() -> None:
    matcher = SupplierMatcher(None)
    for n in range(50):
        matcher.remember(n, f"Exportadora Número {n} SpA", "CL", None)
    matcher.match("Exportadora Numro 7", "CL", None)  # a typo: the fuzzy index is built
    kept = [matcher._by_name["CL"], matcher._postings["CL"]]
    matcher.close()
    assert all(not table for table in kept)
    assert [matcher._by_name, matcher._postings, matcher._taxless] == [{}, {}, {}]
