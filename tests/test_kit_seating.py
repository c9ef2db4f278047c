"""The dashboard's seating proposal: everyone placed once within the room's tables, full
tables first, bots only where the trainer allows them; adjustable in the window."""

from __future__ import annotations

import pygame
import pytest
from hypothesis import given
from hypothesis import strategies as st
from net_support import make_room
from test_facilitation_seating import placed
from test_net_dashboard import dashboard_of

from game.facilitation.seating import REMAINDERS, propose
from game.ui.app import App
from game.ui.driver import focus_key, press
from game.ui.scenes.seating_plan import SeatingPlanScene
from game.ui.settings import Settings


@given(
    people=st.integers(min_value=1, max_value=120),
    roles=st.integers(min_value=2, max_value=8),
    tables=st.integers(min_value=1, max_value=16),
    remainder=st.sampled_from(REMAINDERS),
    bots=st.booleans(),
)
def test_everyone_is_placed_once_within_the_rooms_tables(
    people: int, roles: int, tables: int, remainder: str, bots: bool
) -> None:
    plan = propose(people, roles, tables, remainder, bots)  # type: ignore[arg-type]
    assert sorted(placed(plan)) == list(range(1, people + 1))
    assert 1 <= len(plan.tables) <= tables
    assert all(len(p) <= 2 for table in plan.tables for p in table.roles)  # duos at most
    full = [t for t in plan.tables if not t.empty_roles]
    # full tables first: as many as the people and the room allow
    assert len(full) == min(people // roles, tables) or people < roles
    # a role left empty only where there are too few people, or where bots are allowed
    for table in plan.tables:
        if table.empty_roles and people >= roles:
            assert bots and table is plan.tables[-1] and not table.duos
    assert plan.short == max(0, people // roles - tables)


def test_23_people_at_a_five_role_case() -> None:
    plan = propose(23, 5, 5)
    assert [t.players for t in plan.tables] == [6, 6, 6, 5]  # 4 full tables, 3 duos
    assert plan.observers == 0 and plan.short == 0
    watching = propose(23, 5, 5, "observers")
    assert [len(t.observers) for t in watching.tables] == [1, 1, 1, 0]
    with_bots = propose(23, 5, 5, bots=True)  # three left over: a fifth table, two bots
    assert [t.players for t in with_bots.tables] == [5, 5, 5, 5, 3]
    assert with_bots.tables[-1].empty_roles == (3, 4)
    small_room = propose(23, 5, 3)
    assert len(small_room.tables) == 3 and small_room.short == 1
    assert sum(len(t.duos) for t in small_room.tables) == 8 and small_room.observers == 0


def test_bad_sizes_are_refused() -> None:
    with pytest.raises(ValueError):
        propose(0, 5, 2)
    with pytest.raises(ValueError):
        propose(10, 5, 0)


def test_the_dashboard_proposes_a_seating_the_trainer_adjusts() -> None:
    app = App(Settings(), persist=False)
    try:
        with dashboard_of(app, make_room(tables=5)):
            assert focus_key(app, "dash.seating")
            press(app, pygame.K_RETURN)
            scene = app.scene
            assert isinstance(scene, SeatingPlanScene)
            roles = len(scene.roles)
            assert scene.people == 5 * roles  # the room full, to start from
            target = 23
            while scene.people != target:
                key = "plan.fewer" if scene.people > target else "plan.more"
                assert focus_key(app, key)
                press(app, pygame.K_RETURN)
            plan = scene.plan()
            assert sorted(placed(plan)) == list(range(1, target + 1))
            shown = " ".join(scene.visible_texts())
            assert "23 deelnemers" in shown
            assert focus_key(app, "plan.bots")
            press(app, pygame.K_RETURN)
            assert scene.bots and scene.plan().bots
            assert focus_key(app, "plan.rest")
            press(app, pygame.K_RETURN)
            assert scene.remainder == "observers"
            assert focus_key(app, "plan.back")
            press(app, pygame.K_RETURN)
            assert type(app.scene).__name__ == "DashboardScene"
    finally:
        app.close()
