"""Saves a screenshot of every scene of the game window into docs/screenshots/ (headless).

    .venv/bin/python tools/screenshots.py [--out docs/screenshots]

It plays the default scenario with real key presses, bots at every other seat, and keeps the
player's own settings and autosave out of it (a temporary home folder).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ["OMGEVINGSTAFEL_HOME"] = tempfile.mkdtemp(prefix="omgevingstafel-shots-")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.scenario.loader import default_scenario_path, load_scenario  # noqa: E402
from game.ui.app import App  # noqa: E402
from game.ui.crowd import crowd  # noqa: E402
from game.ui.driver import focus_key, press, replay_from, steps, type_text  # noqa: E402
from game.ui.scenes.handover import HandoverScene  # noqa: E402
from game.ui.scenes.menu import MenuScene  # noqa: E402
from game.ui.scenes.table import TableScene  # noqa: E402
from game.ui.session import PERSON, Session  # noqa: E402
from game.ui.settings import Settings  # noqa: E402


def save(app: App, out: Path, name: str) -> None:
    steps(app, 3)
    pygame.image.save(app.screen, str(out / f"{name}.png"))
    print(out / f"{name}.png")


def scene(app: App) -> str:
    return type(app.scene).__name__


SHOT: set[str] = set()  # pictures of a moment that comes up once per run, already taken


def guess(app: App) -> None:
    """Fill a guess sheet by keyboard: a different issue for each party, then Done."""
    for k, about in enumerate(app.scene.subjects):
        focus_key(app, f"guess.{about}")
        for _ in range(k % 4 + 1):
            press(app, pygame.K_RIGHT, frames=1)
    focus_key(app, "guess.done")


def advance(app: App, out: Path | None = None) -> None:
    """Enter on what moves the game on: OK, onwards, answering a question put to the player,
    or passing the player's turn; guesses are filled in, a reflection question answered (and
    photographed once, given `out`)."""
    if scene(app) == "GuessScene":
        guess(app)
    elif scene(app) == "RatingScene":  # a self-rating: skipped
        press(app, pygame.K_ESCAPE)
        return
    elif scene(app) == "DialogScene" and app.scene.answer is not None:
        type_text(app, "Dat de politie vooral rust op straat wil.")
        if out is not None and "reflection" not in SHOT:
            SHOT.add("reflection")
            save(app, out, "reflection")
    elif scene(app) == "TableScene" and app.scene.ended_shown:  # the end card read
        focus_key(app, "table.debrief")
    elif scene(app) == "TableScene" and app.scene.legal.can_move:
        focus_key(app, "table.pass")
    elif scene(app) == "TableScene" and app.scene.legal.my_turn:
        focus_key(app, "answer.truthful")  # a question waits: answer it before moving
    press(app, pygame.K_RETURN, frames=3)


def play_to(app: App, done, limit: int = 400, out: Path | None = None) -> None:
    for _ in range(limit):
        if done():
            return
        advance(app, out)


def solo(out: Path, lang: str, contrast: bool = False) -> None:
    suffix = "" if lang == "nl" else "_en"
    app = App(Settings(lang=lang, high_contrast=contrast), persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    if contrast:
        press(app, pygame.K_RETURN)
        press(app, pygame.K_RETURN)
        press(app, pygame.K_RETURN)
        steps(app, 2)
        press(app, pygame.K_RETURN)
        for _ in range(6):
            advance(app)
        save(app, out, "table_high_contrast")
        app.close()
        return
    save(app, out, f"menu{suffix}")
    if lang != "nl":
        for _ in range(4):
            press(app, pygame.K_RETURN)
        play_to(app, lambda: scene(app) == "TableScene" and app.scene.game.round >= 3, 80)
        play_to(app, lambda: scene(app) == "TableScene" and app.scene.legal.my_turn, 40)
        save(app, out, f"table{suffix}")
        app.close()
        return
    focus_key(app, "menu.settings")
    press(app, pygame.K_RETURN)
    save(app, out, "settings")
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_RETURN)
    save(app, out, "chooser")
    press(app, pygame.K_RETURN)
    save(app, out, "seating")
    press(app, pygame.K_RETURN)
    steps(app, 2)
    save(app, out, "briefing")
    press(app, pygame.K_RETURN)
    if scene(app) == "RatingScene":  # the self-rating before the first move
        save(app, out, "self_rating")
        press(app, pygame.K_ESCAPE)
    guess(app)
    save(app, out, "guesses")
    press(app, pygame.K_RETURN)
    event_saved = False
    for _ in range(12):
        advance(app, out)
        if scene(app) == "DialogScene" and app.scene.answer is None and not event_saved:
            save(app, out, "event")
            event_saved = True
    play_to(app, lambda: scene(app) == "TableScene" and app.scene.legal.my_turn, 40, out)
    save(app, out, "table")
    play_to(app, lambda: scene(app) == "GuessScene", out=out)
    guess(app)
    save(app, out, "guesses_end")
    play_to(app, lambda: scene(app) == "DebriefScene", out=out)
    save(app, out, "debrief")
    press(app, pygame.K_F2)
    save(app, out, "debrief_learning")
    press(app, pygame.K_F2)
    # practice rewind: back to week 2, play on, compare both outcomes side by side
    replay_from(app, 2)
    play_to(app, lambda: scene(app) == "DebriefScene")
    save(app, out, "rewind_compare")
    app.close()


def large_text(out: Path) -> None:
    """The table at 200% text size in the default 1280×720 window."""
    app = App(Settings(font_scale=200), persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    save(app, out, "seating_large_text")
    for _ in range(2):
        press(app, pygame.K_RETURN)
    play_to(app, lambda: scene(app) == "TableScene" and app.scene.game.round >= 2, 80)
    play_to(app, lambda: scene(app) == "TableScene" and app.scene.legal.my_turn, 40)
    save(app, out, "table_large_text")
    app.close()


def hotseat(out: Path) -> None:
    app = App(Settings(), persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    path = default_scenario_path()
    scenario = load_scenario(path).scenario
    seating = {a.id: "integrative" for a in scenario.actors}
    seating[scenario.actors[0].id] = seating[scenario.actors[1].id] = PERSON
    app.push(TableScene(app, Session.start(path, scenario, seating, "hotseat", autosave=False)))
    steps(app, 2)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_ESCAPE)  # no guesses
    focus_key(app, "table.pass")
    press(app, pygame.K_RETURN)
    for _ in range(50):
        if isinstance(app.scene, HandoverScene):
            break
        steps(app, 1)
    save(app, out, "handover")
    app.close()


LINDELAAN = ROOT / "scenarios" / "crisisbedden-lindelaan.yaml"


def calm_table(app: App, limit: int = 300) -> None:
    """Close what pops up (events, guesses) until the person has had the table, to move, for
    a few frames in a row."""
    calm = 0
    for _ in range(limit):
        if scene(app) != "TableScene":
            press(app, pygame.K_ESCAPE)
            calm = 0
            continue
        table = app.scene
        steps(app, 1)
        calm = calm + 1 if app.scene is table and table.legal.can_move else 0
        if calm > 3:
            return


def overview(out: Path, size: tuple[int, int], scale: int, lang: str = "nl") -> None:
    """The proposal overview with 14 proposals on the table, and its support matrix (F2)."""
    w, h = size
    tail = f"_{w}x{h}" + ("_200" if scale == 200 else "") + ("_en" if lang == "en" else "")
    app = App(Settings(lang=lang, font_scale=scale), size=size, persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    scenario = load_scenario(LINDELAAN).scenario
    seating = {a.id: "integrative" for a in scenario.actors}
    person = scenario.actors[0].id
    seating[person] = PERSON
    session = Session.start(LINDELAAN, scenario, seating, "solo", autosave=False)
    crowd(session, 14)
    session.briefed.add(person)
    app.push(TableScene(app, session))
    calm_table(app)
    save(app, out, f"proposals_overview{tail}")
    press(app, pygame.K_F2)
    save(app, out, f"proposals_matrix{tail}")
    app.close()


def compact(out: Path) -> None:
    """The table in the smallest window with 200% text, on the player's turn."""
    app = App(Settings(font_scale=200), size=(800, 560), persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    for _ in range(4):
        press(app, pygame.K_RETURN)
    play_to(app, lambda: scene(app) == "TableScene" and app.scene.game.round >= 2, 80)
    play_to(app, lambda: scene(app) == "TableScene" and app.scene.legal.my_turn, 40)
    save(app, out, "table_800x560_200")
    app.close()


def handover_after_event(out: Path) -> None:
    """A hotseat of two people: the hand-over that follows a week with an event, before
    anything of the next player shows."""
    app = App(Settings(), persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    scenario = load_scenario(LINDELAAN).scenario
    seating = {a.id: "integrative" for a in scenario.actors}
    seating[scenario.actors[0].id] = seating[scenario.actors[1].id] = PERSON
    session = Session.start(LINDELAAN, scenario, seating, "hotseat", autosave=False)
    session.briefed.update({scenario.actors[0].id, scenario.actors[1].id})
    app.push(TableScene(app, session))
    for _ in range(600):
        game = session.game
        if isinstance(app.scene, HandoverScene) and any(
            e.kind == "event" and e.round == game.round for e in game.log
        ):
            save(app, out, "handover_after_event_1280x720")
            break
        if scene(app) == "TableScene" and app.scene.legal.can_move:
            focus_key(app, "table.pass")
            press(app, pygame.K_RETURN, frames=3)
        elif scene(app) == "TableScene" and app.scene.legal.my_turn:
            focus_key(app, "answer.truthful")
            press(app, pygame.K_RETURN, frames=3)
        elif scene(app) == "TableScene":
            steps(app, 1)
        elif scene(app) == "GuessScene":
            press(app, pygame.K_ESCAPE)
        else:
            press(app, pygame.K_RETURN, frames=3)
    app.close()


def room_seat(out: Path, size: tuple[int, int], scale: int, lang: str = "nl") -> None:
    """A seat in a room at the window's one table: a room on this computer with bots in the
    other seats, joined from the menu; the table on the seat's second turn, with proposals."""
    import asyncio
    import threading
    import time

    from game.net.bridge import ClientThread
    from game.net.client import RoomClient
    from game.net.protocol import FillBots
    from game.net.room import Room
    from game.net.server import RoomServer

    w, h = size
    tail = f"_{w}x{h}" + ("_200" if scale == 200 else "") + ("_en" if lang == "en" else "")
    room = Room(load_scenario(LINDELAAN).scenario, str(LINDELAAN), 1, seed=5)
    actor = room.tables[0].game.current_actor
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()
    server = RoomServer(room, "127.0.0.1", 0)
    asyncio.run_coroutine_threadsafe(server.start(), loop).result(10)
    app = App(Settings(lang=lang, font_scale=scale), size=size, persist=False)
    boss = ClientThread(
        RoomClient(f"127.0.0.1:{server.port}", facilitator_token=room.facilitator_token)
    )
    try:
        app.push(MenuScene(app))
        focus_key(app, "menu.join")
        press(app, pygame.K_RETURN)
        for key, text in (
            ("join.address", f"127.0.0.1:{server.port}"),
            ("join.code", room.code),
            ("join.name", "Anna"),
        ):
            focus_key(app, key)
            type_text(app, text)
        focus_key(app, "join.connect")
        press(app, pygame.K_RETURN)
        end = time.monotonic() + 60
        while getattr(app.scene, "lobby", None) is None and time.monotonic() < end:
            steps(app, 1)
        steps(app, 2)
        focus_key(app, f"seat.1.{actor}")
        press(app, pygame.K_RETURN)
        boss.start()
        boss.send(boss.client.command, FillBots(table=1))
        turns = 0
        while turns < 2 and time.monotonic() < end:
            if scene(app) in ("BriefingScene", "RatingScene", "DialogScene"):  # read, closed
                press(app, pygame.K_RETURN if scene(app) == "DialogScene" else pygame.K_ESCAPE)
                continue
            if scene(app) != "TableScene":  # the seat's first view is on its way
                steps(app, 1)
                continue
            table = app.scene
            if table.legal.can_move and len(table.view().proposals) >= 2:
                turns += 1
                if turns == 2:
                    break
                focus_key(app, "table.pass")
                press(app, pygame.K_RETURN, frames=3)
            elif table.legal.can_move:
                focus_key(app, "table.pass")
                press(app, pygame.K_RETURN, frames=3)
            elif table.legal.must_answer:
                focus_key(app, "answer.truthful")
                press(app, pygame.K_RETURN, frames=3)
            steps(app, 1)
            time.sleep(0.01)
        save(app, out, f"room_table{tail}")
        app.scene.session.leave()
    finally:
        boss.close()
        app.close()
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)


def broken(out: Path) -> None:
    """Watch mode with a scenario file that has a mistake in it."""
    from game.ui.scenes.start import open_scenario

    folder = Path(tempfile.mkdtemp(prefix="omgevingstafel-watch-"))
    path = folder / "mijn-casus.yaml"
    text = default_scenario_path().read_text(encoding="utf-8")
    path.write_text(text.replace("batna:", "batna: veel\n    oud:", 1), encoding="utf-8")
    app = App(Settings(), persist=False)
    app.push(MenuScene(app))
    open_scenario(app, path, watch=True)
    save(app, out, "watch_problems")
    app.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    solo(args.out, "nl")
    solo(args.out, "en")
    solo(args.out, "nl", contrast=True)
    large_text(args.out)
    hotseat(args.out)
    handover_after_event(args.out)
    overview(args.out, (1280, 720), 100)
    overview(args.out, (1280, 720), 100, "en")
    overview(args.out, (800, 560), 200)
    overview(args.out, (800, 560), 200, "en")
    compact(args.out)
    room_seat(args.out, (1280, 720), 100)
    room_seat(args.out, (800, 560), 200)
    room_seat(args.out, (800, 560), 200, "en")
    broken(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
