"""Learning moments over the room protocol: priority guesses before the first move and after
the end, the week's reflection question on the player's own turn, and the debrief's part."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from net_support import (
    SEATS,
    TIMEOUT,
    address,
    close_all,
    leaks,
    lindelaan,
    make_room,
    run,
    serving,
)

from game.cli import main
from game.engine import Answer, Pass, player_view_from_json
from game.net import learning
from game.net.client import RoomClient
from game.net.protocol import FillBots, GetSave, Guess, PlayerDebrief, Reflect, TableSave
from game.net.room import Refusal
from game.net.store import Store
from game.net.store_schema import SCHEMA


def _answer_or_pass(view: dict, me: str) -> Answer | Pass:
    """A plain move for a scripted trainee: answer a waiting question truthfully, else pass."""
    waiting = player_view_from_json(view).questions_waiting
    return Answer(actor=me, question=waiting[0].id, mode="truthful") if waiting else Pass(actor=me)


def test_guesses_reflection_and_the_debrief_travel_the_protocol_and_land_in_the_journal() -> None:
    me = SEATS[1]

    async def scenario() -> None:
        room = make_room()
        table = room.tables[0]
        async with serving(room) as server:
            anna = RoomClient(address(server), code=room.code, name="Anna", delays=(0.05,))
            await anna.start()
            await anna.take_seat(1, me)
            first = await anna.wait_for(lambda m: m.type == "view", TIMEOUT)
            assert first.guesses is not None and first.guesses.moment == "start"
            assert first.guesses.about == [a for a in SEATS if a != me]
            # a sheet naming somebody who is not at the table, or the wrong moment: refused
            since = len(anna.received)
            await anna.command(Guess(moment="start", picks={"nobody": None}))
            refused = await anna.wait_for(lambda m: m.type == "refused", TIMEOUT, since)
            assert refused.key == "net.guess_unknown"
            await anna.command(Guess(moment="end", skip=True))
            refused = await anna.wait_for(lambda m: m.type == "refused", TIMEOUT, since + 1)
            assert refused.key == "net.guess_not_due"
            issue = lindelaan().issues[0].id
            since = len(anna.received)
            await anna.command(Guess(moment="start", picks={SEATS[0]: issue}))
            after = await anna.wait_for(lambda m: m.type == "view", TIMEOUT, since)
            assert after.guesses is None
            sheet = table.journal.sheet(me, "start")
            assert sheet is not None and sheet.complete
            assert sheet.picks == {a: issue if a == SEATS[0] else None for a in SEATS if a != me}

            boss = RoomClient(address(server), facilitator_token=room.facilitator_token)
            await boss.start()
            await boss.command(FillBots(table=1))
            game = table.game
            asked: list[int] = []
            while not game.is_over():
                update = anna.update
                if update is not None and update.my_turn and not anna.pending:
                    if update.reflection is not None:
                        moment = update.reflection.moment
                        assert lindelaan().reflection[moment].round == game.round
                        assert update.reflection.question["nl"]
                        asked.append(moment)
                        since = len(anna.received)
                        await anna.command(Reflect(moment=moment, text="Ik vroeg te weinig."))
                        await anna.wait_for(
                            lambda m: m.type == "view" and m.reflection is None, TIMEOUT, since
                        )
                        await anna.command(Reflect(moment=moment, text="nog eens"))
                        again = await anna.wait_for(lambda m: m.type == "refused", TIMEOUT, since)
                        assert again.key == "net.reflection_not_due"
                        continue
                    await anna.act(_answer_or_pass(update.view, me))
                await anna.changed(0.05)
            assert asked and [a.moment for a in table.journal.answers_of(me)] == asked
            assert table.journal.answers_of(me)[0].text == "Ik vroeg te weinig."

            first_debrief = await anna.wait_for(lambda m: m.type == "debrief", TIMEOUT)
            assert isinstance(first_debrief, PlayerDebrief)
            assert first_debrief.feedback, "the debrief says how the player played"
            assert set(first_debrief.guesses) == {"start"}
            end = await anna.wait_for(
                lambda m: m.type == "view" and m.guesses is not None and m.guesses.moment == "end",
                TIMEOUT,
            )
            assert end.guesses.moment == "end"
            since = len(anna.received)
            await anna.command(Guess(moment="end", picks={SEATS[2]: issue}))
            debrief = await anna.wait_for(lambda m: m.type == "debrief", TIMEOUT, since)
            assert set(debrief.guesses) == {"start", "end"}
            assert all(
                debrief.guesses[m]["nl"] and debrief.guesses[m]["en"] for m in debrief.guesses
            )
            assert leaks(lindelaan(), me, anna.raw) == []

            since = len(boss.received)
            await boss.command(GetSave(table=1))
            save = await boss.wait_for(lambda m: m.type == "table_save", TIMEOUT, since)
            assert isinstance(save, TableSave)
            assert save.learning == table.journal.to_data()
            await close_all([anna, boss])

    run(scenario(), 120)


ACTORS = [a.id for a in lindelaan().actors]
ISSUES = [i.id for i in lindelaan().issues]


@settings(max_examples=60, deadline=None)
@given(
    picks=st.dictionaries(
        st.sampled_from([*ACTORS, "nobody"]),
        st.one_of(st.none(), st.sampled_from([*ISSUES, "no-issue"])),
        max_size=6,
    ),
    skip=st.booleans(),
)
def test_a_guess_sheet_is_kept_whole_or_refused_whole(
    picks: dict[str, str | None], skip: bool
) -> None:
    """Whatever a client sends: a sheet naming only the actors asked about and real issues
    is kept with one entry per actor asked about; any other is refused and nothing is kept."""
    table = make_room().tables[0]
    me = SEATS[1]
    asked = learning.guess_about(table, me, "start")
    fits = all(a in asked and (i is None or i in ISSUES) for a, i in picks.items())
    try:
        learning.record_guesses(table, me, "start", picks, skip)
    except Refusal as refusal:
        assert not fits and refusal.key == "net.guess_unknown"
        assert table.journal.sheet(me, "start") is None
        return
    assert fits
    sheet = table.journal.sheet(me, "start")
    assert sheet is not None and sheet.complete and sheet.skipped == skip
    assert sheet.picks == ({} if skip else {a: picks.get(a) for a in asked})
    assert learning.guess_prompt(table, me) is None
    with pytest.raises(Refusal):
        learning.record_guesses(table, me, "start", {}, False)


def test_the_journal_is_kept_in_the_results_file_restored_and_in_the_report(
    tmp_path: Path,
) -> None:
    """A restarted host brings the answers back with the games; `results --reports` shows
    them; a results file from before the journal was kept opens, and gains the column."""
    db = tmp_path / "room.sqlite3"
    me = SEATS[1]

    async def played() -> int:
        store = Store(db)
        room = make_room()
        async with serving(room, store) as server:
            anna = RoomClient(address(server), code=room.code, name="Anna", delays=(0.05,))
            await anna.start()
            await anna.take_seat(1, me)
            await anna.wait_for(lambda m: m.type == "view" and m.guesses is not None, TIMEOUT)
            since = len(anna.received)
            await anna.command(Guess(moment="start", picks={SEATS[0]: ISSUES[0]}))
            await anna.wait_for(lambda m: m.type == "view" and m.guesses is None, TIMEOUT, since)
            boss = RoomClient(address(server), facilitator_token=room.facilitator_token)
            await boss.start()
            await boss.command(FillBots(table=1))
            game = room.tables[0].game
            while not game.is_over():
                update = anna.update
                if update is not None and update.my_turn and not anna.pending:
                    if update.reflection is not None:
                        since = len(anna.received)
                        await anna.command(
                            Reflect(moment=update.reflection.moment, text="Kort en goed.")
                        )
                        await anna.wait_for(
                            lambda m: m.type == "view" and m.reflection is None, TIMEOUT, since
                        )
                        continue
                    await anna.act(_answer_or_pass(update.view, me))
                await anna.changed(0.05)
            await close_all([anna, boss])
        journal = room.tables[0].journal
        assert store.journal(room.session_id, 1) == journal
        store.close()
        return room.session_id

    session = run(played(), 120)
    store = Store(db)
    running = store.running_session()
    assert running is not None and running.id == session
    restored = store.restore(running, lindelaan()).tables[0].journal
    assert restored.sheet(me, "start").picks[SEATS[0]] == ISSUES[0]
    answers = restored.answers_of(me)
    assert answers and {a.text for a in answers} == {"Kort en goed."}
    store.close()
    reports = tmp_path / "reports"
    assert main(["results", "--db", str(db), "--reports", str(reports)]) == 0
    report = next(reports.glob("*-tafel-1.html")).read_text(encoding="utf-8")
    assert "Kort en goed." in report

    # a results file from before: no learning column; read-only it has no journals, and
    # opened to write it gains the column
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(old) as plain:
        plain.executescript(SCHEMA.replace("    learning TEXT,\n", ""))
    assert Store(old, read_only=True).journal(1, 1) is None
    assert Store(old).journal(1, 1) is None
    columns = [row[1] for row in sqlite3.connect(old).execute("PRAGMA table_info(tables)")]
    assert "learning" in columns
