"""QA regressions for `simulate`: huge --games, Ctrl-C with workers, Dutch decimal commas."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from game.cli import main
from game.commands import simulate
from game.scenario.loader import load_scenario

GEZIN = Path(__file__).resolve().parents[1] / "scenarios" / "een-gezin-een-plan.yaml"


def test_an_enormous_game_count_is_refused_before_any_work(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["simulate", "--scenario", str(GEZIN), "--games", "99999999999999999999"])
    assert code == 2
    err = capsys.readouterr().err
    assert "--games" in err and "1000000" in err and "Traceback" not in err


def test_chunks_are_made_lazily() -> None:
    chunks = simulate._chunks(10**12)
    assert next(chunks) == range(0, simulate.CHUNK)
    assert simulate._chunk_count(25) == 3


def test_ctrl_c_exits_130_with_the_catalogue_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_args: object, **_kwargs: object):
        raise KeyboardInterrupt
        yield  # pragma: no cover

    monkeypatch.setattr(simulate, "run_games", interrupted)
    code = main(["simulate", "--scenario", str(GEZIN), "--games", "3", "--lang", "nl"])
    assert code == 130
    assert "Onderbroken." in capsys.readouterr().err


def test_stopping_early_ends_the_workers_without_waiting_for_the_rest() -> None:
    scenario = load_scenario(GEZIN, "nl").scenario
    strategies = simulate.suggested_strategies(scenario)
    games = simulate.run_games(scenario, 100_000, 0, strategies, 2)
    next(games)
    started = time.monotonic()
    games.close()  # what a KeyboardInterrupt inside the loop does to the generator
    assert time.monotonic() - started < 10


def test_dutch_figures_use_a_decimal_comma(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["simulate", "--scenario", str(GEZIN), "--games", "3", "--workers", "1"]
    assert main([*args, "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    rounds = next(line for line in out.splitlines() if "rondes" in line)
    assert "," in rounds.split(":")[-1] and "." not in rounds.split(":")[-1]
    assert main([*args, "--lang", "en"]) == 0
    rounds = next(line for line in capsys.readouterr().out.splitlines() if "rounds" in line)
    assert "." in rounds.split(":")[-1]
