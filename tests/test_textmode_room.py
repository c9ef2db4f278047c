"""The room's terminal client over a seat: coming back to a seat one has played already
does not ask the start's self-assessment again, and the brief comes before it (as locally)."""

from __future__ import annotations

import asyncio
import io
import re

from net_support import TIMEOUT, address, close_all, make_room, run, serving, terminal_visit
from textmode_keyboard import RATE_END, RATE_START, Keyboard, number_of

from game.net.client import RoomClient
from game.net.protocol import EndSession, FillBots
from game.textmode.console import Console
from game.textmode.room import TerminalPlayer

SKIP_RATING = "2"
SAY_FIRST_PHRASE = "6\n1"  # "Iets zeggen", its first ready phrase (a statement: acting)
STOP = "0"


def test_back_at_a_played_seat_the_start_self_assessment_is_not_asked_again() -> None:
    async def scenario() -> tuple[str, str, list[str]]:
        room = make_room()
        game = room.tables[0].game
        actor = game.current_actor
        assert actor is not None
        async with serving(room) as server:
            typed = f"{SKIP_RATING}\n{SAY_FIRST_PHRASE}\n{STOP}\n"
            first = await terminal_visit(server, typed, "nl", actor)
            second = await terminal_visit(server, "", "nl", actor)
            return first, second, [a.kind for a in game.actions if a.actor == actor]

    first, second, moves = run(scenario())
    assert moves == ["statement"]
    assert RATE_START in first
    assert first.index("Jouw briefing —") < first.index(RATE_START)  # brief, then the form
    assert "Je speelt" in second and RATE_START not in second


def test_a_seat_reads_how_the_game_ended_and_its_own_points() -> None:
    """The room sends a seat its own debrief at the end; the terminal says it, as a local
    game ends with the outcome and the points against the BATNA."""

    def answer(shown: str) -> str | None:
        last = shown.rstrip("\n").splitlines()[-1] if shown.strip() else ""
        if "Kies je plaats" in shown:
            return number_of(shown, "Gemeente Lindeveen")
        if RATE_START in shown or RATE_END in shown:
            return SKIP_RATING
        if "Hoe antwoord je?" in shown:
            return "1"
        if "Wat doe je," in shown:
            return "14"  # pass
        return "" if last else None

    async def scenario() -> str:
        room = make_room()
        async with serving(room) as server:
            out = io.StringIO()
            client = RoomClient(address(server), code=room.code, name="Anna")
            player = TerminalPlayer(client, Console(Keyboard(out, answer), out, False), "nl")
            playing = asyncio.create_task(player.run())
            while not any(s.player == "Anna" for s in room.tables[0].seats.values()):
                await asyncio.sleep(0.01)
            boss = RoomClient(address(server), facilitator_token=room.facilitator_token)
            await boss.start()
            await boss.command(FillBots(table=1, strategy="conceder"))
            assert await asyncio.wait_for(playing, TIMEOUT * 4) == 0
            await close_all([boss])
            return out.getvalue()

    out = run(scenario(), timeout=180)
    ending = out[out.index("Het spel aan deze tafel is voorbij.") :]
    assert re.search(r"Geen akkoord: de deadline is verstreken \(week \d\)\.", ending)
    assert "Jouw punten: 55 (BATNA 55, verschil +0)." in ending
    assert "Integratie-index: " in ending
    assert "Wat je deed:" in ending and "  [Werkpunt] " in ending


def test_leaving_a_seat_shows_the_way_back_as_one_command_on_its_own_line() -> None:
    async def scenario() -> str:
        room = make_room()
        actor = room.tables[0].game.current_actor
        async with serving(room) as server:
            shown = io.StringIO()
            client = RoomClient(address(server), code=room.code, name="Anna")
            console = Console(io.StringIO(f"{SKIP_RATING}\n{STOP}\n"), shown, False, width=80)
            player = TerminalPlayer(client, console, "nl", table=1, role=actor)
            assert await asyncio.wait_for(player.run(), TIMEOUT) == 0
            return shown.getvalue()

    lines = run(scenario()).splitlines()
    back = lines.index("Je plaats blijft van jou. Terug met:")
    command = lines[back + 1]
    assert command.startswith("  python -m game join 127.0.0.1:") and command.endswith(" --name …")
    assert "--code " in command and len(command) <= 80


def test_an_observer_reads_the_agreement_rule_with_the_table() -> None:
    async def scenario() -> str:
        room = make_room()
        async with serving(room) as server:
            shown = io.StringIO()
            client = RoomClient(address(server), code=room.code, name="Olga")
            console = Console(io.StringIO(f"{SKIP_RATING}\n"), shown, False, width=80)
            player = TerminalPlayer(client, console, "nl", table=1, watch=True)
            watching = asyncio.create_task(player.run())
            while "Kwesties en opties:" not in shown.getvalue():
                await asyncio.sleep(0.01)
            boss = RoomClient(address(server), facilitator_token=room.facilitator_token)
            await boss.start()
            await boss.command(EndSession())
            assert await asyncio.wait_for(watching, TIMEOUT) == 0
            await close_all([boss])
            return shown.getvalue()

    out = run(scenario())
    table = out[out.index("Je kijkt mee aan tafel 1.") :]
    assert "Akkoord — nodig: 5 van 5, met Gemeente Lindeveen" in table
    assert table.index("Akkoord — nodig:") < table.index("Aan tafel:")
