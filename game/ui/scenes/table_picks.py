"""The dashboard's pick-lists for one table: fire an event, free a seat."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.net.protocol import (
    FireEvent,
    FreeSeat,
    TableStatus,
)
from game.ui.scene import Scene
from game.ui.scenes.facilitator_link import Facilitation


@dataclass(frozen=True)
class Pick:
    """One button of a table's pick-list: its focus key, its text, and what it picks."""

    key: str
    text: str
    value: str
    enabled: bool


class TablePickScene(Scene):
    """Pick one thing at one table; the pick sends its command to the room and goes back."""

    title_key = ""
    back_key = ""

    def __init__(self, app, room: Facilitation, table: TableStatus) -> None:
        super().__init__(app)
        self.room, self.table = room, table

    def picks(self) -> list[Pick]:
        raise NotImplementedError

    def command(self, value: str) -> object:
        """The message a pick sends."""
        raise NotImplementedError

    def build(self) -> None:
        w, _h = self.size
        margin = max(24, w // 30)
        self.label(
            pygame.Rect(margin, self.s(16), w - 2 * margin, self.s(44)),
            self.tr(self.title_key, table=self.table.table),
            "#title",
        )
        y = self.s(80)
        for pick in self.picks():
            self.button(
                pygame.Rect(margin, y, w - 2 * margin, self.s(40)),
                pick.text,
                lambda v=pick.value: self._send(v),
                key=pick.key,
                enabled=pick.enabled,
            )
            y += self.s(48)
        self.button(
            pygame.Rect(margin, y + self.s(10), self.s(200), self.s(40)),
            self.tr("net.dash.back"),
            self.app.pop,
            key=self.back_key,
        )

    def _send(self, value: str) -> None:
        self.room.command(self.command(value))
        self.app.pop()

    def update(self, dt: float) -> None:
        self.room.poll(self.lang)


class EventScene(TablePickScene):
    """Pick one of the scenario's events to fire at a table."""

    title_key = "net.dash.event_title"
    back_key = "event.back"

    def picks(self) -> list[Pick]:
        return [
            Pick(f"event.{e.id}", f"{e.id}: {e.text}"[:140], e.id, not e.fired)
            for e in self.table.events
        ]

    def command(self, value: str) -> FireEvent:
        return FireEvent(table=self.table.table, event=value)

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.room.notice:
            self.app.status, self.room.notice = self.room.notice, None


class SeatsScene(TablePickScene):
    """Free a seat: a trainee who left, or a bot's seat for a latecomer."""

    title_key = "net.dash.seats_title"
    back_key = "seats.back"

    def picks(self) -> list[Pick]:
        picks = []
        for seat in self.table.seats:
            who = seat.player or self.tr("net.dash.free")
            if seat.holder == "bot":
                who = self.tr("net.dash.bot", strategy=seat.player or "")
            text = self.tr("net.dash.free_seat", name=seat.name, who=who)
            picks.append(Pick(f"seat.{seat.actor}", text, seat.actor, seat.holder != "free"))
        return picks

    def command(self, value: str) -> FreeSeat:
        return FreeSeat(table=self.table.table, actor=value)
