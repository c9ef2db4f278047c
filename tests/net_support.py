"""Helpers for the room tests: a room on loopback, scripted players, and a leak scanner."""

from __future__ import annotations

import asyncio
import io
import itertools
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from scenario_support import LINDELAAN

from game.engine import Answer, Game, Pass, Propose, Support, player_view_from_json
from game.net.client import RoomClient
from game.net.protocol import PlayerUpdate
from game.net.room import Room
from game.net.seat_file import SeatFile
from game.net.server import RoomServer
from game.net.store import Store
from game.scenario.loader import load_scenario
from game.scenario.model import Scenario
from game.textmode.console import Console
from game.textmode.room import TerminalPlayer

#: Five seats of Crisisbedden Lindelaan (its quorum, with the three parties that must agree)
#: that share packages inside every mandate.
SEATS = ("gemeente", "ggz", "zorgverzekeraar", "bewoners", "ambulance")
#: Connections a served test room allows from 127.0.0.1, where its whole class comes from.
SIMULATED_CLASS = 64
#: No test waits longer than this for anything.
TIMEOUT = 15.0
T = TypeVar("T")


@cache
def lindelaan() -> Scenario:
    return load_scenario(LINDELAAN).scenario


def run(coro: Awaitable[T], timeout: float = 60.0) -> T:
    """Run one test's coroutine with a hard time limit."""

    async def bounded() -> T:
        return await asyncio.wait_for(coro, timeout)

    return asyncio.run(bounded())


def make_room(tables: int = 1, seats: Sequence[str] = SEATS, seed: int = 5) -> Room:
    return Room(lindelaan(), str(LINDELAAN), tables, seats, seed=seed)


@asynccontextmanager
async def serving(
    room: Room, store: Store | None = None, port: int = 0, per_address: int = 0
) -> AsyncIterator[RoomServer]:
    if store is not None and room.session_id == 0:
        store.start_session(room)
    # every client of a test comes from 127.0.0.1: laptops of a class, not one laptop
    server = RoomServer(
        room, "127.0.0.1", port, bot_delay=0.0, per_address=per_address or SIMULATED_CLASS
    )
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def address(server: RoomServer) -> str:
    return f"127.0.0.1:{server.port}"


async def seated_clients(
    server: RoomServer, table: int = 1, seats: Sequence[str] = SEATS
) -> list[RoomClient]:
    clients = []
    for number, actor in enumerate(seats):
        client = RoomClient(
            address(server), code=server.room.code, name=f"Speler {number}", delays=(0.05,)
        )
        await client.start()
        await client.take_seat(table, actor)
        await client.wait_for(lambda m: m.type == "seated", TIMEOUT)
        clients.append(client)
    return clients


def room_test(body: Callable[[Room, RoomServer], Awaitable[None]]) -> Callable[[], None]:
    """Makes `async def test_…(room, server)` a test: run against a fresh room of one table
    (`make_room()`) served on loopback, within `run`'s time limit."""

    def test() -> None:
        async def served() -> None:
            room = make_room()
            async with serving(room) as server:
                await body(room, server)

        run(served())

    # not functools.wraps: pytest would read the body's parameters as fixtures
    test.__name__, test.__qualname__ = body.__name__, body.__qualname__
    test.__module__, test.__doc__ = body.__module__, body.__doc__
    return test


async def seated_table(server: RoomServer) -> tuple[Game, list[RoomClient], RoomClient]:
    """The SEATS taken at table 1 of the served room: its game, the seated clients, and
    the client whose actor is on turn."""
    game = server.room.tables[0].game
    clients = await seated_clients(server)
    return game, clients, next(c for c in clients if c.seated.actor == game.current_actor)


async def close_all(clients: Sequence[RoomClient]) -> None:
    for client in clients:
        await client.close()


def inside_mandate(game: Game, actor: str, package: dict[str, str]) -> bool:
    mandate = game.view(actor).mandate
    if any(option in mandate.forbidden.get(issue, []) for issue, option in package.items()):
        return False
    return mandate.min_score is None or game.points(actor, package) >= mandate.min_score


def agreeable_package(game: Game) -> dict[str, str]:
    """The package inside every seated actor's mandate with the most joint points."""
    issues = [(i.id, [o.id for o in i.options]) for i in game.public_view().issues]
    best: tuple[float, dict[str, str]] | None = None
    for combo in itertools.product(*(options for _, options in issues)):
        package = dict(zip((i for i, _ in issues), combo, strict=True))
        if all(inside_mandate(game, actor, package) for actor in game.seats):
            joint = sum(game.points(actor, package) for actor in game.seats)
            if best is None or joint > best[0]:
                best = (joint, package)
    assert best is not None, "no package inside every mandate"
    return best[1]


def scripted_move(update: PlayerUpdate, package: dict[str, str]) -> Any:
    """Answer truthfully, support the package when it is on the table, else propose it."""
    view = player_view_from_json(update.view)
    me = view.actor
    if view.questions_waiting:
        return Answer(actor=me, question=view.questions_waiting[0].id, mode="truthful")
    for proposal in view.proposals:
        if proposal.package == package:
            if me in proposal.supporters:
                return Pass(actor=me)
            return Support(actor=me, proposal=proposal.id)
    return Propose(actor=me, package=package)


async def play_until(
    clients: Sequence[RoomClient],
    choose: Callable[[PlayerUpdate], Any],
    done: Callable[[], bool],
    timeout: float = TIMEOUT,
) -> int:
    """Each client moves whenever its latest view says it is its turn; returns actions sent."""
    sent = 0
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not done():
        if loop.time() > end:
            raise TimeoutError("the table did not finish in time")
        moved = False
        for client in clients:
            update = client.update
            if update is None or not update.my_turn or client.pending or update.paused:
                continue
            await client.act(choose(update))
            sent += 1
            moved = True
        if not moved:
            await asyncio.sleep(0.005)
    return sent


# --- the leak scanner ------------------------------------------------------------------------
SECRET_KEYS = ("confidential_brief", "points", "batna", "mandate", "consultations", "interests")


def _texts(text: Any) -> list[str]:
    if text is None:
        return []
    if isinstance(text, str):
        return [text]
    return [t for t in (text.nl, text.en) if t]


def _secret_keys(data: Any, own: Any, path: str = "") -> list[str]:
    """Paths of confidential fields anywhere but at the top of `own` (the receiver's view)."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in SECRET_KEYS and data is not own:
                found.append(f"{path}.{key}")
            elif key not in SECRET_KEYS:
                found += _secret_keys(value, own, f"{path}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _secret_keys(value, own, f"{path}[{index}]")
    return found


def leaks(scenario: Scenario, me: str | None, raw_messages: Sequence[str]) -> list[str]:
    """Every place where another actor's confidential data shows in messages sent to `me`."""
    problems = []
    others = [a for a in scenario.actors if a.id != me]
    mine = next((a for a in scenario.actors if a.id == me), None)
    for number, raw in enumerate(raw_messages):
        data = json.loads(raw)
        view = data.get("view") if isinstance(data.get("view"), dict) else None
        own = view if data.get("type") == "view" and view and view.get("actor") == me else None
        for path in _secret_keys(data, own):
            problems.append(f"message {number}: secret field {path}")
        view = data.get("view") or {}
        revealed = {
            text
            for actor in view.get("actors", [])
            for interest in actor.get("revealed_interests", [])
            for text in _texts_of(interest.get("text"))
        }
        for other in others:
            for secret in _texts(other.brief.confidential):
                if secret in raw:
                    problems.append(f"message {number}: confidential brief of {other.id}")
            for interest in other.interests:
                for text in _texts(interest.text):
                    if json.dumps(text)[1:-1] in raw and text not in revealed:
                        problems.append(
                            f"message {number}: hidden interest {other.id}.{interest.id}"
                        )
            for issue, row in other.points.items():
                own_row = mine.points.get(issue) if mine else None
                if own_row == row:
                    continue
                pattern = json.dumps({o: float(v) for o, v in row.items()}, separators=(",", ":"))
                if pattern in raw:
                    problems.append(f"message {number}: point table of {other.id} on {issue}")
    return problems


def _texts_of(text: Any) -> list[str]:
    if isinstance(text, dict):
        return [t for t in (text.get("nl"), text.get("en")) if t]
    return [text] if isinstance(text, str) else []


def temp_db(folder: Path) -> Path:
    return folder / "room.sqlite3"


async def terminal_visit(server: RoomServer, typed: str, lang: str, actor: str | None) -> str:
    """A terminal on this laptop comes to the room as Anna (back to her seat when the seat
    file holds its token), types `typed` and stops when the input ends; what it showed."""
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
    player = TerminalPlayer(client, console, lang, table=1, role=actor)
    assert await asyncio.wait_for(player.run(), TIMEOUT) == 0
    return shown.getvalue()
