"""One client cannot fill the room: sockets per address are capped, a trainee who never sits
down gives its place back, a seat's holder always gets back in, and a burst of seats taken
and left costs the others one lobby, not one per change. Against a room on loopback."""

from __future__ import annotations

import asyncio
import json

import pytest
from net_support import SEATS, TIMEOUT, make_room, run, seated_clients, serving
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from game.net import limits
from game.net.client import RoomClient
from game.net.server import RoomServer


async def _socket(server: RoomServer, source: str = "127.0.0.1") -> ClientConnection:
    return await connect(
        f"ws://127.0.0.1:{server.port}", local_addr=(source, 0), proxy=None, open_timeout=5
    )


async def _joined(server: RoomServer, source: str = "127.0.0.1") -> ClientConnection:
    """A socket that said hello with the room code and got the lobby."""
    ws = await _socket(server, source)
    await ws.send(json.dumps({"type": "join", "code": server.room.code, "name": "Mallory"}))
    assert json.loads(await asyncio.wait_for(ws.recv(), TIMEOUT))["type"] == "lobby"
    return ws


async def _closed_with(ws: ClientConnection) -> tuple[int | None, list[dict]]:
    """Read until the server closes the socket: its close code and what it said before."""
    said = []
    try:
        while True:
            said.append(json.loads(await asyncio.wait_for(ws.recv(), TIMEOUT)))
    except ConnectionClosed:
        pass
    return ws.close_code, said


def test_one_address_cannot_hold_more_than_its_share_and_others_still_get_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "RETURN_TIMEOUT", 0.5)

    async def scenario() -> None:
        room = make_room()
        async with serving(room, per_address=limits.MAX_PER_ADDRESS) as server:
            held = [await _joined(server) for _ in range(limits.MAX_PER_ADDRESS)]
            # over the cap: a socket still opens (a seat holder might be coming back) …
            extra = await _socket(server)
            await extra.send(json.dumps({"type": "join", "code": room.code, "name": "M"}))
            code, said = await _closed_with(extra)  # … but a join is not a way back in
            assert code == 1013 and said[-1]["key"] == "net.room_full"
            assert said[-1]["nl"] and said[-1]["en"]
            # the spare places taken too: closed at once
            spares = [await _socket(server) for _ in range(limits.SPARE_PER_ADDRESS)]
            flat = await _socket(server)
            assert (await _closed_with(flat))[0] == 1013
            per_address = server._by_address["127.0.0.1"]
            assert per_address == limits.MAX_PER_ADDRESS + limits.SPARE_PER_ADDRESS
            # another laptop (another address) is not held up
            anna = await _joined(server, "127.0.0.2")
            await anna.send(json.dumps({"type": "take_seat", "table": 1, "actor": SEATS[0]}))
            while json.loads(await asyncio.wait_for(anna.recv(), TIMEOUT))["type"] != "seated":
                pass
            assert room.tables[0].seats[SEATS[0]].player == "Mallory"
            # a spare place that does not show a token within RETURN_TIMEOUT is closed
            for ws in spares:
                assert (await _closed_with(ws))[0] == 1013
            for ws in [*held, anna]:
                await ws.close()

    run(scenario())


def test_a_seat_holder_gets_back_in_when_the_room_is_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_CONNECTIONS", 6)

    async def scenario() -> None:
        room = make_room()
        async with serving(room, per_address=limits.MAX_PER_ADDRESS) as server:
            (anna,) = await seated_clients(server, seats=SEATS[:1])
            old_token = anna.token
            crowd = [await _joined(server, "127.0.0.3") for _ in range(5)]
            assert len(server.connections) == limits.MAX_CONNECTIONS
            stranger = await _socket(server, "127.0.0.4")
            await stranger.send(json.dumps({"type": "join", "code": room.code, "name": "Z"}))
            assert (await _closed_with(stranger))[0] == 1013
            since = len(anna.received)
            await anna.drop()  # her laptop's Wi-Fi hiccups …
            while len(server.connections) >= limits.MAX_CONNECTIONS:
                await asyncio.sleep(0.01)
            crowd.append(await _joined(server, "127.0.0.3"))  # … and her place is taken
            assert len(server.connections) == limits.MAX_CONNECTIONS
            seated = await anna.wait_for(lambda m: m.type == "seated", TIMEOUT, since)
            assert seated.actor == SEATS[0] and anna.token == seated.token
            assert old_token is not None
            await anna.wait_for(lambda m: m.type == "view", TIMEOUT, since)
            assert len(server.connections) == limits.MAX_CONNECTIONS + 1
            await anna.close()
            for ws in crowd:
                await ws.close()

    run(scenario())


def test_a_trainee_who_takes_no_seat_gives_its_place_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "SEATLESS_TIMEOUT", 0.3)

    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            idle = await _joined(server)
            watcher = await _joined(server)
            await watcher.send(json.dumps({"type": "watch", "table": 1}))
            (seated,) = await seated_clients(server, seats=SEATS[:1])
            code, _said = await _closed_with(idle)
            assert code == 1008 and idle.close_reason == "no seat taken"
            await asyncio.sleep(0.5)
            assert watcher.close_code is None and seated.connects == 1
            # leaving a seat starts the clock again; the client comes back by itself
            await seated.leave()
            await seated.wait_for(lambda m: m.type == "lobby", TIMEOUT)
            while seated.connects < 2:
                await asyncio.sleep(0.02)
            await seated.wait_connected(TIMEOUT)
            await seated.close()
            await watcher.close()

    run(scenario())


def test_a_burst_of_seat_changes_sends_the_lobby_a_few_times_and_ends_on_the_latest() -> None:
    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            onlooker = RoomClient(f"127.0.0.1:{server.port}", code=room.code, name="Kees")
            await onlooker.start()
            await onlooker.wait_for(lambda m: m.type == "lobby", TIMEOUT)
            busy = RoomClient(f"127.0.0.1:{server.port}", code=room.code, name="Bo")
            await busy.start()
            await busy.wait_for(lambda m: m.type == "lobby", TIMEOUT)
            await asyncio.sleep(limits.LOBBY_EVERY)
            before = sum(1 for m in onlooker.received if m.type == "lobby")
            loop = asyncio.get_running_loop()
            start = loop.time()
            changes = 15
            for _ in range(changes):
                await busy.take_seat(1, SEATS[1])
                await busy.send_raw(json.dumps({"type": "leave"}))
            await busy.take_seat(1, SEATS[2])  # the last word: Bo holds this seat
            await busy.wait_for(lambda m: m.type == "seated" and m.actor == SEATS[2], TIMEOUT)
            took = loop.time() - start
            await asyncio.sleep(3 * limits.LOBBY_EVERY)
            lobbies = [m for m in onlooker.received if m.type == "lobby"][before:]
            assert len(lobbies) <= took / limits.LOBBY_EVERY + 2 < 2 * changes
            seats = {s.actor: s.player for s in lobbies[-1].tables[0].seats}
            assert seats[SEATS[2]] == "Bo" and seats[SEATS[1]] is None
            await onlooker.close()
            await busy.close()

    run(scenario())
