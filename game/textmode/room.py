"""`python -m game join` in a terminal: pick a seat, follow the table, choose moves by number.

What only a room has lives here: the lobby and the seat, coming back to it, the observer's
and the self-assessment forms, and following the table between turns. A turn is played by
the terminal's one table front-end (`table.py`, as in a local game) over the seat as a table
port (`game.net.remote_table.RemoteTable`), so the menus, the wording and the markers are the
local game's; the laptop never needs the scenario file. Typing happens in a worker thread
while the connection lives on.
"""

from __future__ import annotations

import asyncio
from typing import Any, Literal

from game.engine import PublicView
from game.facilitation.observation import ended_week
from game.net.client import RoomClient
from game.net.protocol import Lobby, PlayerDebrief, Refused, Seated
from game.net.remote import public_view
from game.net.remote_table import RemoteTable
from game.play import wording
from game.scenario.model import text_in
from game.text import t
from game.textmode.console import Console, EndOfInput
from game.textmode.forms import ask_observation
from game.textmode.prompts import Choice, choose
from game.textmode.room_ending import room_ending_lines
from game.textmode.selfrating import ask_ratings
from game.textmode.table import StopRequested, TableFront

#: Seconds to wait for the server's first answer before saying the room cannot be reached.
CONNECT_TIMEOUT = 10.0
#: Seconds to wait for the room's debrief once the table's game is over.
DEBRIEF_WAIT = 5.0
#: Marks a pick-list value as "join this seat as a duo" (actor ids never start with it).
SHARE = "+"


class TerminalPlayer:
    def __init__(
        self,
        client: RoomClient,
        console: Console,
        lang: str,
        table: int | None = None,
        role: str | None = None,
        watch: bool = False,
    ) -> None:
        self.client = client
        self.console = console
        self.lang = lang
        self.table, self.role, self.watch = table, role, watch
        self.shown = 0  # log lines already printed
        self.phrases: dict[str, Any] = {}
        self.address = client.url.removeprefix("ws://")
        self.seated: Seated | None = None
        self.rated: set[str] = set()  # self-assessment moments asked already
        self.ratings: dict[str, dict[str, int]] = {}  # what was given, per moment
        self.observed = 0  # the last week whose observation form was asked

    def say(self, key: str, **values: object) -> None:
        self.console.say(t(key, self.lang, **values))

    def lines(self, lines: list[str]) -> None:
        for line in lines:
            self.console.say(line)

    async def read(self, prompt: str) -> str:
        return await asyncio.to_thread(self.console.read, prompt)

    # --- the whole visit -----------------------------------------------------------------
    async def run(self) -> int:
        client = self.client
        try:
            await client.start(CONNECT_TIMEOUT)
        except (TimeoutError, OSError):
            self.say("net.join.unreachable", url=client.url)
            await client.close()
            return 2
        try:
            if not await self._sit_down():
                return 1
            return await self._follow()
        except (EndOfInput, StopRequested):
            if client.token and client.code:
                self.say("net.join.come_back", address=self.address, code=client.code)
            return 0
        finally:
            await client.close()

    async def _sit_down(self) -> bool:
        client = self.client
        fresh = 0  # where to look for the lobby (after a resume that failed)
        if client.token:
            if await self._answer_to_seat():
                return True
            if client.token or not (client.code and client.name):
                return False
            fresh = len(client.received)
            await client.join()  # the seat is gone: in with the code, as a newcomer
        while True:
            message = await client.wait_for(
                lambda m: isinstance(m, Lobby | Refused), CONNECT_TIMEOUT, fresh
            )
            if isinstance(message, Refused):
                self.console.say(text_of(message, self.lang))
                return False
            lobby = client.lobby
            assert lobby is not None
            choice = self._preset(lobby) or await asyncio.to_thread(self._pick_seat, lobby)
            self.table = self.role = None  # a preset is tried once
            if choice is None:
                return False
            table, actor = choice
            since = len(client.received)
            if actor is None:
                await client.watch(table)
            elif actor.startswith(SHARE):
                await client.share_seat(table, actor.removeprefix(SHARE))
            else:
                await client.take_seat(table, actor)
            if await self._answer_to_seat(since):
                return True

    def _preset(self, lobby: Lobby) -> tuple[int, str | None] | None:
        if self.table is None:
            return None
        return (self.table, None) if self.watch else (self.table, self.role)

    def _pick_seat(self, lobby: Lobby) -> tuple[int, str | None] | None:
        self.say("net.join.room", room=lobby.room, title=lobby.title)
        choices: list[Choice[tuple[int, str | None]]] = []
        duos: list[Choice[tuple[int, str | None]]] = []
        for table in lobby.tables:
            heading = t("net.join.table", self.lang, table=table.table)
            for seat in table.seats:
                taken = seat.holder != "free"
                label = f"{seat.name} — {seat.role}"
                refusal = t("net.join.taken", self.lang, player=seat.player or "bot")
                choices.append(
                    Choice(
                        label,
                        (table.table, seat.actor),
                        refusal=refusal if taken else None,
                        heading=heading
                        if not choices or choices[-1].value[0] != table.table
                        else None,
                        mark=seat.player or seat.holder if taken else None,
                    )
                )
            choices.append(
                Choice(t("net.join.watch", self.lang, table=table.table), (table.table, None))
            )
            for seat in table.seats:
                if seat.holder == "human" and seat.partner is None and seat.player:
                    label = t(
                        "kit.join.share", self.lang, name=seat.name, player=seat.player,
                        table=table.table,
                    )  # fmt: skip
                    duos.append(Choice(label, (table.table, f"{SHARE}{seat.actor}")))
        choices.extend(duos)
        return choose(
            self.console,
            self.lang,
            t("net.join.pick", self.lang),
            choices,
            back=t("net.join.quit", self.lang),
        )

    async def _answer_to_seat(self, since: int = 0) -> bool:
        message = await self.client.wait_for(
            lambda m: m.type in {"seated", "refused"}, CONNECT_TIMEOUT, since
        )
        if isinstance(message, Refused):
            self.console.say(text_of(message, self.lang))
            return False
        self.phrases = dict(message.phrases)
        self.seated = message
        if message.actor is None:
            self.say("net.join.watching", table=message.table)
        else:
            name = message.name or message.actor
            self.say("net.join.seated", table=message.table, actor=name)
            self.say("net.join.reconnects")
        return True

    # --- following the table -------------------------------------------------------------
    async def _follow(self) -> int:
        client = self.client
        port = RemoteTable(client, asyncio.get_running_loop())
        front = TableFront(self.console, port, self.lang, after_send=lambda a: self._mine(port))
        first = True
        if self.seated is None or self.seated.actor is None:
            await self._rate("start")  # an observer: before the table (a seat: below)
        while True:
            if client.ended:
                self.say("net.join.ended")
                return 0
            update = client.update
            if update is not None and port.mine:
                (actor,) = port.mine
                view = port.view(actor)
                if first:
                    self.lines(wording.title_lines(view, self.lang))
                    front.brief(actor)
                    first = False
                    if _has_acted(view, actor):  # back at the seat: the start is behind it
                        self.rated.add("start")
                    await self._rate("start")
                    continue  # the table may have moved on while the form was filled in
                self._news(view)
                if view.outcome is not None:
                    self.say("net.join.over")
                    await self._ending(view)
                    await self._rate("end")
                    return 0
                if update.my_turn and not update.paused and not client.pending:
                    await asyncio.to_thread(self._turn, front, actor)
                    continue
            elif client.table_update is not None:
                public = public_view(client.table_update.view)
                if first:
                    self.lines(wording.title_lines(public, self.lang))
                    self.console.say(wording.rule_line(public, self.lang))  # as a seat sees it
                    self.lines(wording.table_lines(public, self.lang))
                    self.observed = max(self.observed, public.round - 1)  # from now on
                    first = False
                self._news(public)
                over = public.outcome is not None
                await self._observe(ended_week(public.round, public.deadline, over))
                if over:
                    self.say("net.join.over")
                    await self._rate("end")
                    return 0
            await client.changed(1.0)

    @staticmethod
    def _turn(front: TableFront, actor: str) -> None:
        """One turn at the table (in a worker thread: the connection lives on meanwhile)."""
        front.heading(actor)
        front.overview(actor)
        front.play(actor)

    async def _ending(self, view: PublicView) -> None:
        """How the game ended and one's own figures, from the room's debrief message (sent
        right after the view that shows the end); nothing when it does not come."""
        try:
            message = await self.client.wait_for(lambda m: m.type == "debrief", DEBRIEF_WAIT)
        except TimeoutError:
            return
        if isinstance(message, PlayerDebrief):
            self.lines(room_ending_lines(message, view, self.lang))

    def _mine(self, port: RemoteTable) -> None:
        """What an action brought, as the seat now sees it."""
        for actor in port.mine:
            self._news(port.view(actor))

    # --- the facilitator's kit: self-assessment and observation forms --------------------
    async def _rate(self, moment: Literal["start", "end"]) -> None:
        """The self-assessment at the start or the end (once each), sent to the room."""
        seated = self.seated
        if seated is None or not seated.goals or moment in self.rated:
            return
        self.rated.add(moment)
        ratings, skipped = await asyncio.to_thread(
            ask_ratings, self.console, self.lang, seated.goals, moment
        )
        await self._noted(lambda: self.client.rate_self(moment, ratings, skipped))
        self.ratings[moment] = ratings
        if moment == "end" and any(self.ratings.values()):
            self._own_shift(seated)

    def _own_shift(self, seated: Seated) -> None:
        """One's own before → after per learning goal, as the local text mode ends."""
        before, after = self.ratings.get("start", {}), self.ratings.get("end", {})
        for goal, text in seated.goals.items():
            self.say(
                "learning.rating.shift",
                goal=text_in(text, self.lang),
                before=before.get(goal, "—"),
                after=after.get(goal, "—"),
            )

    async def _observe(self, week: int) -> None:
        """As an observer: the form of every week that ended since the last one asked."""
        seated = self.seated
        if seated is None or seated.actor is not None or not seated.actors:
            return
        while self.observed < week:
            self.observed += 1
            marks, note = await asyncio.to_thread(
                ask_observation, self.console, self.lang, seated.actors, self.observed
            )
            number = self.observed
            await self._noted(lambda n=number, m=marks, x=note: self.client.observe(n, m, x))

    async def _noted(self, send: Any) -> None:
        """Send a form and say whether the room kept it."""
        client = self.client
        since = len(client.received)
        await send()
        try:
            answer = await client.wait_for(
                lambda m: m.type in {"noted", "refused"}, CONNECT_TIMEOUT, since
            )
        except TimeoutError:
            return
        if isinstance(answer, Refused):
            self.console.say(text_of(answer, self.lang))
        else:
            self.say("kit.form.kept")

    def _news(self, view: PublicView) -> None:
        fresh = [line for line in view.log if line.index >= self.shown]
        if fresh:
            self.lines(wording.log_lines(fresh, self.lang))
            self.shown = fresh[-1].index + 1


def _has_acted(view: PublicView, actor: str) -> bool:
    """Whether `actor` made a move at this table already (as the local game asks)."""
    return any(line.kind == "action" and line.actor == actor for line in view.log)


def text_of(refused: Refused, lang: str) -> str:
    return refused.en if lang == "en" else refused.nl
