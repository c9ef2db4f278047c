"""The seating shows each party's role in full, wrapped over as many lines as it needs, at
200% text in the smallest window as in the default one (the briefing shows it whole too)."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pytest
from pygame_gui.elements import UILabel

from game.scenario.loader import load_scenario, shipped_scenarios
from game.scenario.model import text_in
from game.ui.app import MIN_SIZE, WINDOW_SIZE, App
from game.ui.driver import steps
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.seating import SeatingScene
from game.ui.settings import Settings

LONG_ROLE = (
    "Wethouder Zorg, Welzijn en Veiligheid, tevens portefeuillehouder wonen, samen met de "
    "omgevingsmanager en de beleidsadviseur openbare orde van de gemeente"
)


def seating_window(path, scenario, lang: str, size: tuple[int, int]) -> App:
    app = App(Settings(lang=lang, font_scale=200), size=size, persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    app.push(SeatingScene(app, path, scenario))
    steps(app, 2)
    return app


def role_lines(app: App) -> list[str]:
    """The texts of the small labels under the seat names (object id #subtle)."""
    return [
        element.text
        for element in app.ui.get_sprite_group().sprites()
        if isinstance(element, UILabel)
        and element.alive()
        and "#subtle" in element.object_ids
        and element.ui_container is not app.ui.get_root_container()
    ]


def lines_of(role: str, lines: list[str]) -> list[str] | None:
    """The consecutive lines that show `role` word for word (none cut with '…'), or None."""
    words = role.split()
    for start in range(len(lines)):
        taken: list[str] = []
        for end in range(start, len(lines)):
            taken += lines[end].split()
            if len(taken) >= len(words):
                if taken == words:
                    return lines[start : end + 1]
                break
    return None


@pytest.mark.parametrize("size", [MIN_SIZE, WINDOW_SIZE], ids=["smallest", "default"])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.stem)
def test_every_role_shows_in_full_at_200_percent(path, lang, size) -> None:
    scenario = load_scenario(path).scenario
    app = seating_window(path, scenario, lang, size)
    try:
        lines = role_lines(app)
        assert lines and not any(line.endswith("…") for line in lines), lines
        for actor in scenario.actors:
            assert lines_of(text_in(actor.role, lang), lines), (actor.id, lines)
    finally:
        app.close()


def test_a_long_role_wraps_onto_more_lines_and_its_row_grows() -> None:
    path = shipped_scenarios()[0]
    scenario = load_scenario(path).scenario
    first = scenario.actors[0].model_copy(update={"role": LONG_ROLE})
    long_scenario = scenario.model_copy(update={"actors": [first, *scenario.actors[1:]]})
    app = seating_window(path, long_scenario, "nl", WINDOW_SIZE)
    try:
        first_role = lines_of(LONG_ROLE, role_lines(app))
        assert first_role is not None
        assert len(first_role) >= 3  # more than the two lines it used to be cut to
        second = scenario.actors[1].id
        second_button = next(i for i in app.focus.items if i.key == f"seating.{second}")
        lowest_role_label = max(
            element.rect.bottom
            for element in app.ui.get_sprite_group().sprites()
            if isinstance(element, UILabel) and element.alive() and element.text in first_role
        )
        assert second_button.widget.rect.top >= lowest_role_label  # the next seat starts below
    finally:
        app.close()
