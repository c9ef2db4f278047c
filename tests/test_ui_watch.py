"""Watch mode: a trainer edits the scenario while the window runs."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame

from game.scenario.loader import default_scenario_path
from game.ui.app import App
from game.ui.driver import focus_key, press, steps
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.problems import ProblemsScene
from game.ui.scenes.start import open_scenario
from game.ui.scenes.table import TableScene
from game.ui.settings import Settings
from game.ui.watch import POLL_SECONDS


def test_a_broken_scenario_under_watch_shows_the_messages_and_a_fix_brings_the_table_back(
    tmp_path,
):
    path = tmp_path / "casus.yaml"
    good = default_scenario_path().read_text(encoding="utf-8")
    path.write_text(good, encoding="utf-8")
    app = App(Settings(), persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    open_scenario(app, path, watch=True)
    steps(app, 2)
    press(app, pygame.K_RETURN)  # seating → briefing
    press(app, pygame.K_RETURN)  # briefing → self-assessment
    press(app, pygame.K_ESCAPE)  # self-assessment skipped → guesses
    press(app, pygame.K_ESCAPE)  # guesses skipped → table
    assert isinstance(app.scene, TableScene)
    session = app.scene.session
    focus_key(app, "table.pass")
    press(app, pygame.K_RETURN, frames=20)
    played = len(session.game.actions)
    assert played > 1

    path.write_text(good.replace("batna:", "batna: veel\n    oud_batna:", 1), encoding="utf-8")
    steps(app, 2, dt=POLL_SECONDS)
    assert isinstance(app.scene, ProblemsScene)
    shown = "\n".join(app.scene.visible_texts())
    assert "casus.yaml:" in shown

    path.write_text(good, encoding="utf-8")
    steps(app, 3, dt=POLL_SECONDS)
    assert not any(isinstance(scene, ProblemsScene) for scene in app.scenes)
    assert any(isinstance(scene, TableScene) for scene in app.scenes)
    assert len(session.game.actions) >= played
    app.close()
