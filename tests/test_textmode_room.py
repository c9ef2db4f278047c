"""The room's terminal client over a seat: coming back to a seat one has played already
does not ask the start's self-assessment again, and the brief comes before it (as locally)."""

from __future__ import annotations

import asyncio
import io

from net_support import TIMEOUT, address, make_room, run, serving
from textmode_keyboard import RATE_START

from game.net.client import RoomClient
from game.net.seat_file import SeatFile
from game.textmode.console import Console
from game.textmode.room import TerminalPlayer

SKIP_RATING = "2"
SAY_FIRST_PHRASE = "6\n1"  # "Iets zeggen", its first ready phrase (a statement: acting)
STOP = "0"


def test_back_at_a_played_seat_the_start_self_assessment_is_not_asked_again() -> None:
    async def visit(server, actor: str, typed: str) -> str:
        room = server.room
        seat_file = SeatFile(address(server), room.code)
        client = RoomClient(
            address(server),
            code=room.code,
            name="Anna",
            token=seat_file.load(),
            on_message=seat_file.follow,
        )
        shown = io.StringIO()
        console = Console(io.StringIO(typed), shown, interactive=False)
        player = TerminalPlayer(client, console, "nl", table=1, role=actor)
        assert await asyncio.wait_for(player.run(), TIMEOUT) == 0
        return shown.getvalue()

    async def scenario() -> tuple[str, str, list[str]]:
        room = make_room()
        game = room.tables[0].game
        actor = game.current_actor
        assert actor is not None
        async with serving(room) as server:
            typed = f"{SKIP_RATING}\n{SAY_FIRST_PHRASE}\n{STOP}\n"
            first = await visit(server, actor, typed)
            second = await visit(server, actor, "")
            return first, second, [a.kind for a in game.actions if a.actor == actor]

    first, second, moves = run(scenario())
    assert moves == ["statement"]
    assert RATE_START in first
    assert first.index("Jouw briefing —") < first.index(RATE_START)  # brief, then the form
    assert "Je speelt" in second and RATE_START not in second
