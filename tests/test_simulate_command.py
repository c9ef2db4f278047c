"""`python -m game simulate`: figures as text or one JSON object, the same for the same seed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.cli import main
from game.engine import Game
from game.scenario.loader import load_scenario

ROOT = Path(__file__).resolve().parents[1]
GEZIN = ROOT / "scenarios" / "een-gezin-een-plan.yaml"


def simulate_json(capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    code = main(["simulate", "--scenario", str(GEZIN), "--json", *extra])
    assert code == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # exactly one JSON object on stdout
    return json.loads(out)


def test_json_holds_the_figures_a_trainer_needs(capsys: pytest.CaptureFixture[str]) -> None:
    data = simulate_json(capsys, "--games", "6", "--seed", "1", "--workers", "1")
    assert data["games"] == 6
    assert 0.0 <= data["agreement_rate"] <= 1.0
    index = data["integration_index"]
    assert 0.0 <= index["p10"] <= index["p90"] <= 1.0
    assert 0.0 <= index["mean"] <= 1.0
    assert data["mean_rounds"] >= 1
    assert set(data["actors"]) == {"gemeente", "corporatie", "schuldhulp", "jeugdhulp", "ggz"}
    for figures in data["actors"].values():
        assert set(figures) >= {"mean_points", "mean_score"}
    assert "seconds" in data["timing"]


def test_the_same_seed_gives_the_same_figures_with_any_number_of_workers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    one = simulate_json(capsys, "--games", "12", "--seed", "5", "--workers", "1")
    two = simulate_json(capsys, "--games", "12", "--seed", "5", "--workers", "2")
    again = simulate_json(capsys, "--games", "12", "--seed", "5", "--workers", "1")
    for data in (one, two, again):
        data.pop("timing")
    assert one == two == again


def test_strategies_for_all_or_per_actor(capsys: pytest.CaptureFixture[str]) -> None:
    tough = simulate_json(capsys, "--games", "4", "--workers", "1", "--strategies", "tough")
    assert set(tough["strategies"].values()) == {"tough"}
    mixed = simulate_json(
        capsys, "--games", "4", "--workers", "1", "--strategies", "gemeente=tough,ggz=conceder"
    )
    assert mixed["strategies"]["gemeente"] == "tough"
    assert mixed["strategies"]["ggz"] == "conceder"
    assert mixed["strategies"]["corporatie"] == "tough"  # the scenario's suggestion


def test_text_output_names_the_actors_and_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["simulate", "--scenario", str(GEZIN), "--games", "3", "--workers", "1"])
    assert code == 0
    out = capsys.readouterr().out
    assert "Akkoorden" in out and "Integratie-index" in out
    assert "Woongoed Rijnwaarde" in out


@pytest.mark.parametrize(
    "args",
    [
        ["--strategies", "sneaky"],
        ["--strategies", "burgemeester=tough"],
        ["--strategies", "gemeente=sneaky"],
        ["--games", "0"],
        ["--games", "veel"],
        ["--workers", "-1"],
        ["--seed", "x"],
    ],
)
def test_bad_arguments_are_told_plainly(capsys: pytest.CaptureFixture[str], args) -> None:
    code = main(["simulate", "--scenario", str(GEZIN), *args])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err and captured.err.strip()


def test_a_missing_scenario_is_an_error_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["simulate", "--scenario", str(tmp_path / "nope.yaml"), "--games", "1"])
    assert code == 1
    assert "Traceback" not in capsys.readouterr().err


def test_saves_replay_to_the_same_game(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "saves"
    data = simulate_json(
        capsys, "--games", "3", "--seed", "2", "--workers", "1", "--save-dir", str(folder)
    )
    files = sorted(folder.glob("*.json"))
    assert len(files) == data["games"] == 3
    scenario = load_scenario(GEZIN).scenario
    for file in files:
        save = json.loads(file.read_text(encoding="utf-8"))
        game = Game.from_save(save, scenario)
        assert game.is_over()
        assert game.state_hash() == save["state_hash"]
    capsys.readouterr()
    assert main(["replay", str(files[0]), "--verify", "--scenario", str(GEZIN)]) == 0
