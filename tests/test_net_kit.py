"""The facilitator's kit in a served room: observers with forms, duos sharing a seat,
self-ratings, and the class board the dashboard and `results` show."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
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
    run,
    scripted_move,
    seated_clients,
    serving,
)

from game.cli import main
from game.engine import Pass, view_data
from game.net.boards import session_board
from game.net.class_board import ClassBoard
from game.net.class_board_html import board_csv, render_board
from game.net.client import RoomClient
from game.net.protocol import BadMessage, FillBots, GetBoard, parse_client
from game.net.store import Store

GOALS = ("belangen", "ruilen", "mandaat")


async def _facilitator(server) -> RoomClient:
    client = RoomClient(address(server), facilitator_token=server.room.facilitator_token)
    await client.start()
    await client.wait_for(lambda m: m.type == "room", TIMEOUT)
    return client


async def _trainee(server, name: str) -> RoomClient:
    client = RoomClient(address(server), code=server.room.code, name=name, delays=(0.05,))
    await client.start()
    await client.wait_for(lambda m: m.type == "lobby", TIMEOUT)
    return client


def test_an_observer_sends_forms_never_sees_a_secret_and_the_board_tallies_them(
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        store = Store(tmp_path / "room.sqlite3")
        room = make_room()
        async with serving(room, store) as server:
            game = room.tables[0].game
            package = agreeable_package(game.clone())
            watcher = await _trainee(server, "Olga")
            await watcher.watch(1)
            seated = await watcher.wait_for(lambda m: m.type == "seated", TIMEOUT)
            assert seated.actor is None and seated.token is None
            assert set(seated.goals) == set(GOALS) and seated.weeks == game.deadline
            clients = await seated_clients(server)
            await watcher.observe(
                1, {"ggz": ["asks", "reveals"], "gemeente": ["package"]}, "rustig"
            )
            await watcher.wait_for(lambda m: m.type == "noted" and m.week == 1, TIMEOUT)
            await watcher.observe(2, {"ggz": ["asks"], "bewoners": ["support", "asks"]})
            await watcher.wait_for(lambda m: m.type == "noted" and m.week == 2, TIMEOUT)
            # a week sent again replaces that week's form
            await watcher.observe(
                1, {"ggz": ["asks", "reveals"], "gemeente": ["package"]}, "rustig"
            )
            await watcher.wait_for(lambda m: m.type == "noted" and m.week == 1, TIMEOUT, 1)
            # a seated player's form, an unknown party, a week past the deadline: refused
            await clients[0].observe(1, {"ggz": ["asks"]})
            await clients[0].wait_for(
                lambda m: getattr(m, "key", "") == "kit.not_observing", TIMEOUT
            )
            await watcher.observe(3, {"politie": ["asks"]})
            await watcher.wait_for(lambda m: getattr(m, "key", "") == "kit.unknown_actor", TIMEOUT)
            await watcher.observe(game.deadline + 1, {})
            await watcher.wait_for(lambda m: getattr(m, "key", "") == "kit.bad_week", TIMEOUT)
            await play_until(clients, lambda u: scripted_move(u, package), game.is_over)
            await watcher.wait_for(
                lambda m: m.type == "table_view" and m.view["outcome"] is not None, TIMEOUT
            )
            # every frame the observer received: no party's points, BATNA, mandate, brief
            # or unrevealed interest
            assert watcher.raw and leaks(lindelaan(), None, watcher.raw) == []
            for raw in watcher.raw:
                assert '"batna"' not in raw and '"mandate"' not in raw
            boss = await _facilitator(server)
            await boss.command(GetBoard())
            await boss.wait_for(lambda m: m.type == "board", TIMEOUT)
            board = ClassBoard.from_json(boss.board or {})
            table = board.tables[0]
            assert table.observers == ["Olga"]
            assert table.tallies == {
                "ggz": {"asks": 2, "reveals": 1},
                "gemeente": {"package": 1},
                "bewoners": {"support": 1, "asks": 1},
            }
            assert [n.note for n in table.notes] == ["rustig"]
            await close_all([*clients, watcher, boss])
        # kept in the results file, and on the projector page
        kept = session_board(store, store.sessions()[-1], "nl")
        assert kept.tables[0].tallies["ggz"] == {"asks": 2, "reveals": 1}
        page = render_board(kept)
        assert "Olga" in page and "rustig" in page
        store.close()

    run(scenario(), timeout=90)


def test_a_duo_both_see_the_seat_and_either_acts_with_its_own_seq() -> None:
    async def scenario() -> None:
        room = make_room()
        async with serving(room) as server:
            game = room.tables[0].game
            first = game.current_actor
            anna = await _trainee(server, "Anna")
            await anna.take_seat(1, first)
            await anna.wait_for(lambda m: m.type == "seated", TIMEOUT)
            bram = await _trainee(server, "Bram")
            await bram.share_seat(1, first)
            seated = await bram.wait_for(lambda m: m.type == "seated", TIMEOUT)
            assert seated.actor == first and seated.token and seated.token != anna.token
            # a third person cannot join the duo
            cor = await _trainee(server, "Cor")
            await cor.share_seat(1, first)
            await cor.wait_for(lambda m: m.type == "refused" and m.key == "kit.duo_full", TIMEOUT)
            lobby = await cor.wait_for(
                lambda m: m.type == "lobby" and any(s.partner == "Bram" for s in m.tables[0].seats),
                TIMEOUT,
            )
            seat = next(s for s in lobby.tables[0].seats if s.actor == first)
            assert seat.player == "Anna & Bram" and seat.partner == "Bram"
            for client in (anna, bram):
                await client.wait_for(lambda m: m.type == "view", TIMEOUT)
                assert client.update.view["actor"] == first
                assert client.update.view["points"] == view_data(game.view(first))["points"]
            # both number their own actions from 1: Bram's first seq is not taken for a resend
            others = await seated_clients(
                server,
                seats=[a for a in SEATS if a != first],
            )
            assert bram.seq == 0 and anna.seq == 0
            seq = await bram.act(Pass(actor=first))
            answer = await bram.wait_for(lambda m: m.type == "view" and m.ack == seq, TIMEOUT)
            assert answer.ack == 1 and len(game.actions) == 1
            await anna.wait_for(lambda m: m.type == "view" and len(m.view["log"]) >= 1, TIMEOUT)
            # a round later it is the seat's turn again: now Anna acts, with her seq 1
            await play_until(
                others, lambda u: Pass(actor=u.view["actor"]), lambda: game.current_actor == first
            )
            assert game.current_actor == first
            seq = await anna.act(Pass(actor=first))
            answer = await anna.wait_for(lambda m: m.type == "view" and m.ack == seq, TIMEOUT)
            assert seq == 1
            actors = [a.actor for a in game.actions]
            assert actors.count(first) == 2
            # a resend of Bram's seq 1 is not applied again
            count = len(game.actions)
            await bram.send_raw(
                json.dumps({"type": "act", "seq": 1, "action": {"kind": "pass", "actor": first}})
            )
            await bram.wait_for(
                lambda m: m.type == "view" and m.ack == 1, TIMEOUT, len(bram.received)
            )
            assert len(game.actions) == count
            # Anna leaves: Bram plays the seat alone, under his name
            await anna.leave()
            lobby = await cor.wait_for(
                lambda m: (
                    m.type == "lobby"
                    and any(s.actor == first and s.player == "Bram" for s in m.tables[0].seats)
                ),
                TIMEOUT,
            )
            await close_all([anna, bram, cor, *others])

    run(scenario(), timeout=90)


def test_a_duo_partner_comes_back_to_the_seat_after_a_restart(tmp_path: Path) -> None:
    async def scenario() -> None:
        db = tmp_path / "room.sqlite3"
        store = Store(db)
        room = make_room()
        async with serving(room, store) as server:
            anna = await _trainee(server, "Anna")
            await anna.take_seat(1, "ggz")
            await anna.wait_for(lambda m: m.type == "seated", TIMEOUT)
            bram = await _trainee(server, "Bram")
            await bram.share_seat(1, "ggz")
            await bram.wait_for(lambda m: m.type == "seated", TIMEOUT)
            token = bram.token
            await close_all([anna, bram])
        store.close()
        again = Store(db)
        restored = again.restore(again.running_session(), lindelaan())
        seat = restored.tables[0].seats["ggz"]
        assert (seat.player, seat.partner) == ("Anna", "Bram")
        found = restored.by_token(token)
        assert found is not None and found[1].actor == "ggz"
        assert again.players(restored.session_id)[1]["ggz"] == "Anna & Bram"
        again.close()

    run(scenario())


def test_self_ratings_are_stored_and_the_board_shows_the_shift(tmp_path: Path) -> None:
    async def scenario() -> None:
        store = Store(tmp_path / "room.sqlite3")
        room = make_room()
        async with serving(room, store) as server:
            clients = await seated_clients(server, seats=("ggz", "gemeente", "bewoners"))
            watcher = await _trainee(server, "Olga")
            await watcher.watch(1)
            await watcher.wait_for(lambda m: m.type == "seated", TIMEOUT)
            before = [{"belangen": 2, "ruilen": 3}, {"belangen": 1}, {}]
            after = [{"belangen": 4, "ruilen": 3}, {"belangen": 3}, {}]
            for client, start, end in zip(clients, before, after, strict=True):
                await client.rate_self("start", start, skipped=not start)
                await client.wait_for(lambda m: m.type == "noted" and m.moment == "start", TIMEOUT)
                await client.rate_self("end", end, skipped=not end)
                await client.wait_for(lambda m: m.type == "noted" and m.moment == "end", TIMEOUT)
            await watcher.rate_self("start", {"mandaat": 5})
            await watcher.wait_for(lambda m: m.type == "noted", TIMEOUT)
            await watcher.rate_self("end", {"onbekend": 3})
            await watcher.wait_for(lambda m: getattr(m, "key", "") == "kit.unknown_goal", TIMEOUT)
            with pytest.raises(BadMessage):
                parse_client('{"type":"rate_self","moment":"start","ratings":{"belangen":6}}')
            await close_all([*clients, watcher])
        ratings = store.ratings(room.session_id)
        assert len(ratings) == 7
        board = session_board(store, store.sessions()[-1], "en")
        shifts = {s.goal: s for s in board.shifts}
        assert (shifts["belangen"].before, shifts["belangen"].after) == (1.5, 3.5)
        assert shifts["belangen"].n == 2 and shifts["ruilen"].n == 1
        assert (shifts["mandaat"].n, shifts["mandaat"].n_before) == (0, 1)
        page = render_board(board)
        assert "1.5 → 3.5" in page and "n = 2 (before 2, after 2)" in page
        store.close()

    run(scenario())


def _three_finished_tables(db: Path) -> tuple[Store, object]:
    store = Store(db)
    room = make_room(tables=3)
    store.start_session(room)
    for number, strategy in zip((1, 2, 3), ("integrative", "conceder", "tough"), strict=True):
        room.fill_bots(number, strategy)
    for table in room.tables:
        while room.play_bot(table):
            pass
    room.observe(2, "Olga", 1, {"ggz": ["asks"]}, "")
    return store, room


def test_the_class_board_of_three_finished_tables_matches_their_saved_outcomes(
    tmp_path: Path, capsys
) -> None:
    db = tmp_path / "room.sqlite3"
    store, room = _three_finished_tables(db)
    rows = store.result_rows(room.session_id)
    store.close()
    page, table_csv = tmp_path / "board.html", tmp_path / "board.csv"
    assert (
        main(["results", "--db", str(db), "--board", str(page), "--board-csv", str(table_csv)]) == 0
    )
    assert str(page) in capsys.readouterr().out
    reader = Store(db, read_only=True)
    board = session_board(reader, reader.sessions()[-1], "nl")
    reader.close()
    assert [t.table for t in board.tables] == [1, 2, 3]
    for table, row, live in zip(board.tables, rows, room.tables, strict=True):
        result = live.result
        assert table.over and table.outcome == row.outcome == result.outcome
        assert table.integration_index == pytest.approx(row.integration_index)
        assert table.package == result.package
        assert table.points == pytest.approx(result.points)
        if result.package is None:
            assert table.closest is None or table.closest.supporters >= 1
    deals, done = board.agreements()
    assert done == 3 and deals == sum(1 for r in rows if r.outcome == "agreement")
    low, mean, high = board.spread()
    values = [r.integration_index for r in rows]
    assert (low, high) == (min(values), max(values)) and mean == pytest.approx(sum(values) / 3)
    compared = board.compared()
    assert compared is not None and compared[0].integration_index == high
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<script" not in text and "http" not in text
    assert f"Waarom haalde tafel {compared[0].table} meer dan tafel {compared[1].table}?" in text
    agreed = next(t for t in board.tables if t.package)
    for issue, option in agreed.package.items():
        label = board.option_label(issue, option)
        assert label in text
    lines = list(csv.DictReader(io.StringIO(table_csv.read_text(encoding="utf-8"))))
    results = [r for r in lines if r["section"] == "result"]
    assert [(r["table"], r["subject"]) for r in results] == [
        (str(r.table), r.outcome) for r in rows
    ]
    choices = [r for r in lines if r["section"] == "choice"]
    assert {(c["table"], c["subject"], c["item"]) for c in choices} == {
        (str(t.table), issue, option)
        for t in board.tables
        if t.package
        for issue, option in t.package.items()
    }
    observed = [r for r in lines if r["section"] == "observed"]
    assert observed == [
        {"section": "observed", "table": "2", "subject": "ggz", "item": "asks", "value": "1",
         "reference": "1"}
    ]  # fmt: skip
    assert board_csv(board).splitlines()[0] == "section,table,subject,item,value,reference"


def test_the_dashboard_gets_the_board_of_a_live_room() -> None:
    async def scenario() -> None:
        room = make_room(tables=2)
        async with serving(room) as server:
            boss = await _facilitator(server)
            await boss.command(FillBots(table=1, strategy="conceder"))
            await boss.wait_for(lambda m: m.type == "room" and m.tables[0].outcome, 60)
            await boss.command(GetBoard())
            await boss.wait_for(lambda m: m.type == "board", TIMEOUT)
            board = ClassBoard.from_json(boss.board or {})
            assert [t.over for t in board.tables] == [True, False]
            assert board.tables[0].outcome == room.tables[0].result.outcome
            trainee = await _trainee(server, "Anna")
            await trainee.send_raw('{"type":"get_board"}')
            await trainee.wait_for(
                lambda m: m.type == "refused" and m.key == "net.not_facilitator", TIMEOUT
            )
            await close_all([boss, trainee])

    run(scenario(), timeout=90)


def test_each_players_own_shift_is_in_their_tables_report(tmp_path: Path) -> None:
    db = tmp_path / "room.sqlite3"
    store, room = _three_finished_tables(db)
    room.rate_self(1, "ggz", "Anna", "start", {"belangen": 2}, False)
    room.rate_self(1, "ggz", "Anna", "end", {"belangen": 4}, False)
    room.rate_self(1, "ggz", "Bram", "start", {}, True)  # a duo partner who skipped
    room.rate_self(2, None, "Olga", "start", {"ruilen": 3}, False)  # an observer
    store.close()
    folder = tmp_path / "rapporten"
    assert main(["results", "--db", str(db), "--reports", str(folder)]) == 0
    code = room.code
    first = (folder / f"kamer-{code}-tafel-1.html").read_text(encoding="utf-8")
    assert "Zelfbeoordeling van Anna (1–5)" in first
    # Bram skipped: no row of his (the charts' base64 may hold any letters, so not "Bram")
    assert "Zelfbeoordeling van Bram" not in first
    row = first[first.index('data-rating-goal="belangen"') :].split("</tr>")[0]
    assert '<td class="num">2</td><td class="num">4</td>' in row
    second = (folder / f"kamer-{code}-tafel-2.html").read_text(encoding="utf-8")
    assert "Zelfbeoordeling" not in second and "Olga" not in second
