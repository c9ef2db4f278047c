"""Joining a room from the window: the form, the seat list, and playing at the table."""

from __future__ import annotations

import pygame
from net_support import agreeable_package, make_room
from test_net_dashboard import room_in_a_thread, run_frames

from game.engine import Pass
from game.net.bridge import ClientThread
from game.net.client import RoomClient
from game.net.protocol import EndSession, FillBots, PauseTable, ResumeTable
from game.net.remote_table import RemoteTable
from game.text import t
from game.ui.app import App
from game.ui.driver import focus_key, press, steps, type_text
from game.ui.scenes.dialog import DialogScene
from game.ui.scenes.join import JoinScene
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.table import TableScene
from game.ui.settings import Settings


def take_a_seat(app: App, address: str, code: str, actor: str) -> None:
    """From the window's main menu: Join, fill in the room's address and code and the name
    Anna by keyboard, connect, and take `actor`'s seat at table 1."""
    assert focus_key(app, "menu.join")
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, JoinScene)
    for key, text in (("join.address", address), ("join.code", code), ("join.name", "Anna")):
        assert focus_key(app, key)
        type_text(app, text)
    assert focus_key(app, "join.connect")
    press(app, pygame.K_RETURN)
    assert run_frames(app, lambda: getattr(app.scene, "lobby", None) is not None)
    steps(app, 2)
    assert focus_key(app, f"seat.1.{actor}")
    press(app, pygame.K_RETURN)


def test_a_trainee_joins_from_the_menu_takes_a_seat_and_proposes() -> None:
    room = make_room()
    game = room.tables[0].game
    actor = game.current_actor
    package = agreeable_package(game.clone())
    app = App(Settings(), persist=False)
    try:
        app.push(MenuScene(app))
        steps(app, 2)
        with room_in_a_thread(room) as server:
            take_a_seat(app, f"127.0.0.1:{server.port}", room.code, actor)
            # the window's one table, on the room's port: the seat's briefing first
            assert run_frames(app, lambda: type(app.scene).__name__ == "BriefingScene")
            press(app, pygame.K_RETURN)
            assert run_frames(app, lambda: type(app.scene).__name__ == "RatingScene")
            press(app, pygame.K_ESCAPE)  # the self-assessment at the start, skipped
            table = app.scene
            assert isinstance(table, TableScene) and table.remote
            assert isinstance(table.table, RemoteTable)
            assert run_frames(app, lambda: table.table.legal(actor).my_turn)
            steps(app, 2)
            assert room.tables[0].seats[actor].player == "Anna"
            # the same builder as a local game: load the package, then Propose
            table._load(dict(package))
            steps(app, 2)
            assert focus_key(app, "table.propose")
            stamp = table.session.stamp
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0))
            pygame.event.post(pygame.event.Event(pygame.KEYUP, key=pygame.K_RETURN, mod=0))
            app.step(0)  # Propose sent; the window does not wait for the room's answer
            if table.session.stamp == stamp:  # a second move before the answer waits
                table._send(Pass(actor=actor))
                assert app.status == t("table.room_waiting", "nl")
            assert run_frames(app, lambda: len(game.actions) == 1)
            assert game.actions[0].kind == "propose" and game.actions[0].package == package
            steps(app, 10)
            assert len(game.actions) == 1  # and no Pass went out behind it
            # the proposal comes back in the seat's view, as a card on the table
            assert run_frames(app, lambda: any(i.key == "prop.1.load" for i in app.focus.items))
            assert not table.legal.can_move
            table.session.leave()
    finally:
        app.close()


def test_the_facilitator_opens_the_dashboard_from_the_menu() -> None:
    room = make_room(tables=2)
    app = App(Settings(), persist=False)
    try:
        app.push(MenuScene(app))
        steps(app, 2)
        with room_in_a_thread(room) as server:
            assert focus_key(app, "menu.join")
            press(app, pygame.K_RETURN)
            for key, text in (
                ("join.address", f"127.0.0.1:{server.port}"),
                ("join.token", room.facilitator_token),
            ):
                assert focus_key(app, key)
                type_text(app, text)
            assert focus_key(app, "join.dashboard")
            press(app, pygame.K_RETURN)
            assert run_frames(app, lambda: type(app.scene).__name__ == "DashboardScene")
            dashboard = app.scene
            assert run_frames(app, lambda: dashboard.room.status is not None)
            assert [t.table for t in dashboard.room.status.tables] == [1, 2]
            dashboard.room.link.close()
    finally:
        app.close()


def test_a_seat_in_a_room_plays_to_the_end_at_the_windows_one_table() -> None:
    """The room's other seats are bots: the window follows their moves through its table port
    (views, late refusals, moment cards) and plays its own seat until the game is over."""
    room = make_room()
    game = room.tables[0].game
    actor = game.current_actor
    package = agreeable_package(game.clone())
    app = App(Settings(), persist=False)
    boss: ClientThread | None = None
    try:
        app.push(MenuScene(app))
        steps(app, 2)
        with room_in_a_thread(room) as server:
            address = f"127.0.0.1:{server.port}"
            take_a_seat(app, address, room.code, actor)
            assert run_frames(app, lambda: not isinstance(app.scene, JoinScene))
            boss = ClientThread(RoomClient(address, facilitator_token=room.facilitator_token))
            assert boss.start()
            boss.send(boss.client.command, FillBots(table=1))  # bots in every other seat
            seen_weeks, cards, same = set(), 0, set()
            proposed = False

            def move() -> bool:
                """One step of the person at the seat; True when the game is over."""
                nonlocal proposed, cards
                scene = app.scene
                if isinstance(scene, DialogScene):  # a moment's card: read, OK
                    cards += 1
                    press(app, pygame.K_RETURN)
                    return False
                if not isinstance(scene, TableScene):  # the briefing, the self-assessment
                    press(app, pygame.K_ESCAPE)
                    return False
                seen_weeks.add(scene.view().round)
                legal = scene.legal
                # a card may come up meanwhile (the bots play on): then the next step reads it
                if legal.must_answer and focus_key(app, "answer.truthful"):
                    press(app, pygame.K_RETURN, frames=3)
                elif legal.can_move and not proposed:
                    scene._load(dict(package))
                    steps(app, 2)
                    if focus_key(app, "table.propose"):
                        press(app, pygame.K_RETURN, frames=3)
                        # the room takes it a moment later (the window does not wait)
                        proposed = run_frames(
                            app,
                            lambda: any(
                                a.kind == "propose" and a.actor == actor for a in game.actions
                            ),
                        )
                        # and until the window has heard it back: the room's game runs ahead
                        # of the window's view, and the check below reads the window's table
                        assert run_frames(
                            app, lambda: any(p.proposer == actor for p in scene.view().proposals)
                        )
                        steps(app, 3)  # laid out again on that view
                elif legal.can_move and not same:  # ours lies on the table, still loaded
                    keys = {i.key for i in app.focus.items}
                    same.add(scene.package == package and "table.show_same" in keys)
                elif legal.can_move and focus_key(app, "table.pass"):
                    press(app, pygame.K_RETURN, frames=3)
                return game.is_over()

            assert run_frames(app, move)

            def at_the_end() -> bool:
                """The end's card and self-assessment read: the finished table."""
                if isinstance(app.scene, TableScene):
                    return app.scene.table.is_over() and app.scene.ended_shown
                press(
                    app, pygame.K_RETURN if isinstance(app.scene, DialogScene) else pygame.K_ESCAPE
                )
                return False

            assert run_frames(app, at_the_end)
            table = app.scene
            assert table.view().outcome == game.outcome
            assert len(seen_weeks) >= 2 and cards >= 1  # the week's events came as cards
            # Propose of a package on the table already points at that proposal, as locally
            assert same == {True}
            assert any(line.kind == "game_over" for line in table.view().log)
            assert focus_key(app, "table.leave")  # a finished room table: only Leave
            press(app, pygame.K_RETURN)
            assert isinstance(app.scene, MenuScene)
    finally:
        if boss is not None:
            boss.close()
        app.close()


def test_a_pause_and_the_sessions_end_show_in_the_tables_top_bar() -> None:
    """The room-only parts around the one table: the trainer pauses the table (the moves
    close, the top bar says so), lets it play on, then ends the session."""
    room = make_room()
    actor = room.tables[0].game.current_actor
    app = App(Settings(lang="en"), persist=False)
    boss: ClientThread | None = None
    try:
        app.push(MenuScene(app))
        steps(app, 2)
        with room_in_a_thread(room) as server:
            address = f"127.0.0.1:{server.port}"
            take_a_seat(app, address, room.code, actor)

            def at_the_table() -> bool:
                """The table on top, its briefing read and the self-assessment skipped."""
                scene = app.scene
                if isinstance(scene, TableScene):
                    return actor in scene.session.briefed and "start" in scene.session.rated
                if not isinstance(scene, JoinScene):
                    press(app, pygame.K_ESCAPE)
                return False

            assert run_frames(app, at_the_table)
            table = app.scene
            assert run_frames(app, lambda: table.legal.can_move)
            boss = ClientThread(RoomClient(address, facilitator_token=room.facilitator_token))
            assert boss.start()
            boss.send(boss.client.command, PauseTable(table=1))
            assert run_frames(app, lambda: table.turn_text == t("net.dash.paused", "en"))
            assert not (table.legal.my_turn or table.legal.can_move or table.legal.can_talk)
            assert not any(i.usable() for i in app.focus.items if i.key == "table.pass")
            boss.send(boss.client.command, ResumeTable(table=1))
            mine = t("ui.table.your_turn", "en", actor=table._name(table.view(), actor))
            assert run_frames(app, lambda: table.turn_text == mine)
            assert table.legal.can_move
            assert any(i.usable() for i in app.focus.items if i.key == "table.pass")
            boss.send(boss.client.command, EndSession())
            assert run_frames(app, lambda: table.turn_text == t("net.join.ended", "en"))
    finally:
        if boss is not None:
            boss.close()
        app.close()
