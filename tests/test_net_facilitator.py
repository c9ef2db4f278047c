"""The facilitator over the same protocol: live tables, pause and resume, bots on free seats,
a table's record for the report, events and deadlines, the end of the session."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from net_support import (
    TIMEOUT,
    address,
    close_all,
    lindelaan,
    make_room,
    run,
    seated_clients,
    serving,
)

from game.engine import Game, Pass
from game.net.client import RoomClient
from game.net.protocol import (
    EndSession,
    ExtendDeadline,
    FillBots,
    FireEvent,
    FreeSeat,
    GetSave,
    PauseTable,
    ResumeTable,
)
from game.net.store import Store


async def _facilitator(server) -> RoomClient:
    client = RoomClient(address(server), facilitator_token=server.room.facilitator_token)
    await client.start()
    await client.wait_for(lambda m: m.type == "room", TIMEOUT)
    return client


def test_a_paused_table_refuses_moves_until_it_is_resumed() -> None:
    async def scenario() -> None:
        room = make_room(tables=2)
        game = room.tables[0].game
        async with serving(room) as server:
            boss = await _facilitator(server)
            clients = await seated_clients(server)
            mover = next(c for c in clients if c.seated.actor == game.current_actor)
            await boss.command(PauseTable(table=1))
            await mover.wait_for(lambda m: m.type == "view" and m.paused, TIMEOUT)
            since = len(mover.received)
            await mover.act(Pass(actor=mover.seated.actor))
            refused = await mover.wait_for(lambda m: m.type == "refused", TIMEOUT, since)
            assert refused.key == "net.paused"
            await boss.command(ResumeTable(table=1))
            await mover.wait_for(lambda m: m.type == "view" and not m.paused, TIMEOUT, since)
            await mover.act(Pass(actor=mover.seated.actor))
            await mover.wait_for(lambda m: m.type == "view" and m.ack == mover.seq, TIMEOUT)
            assert len(game.actions) == 1
            status = await boss.wait_for(
                lambda m: m.type == "room" and m.tables[0].actions == 1, TIMEOUT
            )
            assert not status.tables[0].paused and status.tables[1].actions == 0
            await close_all([*clients, boss])

    run(scenario())


def test_bots_fill_the_free_seats_and_play_the_table_to_its_end(tmp_path: Path) -> None:
    async def scenario() -> None:
        store = Store(tmp_path / "room.sqlite3")
        room = make_room(tables=2)
        async with serving(room, store) as server:
            boss = await _facilitator(server)
            human = (await seated_clients(server, table=2, seats=("ggz",)))[0]
            await boss.command(FillBots(table=1))
            status = await boss.wait_for(
                lambda m: m.type == "room" and m.tables[0].outcome is not None, 30
            )
            table = status.tables[0]
            assert all(seat.holder == "bot" and seat.player for seat in table.seats)
            lobby = await human.wait_for(
                lambda m: m.type == "lobby" and m.tables[0].seats[0].holder == "bot", TIMEOUT
            )
            assert all(seat.player is None for seat in lobby.tables[0].seats)  # no strategies
            assert table.integration_index is not None and 0 <= table.integration_index <= 1
            assert table.outcome in {"agreement", "deadline", "walkout"}
            assert status.tables[1].actions == 0  # the other table waits for its people

            await boss.command(GetSave(table=1))
            save = await boss.wait_for(lambda m: m.type == "table_save", TIMEOUT)
            replayed = Game.from_save(save.save, lindelaan())
            assert replayed.state_hash() == room.tables[0].game.state_hash()
            rows = store.result_rows(room.session_id)
            assert [r.outcome for r in rows] == [table.outcome, "open"]
            await close_all([human, boss])
        store.close()

    run(scenario(), timeout=90)


def test_the_facilitator_fires_an_event_and_extends_the_deadline_at_a_table() -> None:
    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            boss = await _facilitator(server)
            assert boss.room is not None and boss.room.can_fire_events
            assert [e.id for e in boss.room.tables[0].events] == [e.id for e in lindelaan().events]
            game = room.tables[0].game
            deadline = game.deadline
            event = lindelaan().events[0].id
            before = len(game.actions)
            await boss.command(FireEvent(table=1, event=event))
            await asyncio.wait_for(_until(lambda: len(game.actions) > before), TIMEOUT)
            assert game.actions[-1].kind == "fire_event"
            since = len(boss.received)
            await boss.command(FireEvent(table=1, event="geen-gebeurtenis"))
            refused = await boss.wait_for(lambda m: m.type == "refused", TIMEOUT, since)
            assert refused.key == "net.unknown_event"
            await boss.command(ExtendDeadline(table=1, rounds=2))
            await asyncio.wait_for(_until(lambda: game.deadline == deadline + 2), TIMEOUT)
            await boss.close()

    run(scenario())


async def _until(done: Callable[[], bool]) -> None:
    while not done():
        await asyncio.sleep(0.01)


def test_ending_the_session_tells_everyone_and_stops_play(tmp_path: Path) -> None:
    async def scenario() -> None:
        store = Store(tmp_path / "room.sqlite3")
        room = make_room()
        async with serving(room, store) as server:
            boss = await _facilitator(server)
            clients = await seated_clients(server)
            await boss.command(EndSession())
            for client in clients:
                await client.wait_for(lambda m: m.type == "ended", TIMEOUT)
            mover = next(c for c in clients if c.seated.actor == room.tables[0].game.current_actor)
            since = len(mover.received)
            await mover.act(Pass(actor=mover.seated.actor))
            refused = await mover.wait_for(lambda m: m.type == "refused", TIMEOUT, since)
            assert refused.key == "net.session_ended"
            assert store.running_session() is None
            await close_all([*clients, boss])
        store.close()

    run(scenario())


def test_a_wrong_facilitator_token_gets_nothing() -> None:
    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            impostor = RoomClient(address(server), facilitator_token="n" * 24)
            await impostor.start()
            refused = await impostor.wait_for(lambda m: m.type == "refused", TIMEOUT)
            assert refused.key == "net.wrong_facilitator_token"
            await impostor.command(PauseTable(table=1))
            await impostor.wait_for(lambda m: m.type == "refused", TIMEOUT, 1)
            assert not room.tables[0].paused
            assert all(m.type == "refused" for m in impostor.received)
            await impostor.close()

    run(scenario())


def test_the_facilitator_frees_a_seat_and_its_old_token_stops_working() -> None:
    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            boss = await _facilitator(server)
            anna = (await seated_clients(server, seats=("ggz",)))[0]
            old = anna.token
            await boss.command(FreeSeat(table=1, actor="ggz"))
            refused = await anna.wait_for(lambda m: m.type == "refused", TIMEOUT)
            assert refused.key == "net.seat_freed"
            assert room.tables[0].seats["ggz"].holder == "free"
            assert room.by_token(old) is None and anna.token is None
            since = len(anna.received)
            await anna.take_seat(1, "ggz")  # back in, with a new token
            seated = await anna.wait_for(lambda m: m.type == "seated", TIMEOUT, since)
            assert seated.token != old
            await close_all([anna, boss])

    run(scenario())
