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
