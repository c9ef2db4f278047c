"""`python -m game results --session N`: a number that is no session says so in words a
person understands — which sessions the file holds, or "a whole number from 1" — never the
largest integer SQLite can store."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from net_support import make_room

from game.cli import main
from game.commands.results import number_ranges
from game.net.store import Store

SQLITE_MAX = str(2**63 - 1)


@pytest.fixture(scope="module")
def three_sessions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A results file holding sessions 1, 2 and 3 (the second one ended early, no matter)."""
    db = tmp_path_factory.mktemp("results") / "room.sqlite3"
    store = Store(db)
    for _ in range(3):
        store.start_session(make_room())
    store.close()
    return db


def refused_by_argparse(value: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as caught:
        main(["results", "--session", value])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("value", ["0", "-4", "abc", "1.5", ""])
def test_a_session_number_below_one_or_not_a_number_asks_for_a_number_from_1(
    value: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMGEVINGSTAFEL_LANG", "nl")
    message = refused_by_argparse(value, capsys)
    assert f"'{value}' is geen sessienummer" in message
    assert "heel getal vanaf 1" in message
    assert SQLITE_MAX not in message


def test_the_number_message_in_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMGEVINGSTAFEL_LANG", "en")
    assert "whole number from 1" in refused_by_argparse("0", capsys)


@pytest.mark.parametrize("value", ["4", "99", "99999999999999999999999", SQLITE_MAX])
def test_a_session_the_file_does_not_hold_names_the_sessions_it_does(
    value: str, three_sessions: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["results", "--db", str(three_sessions), "--session", value]) == 1
    out = capsys.readouterr().out
    assert f"Er is geen sessie {value} in {three_sessions}; de sessies daar zijn: 1–3." in out
    assert "Traceback" not in out


def test_a_missing_session_is_refused_before_any_csv_is_written(
    three_sessions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "uit.csv"
    argv = ["results", "--db", str(three_sessions), "--session", "7", "--csv", str(target)]
    assert main([*argv, "--lang", "en"]) == 1
    assert "There is no session 7" in capsys.readouterr().out
    assert not target.exists()


def test_an_existing_session_is_listed_alone(
    three_sessions: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["results", "--db", str(three_sessions), "--session", "2"]) == 0
    out = capsys.readouterr().out
    assert "Sessie 2 " in out and "Sessie 1 " not in out and "Sessie 3 " not in out


def test_an_empty_results_file_says_there_are_no_results_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "leeg.sqlite3"
    Store(db).close()
    assert main(["results", "--db", str(db), "--session", "1"]) == 1
    assert f"Nog geen resultaten in {db}." in capsys.readouterr().out


def test_number_ranges_reads_like_a_person_writes_them() -> None:
    assert number_ranges([3, 1, 2, 5, 8, 7]) == "1–3, 5, 7–8"
    assert number_ranges([4]) == "4"


@settings(max_examples=150, deadline=None)
@given(st.sets(st.integers(min_value=1, max_value=60), min_size=1))
def test_number_ranges_name_exactly_the_numbers_given(numbers: set[int]) -> None:
    named: set[int] = set()
    for part in number_ranges(list(numbers)).split(", "):
        first, _, last = part.partition("–")
        named |= set(range(int(first), int(last or first) + 1))
    assert named == numbers
