"""The facilitator's kit in the window: observing a table with the weekly form, joining a
seat as a duo, and the self-assessment at the start and the end sent to the room."""

from __future__ import annotations

import pygame
from net_support import leaks, lindelaan, make_room
from test_net_dashboard import dashboard_of, room_in_a_thread, run_frames
from ui_support import new_session, play_on

from game.net.bridge import ClientThread
from game.net.client import RoomClient
from game.net.protocol import FillBots
from game.ui.app import App
from game.ui.driver import focus_key, press, steps, type_text
from game.ui.scenes.dialog import DialogScene
from game.ui.scenes.guesses import GuessScene
from game.ui.scenes.join import JoinScene
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.observe import ObservationScene, RoomWatchScene
from game.ui.scenes.rating import RatingScene
from game.ui.scenes.room_exports import exports_dir
from game.ui.scenes.table import TableScene
from game.ui.settings import Settings


def _to_lobby(app: App, port: int, code: str, name: str) -> JoinScene:
    app.push(MenuScene(app))
    steps(app, 2)
    assert focus_key(app, "menu.join")
    press(app, pygame.K_RETURN)
    scene = app.scene
    assert isinstance(scene, JoinScene)
    for key, text in (("join.address", f"127.0.0.1:{port}"), ("join.code", code)):
        assert focus_key(app, key)
        type_text(app, text)
    assert focus_key(app, "join.name")
    type_text(app, name)
    assert focus_key(app, "join.connect")
    press(app, pygame.K_RETURN)
    assert run_frames(app, lambda: scene.lobby is not None)
    steps(app, 2)
    return scene


def test_an_observer_rates_fills_in_a_weekly_form_and_sees_no_secret() -> None:
    room = make_room()
    app = App(Settings(), persist=False)
    boss: ClientThread | None = None
    try:
        with room_in_a_thread(room) as server:
            _to_lobby(app, server.port, room.code, "Olga")
            assert focus_key(app, "watch.1")
            press(app, pygame.K_RETURN)
            # the self-assessment before the start: the first goal rated 2, the rest unknown
            assert run_frames(app, lambda: isinstance(app.scene, RatingScene))
            rating = app.scene
            assert rating.moment == "start"
            first = next(iter(rating.goals))
            assert focus_key(app, f"rating.{first}")
            press(app, pygame.K_RIGHT)
            press(app, pygame.K_RIGHT)
            assert rating.picks[first] == 2
            assert focus_key(app, "rating.done")
            press(app, pygame.K_RETURN)
            assert run_frames(app, lambda: len(room.ratings) == 1)
            entry = next(iter(room.ratings.values()))
            assert (entry.actor, entry.player, entry.moment) == (None, "Olga", "start")
            assert entry.ratings == {first: 2}
            watch = app.scene
            assert isinstance(watch, RoomWatchScene)
            # the bots play the table out; then the end self-assessment, skipped with Esc
            boss = ClientThread(
                RoomClient(f"127.0.0.1:{server.port}", facilitator_token=room.facilitator_token)
            )
            assert boss.start()
            boss.send(boss.client.command, FillBots(table=1, strategy="conceder"))
            assert run_frames(app, lambda: isinstance(app.scene, RatingScene))
            assert app.scene.moment == "end"
            press(app, pygame.K_ESCAPE)
            assert run_frames(app, lambda: len(room.ratings) == 2)
            assert app.scene is watch and watch.view is not None and watch.view.outcome
            # the form of the last week: GGZ asks and reveals, a note
            assert focus_key(app, "watch.form")
            press(app, pygame.K_RETURN)
            form = app.scene
            view = watch.view
            assert isinstance(form, ObservationScene)
            assert form.week == min(view.round, view.deadline)  # the last week that ended
            for key in ("form.ggz.asks", "form.ggz.reveals", "form.gemeente.package"):
                assert focus_key(app, key)
                press(app, pygame.K_RETURN)
            assert focus_key(app, "form.note")
            type_text(app, "GGZ vroeg door")
            assert focus_key(app, "form.send")
            press(app, pygame.K_RETURN)
            week = form.week
            assert run_frames(app, lambda: (1, "Olga", week) in room.observations)
            kept = room.observations[(1, "Olga", week)]
            assert kept.marks == {"ggz": ("asks", "reveals"), "gemeente": ("package",)}
            assert kept.note == "GGZ vroeg door"
            assert run_frames(app, lambda: week in watch.kept)
            # everything the observer's window received: nothing of any party's private view
            raw = list(watch.link.client.raw)
            assert raw and leaks(lindelaan(), None, raw) == []
            watch.link.close()
            boss.close()
    finally:
        app.close()


def test_a_duo_partner_joins_from_the_window_sees_the_seat_and_acts() -> None:
    room = make_room()
    game = room.tables[0].game
    actor = game.current_actor
    app = App(Settings(), persist=False)
    anna: ClientThread | None = None
    try:
        with room_in_a_thread(room) as server:
            anna = ClientThread(RoomClient(f"127.0.0.1:{server.port}", code=room.code, name="Anna"))
            assert anna.start()
            anna.send(anna.client.take_seat, 1, actor)
            assert run_frames(app, lambda: anna.client.update is not None)
            lobby = _to_lobby(app, server.port, room.code, "Bram")
            assert run_frames(
                app,
                lambda: (
                    lobby.lobby is not None
                    and any(s.player == "Anna" for s in lobby.lobby.tables[0].seats)
                ),
            )
            lobby.refresh()
            steps(app, 2)
            assert focus_key(app, f"share.1.{actor}")
            press(app, pygame.K_RETURN)
            assert run_frames(app, lambda: type(app.scene).__name__ == "BriefingScene")
            press(app, pygame.K_RETURN)  # the seat's briefing, read
            assert run_frames(app, lambda: isinstance(app.scene, RatingScene))
            press(app, pygame.K_ESCAPE)  # no self-assessment
            table = app.scene
            assert type(table).__name__ == "TableScene" and table.remote
            assert table.viewer == actor
            # both see the seat's own view: the same points and the same turn
            mine = table.view()
            assert mine.actor == actor == anna.client.update.view["actor"]
            assert mine.points == anna.client.update.view["points"]
            assert table.legal.my_turn and anna.client.update.my_turn
            # the seat shows both names: in the lobby and by the seat at the table
            assert run_frames(app, lambda: table.session.player_of(actor) == "Anna & Bram")
            steps(app, 4)
            assert any("Anna & Bram" in text for text in table.visible_texts())
            # Bram passes for the seat; Anna's client sees the move in the seat's log
            assert focus_key(app, "table.pass")
            press(app, pygame.K_RETURN)
            assert run_frames(app, lambda: len(game.actions) == 1)
            assert game.actions[0].actor == actor and game.actions[0].kind == "pass"
            assert run_frames(app, lambda: len(anna.client.update.view["log"]) >= 1)
            table.session.leave()
            anna.close()
    finally:
        app.close()


def test_a_local_player_rates_at_the_start_and_the_end_and_sees_the_shift() -> None:
    app = App(Settings(), persist=False)
    app.bot_delay = 0
    try:
        session = new_session("conceder")
        me = session.people()[0]
        first = session.scenario.learning_goals[0].id
        app.push(TableScene(app, session))
        steps(app, 2)
        press(app, pygame.K_RETURN)  # the briefing
        assert isinstance(app.scene, RatingScene) and app.scene.moment == "start"
        assert focus_key(app, f"rating.{first}")
        press(app, pygame.K_RIGHT)
        press(app, pygame.K_RIGHT)
        assert focus_key(app, "rating.done")
        press(app, pygame.K_RETURN)
        kept = session.journal.rating(me, "start")
        assert kept is not None and kept.ratings == {first: 2} and not kept.skipped
        assert isinstance(app.scene, GuessScene)
        press(app, pygame.K_ESCAPE)  # no guesses
        table = app.scene
        assert isinstance(table, TableScene)
        play_on(session)
        steps(app, 3)
        assert isinstance(app.scene, DialogScene)  # how the game ended, on a card
        press(app, pygame.K_RETURN)
        assert focus_key(app, "table.debrief")
        press(app, pygame.K_RETURN)
        assert isinstance(app.scene, RatingScene) and app.scene.moment == "end"
        assert focus_key(app, f"rating.{first}")
        for _ in range(4):
            press(app, pygame.K_RIGHT)
        assert focus_key(app, "rating.done")
        press(app, pygame.K_RETURN)
        assert session.journal.rating(me, "end").ratings == {first: 4}
        assert isinstance(app.scene, GuessScene)
        press(app, pygame.K_ESCAPE)
        assert type(app.scene).__name__ == "DebriefScene"
        learning = app.scene._learning_html()
        assert "Jouw zelfbeoordeling:" in learning and "van 2 naar 4" in learning
    finally:
        app.close()


def test_the_class_debrief_writes_the_board_for_the_projector() -> None:
    app = App(Settings(), persist=False)
    try:
        room = make_room(tables=2)
        with dashboard_of(app, room) as facilitation:
            assert focus_key(app, "dash.bots_all")
            press(app, pygame.K_RETURN)
            assert run_frames(app, lambda: all(t.outcome for t in facilitation.status.tables))
            assert focus_key(app, "dash.debrief")
            press(app, pygame.K_RETURN)
            assert focus_key(app, "class.board")
            press(app, pygame.K_RETURN)
            page = exports_dir() / f"kamer-{room.code}-bord.html"
            assert run_frames(app, lambda: page.exists())
            text = page.read_text(encoding="utf-8")
            assert text.startswith("<!DOCTYPE html>") and "<script" not in text
            board = facilitation.board
            assert board is not None and [t.table for t in board.tables] == [1, 2]
            for table, live in zip(board.tables, room.tables, strict=True):
                assert table.outcome == live.result.outcome
            rows = (exports_dir() / f"kamer-{room.code}-bord.csv").read_text(encoding="utf-8")
            assert rows.splitlines()[0] == "section,table,subject,item,value,reference"
            assert str(page) in app.status
    finally:
        app.close()
