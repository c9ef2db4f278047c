"""`python -m game analyse` prints the analysis, as text or one JSON object, or a clear error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from test_lint import base

from game.cli import main
from game.engine import Game
from game.engine.actions import Pass, Propose
from game.scenario.loader import load_scenario, shipped_scenarios
from game.scenario.model import text_in
from game.scenario.space import TableData
from game.scoring.analysis import analyse_table

KEYS = {"packages", "zopa_size", "pareto_size", "nash", "max_joint", "compromise", "timing"}


def _first_scenario() -> Path:
    found = shipped_scenarios()
    if not found:
        pytest.skip("no shipped scenarios")
    return found[0]


def test_json_output_has_the_promised_keys_and_matches_the_api(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _first_scenario()
    assert main(["analyse", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= KEYS
    scenario = load_scenario(path).scenario
    analysis = analyse_table(TableData.from_scenario(scenario), scenario.agreement)
    assert data["packages"] == analysis.space.size
    assert data["zopa_size"] == analysis.zopa_size
    assert data["pareto_size"] == analysis.pareto_size
    if analysis.nash is not None:
        assert data["nash"]["package"] == analysis.nash.package
        assert data["nash"]["points"] == analysis.nash.points
        assert set(data["max_joint"]) == {"package", "points", "outside_start_mandates"}
    assert set(data["compromise"]["package"]) == {i.id for i in scenario.issues}
    assert 0.0 <= data["compromise"]["integration_index"] <= 1.0
    assert data["timing"]["analysis_s"] >= 0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_text_output_uses_the_scenarios_labels(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _first_scenario()
    assert main(["analyse", str(path), "--lang", lang]) == 0
    out = capsys.readouterr().out
    scenario = load_scenario(path).scenario
    assert "ZOPA" in out and "Pareto" in out
    assert text_in(scenario.issues[0].name, lang) in out
    assert text_in(scenario.actors[0].name, lang) in out


@pytest.mark.parametrize(
    "content",
    ["", "id: [unclosed", "id: x\ntitle: t\n", "\x00\x01binary", "- just\n- a list\n"],
)
def test_bad_scenarios_give_a_message_and_exit_1(
    content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    assert main(["analyse", str(path), "--json"]) == 1
    captured = capsys.readouterr()
    assert "bad.yaml" in captured.err and "Traceback" not in captured.err
    assert captured.out == ""


def test_a_missing_file_gives_a_message_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyse", str(tmp_path / "nope.yaml")]) == 1
    assert "nope.yaml" in capsys.readouterr().err


def test_a_table_without_a_zopa_reports_no_nash_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load(_first_scenario().read_text(encoding="utf-8"))
    for actor in data["actors"]:
        actor["batna"] = 10_000
    path = tmp_path / "no-zopa.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["analyse", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["zopa_size"] == 0 and out["pareto_size"] == 0
    assert out["nash"] is None and out["max_joint"] is None
    assert out["compromise"]["integration_index"] == 0.0
    assert main(["analyse", str(path), "--lang", "en"]) == 0
    assert "No package beats no deal for everyone" in capsys.readouterr().out


# --- the best packages against the starting mandates ------------------------------------------


def _mandated(tmp_path: Path) -> tuple[Path, dict]:
    """The lint test table with a mandate for each actor that rules out its best packages."""
    data = base()
    path = tmp_path / "mandaat.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert main(["analyse", str(path), "--json"]) == 0
    return path, data


def _analyse_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["analyse", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_analyse_names_whose_starting_mandate_a_best_package_lies_outside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, data = _mandated(tmp_path)
    free = _analyse_json(path, capsys)
    for name in ("nash", "max_joint", "compromise"):
        assert free[name]["outside_start_mandates"] == []
    nash = free["nash"]["package"]
    data["actors"][1]["mandate"] = {"forbidden": {"geld": [nash["geld"]]}}
    data["actors"][0]["mandate"] = {"min_score": free["nash"]["points"]["a"] + 1}
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    found = _analyse_json(path, capsys)
    assert found["nash"]["outside_start_mandates"] == [
        {
            "actor": "a",
            "reason": "min_score",
            "points": free["nash"]["points"]["a"],
            "min_score": free["nash"]["points"]["a"] + 1,
        },
        {"actor": "b", "reason": "forbidden", "issue": "geld", "option": nash["geld"]},
    ]
    # what analyse says is what the game does: neither may put the package on the table
    scenario = load_scenario(path).scenario
    game = Game(scenario, seed=0)
    refusals = {}
    for actor in ("a", "b"):
        assert game.current_actor == actor
        refusal = game.why_not(Propose(actor=actor, package=nash))
        assert refusal is not None
        refusals[actor] = refusal.key
        game.apply(Pass(actor=actor))
    assert refusals == {
        "a": "engine.illegal.propose_min_score",
        "b": "engine.illegal.propose_forbidden",
    }

    assert main(["analyse", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    label = nash["geld"].upper()  # the test table's English labels are the ids in capitals
    assert (
        f"  Mandate: OUTSIDE the starting mandate of A ({free['nash']['points']['a']:g} own "
        f"points, minimum {free['nash']['points']['a'] + 1:g}); B (GELD: '{label}' is forbidden)"
    ) in out


def test_a_package_inside_every_starting_mandate_is_said_to_be(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _data = _mandated(tmp_path)
    capsys.readouterr()
    assert main(["analyse", str(path), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert out.count("Mandaat: binnen ieders beginmandaat") >= 2  # Nash and the compromise
    assert "BUITEN" not in out
