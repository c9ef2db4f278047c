"""The facilitator's kit in the terminal room client: observing with a form for every week
that ended, joining a played seat as a duo, and the observation form's input."""

from __future__ import annotations

import asyncio
import io
import re

import pytest
from net_support import TIMEOUT, close_all, make_room, run, serving
from textmode_keyboard import RATE_END, RATE_START, Keyboard

from game.facilitation.observation import ended_week
from game.net.client import RoomClient
from game.net.protocol import FillBots, Lobby, SeatInfo, TableInfo
from game.textmode.console import Console
from game.textmode.forms import ask_observation
from game.textmode.room import TerminalPlayer

ACTORS = {"ggz": "GGZ Stroomland", "gemeente": "Gemeente Lindeveen"}


def _numbered(shown: str, words: str) -> str:
    """The number in front of the pick-list line that holds `words`."""
    for line in shown.splitlines():
        found = re.match(r"\s*(\d+)\s+(.*)", line)
        if found and words in found.group(2):
            return found.group(1)
    raise AssertionError(f"no line with {words!r} in {shown!r}")


def test_a_terminal_observer_fills_in_a_form_for_every_week_that_ended() -> None:
    async def scenario() -> str:
        room = make_room()
        game = room.tables[0].game
        first_actor = game.scenario.actors[0]
        first_name = first_actor.name.nl
        forms: list[str] = []
        moment = ["start"]

        def answer(shown: str) -> str | None:
            if "Kies je plaats" in shown:
                return _numbered(shown, "Kijk mee aan tafel 1")
            if RATE_START in shown or RATE_END in shown:
                moment[0] = "start" if RATE_START in shown else "end"
                return "1"  # rate myself
            if "Leerdoel:" in shown:
                return "3" if moment[0] == "start" else "4"
            found = re.search(r"Observatieformulier, week (\d+)", shown)
            if found:
                forms.append(found.group(1))
            last = shown.rstrip("\n").splitlines()[-1] if shown.strip() else ""
            if last.startswith("Notitie"):
                return "rustig begin" if forms == ["1"] else ""
            if last.startswith(f"{first_name}:") and forms == ["1"]:
                return "1 3"
            return ""

        async with serving(room) as server:
            out = io.StringIO()
            keyboard = Keyboard(out, answer)
            client = RoomClient(f"127.0.0.1:{server.port}", code=room.code, name="Olga")
            player = TerminalPlayer(client, Console(keyboard, out, interactive=False), "nl")
            playing = asyncio.create_task(player.run())
            while not any(key[2] == "Olga" for key in room.ratings):
                await asyncio.sleep(0.01)  # the start self-assessment was answered
            boss = RoomClient(f"127.0.0.1:{server.port}", facilitator_token=room.facilitator_token)
            await boss.start()
            await boss.command(FillBots(table=1, strategy="conceder"))
            assert await asyncio.wait_for(playing, TIMEOUT * 2) == 0
            await close_all([boss])
            last = ended_week(game.round, game.deadline, True)
            assert sorted(week for (_, who, week) in room.observations if who == "Olga") == list(
                range(1, last + 1)
            )
            kept = room.observations[(1, "Olga", 1)]
            assert kept.marks == {first_actor.id: ("asks", "package")}
            assert kept.note == "rustig begin"
            assert {e.moment for e in room.ratings.values() if e.player == "Olga"} == {
                "start",
                "end",
            }
            return out.getvalue()

    out = run(scenario(), timeout=120)
    assert "Je kijkt mee aan tafel 1." in out and "Bewaard in de kamer." in out
    # the observer's own shift per learning goal, at the end
    assert out.count("Jouw zelfbeoordeling:") == 3 and out.count(": van 3 naar 4") == 3


def test_the_seat_list_offers_a_played_seat_as_a_duo() -> None:
    def seat(actor: str, holder: str, player: str | None = None, partner: str | None = None):
        return SeatInfo(
            actor=actor, name=actor.upper(), role="rol", kind="organisation", holder=holder,
            player=player, partner=partner,
        )  # fmt: skip

    seats = [
        seat("ggz", "human", "Anna"),
        seat("gemeente", "free"),
        seat("bewoners", "human", "Bob & Cor", "Cor"),
    ]
    table = TableInfo(
        table=1, seats=seats, observers=0, round=1, deadline=8, paused=False, over=False
    )
    lobby = Lobby(room="R", scenario="s", title="T", tables=[table])
    out = io.StringIO()

    def answer(shown: str) -> str:
        return _numbered(shown, "samen met Anna")

    player = TerminalPlayer(
        RoomClient("127.0.0.1:1", code="R", name="Bram"),
        Console(Keyboard(out, answer), out, interactive=False),
        "nl",
    )
    assert player._pick_seat(lobby) == (1, "+ggz")
    assert "samen met Bob" not in out.getvalue()  # a full duo is not offered


@pytest.mark.parametrize(
    ("typed", "marks"),
    [
        (["1 3", "", "let op"], {"ggz": ["asks", "package"]}),
        (["9", "2,2", "5", ""], {"ggz": ["reveals"], "gemeente": ["support"]}),
    ],
)
def test_the_terminal_form_reads_numbers_per_party_and_retries_bad_ones(
    typed: list[str], marks: dict[str, list[str]]
) -> None:
    out = io.StringIO()
    answers = iter(typed)
    console = Console(Keyboard(out, lambda _shown: next(answers, None)), out, interactive=False)
    got, note = ask_observation(console, "nl", ACTORS, 2)
    assert got == marks
    assert note == typed[-1]
    assert "Observatieformulier, week 2" in out.getvalue()
    assert ("geen rij nummers" in out.getvalue()) == ("9" in typed)
