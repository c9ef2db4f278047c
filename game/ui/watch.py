"""Trainer's watch mode: reload the scenario file when it changes and replay the game on it.

A broken file never crashes the window: the validator's messages are shown in a scene of
their own until the file is fixed, then the table comes back with the game replayed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from game.engine import Game, IllegalAction, SetupError
from game.scenario.loader import ScenarioError, load_scenario
from game.scenario.model import Scenario

if TYPE_CHECKING:
    from game.ui.app import App

POLL_SECONDS = 0.5


def replay(scenario: Scenario, old: Game) -> tuple[Game, int]:
    """A new game on `scenario` with the old one's seed and seats, and as many of its actions
    as are still legal on the new table (stopping at the first that is not)."""
    game = Game(scenario, seed=old.seed, seats=old.seats)
    count = 0
    for action in old.actions:
        try:
            game.apply(action)
        except IllegalAction:
            break
        count += 1
    return game, count


class Watcher:
    """Polls one file; on a change reloads it into whatever scene shows that scenario."""

    def __init__(self, app: App, path: Path) -> None:
        self.app = app
        self.path = Path(path)
        self.digest = self._digest()
        self.wait = POLL_SECONDS
        app.tickers.append(self.tick)

    def _digest(self) -> str | None:
        try:
            return hashlib.sha256(self.path.read_bytes()).hexdigest()
        except OSError:
            return None

    def tick(self, dt: float) -> None:
        self.wait -= dt
        if self.wait > 0:
            return
        self.wait = POLL_SECONDS
        digest = self._digest()
        if digest == self.digest:
            return
        self.digest = digest
        self.reload()

    def reload(self) -> None:
        from game.ui.scenes.problems import ProblemsScene

        try:
            scenario = load_scenario(self.path).scenario
        except ScenarioError as error:
            problems = [p.format() for p in error.problems]
            top = self.app.scene
            if isinstance(top, ProblemsScene):
                top.problems = problems
                top.refresh()
            else:
                self.app.push(ProblemsScene(self.app, self.path, problems))
            return
        self._use(scenario)

    def _use(self, scenario: Scenario) -> None:
        from game.ui.scenes.problems import ProblemsScene
        from game.ui.scenes.seating import SeatingScene
        from game.ui.scenes.table import TableScene

        while isinstance(self.app.scene, ProblemsScene) and len(self.app.scenes) > 1:
            self.app.scenes.pop()
        replayed = None
        for scene in self.app.scenes:
            if isinstance(scene, TableScene):
                session = scene.session
                try:
                    game, replayed = replay(scenario, session.game)
                except SetupError:
                    continue
                session.scenario = scenario
                session.game = game  # its table (and bots) are made anew for this game
                session.save()
                scene.forget_view()
            elif isinstance(scene, SeatingScene):
                scene.use(scenario)
        if not any(isinstance(s, (TableScene, SeatingScene)) for s in self.app.scenes):
            self.app.push(SeatingScene(self.app, self.path, scenario, watch=True))
        if replayed is not None:
            self.app.status = self.app_text("ui.watch.reloaded", moves=replayed)
        self.app.focus.forget()
        self.app.request_rebuild()

    def app_text(self, key: str, **values: object) -> str:
        from game.text import t

        return t(key, self.app.settings.lang, **values)
