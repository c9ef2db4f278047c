"""QA regressions for text mode, replay and report: hostile save files and menu answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from textmode_keyboard import lines_in, run_play

from game.cli import main
from game.textmode import savefile
from game.textmode.prompts import _number

ROOT = Path(__file__).resolve().parents[1]


def test_a_menu_answer_of_thousands_of_digits_is_just_invalid() -> None:
    assert _number("7" * 5000) is None
    assert _number("²") is None  # a digit to str.isdigit, not to int()
    assert _number("12.") == 12
    code, out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "2"], lines_in("2\n2\n" + "9" * 5000 + "\n14\n")
    )
    assert code == 0
    assert "is geen keuze" in out and "Gemeente Lindeveen past." in out


def _session_save(tmp_path: Path) -> Path:
    save = tmp_path / "spel.json"
    code, _out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "5", "--save", str(save)], lines_in("2\n2\n14\n")
    )
    assert code == 0
    return save


def test_resume_of_a_save_with_an_unknown_strategy_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save = _session_save(tmp_path)
    data = json.loads(save.read_text(encoding="utf-8"))
    actor = next(iter(data["strategies"]))
    data["strategies"][actor] = "evil"
    save.write_text(json.dumps(data), encoding="utf-8")
    code, _out, _typed = run_play(["--resume", str(save)], lines_in(""))
    assert code == 1
    err = capsys.readouterr().err
    assert "'evil'" in err and "geen strategie" in err


@pytest.mark.parametrize("command", ["report", "replay", "resume"])
def test_deeply_nested_and_endless_files_are_refused_with_a_sentence(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = tmp_path / "diep.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    argv = {
        "report": ["report", str(deep), "--output", str(tmp_path / "r.html")],
        "replay": ["replay", str(deep)],
        "resume": ["play", "--resume", str(deep)],
    }[command]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "te diep genest" in err and "RecursionError" not in err


def test_a_device_that_never_ends_is_refused_after_the_size_limit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(savefile, "MAX_SAVE_BYTES", 1000)
    big = tmp_path / "groot.json"
    big.write_text(" " * 2000, encoding="utf-8")
    with pytest.raises(savefile.SaveFileError) as caught:
        savefile.read_save(big)
    assert caught.value.key == "textmode.save.too_big"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_replay_of_dev_zero_ends_with_a_message() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "game", "replay", "/dev/zero", "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 1
    assert "larger than 20 MB" in result.stderr and "Traceback" not in result.stderr


def test_play_into_a_closed_pipe_exits_quietly() -> None:
    command = (
        f"{sys.executable} -m game play --text --role all --seed 1 | head -1; "
        "exit ${PIPESTATUS[0]}"
    )
    result = subprocess.run(
        ["bash", "-c", command],
        input="1\n" * 40,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
