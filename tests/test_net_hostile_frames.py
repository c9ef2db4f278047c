"""Frames no table may take in: text that cannot be written as UTF-8 and numbers outside
0..2**53-1 are refused at the door, and a change is applied and stored together or not at
all. Each attack runs against a served room on loopback; the table plays on afterwards."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from net_support import (
    SEATS,
    TIMEOUT,
    agreeable_package,
    close_all,
    lindelaan,
    make_room,
    play_until,
    room_test,
    run,
    scripted_move,
    seated_clients,
    seated_table,
    serving,
)

from game.engine import Pass, Statement
from game.net.client import RoomClient
from game.net.protocol import MAX_INT, BadMessage, parse_client, plain_text
from game.net.room import Room
from game.net.server import RoomServer
from game.net.store import Store

SURROGATE = "\ud800"


def _refusal(client: RoomClient, since: int):
    return client.wait_for(lambda m: m.type == "refused", TIMEOUT, since)


async def _raw(client: RoomClient, data: object) -> None:
    await client.send_raw(json.dumps(data))


async def _pass_is_acknowledged(client: RoomClient) -> None:
    """The seat on turn passes as a well-behaved client would, and the server applies it."""
    seq = await client.act(Pass(actor=client.seated.actor))
    await client.wait_for(lambda m: m.type == "view" and m.ack == seq, TIMEOUT)


# --- text --------------------------------------------------------------------------------
@room_test
async def test_a_lone_surrogate_is_refused_and_the_table_plays_on(
    room: Room, server: RoomServer
) -> None:
    game, clients, mover = await seated_table(server)
    me = mover.seated.actor
    attacks = [
        {"type": "act", "seq": 1, "action": {"kind": "statement", "actor": me, "text": SURROGATE}},
        {"type": "act", "seq": 1, "action": {"kind": "statement", "actor": me, SURROGATE: "x"}},
        {"type": "act", "seq": 1, "action": {"kind": "propose", "actor": me,
                                             "package": {"a": ["b", "c" + SURROGATE]}}},
        {"type": SURROGATE},
        {"type": "take_seat", "table": 1, "actor": SURROGATE},
        # an escape sequence would clear and retitle the other trainees' terminals
        {"type": "act", "seq": 1, "action": {"kind": "statement", "actor": me,
                                             "text": "hi\x1b[2J\x1b]0;pwned\x07"}},
        {"type": "act", "seq": 1, "action": {"kind": "statement", "actor": me,
                                             "text": "one\nfake line"}},
        {"type": "join", "code": room.code, "name": "Eve\x9b2J"},
    ]  # fmt: skip
    for attack in attacks:
        since = len(mover.received)
        await _raw(mover, attack)
        refused = await _refusal(mover, since)
        assert refused.key == "net.bad_text", attack
        assert "Unicode" in refused.nl and "control character" in refused.en
    assert game.actions == []
    await _pass_is_acknowledged(mover)
    save = game.to_save()  # the record stays writable
    assert save["actions"] == [{"kind": "pass", "actor": me}]
    package = agreeable_package(game.clone())
    await play_until(clients, lambda u: scripted_move(u, package), game.is_over)
    assert room.tables[0].result is not None
    await close_all(clients)


@room_test
async def test_a_name_that_cannot_be_written_never_reaches_the_lobby(
    room: Room, server: RoomServer
) -> None:
    watcher = RoomClient(f"127.0.0.1:{server.port}", code=room.code, name="Kees")
    await watcher.start()
    await watcher.wait_for(lambda m: m.type == "lobby", TIMEOUT)
    stranger = RoomClient(f"127.0.0.1:{server.port}", code=room.code, name="Eva")
    await stranger.start()
    await stranger.wait_for(lambda m: m.type == "lobby", TIMEOUT)
    since = len(stranger.received)
    await _raw(stranger, {"type": "join", "code": room.code, "name": "Eva" + SURROGATE})
    assert (await _refusal(stranger, since)).key == "net.bad_text"
    await stranger.take_seat(1, SEATS[0])
    seated = await stranger.wait_for(lambda m: m.type == "seated", TIMEOUT)
    assert room.tables[0].seats[SEATS[0]].player == "Eva"
    lobby = await watcher.wait_for(
        lambda m: m.type == "lobby" and m.tables[0].seats[0].player == "Eva", TIMEOUT
    )
    assert lobby is not None and seated.actor == SEATS[0]
    await close_all([watcher, stranger])


@room_test
async def test_a_view_that_fails_for_one_connection_still_reaches_the_others(
    room: Room, server: RoomServer
) -> None:
    game, clients, mover = await seated_table(server)
    victim = next(c for c in clients if c is not mover)
    victim_actor = victim.seated.actor
    build = server._update_for

    def failing(conn, table, ack):  # a bug in building one player's view
        if conn.actor == victim_actor:
            raise RuntimeError("this one view cannot be built")
        return build(conn, table, ack)

    server._update_for = failing  # type: ignore[method-assign]
    marks = {id(c): len(c.received) for c in clients}
    logging.getLogger("omgevingstafel.net").disabled = True
    try:
        await _pass_is_acknowledged(mover)
        after = game.current_actor
        for client in clients:
            if client is victim:
                refused = await _refusal(client, marks[id(client)])
                assert refused.key == "net.server_error" and refused.seq is None
            else:
                await client.wait_for(
                    lambda m: m.type == "view" and m.view["current_actor"] == after,
                    TIMEOUT,
                    marks[id(client)],
                )
    finally:
        logging.getLogger("omgevingstafel.net").disabled = False
    server._update_for = build  # type: ignore[method-assign]
    nxt = next(c for c in clients if c.seated.actor == game.current_actor)
    since = len(victim.received)
    await _pass_is_acknowledged(nxt)  # the victim's next view is whole again
    update = await victim.wait_for(lambda m: m.type == "view", TIMEOUT, since)
    assert update.view["current_actor"] == game.current_actor
    assert [line["kind"] for line in update.view["log"]].count("action") == 2
    await close_all(clients)


def test_a_table_stored_before_the_check_comes_back_playable_and_is_saved(
    tmp_path: Path,
) -> None:
    """A results file from before this check may hold a lone surrogate in a statement; the
    restored table still builds views, finishes, and has its result and save written."""
    db = tmp_path / "room.sqlite3"
    store = Store(db)
    room = make_room()
    store.start_session(room)
    first = room.tables[0].game.current_actor
    poisoned = json.dumps({"kind": "statement", "actor": first, "text": "a" + SURROGATE})
    store.db.execute(
        "INSERT INTO actions (session_id, table_no, number, action) VALUES (?, 1, 1, ?)",
        (room.session_id, poisoned),
    )
    store.close()

    async def scenario() -> None:
        again = Store(db)
        restored = again.restore(again.running_session(), lindelaan())
        table = restored.tables[0]
        assert len(table.game.actions) == 1
        assert "\ufffd" in json.dumps(table.game.to_save(), ensure_ascii=False)
        async with serving(restored, again) as server:
            clients = await seated_clients(server)
            package = agreeable_package(table.game.clone())
            await play_until(clients, lambda u: scripted_move(u, package), table.game.is_over)
            await close_all(clients)
        assert table.result is not None
        assert again.saved_game(restored.session_id, 1) is not None
        assert again.result_rows()[0].outcome != "open"
        again.close()

    run(scenario())


# --- numbers -----------------------------------------------------------------------------
@room_test
async def test_numbers_outside_the_safe_range_are_refused_before_anything_is_applied(
    room: Room, server: RoomServer
) -> None:
    game, clients, mover = await seated_table(server)
    me = mover.seated.actor
    pass_ = {"kind": "pass", "actor": me}
    numbers = [
        {"type": "act", "seq": 10**30, "action": pass_},
        {"type": "act", "seq": MAX_INT + 1, "action": pass_},
        {"type": "act", "seq": -1, "action": pass_},
        {"type": "act", "seq": 1, "action": {"kind": "support", "actor": me, "proposal": 2**64}},
        {"type": "act", "seq": 1, "action": {"kind": "support", "actor": me, "proposal": -5}},
        {"type": "watch", "table": 2**63},
        {"type": "take_seat", "table": -1, "actor": me},
    ]
    for attack in numbers:
        since = len(mover.received)
        await _raw(mover, attack)
        refused = await _refusal(mover, since)
        assert refused.key == "net.bad_number", attack
    since = len(mover.received)
    await mover.send_raw('{"type": "act", "seq": 1, "action": {"kind": "pass", "x": [1e400]}}')
    assert (await _refusal(mover, since)).key == "net.bad_number"  # too big: infinite
    for constant in ("NaN", "Infinity", "-Infinity"):
        since = len(mover.received)
        await mover.send_raw('{"type": "act", "seq": 1, "action": {"x": ' + constant + "}}")
        assert (await _refusal(mover, since)).key == "net.bad_json"
    since = len(mover.received)
    await mover.send_raw("[" * 5000 + "]" * 5000)  # deeper than the parser goes
    assert (await _refusal(mover, since)).key == "net.bad_json"
    assert game.actions == []
    await _pass_is_acknowledged(mover)  # seq 1: the next normal move is applied
    assert [a.kind for a in game.actions] == ["pass"]
    await close_all(clients)


def test_a_move_the_store_cannot_write_is_not_applied_and_can_be_sent_again(
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        store = Store(tmp_path / "room.sqlite3")
        room = make_room()
        async with serving(room, store) as server:
            game, clients, mover = await seated_table(server)
            write = store.record_seat
            failures = [1]

            def broken_disk(table, seat):
                write(table, seat)  # the action row is written first; this fails after it
                if failures:
                    failures.pop()
                    raise OSError("disk full")

            store.record_seat = broken_disk  # type: ignore[method-assign]
            logging.getLogger("omgevingstafel.net").disabled = True
            try:
                frame = {
                    "type": "act",
                    "seq": 1,
                    "action": {"kind": "pass", "actor": mover.seated.actor},
                }
                since = len(mover.received)
                await _raw(mover, frame)
                refused = await _refusal(mover, since)
                assert refused.key == "net.server_error" and refused.seq == 1
                assert game.actions == []  # neither applied in memory …
                count = store.db.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
                assert count == 0  # … nor stored
                seat = room.tables[0].seats[mover.seated.actor]
                assert seat.last_seq == 0
                since = len(mover.received)
                await _raw(mover, frame)  # the same seq again: applied now
                await mover.wait_for(lambda m: m.type == "view" and m.ack == 1, TIMEOUT, since)
            finally:
                logging.getLogger("omgevingstafel.net").disabled = False
            assert [a.kind for a in game.actions] == ["pass"]
            assert store.db.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == 1
            await close_all(clients)
        store.close()

    run(scenario())


def test_a_client_never_sends_text_it_cannot_encode() -> None:
    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            game, clients, mover = await seated_table(server)
            seq = await mover.act(Statement(actor=mover.seated.actor, text="x" + SURROGATE))
            refused = await mover.wait_for(lambda m: m.type == "refused", TIMEOUT)
            assert refused.key == "net.bad_text" and refused.seq == seq
            assert not mover.pending and game.actions == []
            await close_all(clients)

    run(scenario())


# --- the check itself --------------------------------------------------------------------
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(action=_json, seq=st.integers(-(2**70), 2**70))
def test_every_parsed_frame_holds_only_plain_text_and_safe_numbers(
    action: object, seq: int
) -> None:
    frame = json.dumps({"type": "act", "seq": seq, "action": {"kind": "pass", "x": action}})
    try:
        message = parse_client(frame)
    except BadMessage as error:
        assert error.key in {"net.bad_text", "net.bad_number", "net.bad_message"}
        return
    assert 1 <= message.seq <= MAX_INT
    text = message.model_dump_json()
    text.encode("utf-8")  # never raises for a message that got in
    stack: list[object] = [message.action]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            assert plain_text(item)
        elif isinstance(item, dict):
            stack += list(item.keys()) + list(item.values())
        elif isinstance(item, list):
            stack += item
        elif isinstance(item, int) and not isinstance(item, bool):
            assert 0 <= item <= MAX_INT
