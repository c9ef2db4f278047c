"""The room's commands: host opens or restores a session, join plays from a terminal, results
lists sessions and writes CSV."""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
from pathlib import Path

import pytest
from net_support import SEATS, TIMEOUT, make_room, run, serving
from scenario_support import LINDELAAN

from game.cli import build_parser, main
from game.commands import host
from game.net.client import RoomClient
from game.net.protocol import EndSession
from game.net.store import Store
from game.textmode.console import Console
from game.textmode.room import TerminalPlayer


def _host_args(db: Path, *extra: str) -> argparse.Namespace:
    return build_parser().parse_args(["host", "--db", str(db), *extra])


def test_host_starts_a_session_and_a_second_start_restores_it(tmp_path: Path) -> None:
    db = tmp_path / "room.sqlite3"
    store = Store(db)
    room, restored = host.open_room(
        _host_args(db, "--scenario", str(LINDELAAN), "--tables", "3", "--seats", ",".join(SEATS)),
        store,
    )
    assert not restored and len(room.tables) == 3 and room.seat_ids == SEATS
    seat = room.take_seat(2, "ggz", "Anna")
    again, restored = host.open_room(_host_args(db), store)
    assert restored and again.code == room.code and again.by_token(seat.token) is not None
    fresh, restored = host.open_room(_host_args(db, "--new"), store)
    assert not restored and fresh.code != room.code and len(fresh.tables) == 2
    assert [s.ended is not None for s in store.sessions()] == [True, False]
    store.close()


def test_host_explains_a_bad_setup_instead_of_crashing(tmp_path: Path, capsys) -> None:
    db = tmp_path / "room.sqlite3"
    assert main(["host", "--db", str(db), "--seats", "bewoners,politie"]) == 2
    assert "gemeente" in capsys.readouterr().out.lower()
    assert main(["host", "--db", str(db), "--tables", "0"]) == 2
    assert main(["host", "--db", str(db), "--scenario", str(tmp_path / "nope.yaml")]) == 2
    out = capsys.readouterr().out
    assert "Traceback" not in out and "nope.yaml" in out


def test_join_refuses_a_bad_address_or_missing_code(capsys) -> None:
    assert main(["join", "not an address", "--code", "X", "--name", "Y"]) == 2
    assert main(["join", "127.0.0.1:1"]) == 2
    out = capsys.readouterr().out
    assert "HOST:" in out and "--code" in out


def test_a_trainee_in_a_terminal_picks_a_seat_and_passes() -> None:
    async def scenario() -> tuple[str, str]:
        room = make_room()
        game = room.tables[0].game
        actor = game.current_actor
        choice = 14  # "Passen", as in a local game (game/textmode/table.py)
        seat_choice = SEATS.index(actor) + 1
        skip_rating = 2  # the self-assessment at the start: "skip"
        typed = io.StringIO(f"{seat_choice}\n{skip_rating}\n{choice}\n")
        shown = io.StringIO()
        async with serving(room) as server:
            client = RoomClient(f"127.0.0.1:{server.port}", code=room.code, name="Anna")
            player = TerminalPlayer(client, Console(typed, shown, interactive=False), "nl")
            playing = asyncio.create_task(player.run())
            while not game.actions:
                await asyncio.sleep(0.01)
            boss = RoomClient(f"127.0.0.1:{server.port}", facilitator_token=room.facilitator_token)
            await boss.start()
            await boss.command(EndSession())  # the trainee's terminal hears the session end
            assert await asyncio.wait_for(playing, TIMEOUT) == 0
            await boss.close()
            assert [a.kind for a in game.actions] == ["pass"]
            assert room.tables[0].seats[actor].player == "Anna"
            assert client.token is not None
            return shown.getvalue(), client.token

    out, token = run(scenario())
    assert "Gemeente Lindeveen" in out and "vanzelf terug op je plaats" in out
    assert token not in out and "--token" not in out  # the seat token is never shown


def test_results_lists_sessions_and_writes_csv(tmp_path: Path, capsys) -> None:
    db = tmp_path / "room.sqlite3"
    store = Store(db)
    room = make_room(tables=2)
    store.start_session(room)
    room.fill_bots(1)
    table = room.tables[0]
    while room.play_bot(table):
        pass
    assert table.game.is_over()
    store.close()
    assert main(["results", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert room.code in listing and "tafel 1" in listing and "tafel 2" in listing
    target = tmp_path / "out.csv"
    assert main(["results", "--db", str(db), "--csv", str(target)]) == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["table"] for r in rows] == ["1", "2"]
    assert rows[0]["outcome"] == table.result.outcome and rows[1]["outcome"] == "open"
    assert float(rows[0]["integration_index"]) == pytest.approx(table.result.integration_index)
    assert main(["results", "--db", str(tmp_path / "missing.sqlite3")]) == 1
    reports = tmp_path / "reports"
    assert main(["results", "--db", str(db), "--reports", str(reports)]) == 0
    written = sorted(p.name for p in reports.iterdir())
    assert written == [f"kamer-{room.code}-bord.html", f"kamer-{room.code}-tafel-1.html"]
    assert "<html" in (reports / written[1]).read_text(encoding="utf-8").lower()
    board = (reports / written[0]).read_text(encoding="utf-8")
    assert "Klassikaal bord" in board and 'data-table="2"' in board
