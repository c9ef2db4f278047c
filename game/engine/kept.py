"""Figures worked out once per immutable object and found again by the object's identity.

A game's views share one object per proposal, question, actor and log line while it stands
unchanged, and bots read the same objects move after move. Keying on `id()` is a dictionary
lookup where spelling the content out as a key is not; the object is held beside its figure,
so its id cannot be reused by another object while the entry lives.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from operator import is_
from typing import Generic, TypeVar

Obj = TypeVar("Obj")
Figure = TypeVar("Figure")

#: Objects a store keeps before it starts again (games, undo and clones make new ones).
KEPT_OBJECTS = 4096


class KeptByObject(Generic[Obj, Figure]):
    """`make(obj)` for each object, worked out the first time it is asked for."""

    __slots__ = ("_kept", "_limit", "_make")

    def __init__(self, make: Callable[[Obj], Figure], limit: int = KEPT_OBJECTS) -> None:
        self._make = make
        self._limit = limit
        self._kept: dict[int, tuple[Obj, Figure]] = {}

    def __call__(self, obj: Obj) -> Figure:
        kept = self._kept.get(id(obj))
        if kept is not None and kept[0] is obj:
            return kept[1]
        if len(self._kept) >= self._limit:
            self._kept.clear()
        figure = self._make(obj)
        self._kept[id(obj)] = (obj, figure)
        return figure


#: Bytes of numpy rows one store keeps before it starts again (a row per package: a large
#: table's rows are large, a small one's many).
ROW_BUDGET = 64 * 1024 * 1024


class RowBudget:
    """Counts the bytes of the rows a store holds; says when to start again."""

    __slots__ = ("_budget", "_limit", "held")

    def __init__(self, limit: int, budget: int = ROW_BUDGET) -> None:
        self._limit = limit
        self._budget = budget
        self.held = 0

    def full(self, entries: int, adding: object) -> bool:
        """Whether a store of `entries` must start again before it keeps `adding`."""
        size = int(getattr(adding, "nbytes", 0))
        if entries >= self._limit or self.held + size > self._budget:
            self.held = size
            return True
        self.held += size
        return False


class KeptFor(Generic[Figure]):
    """`make(*objects, *values)` kept per objects (by identity, held) and plain values (by
    equality): for figures worked out from other kept, read-only figures (numpy rows are
    kept within `ROW_BUDGET` bytes)."""

    __slots__ = ("_budget", "_kept", "_make")

    def __init__(self, make: Callable[..., Figure], limit: int = KEPT_OBJECTS) -> None:
        self._make = make
        self._budget = RowBudget(limit)
        self._kept: dict[tuple, tuple[tuple[object, ...], Figure]] = {}

    @property
    def make(self) -> Callable[..., Figure]:
        """How a figure is worked out (for objects not worth keeping)."""
        return self._make

    def __call__(self, objects: tuple[object, ...], *values: Hashable) -> Figure:
        key = (*map(id, objects), *values)
        kept = self._kept.get(key)
        if kept is not None and all(map(is_, kept[0], objects)):
            return kept[1]
        figure = self._make(*objects, *values)
        if self._budget.full(len(self._kept), figure):
            self._kept.clear()
        self._kept[key] = (objects, figure)
        return figure
