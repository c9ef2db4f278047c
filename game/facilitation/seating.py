"""Who sits where: N people over tables of a case with R roles.

Full tables first (one person per role), then everyone left over joins a table as the second
person of a role (a duo) or as an observer, spread over the tables so no table gets two more
than another. Fewer people than roles make one table whose empty roles a bot or the trainer
plays. People are numbered 1..N; every number is placed exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Remainder = Literal["duos", "observers"]
REMAINDERS: tuple[Remainder, ...] = ("duos", "observers")


@dataclass(frozen=True)
class Table:
    """One table: per role (in the case's order) the people playing it, and its observers.

    A role with no people is played by a bot or the trainer; one with two is a duo.
    """

    number: int
    roles: tuple[tuple[int, ...], ...]
    observers: tuple[int, ...] = ()

    @property
    def players(self) -> int:
        return sum(len(people) for people in self.roles)

    @property
    def people(self) -> int:
        return self.players + len(self.observers)

    @property
    def empty_roles(self) -> tuple[int, ...]:
        """Indexes of the roles nobody plays at this table."""
        return tuple(k for k, people in enumerate(self.roles) if not people)

    @property
    def duos(self) -> tuple[int, ...]:
        """Indexes of the roles two people share at this table."""
        return tuple(k for k, people in enumerate(self.roles) if len(people) > 1)


@dataclass(frozen=True)
class Seating:
    """`bots`: a bot plays the roles nobody plays (else the trainer does, or they stay empty);
    `short`: how many more full tables the people would fill than the room has."""

    people: int
    roles: int
    tables: tuple[Table, ...]
    bots: bool = False
    short: int = 0

    def cards_per_role(self) -> tuple[int, ...]:
        """How many copies of each role card to print: one per person playing that role."""
        return tuple(sum(len(table.roles[k]) for table in self.tables) for k in range(self.roles))

    @property
    def observers(self) -> int:
        return sum(len(table.observers) for table in self.tables)


def seat(people: int, roles: int, remainder: Remainder = "duos") -> Seating:
    """Seat `people` (≥ 1) at tables of a case with `roles` (≥ 1) roles.

    `people // roles` full tables (at least one); the `people % roles` left over go round
    the tables in turn, as the second person of the first roles (duos) or as observers.
    """
    if people < 1 or roles < 1:
        raise ValueError(f"need at least one person and one role, got {people} and {roles}")
    if remainder not in REMAINDERS:
        raise ValueError(f"remainder must be one of {REMAINDERS}, got {remainder!r}")
    if people < roles:
        table = Table(1, tuple((k + 1,) if k < people else () for k in range(roles)))
        return Seating(people, roles, (table,))
    count = people // roles
    seats: list[list[list[int]]] = [
        [[t * roles + k + 1] for k in range(roles)] for t in range(count)
    ]
    watching: list[list[int]] = [[] for _ in range(count)]
    for extra in range(people % roles):
        person = count * roles + extra + 1
        table = extra % count
        if remainder == "duos":
            seats[table][(extra // count) % roles].append(person)
        else:
            watching[table].append(person)
    tables = tuple(
        Table(t + 1, tuple(tuple(p) for p in seats[t]), tuple(watching[t])) for t in range(count)
    )
    return Seating(people, roles, tables)


def propose(
    people: int, roles: int, tables: int, remainder: Remainder = "duos", bots: bool = False
) -> Seating:
    """The dashboard's proposal for a room of `tables` tables: full tables first (at most
    `tables`), then the people left over. With `bots` allowed and a free table, at least
    half a table's worth of them gets a table of its own with bots on the other roles;
    the rest join the full tables as duos (two people at most per role) or observers."""
    if people < 1 or roles < 1 or tables < 1:
        raise ValueError(f"need people, roles and tables, got {people}, {roles}, {tables}")
    if remainder not in REMAINDERS:
        raise ValueError(f"remainder must be one of {REMAINDERS}, got {remainder!r}")
    if people < roles:
        return replace(seat(people, roles, remainder), bots=bots)
    count = min(people // roles, tables)
    seats = [[[t * roles + k + 1] for k in range(roles)] for t in range(count)]
    watching: list[list[int]] = [[] for _ in range(count)]
    next_person = count * roles + 1
    left = people - count * roles
    if bots and count < tables and (roles + 1) // 2 <= left < roles:
        seats.append([[next_person + k] if k < left else [] for k in range(roles)])
        watching.append([])
        next_person, left = next_person + left, 0
    for extra in range(left):
        person = next_person + extra
        table = extra % count
        role = (extra // count) % roles
        if remainder == "duos" and extra < count * roles:
            seats[table][role].append(person)
        else:
            watching[table].append(person)
    return Seating(
        people,
        roles,
        tuple(
            Table(t + 1, tuple(tuple(p) for p in seats[t]), tuple(watching[t]))
            for t in range(len(seats))
        ),
        bots=bots,
        short=max(0, people // roles - tables),
    )
