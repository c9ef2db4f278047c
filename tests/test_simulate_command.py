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


def test_compare_gives_both_tables_of_separate_runs_and_the_verdict_in_one_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    both = simulate_json(capsys, "--compare", "--games", "4", "--seed", "3", "--workers", "1")
    for name in ("integrative", "tough"):
        alone = simulate_json(
            capsys, "--games", "4", "--seed", "3", "--workers", "1", "--strategies", name
        )
        for key in ("games", "agreement_rate", "integration_index", "mean_rounds", "actors"):
            assert both[name][key] == alone[key]
    gap = (
        both["integrative"]["integration_index"]["mean"]
        - both["tough"]["integration_index"]["mean"]
    )
    assert both["difference"]["integration_index"] == pytest.approx(gap, abs=1e-4)
    assert both["goal"] == {"agreement_rate": 0.7, "index_gap": 0.3}
    agrees = both["integrative"]["agreement_rate"] >= 0.7
    assert both["agrees_enough"] is agrees
    assert both["gains_enough"] is (both["difference"]["integration_index"] >= 0.3)
    assert both["meets_goal"] is (both["agrees_enough"] and both["gains_enough"])


def test_compare_as_text_says_whether_the_case_rewards_integrative_play(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(
        ["simulate", "--scenario", str(GEZIN), "--compare", "--games", "4", "--workers", "1"]
    )
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert "iedereen integratief tegen iedereen hard, 4 spellen elk" in out[0]
    assert [line.split()[0] for line in out[2:5]] == ["integratief", "hard", "verschil"]
    assert out[5].startswith(
        "  Leerdoel (integratief ≥ 70% akkoorden en ≥ 0,3 hoger op integratie): "
    )
    assert out[5].endswith("ja: integratief spelen loont aan deze tafel")


def test_a_table_that_does_not_reward_integrative_play_says_which_half_it_misses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    plain = ROOT / "tests" / "fixtures" / "engine_unanimity.yaml"  # one issue, nothing to trade
    args = ["simulate", "--scenario", str(plain), "--compare", "--games", "3", "--workers", "1"]
    assert main([*args, "--lang", "en"]) == 0
    verdict = capsys.readouterr().out.splitlines()[-1]
    assert verdict.endswith(
        "no: integrative play gains +0.00 on the integration index (goal ≥ 0.3)"
    )


@pytest.mark.parametrize("option", ["--strategies", "--save-dir"])
def test_compare_chooses_its_own_strategies_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, option: str
) -> None:
    value = "tough" if option == "--strategies" else str(tmp_path / "saves")
    args = ["simulate", "--scenario", str(GEZIN), "--compare", "--games", "2", option, value]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "--compare" in captured.err
    assert not (tmp_path / "saves").exists()
