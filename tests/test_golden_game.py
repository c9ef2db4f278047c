"""One game, four clients: a scenario, a seed and a strategy mix played to the end by
`simulate --save-dir`, the terminal's bot seats, the window (headless, every seat a bot) and
a room table filled with bots end in the same state, because they all let bots play through
the one bot loop (`game.agents.loop`) with its one seeding rule."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

from pathlib import Path

import pytest
from scenario_support import LINDELAAN
from ui_support import open_menu

from game.agents import strategies_for
from game.cli import main
from game.engine import Game
from game.net.room import Room
from game.play.local import LocalTable
from game.scenario.loader import load_scenario
from game.ui.driver import run_until
from game.ui.scenes.table import TableScene
from game.ui.session import Session

SCENARIO = load_scenario(LINDELAAN).scenario
#: The mix every client gets when nobody sits at the table ("normal" difficulty).
STRATEGIES = dict(strategies_for(SCENARIO, "normal", []))


def by_simulate(folder: Path, capsys: pytest.CaptureFixture[str]) -> Game:
    spec = ",".join(f"{actor}={strategy}" for actor, strategy in STRATEGIES.items())
    argv = ["simulate", "--scenario", str(LINDELAAN), "--games", "1", "--seed", "7"]
    assert main([*argv, "--strategies", spec, "--save-dir", str(folder), "--workers", "1"]) == 0
    capsys.readouterr()
    (saved,) = folder.glob("*.json")
    return Game.from_save_text(saved.read_text(encoding="utf-8"), SCENARIO)


def by_terminal(seed: int) -> Game:
    table = LocalTable(Game(SCENARIO, seed=seed), [], difficulty="normal")
    while not table.is_over():
        assert table.play_turn()  # the terminal's bot turn
    return table.game


def by_window(seed: int) -> Game:
    app = open_menu()
    try:
        session = Session.start(LINDELAAN, SCENARIO, STRATEGIES, "solo", seed=seed, autosave=False)
        app.push(TableScene(app, session))
        assert run_until(app, session.game.is_over, 20_000)
        return session.game
    finally:
        app.close()


def by_room(seed: int) -> Game:
    room = Room(SCENARIO, str(LINDELAAN), 1, [a.id for a in SCENARIO.actors], seeds=[seed])
    room.fill_bots()
    table = room.tables[0]
    while not table.game.is_over():
        assert room.play_bot(table) > 0
    return table.game


def test_simulate_the_terminal_the_window_and_the_room_play_the_same_game(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    simulated = by_simulate(tmp_path, capsys)
    assert simulated.is_over() and len(simulated.actions) > 10
    seed, wanted = simulated.seed, simulated.state_hash()
    played = {
        "terminal": by_terminal(seed).state_hash(),
        "window": by_window(seed).state_hash(),
        "room": by_room(seed).state_hash(),
    }
    assert played == dict.fromkeys(played, wanted)
