"""QA regressions for the room commands: out-of-range numbers, malformed join arguments, no
display for a dashboard, files that are not results databases, and ignored restore options."""

from __future__ import annotations

import argparse
import os
import sqlite3
from pathlib import Path

import pytest
from net_support import SEATS
from scenario_support import LINDELAAN

from game.cli import build_parser, main
from game.commands import host, join
from game.net.store import Store
from game.net.store_schema import StoreError


def _refused_by_argparse(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("value", ["-1", "70000", "abc"])
def test_host_refuses_a_port_outside_0_to_65535(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "65535" in _refused_by_argparse(["host", "--port", value], capsys)


@pytest.mark.parametrize("value", ["-5", "nan", "inf", "61", "x"])
def test_host_refuses_a_bot_delay_that_is_negative_endless_or_silly(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "60" in _refused_by_argparse(["host", "--bot-delay", value], capsys)
    assert build_parser().parse_args(["host", "--bot-delay", "0.5"]).bot_delay == 0.5


@pytest.mark.parametrize("value", ["99", "-1", "0"])
def test_join_refuses_a_table_the_room_cannot_have(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "64" in _refused_by_argparse(["join", "h:1", "--table", value], capsys)


def test_results_refuses_a_session_number_sqlite_cannot_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "room.sqlite3"
    Store(db).close()
    assert main(["results", "--db", str(db), "--session", "99999999999999999999999"]) == 1
    assert "Traceback" not in capsys.readouterr().out  # more in test_results_sessions.py


@pytest.mark.parametrize(
    "extra",
    [
        ["--token", "bogus"],
        ["--code", "ABC", "--name", os.fsdecode(b"Jan\xff")],
        ["--code", "X" * 40, "--name", "Jan"],
        ["--code", "ABC", "--name", "   "],
    ],
)
def test_join_explains_malformed_arguments_before_connecting(
    extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["join", "127.0.0.1:9", *extra]) == 2
    out = capsys.readouterr().out
    assert out.strip() and "ValidationError" not in out and "not reachable" not in out


def test_join_with_a_short_facilitator_token_says_the_token_is_wrong(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["join", "127.0.0.1:9", "--facilitator", "abc", "--lang", "en"]) == 2
    assert "facilitator token is wrong" in capsys.readouterr().out


def test_without_a_display_no_invisible_dashboard_opens(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(join, "display_available", lambda: False)
    monkeypatch.setattr(host, "display_available", lambda: False)
    token = "t" * 20
    assert main(["join", "127.0.0.1:9", "--facilitator", token, "--lang", "en"]) == 2
    assert "--watch" in capsys.readouterr().out
    db = tmp_path / "room.sqlite3"
    assert main(["host", "--dashboard", "--db", str(db), "--lang", "en"]) == 2
    assert "without --dashboard" in capsys.readouterr().out
    assert not db.exists()


def test_results_never_turns_another_file_into_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "leeg.yaml"
    for content in (b"", b"titel: iets\n"):
        other.write_bytes(content)
        assert main(["results", "--db", str(other), "--lang", "en"]) == 2
        assert "not an SQLite results file" in capsys.readouterr().out
        assert other.read_bytes() == content
    with pytest.raises(StoreError) as caught:
        Store(other)  # what host --db does
    assert caught.value.key == "net.db_not_sqlite"
    assert other.read_bytes() == content


def test_results_opens_the_database_read_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "ander.sqlite3"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE notes (x)")
    before = foreign.read_bytes()
    assert main(["results", "--db", str(foreign), "--lang", "en"]) == 2
    assert "without results of this game" in capsys.readouterr().out
    assert foreign.read_bytes() == before  # no schema was added
    ours = tmp_path / "room.sqlite3"
    Store(ours).close()
    assert main(["results", "--db", str(ours), "--lang", "en"]) == 1  # no sessions yet
    assert "No results yet" in capsys.readouterr().out


def _host_args(db: Path, *extra: str) -> argparse.Namespace:
    return build_parser().parse_args(["host", "--db", str(db), "--lang", "en", *extra])


def test_restoring_names_the_options_it_ignores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "room.sqlite3"
    store = Store(db)
    try:
        host.open_room(
            _host_args(
                db, "--scenario", str(LINDELAAN), "--tables", "3", "--seats", ",".join(SEATS)
            ),
            store,
        )
        capsys.readouterr()
        _room, restored = host.open_room(_host_args(db, "--tables", "3"), store)
        assert restored and capsys.readouterr().out == ""  # nothing differs
        _room, restored = host.open_room(_host_args(db, "--tables", "5", "--seats", "a,b"), store)
        out = capsys.readouterr().out
        assert restored
        assert out.count("\n") == 1
        assert "number of tables (3)" in out and "roles" in out and "--new" in out
    finally:
        store.close()
