"""Seating a group over tables: everyone placed exactly once, full tables first."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.facilitation.seating import REMAINDERS, Seating, seat


def placed(seating: Seating) -> list[int]:
    """Everyone the seating places, in order: players per role, then observers."""
    return [
        person
        for table in seating.tables
        for people in (*table.roles, table.observers)
        for person in people
    ]


@given(
    people=st.integers(min_value=1, max_value=400),
    roles=st.integers(min_value=2, max_value=8),
    remainder=st.sampled_from(REMAINDERS),
)
def test_every_person_is_placed_exactly_once(people: int, roles: int, remainder: str) -> None:
    seating = seat(people, roles, remainder)  # type: ignore[arg-type]
    assert sorted(placed(seating)) == list(range(1, people + 1))
    assert sum(table.people for table in seating.tables) == people


@given(
    people=st.integers(min_value=1, max_value=400),
    roles=st.integers(min_value=2, max_value=8),
    remainder=st.sampled_from(REMAINDERS),
)
def test_full_tables_first_and_the_rest_spread_evenly(
    people: int, roles: int, remainder: str
) -> None:
    seating = seat(people, roles, remainder)  # type: ignore[arg-type]
    assert len(seating.tables) == max(1, people // roles)
    for table in seating.tables:
        assert len(table.roles) == roles
        assert all(len(p) <= 2 for p in table.roles)  # a role has one person, or a duo
        if people >= roles:
            assert not table.empty_roles  # every role played at every table
        # a negotiation of at least three, where the case and the group allow it
        assert table.players >= min(3, roles, people)
    sizes = [table.people for table in seating.tables]
    assert max(sizes) - min(sizes) <= 1
    if remainder == "duos":
        assert seating.observers == 0
    else:
        assert all(not table.duos for table in seating.tables)
    assert sum(seating.cards_per_role()) == sum(t.players for t in seating.tables)


@pytest.mark.parametrize(
    ("people", "tables", "extra"),
    [(12, 2, 2), (23, 4, 3), (30, 6, 0), (4, 1, 0)],
)
def test_groups_of_a_five_role_case(people: int, tables: int, extra: int) -> None:
    duos = seat(people, 5, "duos")
    assert len(duos.tables) == tables
    assert sum(len(t.duos) for t in duos.tables) == extra
    watched = seat(people, 5, "observers")
    assert watched.observers == extra
    assert sorted(placed(duos)) == sorted(placed(watched)) == list(range(1, people + 1))


def test_fewer_people_than_roles_leave_roles_to_a_bot_or_the_trainer() -> None:
    seating = seat(4, 5)
    (table,) = seating.tables
    assert table.players == 4
    assert table.empty_roles == (4,)
    assert seating.cards_per_role() == (1, 1, 1, 1, 0)


def test_no_people_or_no_roles_is_refused() -> None:
    with pytest.raises(ValueError):
        seat(0, 5)
    with pytest.raises(ValueError):
        seat(5, 0)
