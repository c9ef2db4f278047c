"""The identity-keyed stores behind the views' and bots' kept figures."""

from __future__ import annotations

from game.engine.kept import KeptByObject, KeptFor


class Thing:
    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:  # equal by content, yet two objects
        return isinstance(other, Thing) and other.name == self.name

    __hash__ = None  # type: ignore[assignment]


def test_a_figure_is_worked_out_once_per_object_not_per_equal_content() -> None:
    made: list[str] = []

    def make(thing: Thing) -> str:
        made.append(thing.name)
        return thing.name.upper()

    kept = KeptByObject(make)
    first, twin = Thing("a"), Thing("a")
    assert kept(first) == kept(first) == "A"
    assert kept(twin) == "A"
    assert made == ["a", "a"]  # the twin is another object: worked out again


def test_a_held_object_keeps_its_id_its_own() -> None:
    """An object dropped by the caller is still held by the store, so a new object can
    never take its id and be given its figure."""
    kept = KeptByObject(lambda thing: thing.name)
    ids = set()
    for k in range(50):
        thing = Thing(str(k))
        assert kept(thing) == str(k)
        ids.add(id(thing))
        del thing
    assert len(ids) == 50


def test_kept_for_objects_and_values() -> None:
    calls: list[tuple] = []

    def make(a: Thing, b: Thing, n: int) -> str:
        calls.append((a.name, b.name, n))
        return f"{a.name}{b.name}{n}"

    kept = KeptFor(make)
    a, b = Thing("a"), Thing("b")
    assert kept((a, b), 1) == "ab1"
    assert kept((a, b), 1) == "ab1"
    assert kept((a, b), 2) == "ab2"  # another value: worked out
    assert kept((b, a), 1) == "ba1"  # other objects in the places: worked out
    assert calls == [("a", "b", 1), ("a", "b", 2), ("b", "a", 1)]


def test_a_full_store_starts_again() -> None:
    kept = KeptByObject(lambda thing: thing.name, limit=3)
    things = [Thing(str(k)) for k in range(10)]
    assert [kept(t) for t in things] == [t.name for t in things]
    assert len(kept._kept) <= 3


def test_rows_are_kept_within_a_byte_budget() -> None:
    """Rows of a large table are kept fewer at a time than rows of a small one, so a store
    of rows never holds more than its budget (plus the one row it just made)."""
    import numpy as np

    from game.engine.kept import RowBudget

    budget = RowBudget(limit=1000, budget=10 * 8 * 100)  # ten rows of 100 floats
    held: list[np.ndarray] = []
    for _ in range(35):
        row = np.zeros(100)
        if budget.full(len(held), row):
            held.clear()
        held.append(row)
        assert sum(r.nbytes for r in held) <= 10 * 8 * 100
    assert 1 <= len(held) <= 10
    count_only = RowBudget(limit=3)
    assert [count_only.full(n, object()) for n in range(5)] == [False, False, False, True, True]
