"""Tokens are not shown, not eternal and not stored in the clear: a resume gives a fresh seat
token, the results file holds hashes only (and is its owner's alone), an old file with clear
tokens still works, the host keeps the facilitator token off its banner, and the terminal
client comes back to its seat by itself, from a seat file only its user may read."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import stat
import subprocess
import sys
from pathlib import Path

from net_support import (
    SEATS,
    TIMEOUT,
    address,
    close_all,
    lindelaan,
    make_room,
    run,
    seated_clients,
    serving,
    terminal_visit,
)
from websockets.asyncio.client import connect

from game.net.client import RoomClient
from game.net.room import hash_token
from game.net.seat_file import SeatFile
from game.net.store import Store
from game.net.token_file import facilitator_token_file
from game.scenario.loader import default_scenario_path, load_scenario

ROOT = Path(__file__).resolve().parents[1]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _file_bytes(db: Path) -> bytes:
    """The results file with its write-ahead log: everything SQLite wrote."""
    wal = db.with_name(db.name + "-wal")
    return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


async def _resume_raw(server, token: str) -> dict:
    async with connect(f"ws://{address(server)}", proxy=None) as ws:
        await ws.send(json.dumps({"type": "resume", "token": token}))
        return json.loads(await asyncio.wait_for(ws.recv(), TIMEOUT))


def test_a_resume_gives_a_fresh_token_and_the_file_keeps_only_hashes(tmp_path: Path) -> None:
    db = tmp_path / "new-folder" / "room.sqlite3"

    async def scenario() -> None:
        store = Store(db)
        room = make_room()
        async with serving(room, store) as server:
            (anna,) = await seated_clients(server, seats=SEATS[:1])
            first = anna.token
            assert first is not None and len(first) == 32  # 128 random bits
            since = len(anna.received)
            await anna.drop()
            seated = await anna.wait_for(lambda m: m.type == "seated", TIMEOUT, since)
            second = seated.token
            assert second is not None and second != first and anna.token == second
            answer = await _resume_raw(server, first)  # the old token stopped working
            assert answer["type"] == "refused" and answer["key"] == "net.unknown_token"
            assert room.by_token(first) is None and room.by_token(second) is not None
            stored = store.db.execute("SELECT token FROM seats WHERE token IS NOT NULL")
            assert [r[0] for r in stored] == [hash_token(second)]
            written = _file_bytes(db)
            for secret in (first, second, room.facilitator_token):
                assert secret is not None and secret.encode() not in written
            (kept,) = store.db.execute("SELECT facilitator_token FROM sessions").fetchone()
            assert kept == hash_token(room.facilitator_token)
            await anna.close()
        store.close()

    run(scenario())
    assert _mode(db) == 0o600 and _mode(db.parent) == 0o700


def test_a_results_file_with_clear_tokens_from_before_still_works(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    store = Store(db)
    room = make_room()
    store.start_session(room)
    seat = room.take_seat(1, SEATS[1], "Anna")
    old_seat, old_boss = "a1" * 12, "b2" * 12  # 24 hex digits, as tokens were
    store.db.execute("UPDATE seats SET token = ? WHERE actor = ?", (old_seat, seat.actor))
    store.db.execute("UPDATE sessions SET facilitator_token = ?", (old_boss,))
    store.close()

    async def scenario() -> None:
        again = Store(db)
        restored = again.restore(again.running_session(), lindelaan())
        assert restored.facilitator_token == old_boss and restored.facilitator_ok(old_boss)
        rows = again.db.execute("SELECT token FROM seats WHERE token IS NOT NULL").fetchall()
        assert rows == [(hash_token(old_seat),)]  # hashed on the way in
        (kept,) = again.db.execute("SELECT facilitator_token FROM sessions").fetchone()
        assert kept == hash_token(old_boss)
        async with serving(restored, again) as server:
            anna = RoomClient(address(server), token=old_seat)
            await anna.start()
            seated = await anna.wait_for(lambda m: m.type == "seated", TIMEOUT)
            assert seated.actor == SEATS[1] and seated.token != old_seat
            boss = RoomClient(address(server), facilitator_token=old_boss)
            await boss.start()
            await boss.wait_for(lambda m: m.type == "room", TIMEOUT)
            await close_all([anna, boss])
        again.close()

    run(scenario())


def _host(db: Path, home: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "OMGEVINGSTAFEL_HOME": str(home), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "game", "host", "--db", str(db), "--bind", "127.0.0.1"]
    return subprocess.Popen(
        [*command, "--port", "0", "--bot-delay", "0", *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _banner(host: subprocess.Popen[str]) -> list[str]:
    assert host.stdout is not None
    lines = []
    for line in host.stdout:
        lines.append(line.rstrip("\n"))
        if "Ctrl+C" in line:
            return lines
    raise AssertionError("the host stopped: " + "\n".join(lines))


def _stop(host: subprocess.Popen[str]) -> None:
    host.send_signal(signal.SIGINT)
    try:
        host.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        host.kill()
        host.wait(TIMEOUT)


def test_the_host_keeps_the_facilitator_token_off_its_banner(tmp_path: Path) -> None:
    db, home = tmp_path / "room.sqlite3", tmp_path / "home"
    host = _host(db, home, "--lang", "en")
    try:
        lines = _banner(host)
    finally:
        _stop(host)
    text = "\n".join(lines)
    code = re.search(r"--code (\w+)", text)
    port = re.search(r"127\.0\.0\.1:(\d+)", text)
    assert code and port, text
    token_file = home / "room-tokens" / f"{code.group(1)}.txt"
    token = token_file.read_text(encoding="utf-8").strip()
    assert len(token) == 32 and token not in text and str(token_file) in text
    assert _mode(token_file) == 0o600 and _mode(token_file.parent) == 0o700
    assert "--facilitator TOKEN" in text and "--show-token" in text

    # restarted: the same session, the token found again in its file, and served
    host = _host(db, home, "--lang", "en", "--show-token")
    try:
        lines = _banner(host)
        port = re.search(r"127\.0\.0\.1:(\d+)", "\n".join(lines))
        assert port is not None and any(token in line for line in lines)

        async def sign_in() -> None:
            boss = RoomClient(f"127.0.0.1:{port.group(1)}", facilitator_token=token)
            await boss.start()
            status = await boss.wait_for(lambda m: m.type == "room", TIMEOUT)
            assert status.room == code.group(1)
            await boss.close()

        run(sign_in())
    finally:
        _stop(host)

    # without its file, a restarted host issues a new token; the old one stops working
    token_file.unlink()
    store = Store(db)
    played = load_scenario(default_scenario_path()).scenario  # what the host served
    room = store.restore(store.running_session(), played)
    assert room.facilitator_token is None
    facilitator_token_file(room, store, token_file.parent)
    fresh = token_file.read_text(encoding="utf-8").strip()
    assert fresh != token and room.facilitator_ok(fresh) and not room.facilitator_ok(token)
    again = store.restore(store.running_session(), played)
    assert again.facilitator_ok(fresh)
    store.close()


def test_the_terminal_comes_back_to_its_seat_without_showing_a_token() -> None:
    async def visit(server, typed: str) -> str:
        on_turn = server.room.tables[0].game.current_actor  # its menu reads the (ended) input
        return await terminal_visit(server, typed, "en", on_turn)

    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            seat_file = SeatFile(address(server), room.code)
            out = await visit(server, "")  # sits down, then the input ends
            first = seat_file.load()
            assert first is not None and first not in out and "--token" not in out
            assert "takes you back to your seat" in out and "--code" in out
            assert _mode(seat_file.path) == 0o600 and _mode(seat_file.path.parent) == 0o700
            assert room.tables[0].seats[room.tables[0].game.current_actor].player == "Anna"

            out = await visit(server, "")  # the same laptop again: the same seat
            second = seat_file.load()
            assert second is not None and second != first and second not in out
            assert "Pick your seat" not in out and "You play" in out
            assert room.by_token(first) is None and room.by_token(second) is not None

    run(scenario())
