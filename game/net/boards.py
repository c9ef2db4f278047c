"""The class board of a session kept in the results file (`python -m game results --board`).

Finished tables replay from their saves on the scenario the save keeps; a table still open
replays its stored actions on a fresh game, when the scenario is the one it was played with.
The board then holds the same figures the dashboard showed live.
"""

from __future__ import annotations

import json

from game.engine import EngineError, Game, SaveError, parse_action
from game.net.class_board import ClassBoard, class_board
from game.net.store import Store
from game.net.store_schema import SessionRow
from game.saves import scenario_of_save
from game.scenario.loader import ScenarioError, load_scenario
from game.scenario.model import Scenario
from game.text import t


def session_board(store: Store, session: SessionRow, lang: str) -> ClassBoard:
    """The board of one session; SaveError when no table can be replayed on its scenario."""
    label = t("saves.room_label", lang, db=str(store.path), code=session.code)
    saves = {
        row.table: store.saved_game(session.id, row.table) for row in store.result_rows(session.id)
    }
    scenario: Scenario | None = None
    games: list[tuple[int, Game]] = []
    for number, save in saves.items():
        if save is None:
            continue
        if scenario is None:
            scenario = scenario_of_save(save, label, session.scenario_path, lang=lang).scenario
        games.append((number, Game.from_save(save, scenario)))
    if scenario is None:
        scenario = _scenario_file(session, label)
    for number, save in saves.items():
        if save is None:
            game = _replayed(store, session, scenario, number)
            if game is not None:
                games.append((number, game))
    games.sort(key=lambda pair: pair[0])
    return class_board(
        scenario,
        games,
        store.observations(session.id),
        store.ratings(session.id),
        lang,
        players=store.players(session.id),
    )


def _scenario_file(session: SessionRow, label: str) -> Scenario:
    try:
        return load_scenario(session.scenario_path).scenario
    except (ScenarioError, OSError):
        raise SaveError(
            "kit.board.no_scenario", {"room": label, "file": session.scenario_path}
        ) from None


def _replayed(store: Store, session: SessionRow, scenario: Scenario, number: int) -> Game | None:
    """A table still open, from its stored actions (None when they do not replay)."""
    row = store.db.execute(
        "SELECT seed FROM tables WHERE session_id = ? AND number = ?", (session.id, number)
    ).fetchone()
    if row is None:
        return None
    game = Game(scenario, seed=int(row[0]), seats=session.seats)
    if game.scenario_hash() != session.scenario_hash:
        return None
    try:
        for (text,) in store.db.execute(
            "SELECT action FROM actions WHERE session_id = ? AND table_no = ? ORDER BY number",
            (session.id, number),
        ):
            game.apply(parse_action(json.loads(text)))
    except (EngineError, ValueError):
        return None
    return game
