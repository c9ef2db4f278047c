"""Seven parties at one table: the oval has no room for seven names and roles side by side
(neighbours' texts ran into each other), so the table lists the seats instead; five still
sit round the oval."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_support import open_menu

from game.scenario.loader import default_scenario_path, load_scenario
from game.ui.app import App
from game.ui.driver import steps
from game.ui.scenes.table import OVAL_MAX_SEATS, TableScene
from game.ui.session import PERSON, Session
from game.ui.settings import Settings

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"


def table_for(path: Path) -> tuple[App, TableScene]:
    """A solo table of the case at `path`, the first party played by a person."""
    scenario = load_scenario(path).scenario
    seating = {a.id: "integrative" for a in scenario.actors}
    seating[scenario.actors[0].id] = PERSON
    window = open_menu(Settings(), (1280, 800))
    table = TableScene(window, Session.start(path, scenario, seating, "solo", autosave=False))
    window.push(table)
    steps(window, 2)
    return window, table


@pytest.mark.parametrize("name", ["de-zorgcooperatie", "van-melding-tot-maatregel"])
def test_seven_seats_are_listed_not_crowded_round_the_oval(name: str) -> None:
    window, table = table_for(SCENARIOS / f"{name}.yaml")
    try:
        assert len(table.game.scenario.actors) > OVAL_MAX_SEATS
        assert table.seats_as_list
    finally:
        window.close()


def test_the_default_five_seat_table_keeps_its_oval() -> None:
    window, table = table_for(default_scenario_path())
    try:
        assert len(table.game.scenario.actors) <= OVAL_MAX_SEATS
        assert not table.seats_as_list
    finally:
        window.close()
