"""A room on loopback: a table of four laptops plays to an agreement, seats survive dropped
connections and server restarts, and no trainee ever receives another party's secrets."""

from __future__ import annotations

from pathlib import Path

from net_support import (
    SEATS,
    TIMEOUT,
    address,
    agreeable_package,
    close_all,
    leaks,
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

from game.engine import Game, Pass, parse_action, view_data, view_to_json
from game.net.client import RoomClient
from game.net.protocol import FillBots
from game.net.room import Room
from game.net.server import RoomServer
from game.net.store import Store


@room_test
async def test_a_table_of_four_laptops_plays_to_an_agreement_without_leaking_secrets(
    room: Room, server: RoomServer
) -> None:
    game = room.tables[0].game
    package = agreeable_package(game.clone())
    clients = await seated_clients(server)
    watcher = RoomClient(address(server), code=room.code, name="Waarnemer")
    await watcher.start()
    await watcher.watch(1)
    await play_until(clients, lambda u: scripted_move(u, package), game.is_over)
    for client in [*clients, watcher]:
        await client.wait_for(
            lambda m: m.type in {"view", "table_view"} and m.view["outcome"] is not None,
            TIMEOUT,
        )
    assert game.outcome is not None and game.outcome.kind == "agreement"
    assert game.outcome.package == package
    assert room.tables[0].result.integration_index > 0
    for client, actor in zip(clients, SEATS, strict=True):
        assert client.update is not None and client.update.view["actor"] == actor
        # the log arrives in pieces; put together it is the engine's own view
        assert client.update.view == view_data(game.view(actor))
        assert leaks(lindelaan(), actor, client.raw) == []
    assert leaks(lindelaan(), None, watcher.raw) == []
    assert watcher.table_update.view == view_data(game.public_view())
    await close_all([*clients, watcher])


def test_the_leak_scanner_finds_a_secret_in_a_message() -> None:
    room = make_room()
    game = room.tables[0].game
    own = view_to_json(game.view("ggz"))
    assert leaks(lindelaan(), "ggz", ['{"type":"view","view":' + own + "}"]) == []
    assert leaks(lindelaan(), "gemeente", ['{"type":"view","view":' + own + "}"])


@room_test
async def test_a_client_that_drops_comes_back_to_its_seat_and_view(
    room: Room, server: RoomServer
) -> None:
    game, clients, first = await seated_table(server)
    actor, token = first.seated.actor, first.token
    await first.act(Pass(actor=actor))
    await first.drop()  # the pass may or may not have reached the server
    await first.wait_connected(TIMEOUT)
    since = len(first.received)
    seated = await first.wait_for(lambda m: m.type == "seated", TIMEOUT, since)
    assert seated.actor == actor and seated.token != token  # a fresh token on every resume
    assert first.token == seated.token and room.by_token(token) is None
    update = await first.wait_for(lambda m: m.type == "view", TIMEOUT, since)
    assert update.view["actor"] == actor
    while first.pending:
        await first.changed(0.05)
    assert [a.actor for a in game.actions] == [actor]  # applied exactly once
    assert first.connects == 2
    # still the seat holder: the game goes on with this client
    package = agreeable_package(game.clone())
    await play_until(clients, lambda u: scripted_move(u, package), game.is_over)
    assert game.outcome is not None and game.outcome.kind == "agreement"
    await close_all(clients)


def test_a_restarted_server_restores_every_table_and_its_seats(tmp_path: Path) -> None:
    db = tmp_path / "room.sqlite3"

    async def first_half() -> tuple[list[str], list[str | None], int]:
        store = Store(db)
        room = make_room(tables=2)
        async with serving(room, store) as server:
            clients = await seated_clients(server, table=1)
            others = await seated_clients(server, table=2)
            package = agreeable_package(room.tables[0].game.clone())
            for table_clients, table in ((clients, 0), (others, 1)):
                game = room.tables[table].game
                await play_until(
                    table_clients,
                    lambda u: scripted_move(u, package),
                    lambda g=game, n=3 + table: len(g.actions) >= n,
                )
            for client in [*clients, *others]:
                while client.pending:
                    await client.changed(0.05)
            hashes = [t.game.state_hash() for t in room.tables]
            tokens = [c.token for c in clients]
            await close_all([*clients, *others])
        store.close()
        return hashes, tokens, room.session_id

    async def second_half(hashes: list[str], tokens: list[str | None], session: int) -> None:
        store = Store(db)
        running = store.running_session()
        assert running is not None and running.id == session
        room = store.restore(running, lindelaan())
        assert [t.game.state_hash() for t in room.tables] == hashes
        async with serving(room, store) as server:
            comeback = RoomClient(address(server), token=tokens[0])
            await comeback.start()
            seated = await comeback.wait_for(lambda m: m.type == "seated", TIMEOUT)
            assert seated.actor == SEATS[0] and seated.table == 1
            update = await comeback.wait_for(lambda m: m.type == "view", TIMEOUT)
            assert update.view["round"] == room.tables[0].game.round
            await comeback.close()
        store.close()

    hashes, tokens, session = run(first_half())
    run(second_half(hashes, tokens, session))


def test_a_restored_game_replays_to_the_same_state_as_the_engine_save(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite3")
    room = make_room()
    store.start_session(room)
    table = room.tables[0]
    seat = room.take_seat(1, table.game.current_actor, "Anna")
    room.act(seat.token, 1, {"kind": "pass", "actor": seat.actor})
    restored = store.restore(store.running_session(), lindelaan())
    saved = Game.from_save(table.game.to_save(), lindelaan())
    assert restored.tables[0].game.state_hash() == saved.state_hash()
    assert restored.by_token(seat.token) is not None


def test_clients_ride_out_a_host_restart_on_the_same_port(tmp_path: Path) -> None:
    async def scenario() -> None:
        db = tmp_path / "room.sqlite3"
        store = Store(db)
        room = make_room()
        store.start_session(room)
        server = RoomServer(room, "127.0.0.1", 0)
        await server.start()
        game, clients, mover = await seated_table(server)
        await mover.act(Pass(actor=mover.seated.actor))
        await mover.wait_for(lambda m: m.type == "view" and m.ack == 1, TIMEOUT)
        marks = [len(c.received) for c in clients]
        await server.stop()
        store.close()

        store = Store(db)
        restored = store.restore(store.running_session(), lindelaan())
        again = RoomServer(restored, "127.0.0.1", server.port)
        await again.start()
        for client, mark in zip(clients, marks, strict=True):
            seated = await client.wait_for(lambda m: m.type == "seated", TIMEOUT, mark)
            assert seated.token == client.token
        game = restored.tables[0].game
        assert [a.kind for a in game.actions] == ["pass"]
        package = agreeable_package(game.clone())
        await play_until(clients, lambda u: scripted_move(u, package), game.is_over)
        assert game.outcome is not None and game.outcome.kind == "agreement"
        await close_all(clients)
        await again.stop()
        store.close()

    run(scenario())


@room_test
async def test_a_person_among_bots_never_receives_their_secrets(
    room: Room, server: RoomServer
) -> None:
    """Bots ask, answer, reveal and escalate; the person and an observer see only their own."""

    def curious(update) -> object:
        view = update.view
        me = view["actor"]
        legal = [parse_action(a) for a in update.legal]
        answers = [a for a in legal if a.kind == "answer" and a.mode == "truthful"]
        if answers:
            return answers[0]
        asks = [a for a in legal if a.kind == "ask"]
        if update.can_talk and asks:
            return asks[len(view["log"]) % len(asks)]
        supports = [a for a in legal if a.kind == "support"]
        return supports[0] if supports else Pass(actor=me)

    game = room.tables[0].game
    person = (await seated_clients(server, seats=("ggz",)))[0]
    watcher = RoomClient(address(server), code=room.code, name="Waarnemer")
    await watcher.start()
    await watcher.watch(1)
    boss = RoomClient(address(server), facilitator_token=room.facilitator_token)
    await boss.start()
    await boss.command(FillBots(table=1))
    await play_until([person], curious, game.is_over, timeout=40)
    await person.wait_for(lambda m: m.type == "view" and m.view["outcome"], TIMEOUT)
    kinds = {entry.kind for entry in game.log}
    assert "answer" in kinds  # bots answered the person's questions
    assert leaks(lindelaan(), "ggz", person.raw) == []
    assert leaks(lindelaan(), None, watcher.raw) == []
    await close_all([person, watcher, boss])
