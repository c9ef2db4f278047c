"""The web page over plain HTTP on the room's own port, its texts, and the player's debrief.

No browser here (tests/test_web_browser.py drives Chromium): these speak HTTP and the
protocol directly, so a path that climbs out of game/net/web is sent exactly as written.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

from net_support import (
    SEATS,
    TIMEOUT,
    address,
    close_all,
    leaks,
    lindelaan,
    make_room,
    room_test,
    run,
    serving,
)

from game.commands.host import banner
from game.engine import Answer, Pass, player_view_from_json
from game.net.client import RoomClient
from game.net.protocol import FillBots, PlayerDebrief, parse_server
from game.net.qr import modules, terminal_lines
from game.net.room import Room
from game.net.server import RoomServer
from game.net.webpage import CSP, TEXT_PREFIXES, page_texts, web_files
from game.text.catalogue import catalogue
from game.ui.scenes.facilitator_link import page_base

WEB = Path(__file__).resolve().parents[1] / "game" / "net" / "web"


async def http_get(server: RoomServer, path: str, method: str = "GET") -> tuple[int, dict, bytes]:
    """One raw HTTP/1.1 request with `path` sent byte for byte (no client normalises it)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    request = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n"
    writer.write(request.encode("latin-1"))
    await writer.drain()
    raw = await asyncio.wait_for(reader.read(), TIMEOUT)
    writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body


@room_test
async def test_the_page_its_files_and_texts_come_with_csp_and_nosniff(
    room: Room, server: RoomServer
) -> None:
    for path, kind in [
        (f"/?code={room.code}", "text/html"),
        ("/index.html", "text/html"),
        ("/style.css", "text/css"),
        ("/js/main.js", "text/javascript"),
        ("/texts.json", "application/json"),
    ]:
        status, headers, body = await http_get(server, path)
        assert status == 200, path
        assert headers["content-type"].startswith(kind), path
        assert headers["content-security-policy"] == CSP
        assert "default-src 'self'" in CSP and "connect-src 'self'" in CSP
        assert headers["x-content-type-options"] == "nosniff"
        assert body
    # the room still speaks WebSocket on the same port
    client = RoomClient(address(server), code=room.code, name="Anna")
    await client.start()
    await client.wait_for(lambda m: m.type == "lobby", TIMEOUT)
    await client.close()


@room_test
async def test_no_path_reaches_outside_the_web_folder(room: Room, server: RoomServer) -> None:
    server_source = (Path(__file__).resolve().parents[1] / "game/net/server.py").read_bytes()
    for path in [
        "/../server.py",
        "/js/../../server.py",
        "/%2e%2e/server.py",
        "/%2E%2E%2Fserver.py",
        "/..%2fserver.py",
        "/js/..%5c..%5cserver.py",
        "//etc/passwd",
        "/etc/passwd",
        "/./index.html/../../room.py",
        "/web/index.html",
        "/js",
        "/js/",
        "/__init__.py",
        "/index.html%00.js",
        "/../../../../../../etc/passwd",
    ]:
        status, headers, body = await http_get(server, path)
        assert status == 404, path
        assert headers["content-security-policy"] == CSP, path
        assert headers["x-content-type-options"] == "nosniff", path
        assert b"import" not in body and server_source[:200] not in body, path
    status, headers, _ = await http_get(server, "/", method="POST")
    assert status == 405 and headers["allow"] == "GET"
    assert headers["content-security-policy"] == CSP


def test_the_server_serves_exactly_the_files_of_the_web_folder() -> None:
    on_disk = {"/" + p.relative_to(WEB).as_posix() for p in WEB.rglob("*") if p.is_file()}
    assert set(web_files()) - {"/"} == on_disk
    assert web_files()["/"] == web_files()["/index.html"]


def test_every_text_the_page_uses_is_in_the_catalogue_in_both_languages() -> None:
    texts = json.loads(page_texts())
    used = set()
    for script in WEB.rglob("*.js"):
        source = script.read_text(encoding="utf-8")
        used |= set(re.findall(r'"((?:web|facilitation)\.[a-z0-9_.]+)"', source))
    assert used, "the page names its texts by key"
    for lang in ("nl", "en"):
        assert used <= set(texts[lang]), sorted(used - set(texts[lang]))
    served = {key for key in catalogue() if key.startswith(TEXT_PREFIXES)}
    assert set(texts["nl"]) == set(texts["en"]) == served
    web_keys = {key for key in served if key.startswith("web.")}
    assert web_keys <= used, f"texts the page never uses: {sorted(web_keys - used)}"


def test_the_banner_shows_the_page_with_the_code_and_its_qr_code(tmp_path: Path) -> None:
    room = make_room()
    lines = banner(room, 8765, "192.168.1.20", False, tmp_path / "r.db", "en", None, False)
    url = f"http://192.168.1.20:8765/?code={room.code}"
    assert any(url in line for line in lines)
    qr = terminal_lines(url)
    assert qr and "\n".join(qr) in "\n".join(lines)
    assert terminal_lines(url, "latin-1") == []  # a terminal that cannot show blocks
    plain = banner(room, 8765, "192.168.1.20", False, tmp_path / "r.db", "en", None, False, "ascii")
    assert any(url in line for line in plain) and not set("▀▄█") & set("".join(plain))
    grid = modules(url)
    assert len(grid) == len(grid[0]) >= 21 + 4  # a real QR code with its quiet zone


def test_the_dashboard_finds_the_page_on_the_rooms_own_host_and_port() -> None:
    assert page_base("ws://192.168.1.20:8765") == "http://192.168.1.20:8765/"
    assert page_base("ws://127.0.0.1:4000/") == "http://127.0.0.1:4000/"


def test_a_player_gets_its_own_debrief_and_nobody_elses_figures() -> None:
    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            anna = RoomClient(address(server), code=room.code, name="Anna", delays=(0.05,))
            await anna.start()
            await anna.take_seat(1, SEATS[1])
            await anna.wait_for(lambda m: m.type == "seated", TIMEOUT)
            boss = RoomClient(address(server), facilitator_token=room.facilitator_token)
            await boss.start()
            await boss.command(FillBots(table=1))
            game = room.tables[0].game
            while not game.is_over():
                update = anna.update
                if update is not None and update.my_turn and not anna.pending:
                    waiting = player_view_from_json(update.view).questions_waiting
                    move = (
                        Answer(actor=SEATS[1], question=waiting[0].id, mode="truthful")
                        if waiting
                        else Pass(actor=SEATS[1])
                    )
                    await anna.act(move)
                await anna.changed(0.05)
            debrief = await anna.wait_for(lambda m: m.type == "debrief", TIMEOUT)
            assert isinstance(debrief, PlayerDebrief)
            view = player_view_from_json(anna.update.view)
            assert debrief.actor == SEATS[1] and debrief.outcome == game.outcome.kind
            assert debrief.own_points == round(game.final_points()[SEATS[1]], 2)
            assert debrief.own_batna == view.batna
            assert debrief.integration_index == room.tables[0].result.integration_index
            assert [m for m in anna.received if m.type == "debrief"] == [debrief]
            assert leaks(lindelaan(), SEATS[1], anna.raw) == []
            # coming back to a finished table brings the debrief again, with a fresh token
            back = RoomClient(address(server), token=anna.token)
            await back.start()
            again = await back.wait_for(lambda m: m.type == "debrief", TIMEOUT)
            assert again == debrief
            assert parse_server(debrief.model_dump_json()) == debrief
            await close_all([anna, boss, back])

    run(scenario(), 120)
