"""What the room refuses, with a reason, while it stays up: forged seats, turns out of order,
illegal moves, bad JSON, strangers, oversized frames and floods."""

from __future__ import annotations

import asyncio
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from net_support import (
    SEATS,
    TIMEOUT,
    address,
    close_all,
    make_room,
    room_test,
    run,
    seated_clients,
    seated_table,
    serving,
)
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from game.engine import Pass, Support
from game.net import limits
from game.net.client import RoomClient
from game.net.protocol import BadMessage, FillBots, parse_client
from game.net.room import Room
from game.net.server import RoomServer


def _refusal(client: RoomClient, since: int):
    return client.wait_for(lambda m: m.type == "refused", TIMEOUT, since)


@room_test
async def test_forged_seats_turns_out_of_order_and_illegal_moves_are_refused_with_a_reason(
    room: Room, server: RoomServer
) -> None:
    game, clients, mover = await seated_table(server)
    waiter = next(c for c in clients if c is not mover)

    since = len(waiter.received)
    await waiter.act(Pass(actor=mover.seated.actor))  # acting for another seat
    refused = await _refusal(waiter, since)
    assert refused.key == "net.not_your_seat" and refused.seq == waiter.seq

    since = len(waiter.received)
    await waiter.act(Pass(actor=waiter.seated.actor))  # not its turn
    assert (await _refusal(waiter, since)).key == "engine.illegal.not_your_turn"

    since = len(mover.received)
    await mover.act(Support(actor=mover.seated.actor, proposal=9))  # no such proposal
    refused = await _refusal(mover, since)
    assert refused.key == "engine.illegal.unknown_proposal"
    assert refused.nl and refused.en

    since = len(mover.received)
    await mover.act({"kind": "teleport", "actor": mover.seated.actor})
    assert (await _refusal(mover, since)).key == "net.bad_action"
    assert game.actions == []
    await close_all(clients)


@room_test
async def test_a_resent_action_is_applied_once(room: Room, server: RoomServer) -> None:
    game, clients, mover = await seated_table(server)
    frame = json.dumps(
        {"type": "act", "seq": 1, "action": {"kind": "pass", "actor": mover.seated.actor}}
    )
    await mover.send_raw(frame)
    await mover.send_raw(frame)
    await mover.wait_for(lambda m: m.type == "view" and m.ack == 1, TIMEOUT)
    acks = 0
    while acks < 2:
        await mover.changed(0.05)
        acks = sum(1 for m in mover.received if m.type == "view" and m.ack == 1)
    assert len(game.actions) == 1
    await close_all(clients)


@room_test
async def test_strangers_wrong_codes_and_trainees_posing_as_facilitator_are_refused(
    room: Room, server: RoomServer
) -> None:
    stranger = RoomClient(address(server), code="WRONG1", name="X")
    await stranger.start()
    assert (await _refusal(stranger, 0)).key == "net.wrong_code"
    await stranger.send_raw(json.dumps({"type": "take_seat", "table": 1, "actor": "ggz"}))
    assert (await _refusal(stranger, 1)).key == "net.say_hello"
    await stranger.close()

    trainee = RoomClient(address(server), code=room.code.lower(), name="Bo")
    await trainee.start()
    await trainee.wait_for(lambda m: m.type == "lobby", TIMEOUT)
    since = len(trainee.received)
    await trainee.command(FillBots(table=1))
    assert (await _refusal(trainee, since)).key == "net.not_facilitator"
    since = len(trainee.received)
    await trainee.send_raw(json.dumps({"type": "resume", "token": "x" * 20}))
    assert (await _refusal(trainee, since)).key == "net.unknown_token"
    assert all(s.holder == "free" for s in room.tables[0].seats.values())
    await trainee.close()


@room_test
async def test_malformed_frames_are_refused_and_the_connection_stays_usable(
    room: Room, server: RoomServer
) -> None:
    client = RoomClient(address(server), code=room.code, name="Cas")
    await client.start()
    await client.wait_for(lambda m: m.type == "lobby", TIMEOUT)
    bad = [
        ("{not json", "net.bad_json"),
        (b"\xff\xfe", "net.bad_json"),
        ("[1, 2]", "net.bad_message"),
        ('{"type": "sudo"}', "net.bad_message"),
        ('{"type": "take_seat", "table": "een", "actor": "ggz"}', "net.bad_message"),
        ('{"type": "join", "code": "A", "name": "B", "admin": true}', "net.bad_message"),
    ]
    for frame, key in bad:
        since = len(client.received)
        await client.send_raw(frame)
        assert (await _refusal(client, since)).key == key
    since = len(client.received)
    await client.take_seat(1, "ggz")
    assert (await client.wait_for(lambda m: m.type == "seated", TIMEOUT, since)).actor == "ggz"
    await client.close()


@room_test
async def test_an_oversized_frame_closes_that_connection_only(
    room: Room, server: RoomServer
) -> None:
    url = f"ws://{address(server)}"
    async with connect(url, proxy=None, max_size=None) as ws:
        await ws.send("x" * (limits.MAX_CLIENT_MESSAGE + 1))
        with pytest.raises(ConnectionClosed) as closed:
            for _ in range(10):
                await ws.recv()
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
    clients = await seated_clients(server)  # the room is still open
    assert len(clients) == len(SEATS)
    await close_all(clients)


@room_test
async def test_a_flood_is_cut_short_and_the_room_keeps_serving_others(
    room: Room, server: RoomServer
) -> None:
    others = await seated_clients(server, seats=("ggz",))
    url = f"ws://{address(server)}"
    async with connect(url, proxy=None) as ws:
        frame = json.dumps({"type": "join", "code": room.code, "name": "Flood"})
        keys = []
        with pytest.raises(ConnectionClosed) as closed:
            for _ in range(limits.FLOOD_CLOSE_AFTER + int(limits.BURST) + 50):
                await ws.send(frame)
            while True:
                keys.append(json.loads(await ws.recv()).get("key"))
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
        assert "net.too_fast" in keys
    since = len(others[0].received)
    await others[0].act(Pass(actor="ggz"))
    answer = await others[0].wait_for(lambda m: m.type in {"view", "refused"}, TIMEOUT, since)
    assert answer.type == "refused" and answer.key == "engine.illegal.not_your_turn"
    await close_all(others)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.binary(max_size=200),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=10),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.text(max_size=8), inner, max_size=4)
            ),
            max_leaves=12,
        ).map(json.dumps),
    )
)
def test_any_frame_is_a_message_or_a_bad_message_never_a_crash(frame: str | bytes) -> None:
    try:
        parse_client(frame)
    except BadMessage as error:
        assert error.key in {"net.bad_json", "net.bad_message", "net.bad_text", "net.bad_number"}


def test_a_connection_that_never_says_hello_is_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "HELLO_TIMEOUT", 0.2)

    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            async with connect(f"ws://{address(server)}", proxy=None) as ws:
                with pytest.raises(ConnectionClosed) as closed:
                    await asyncio.wait_for(ws.recv(), TIMEOUT)
                assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
            assert server.connections == set()

    run(scenario())


def test_the_token_bucket_allows_bursts_then_the_steady_rate() -> None:
    bucket = limits.TokenBucket(rate=10.0, capacity=5.0, tokens=5.0, stamp=0.0)
    assert [bucket.take(0.0) for _ in range(6)] == [True] * 5 + [False]
    assert bucket.take(0.1) and not bucket.take(0.1)  # one more token after 0.1 s at 10/s
    assert sum(bucket.take(10.0) for _ in range(10)) == 5  # never more than the capacity
