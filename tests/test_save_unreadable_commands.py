"""Every command that reads a person's save (`report`, `replay`, `play --resume`) says a file
it cannot read at all (missing, a folder, not text, nested too deeply) once, with what to give
instead: never "FILE: Het bestand FILE bestaat niet."."""

from __future__ import annotations

import contextlib
import io
import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.cli import main

COMMANDS = ("report", "replay", "resume")
WHAT_TO_DO = {
    "nl": "Geef het pad van een opgeslagen spel (een .json-bestand)",
    "en": "Give the path of a saved game (a .json file)",
}


def argv(command: str, save: Path, lang: str, out: Path) -> list[str]:
    return {
        "report": ["report", str(save), "-o", str(out), "--lang", lang],
        "replay": ["replay", str(save), "--lang", lang],
        "resume": ["play", "--text", "--resume", str(save), "--lang", lang],
    }[command]


def run(args: list[str]) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `python -m game ARGS`, run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("lang", "says"),
    [("nl", "Het bestand {path} bestaat niet."), ("en", "The file {path} does not exist.")],
)
def test_a_missing_save_is_named_once_with_what_to_do(
    home: Path, saves: Path, command: str, lang: str, says: str
) -> None:
    missing = saves / "MISSING.json"
    report = saves / "x.html"
    code, out, err = run(argv(command, missing, lang, report))
    assert code == 1
    assert out == ""
    assert err.count(str(missing)) == 1, err
    assert says.format(path=missing) in err
    assert WHAT_TO_DO[lang] in err
    assert str(home) in err  # where the game keeps its own saves
    assert "Traceback" not in err
    assert not report.exists()


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "niet lezen ("),  # a folder given as the save
        (b"\xff\xfe\x00garbage", "geen UTF-8-tekst"),
        (b"[" * 100_000, "te diep genest"),
    ],
)
def test_a_file_that_cannot_be_read_is_named_once(
    home: Path, saves: Path, command: str, content: bytes | None, says: str
) -> None:
    target = saves / "iets.json"
    if content is None:
        target.mkdir()
    else:
        target.write_bytes(content)
    code, _out, err = run(argv(command, target, "nl", saves / "x.html"))
    assert code == 1
    assert err.count(str(target)) == 1, err
    assert says in err and WHAT_TO_DO["nl"] in err
    assert "Traceback" not in err and "RecursionError" not in err


def test_a_room_report_names_the_one_missing_save_once(home: Path, saves: Path) -> None:
    first, second = saves / "tafel1.json", saves / "tafel2.json"
    first.write_text("{}", encoding="utf-8")  # never reached: the first problem is reported
    code, _out, err = run(["report", str(second), str(first), "-o", str(saves / "kamer.html")])
    assert code == 1
    assert err.count(str(second)) == 1 and str(first) not in err
    assert f"Het bestand {second} bestaat niet." in err


def test_a_damaged_save_still_names_the_file_and_what_is_wrong(home: Path, saves: Path) -> None:
    """Not a file problem: the report keeps 'FILE: reason' and gives no hint about paths."""
    cut = saves / "afgebroken.json"
    cut.write_text('{"format": "omgevingstafel-save", "ac', encoding="utf-8")
    code, _out, err = run(["report", str(cut), "-o", str(saves / "x.html")])
    assert code == 1
    assert err.startswith(f"{cut}: ") and err.count(str(cut)) == 1
    assert WHAT_TO_DO["nl"] not in err


def test_a_resumed_session_with_damaged_data_is_not_called_unreadable(
    home: Path, saves: Path
) -> None:
    save = saves / "sessie.json"
    save.write_text(
        json.dumps({"format": "omgevingstafel-text-session", "game": {}, "humans": []}),
        encoding="utf-8",
    )
    code, _out, err = run(argv("resume", save, "nl", saves / "x.html"))
    assert code == 1
    assert WHAT_TO_DO["nl"] not in err and "Traceback" not in err


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.text(string.ascii_letters + string.digits + " -_.é", min_size=1, max_size=30),
    command=st.sampled_from(COMMANDS),
)
def test_any_missing_save_name_appears_once(
    home: Path, saves: Path, name: str, command: str
) -> None:
    missing = saves / f"x{name}"
    if missing.exists():
        return
    for lang in ("nl", "en"):
        code, _out, err = run(argv(command, missing, lang, saves / "r.html"))
        assert code == 1
        assert err.count(str(missing)) == 1, err
