"""What one session does between the menus: saving after every action, showing the week,
events as they fire, and the bots' moves with their reasons."""

from __future__ import annotations

import json
from pathlib import Path

from scenario_support import LINDELAAN
from textmode_keyboard import SKIP_START, pick, run_play, steps

from game.engine import Game, Statement
from game.play.local import Autosave, LocalTable
from game.scenario.loader import load_scenario
from game.textmode.seating import SeatingError, parse_roles


def scenario():
    return load_scenario(LINDELAAN).scenario


def test_a_bot_turn_is_saved_after_every_action(tmp_path: Path) -> None:
    game = Game(scenario(), seed=8)
    saves: list[int] = []

    def document() -> dict:
        saves.append(len(game.actions))
        return game.to_save()

    table = LocalTable(game, ["ambulance"], autosave=Autosave([tmp_path / "s.json"], document))
    first = game.current_actor
    assert first is not None and first != "ambulance"
    moves = table.play_turn()
    assert moves
    assert saves == list(range(1, len(moves) + 1))
    assert game.current_actor != first


def test_a_statement_is_saved_before_the_move_is_made(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    code, _out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "8", "--save", str(save)],
        steps(SKIP_START, pick("Iets zeggen"), pick("Eigen tekst typen"), "Goedemorgen allemaal."),
    )
    assert code == 0
    data = json.loads(save.read_text(encoding="utf-8"))
    game = Game.from_save(data["game"], scenario())
    assert game.actions == [Statement(actor="gemeente", text="Goedemorgen allemaal.")]
    assert game.current_actor == "gemeente" and game.talked


def test_one_player_sees_the_week_events_and_the_bots_reasons() -> None:
    code, out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "8"], steps(SKIP_START, "14", "14")
    )
    assert code == 0
    assert "Week 1 van 8 (de deadline valt aan het eind van week 8)" in out
    assert "Week 2 van 8 begint." in out
    assert "Gebeurtenis:" in out
    assert "(bot) is aan zet:" in out
    assert "      waarom: " in out
    assert "Geef het toetsenbord" not in out


def test_roles_are_read_from_ids_commas_or_all() -> None:
    table = scenario()
    assert parse_roles("all", table) == [a.id for a in table.actors]
    assert parse_roles("politie, gemeente", table) == ["gemeente", "politie"]
    for wrong in ("brandweer", "gemeente,gemeente", " , "):
        try:
            parse_roles(wrong, table)
        except SeatingError:
            continue
        raise AssertionError(f"{wrong!r} was accepted")


def test_a_turn_opens_with_the_rule_and_the_batna_said_once_each() -> None:
    """The heading gives the agreement rule and the points give the BATNA; the brief
    between them repeats neither (the menu's 'Mijn briefing' still shows both)."""
    code, out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "8"], steps(SKIP_START, pick("Mijn briefing"))
    )
    assert code == 0
    opening, _, asked = out.partition("Wat doe je, Gemeente")
    assert opening.count("Zonder akkoord (BATNA) krijg je") == 1
    assert opening.count("Akkoord — nodig:") == 1
    briefing = asked.split("Jouw briefing —", 1)[1]
    assert "Zonder akkoord (BATNA) krijg je" in briefing
    assert "Akkoord — nodig:" in briefing


def test_stopping_names_the_file_the_player_asked_to_save_in(tmp_path: Path) -> None:
    """The player's own --save file is named, whole on a line even when it is longer than
    the terminal is wide (a path broken by a line end cannot be copied)."""
    folder = tmp_path / "een-map-met-een-lange-naam-voor-de-bewaarde-spellen-van-de-cursus"
    folder.mkdir()
    save = folder / "mijn-spel-op-de-eerste-cursusdag.json"
    assert len(str(save)) > 80
    code, out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "8", "--save", str(save)],
        steps(SKIP_START, "0"),  # "Bewaren en stoppen"
        width=80,
    )
    assert code == 0 and save.exists()
    lines = out.splitlines()
    where = lines.index(str(save))
    assert lines[where - 1] == "Bewaard in"
    assert lines[where + 1] == "Speel verder met `python -m game play --resume`."
    assert all(len(line) <= 80 for line in lines if line != str(save))
