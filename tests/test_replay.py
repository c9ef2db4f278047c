"""`python -m game replay SAVE --verify`: a finished game reproduces; a tampered one is refused
with a clear message and exit code 1, never a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scenario_support import LINDELAAN
from textmode_keyboard import passing_player, run_play

from game.cli import main

ROOT = Path(__file__).resolve().parents[1]


def replay(*argv: str, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    """`python -m game replay ARGV` in this process (quick), its output captured."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["replay", *argv, "--lang", lang])
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def finished_save(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("replay")
    save = home / "klaar.json"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OMGEVINGSTAFEL_HOME", str(home))
        code, out, _typed = run_play(
            ["--text", "--role", "politie", "--seed", "3", "--save", str(save)], passing_player
        )
    assert code == 0
    assert "Punten per partij (tafel aan het eind):" in out
    return save


def edited(source: Path, target: Path, change) -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    change(data)
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "dit spel reproduceert niet" in result.stderr
    return result.stderr


def test_a_finished_game_verifies_and_prints_its_hash(finished_save: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "game", "replay", str(finished_save), "--verify"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "OMGEVINGSTAFEL_LANG": "nl"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    saved = json.loads(finished_save.read_text(encoding="utf-8"))["game"]["state_hash"]
    assert f"Eindtoestand-hash: {saved}" in result.stdout
    assert "reproduceert exact" in result.stdout


def test_replay_without_verify_shows_the_record_and_the_outcome(finished_save: Path) -> None:
    result = replay(str(finished_save), lang="en")
    assert result.returncode == 0, result.stderr
    assert "Week 1 of" in result.stdout
    assert "Points per party (table at the end):" in result.stdout
    assert "Final state hash:" in result.stdout


def test_a_bare_engine_save_verifies(finished_save: Path, tmp_path: Path) -> None:
    data = json.loads(finished_save.read_text(encoding="utf-8"))["game"]
    bare = tmp_path / "kaal.json"
    bare.write_text(json.dumps(data), encoding="utf-8")
    assert replay(str(bare), "--verify").returncode == 0


def test_an_edited_record_line_is_refused(finished_save: Path, tmp_path: Path) -> None:
    def change(data: dict) -> None:
        data["game"]["log"][3]["nl"] = "Iemand anders zei iets anders."

    message = refused(replay(str(edited(finished_save, tmp_path / "a.json", change)), "--verify"))
    assert "wijkt bij regel 3 af" in message


def test_an_edited_action_is_refused(finished_save: Path, tmp_path: Path) -> None:
    def change(data: dict) -> None:
        actions = data["game"]["actions"]
        first_pass = next(a for a in actions if a["kind"] == "pass")
        first_pass["kind"] = "walk_away"

    refused(replay(str(edited(finished_save, tmp_path / "b.json", change)), "--verify"))


def test_an_edited_seed_is_refused(finished_save: Path, tmp_path: Path) -> None:
    def change(data: dict) -> None:
        data["game"]["seed"] += 1

    refused(replay(str(edited(finished_save, tmp_path / "c.json", change)), "--verify"))


def test_a_truncated_save_is_refused(finished_save: Path, tmp_path: Path) -> None:
    text = finished_save.read_text(encoding="utf-8")
    cut = tmp_path / "afgebroken.json"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    assert "geen geldige JSON" in refused(replay(str(cut), "--verify"))


def test_a_changed_scenario_is_refused_naming_both_hashes_when_the_save_keeps_no_copy(
    finished_save: Path, tmp_path: Path
) -> None:
    original = LINDELAAN.read_text(encoding="utf-8")
    changed = tmp_path / "lindelaan.yaml"
    changed.write_text(original.replace("rounds: 8", "rounds: 9", 1), encoding="utf-8")
    assert changed.read_text(encoding="utf-8") != original

    def older_version(data: dict) -> None:  # a save written before saves kept their scenario
        del data["game"]["scenario_text"]
        data["game"]["version"] = 1

    old = edited(finished_save, tmp_path / "oud.json", older_version)
    message = refused(replay(str(old), "--verify", "--scenario", str(changed)))
    assert f"Het scenario in {changed} is veranderd" in message
    saved = json.loads(old.read_text(encoding="utf-8"))["game"]["scenario_hash"]
    assert saved in message


def test_a_changed_scenario_given_beside_a_save_with_a_copy_is_named_and_the_copy_used(
    finished_save: Path, tmp_path: Path
) -> None:
    original = LINDELAAN.read_text(encoding="utf-8")
    changed = tmp_path / "lindelaan.yaml"
    changed.write_text(original.replace("rounds: 8", "rounds: 9", 1), encoding="utf-8")
    result = replay(str(finished_save), "--verify", "--scenario", str(changed))
    assert result.returncode == 0, result.stderr
    assert f"Let op: {changed} verschilt" in result.stderr


def test_a_file_that_is_no_save_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "iets.json"
    other.write_text('{"hallo": 1}', encoding="utf-8")
    assert "geen opgeslagen Omgevingstafel-spel" in refused(replay(str(other), "--verify"))
    # a missing file: see test_replay_unreadable.py
