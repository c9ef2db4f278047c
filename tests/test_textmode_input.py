"""The terminal game reads numbered answers, asks again on nonsense, saves at end of input,
and carries on from that save with --resume."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scenario_support import LINDELAAN
from textmode_keyboard import SKIP_START, lines_in, run_play

from game.cli import main
from game.engine import Game
from game.paths import autosave_dir
from game.scenario.loader import load_scenario

ROOT = Path(__file__).resolve().parents[1]
PASS = "14"
FIRST = f"{SKIP_START}\n{PASS}"  # a first turn opens with the self-assessment and guesses


def python_game(*argv: str, stdin: str = "", env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "game", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def saved_game(path: Path) -> Game:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Game.from_save(data["game"], load_scenario(LINDELAAN).scenario)


def test_invalid_answers_are_refused_and_asked_again() -> None:
    code, out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "2"], lines_in("2\n2\nabc\n99\n-1\n\n14\n")
    )
    assert code == 0
    assert out.count("is geen keuze; typ een getal van 0 tot en met 15") == 4
    assert "Gemeente Lindeveen past." in out  # the fifth answer was taken


def test_a_refused_choice_says_why_and_asks_again() -> None:
    # 10 = support a proposal: nobody has proposed anything yet in week 1
    argv = ["--text", "--role", "gemeente", "--seed", "2"]
    code, out, _typed = run_play(argv, lines_in("2\n2\n10\n14\n"))
    assert code == 0
    assert "Dat kan niet: er ligt geen voorstel dat je nog kunt steunen" in out
    assert "Gemeente Lindeveen past." in out


def test_the_role_is_asked_when_not_given() -> None:
    code, out, _typed = run_play(["--text", "--seed", "2"], lines_in("9\n2\n2\n14\n"))
    assert code == 0
    assert "Welke partij speel je?" in out
    assert "'9' is geen keuze" in out
    assert "GGZ Stroomland is aan zet." in out


def test_end_of_input_saves_and_exits_0(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    result = python_game(
        "play",
        "--text",
        "--scenario",
        str(LINDELAAN),
        "--role",
        "gemeente",
        "--seed",
        "5",
        "--save",
        str(save),
        stdin="2\n2\n14\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Einde van de invoer: bewaard in" in result.stdout
    game = saved_game(save)
    assert not game.is_over()
    assert game.current_actor == "gemeente"  # the bots played on to the person's next turn
    assert game.round == 2
    autosaves = list(autosave_dir().glob("*.json"))
    assert len(autosaves) == 1
    assert json.loads(autosaves[0].read_text(encoding="utf-8")) == json.loads(
        save.read_text(encoding="utf-8")
    )


def test_resume_continues_from_the_save_to_the_same_state(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    first = python_game(
        "play",
        "--text",
        "--scenario",
        str(LINDELAAN),
        "--role",
        "gemeente",
        "--seed",
        "5",
        "--save",
        str(save),
        stdin="2\n2\n14\n",
    )
    assert first.returncode == 0, first.stderr
    before = saved_game(save)

    code, out, _typed = run_play(["--resume", str(save)], lines_in(""))
    assert code == 0
    assert "Verder met het spel uit" in out
    assert saved_game(save).state_hash() == before.state_hash()

    code, _out, _typed = run_play(["--resume", str(save)], lines_in(PASS))
    assert code == 0
    after = saved_game(save)
    assert after.round == before.round + 1
    assert after.actions[: len(before.actions)] == before.actions
    assert after.log[: len(before.log)] == before.log


def test_resume_without_a_file_takes_the_latest_autosave() -> None:
    code, _out, _typed = run_play(["--text", "--role", "ggz", "--seed", "4"], lines_in(FIRST))
    assert code == 0
    (autosave,) = autosave_dir().glob("*.json")
    before = saved_game(autosave)
    code, out, _typed = run_play(["--resume"], lines_in(PASS))
    assert code == 0
    assert str(autosave) in out
    after = saved_game(autosave)
    assert after.round == before.round + 1
    assert after.actions[: len(before.actions)] == before.actions


def test_resume_without_any_autosave_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", "--resume"]) == 1
    assert "geen automatisch bewaard spel" in capsys.readouterr().err


def test_an_unknown_role_is_refused_with_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["play", "--text", "--role", "brandweer"]) == 1
    err = capsys.readouterr().err
    assert "Er is geen partij 'brandweer'" in err
    assert "gemeente, herstelhuis, buurthuis" in err  # the default: the starter case


def test_without_a_display_play_says_how_to_use_text_mode(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    for argv in (["play"], []):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert out.strip().count("\n") == 0
        assert "--text" in out


def test_without_a_display_python_m_game_exits_0() -> None:
    headless = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "SDL_VIDEODRIVER": "dummy"}
    result = python_game(env=headless)
    assert result.returncode == 0, result.stderr
    assert "--text" in result.stdout


def test_english_game_text() -> None:
    code, out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "2", "--lang", "en"], lines_in(FIRST)
    )
    assert code == 0
    assert "What do you do, " in out
    assert "End of input: saved in" in out
