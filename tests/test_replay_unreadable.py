"""`python -m game replay SAVE` on a file that cannot be read at all (missing, a folder, not
text, nested too deeply): the message names the file once, says what is wrong and what to do,
and never claims the game "does not reproduce"."""

from __future__ import annotations

import contextlib
import io
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.cli import main


def replay_error(save: Path, lang: str) -> tuple[int, str]:
    """Exit code and stderr of `python -m game replay SAVE --lang LANG`, run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["replay", str(save), "--lang", lang])
    assert out.getvalue() == ""
    return code, err.getvalue()


def test_a_missing_save_is_named_once_with_what_to_do(home: Path, saves: Path) -> None:
    missing = saves / "weg.json"
    code, message = replay_error(missing, "nl")
    assert code == 1
    assert message.count(str(missing)) == 1
    assert f"Het bestand {missing} bestaat niet." in message
    assert "Geef het pad van een opgeslagen spel" in message
    assert str(home) in message  # where the game's own saves are
    assert "reproduceert niet" not in message
    assert "Traceback" not in message


def test_a_missing_save_in_english(home: Path, saves: Path) -> None:
    missing = saves / "gone.json"
    code, message = replay_error(missing, "en")
    assert code == 1
    assert message.count(str(missing)) == 1
    assert f"The file {missing} does not exist." in message
    assert "Give the path of a saved game" in message
    assert "does not reproduce" not in message


def test_a_folder_given_as_save_says_it_cannot_be_read(home: Path, saves: Path) -> None:
    code, message = replay_error(saves, "nl")
    assert code == 1
    assert message.count(str(saves)) == 1
    assert f"Kan {saves} niet lezen (" in message
    assert "Geef het pad van een opgeslagen spel" in message


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\xff\xfe\x00garbage", "geen UTF-8-tekst"),
        (b"[" * 100_000, "te diep genest"),
    ],
)
def test_a_file_that_is_no_save_is_named_once(
    home: Path, saves: Path, content: bytes, says: str
) -> None:
    other = saves / "iets.json"
    other.write_bytes(content)
    code, message = replay_error(other, "nl")
    assert code == 1
    assert message.count(str(other)) == 1
    assert says in message
    assert "Traceback" not in message


def test_a_damaged_save_still_says_it_does_not_reproduce_naming_the_file_once(
    home: Path, saves: Path
) -> None:
    cut = saves / "afgebroken.json"
    cut.write_text('{"format": "omgevingstafel-save", "ac', encoding="utf-8")
    code, message = replay_error(cut, "nl")
    assert code == 1
    assert message.count(str(cut)) == 1
    assert "dit spel reproduceert niet" in message and "geen geldige JSON" in message


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(string.ascii_letters + string.digits + " -_.é", min_size=1, max_size=30))
def test_any_missing_file_name_appears_once(home: Path, saves: Path, name: str) -> None:
    missing = saves / f"x{name}"
    if missing.exists():
        return
    for lang in ("nl", "en"):
        code, message = replay_error(missing, lang)
        assert code == 1
        assert message.count(str(missing)) == 1, message
