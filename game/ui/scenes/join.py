"""Joining a room from the window: address, code and name; a seat; then play at that table.

The seat is played at the window's one table (`TableScene`), as a local game is: the scene
gets a `RoomSession`, whose table port is the room's websocket (`RemoteTable`). The server
checks every action; a refusal shows in the hint strip.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import Future

import pygame

from game.engine import PlayerView
from game.net.address import room_url
from game.net.bridge import CONNECT_TIMEOUT, ClientThread
from game.net.client import RoomClient
from game.net.protocol import Lobby, Refused, Seated, TableInfo
from game.ui.room_session import RoomSession
from game.ui.scene import Scene
from game.ui.scenes.table import TableScene
from game.ui.theme import font
from game.ui.widgets import Scroller

#: Log lines shown on the table, newest last.
LOG_LINES = 14
#: The order of the moves offered: what is owed, then what decides, then talk.
ORDER = {
    "answer": 0,
    "support": 1,
    "withdraw_support": 2,
    "pass": 3,
    "consult": 4,
    "escalate": 5,
    "walk_away": 6,
    "reveal_interest": 7,
    "ask": 8,
    "statement": 9,
}


def _has_acted(view: PlayerView) -> bool:
    """Whether the seat has made a move already (then "before you start" is too late)."""
    return any(line.kind == "action" and line.actor == view.actor for line in view.log)


def _refusal(message: Refused, lang: str) -> str:
    return message.en if lang == "en" else message.nl


class JoinScene(Scene):
    """Where is the room, what is its code, what is your name; then pick a seat."""

    default_focus = "join.address"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.address, self.code, self.name, self.token = "", "", "", ""
        self.facilitating = False
        self.link: ClientThread | None = None
        self.pending: Future | None = None
        self.lobby: Lobby | None = None
        self.entries: dict[str, object] = {}
        self.seated: Seated | None = None  # a seat taken, its table opening

    def build(self) -> None:
        w, h = self.size
        margin = max(40, w // 12)
        col = min(self.s(460), w - 2 * margin)
        title = pygame.Rect(margin, self.s(24), w - 2 * margin, self.s(50))
        text = self.tr("net.window.join_title")
        # whole, over more lines when the window is narrow: what the extra lines push down
        below = self.label_lines(title, text, "#title", font(self.s(34), True)) - title.bottom
        if self.lobby is None:
            top = self.s(96) + below
            self._build_form(pygame.Rect(margin, top, w - 2 * margin, h - top), col)
        else:
            self._build_lobby(margin, w - 2 * margin, h, below)

    def _build_form(self, area: pygame.Rect, col: int) -> None:
        """The fields in `area`, `col` wide; in a scrolling box when they do not fit its height
        (large text), so Connect and the dashboard stay in reach and clear of the hint strip."""
        dash_w = self.s(260)
        beside = col + self.s(12) + dash_w <= area.width  # the dashboard button by the token
        height = self.s(3 * 76 + 8 + 42 + 24 + 26 + 36) + (0 if beside else self.s(48))
        container, x, y = None, area.x, area.y
        if height > area.height:
            scroller = self.scroller(area)
            scroller.set_content_height(height + self.s(8))
            container, x, y = scroller.inner, 0, 0
            col = min(col, scroller.width)
            beside = col + self.s(12) + dash_w <= scroller.width
        fields = [
            ("join.address", "net.window.address", self.address, "192.168.1.20:8765"),
            ("join.code", "net.window.code", self.code, ""),
            ("join.name", "net.window.name", self.name, ""),
        ]
        for key, label, value, placeholder in fields:
            self.label(
                pygame.Rect(x, y, col, self.s(24)), self.tr(label), "#subtle", container=container
            )
            y += self.s(26)
            self.entries[key] = self.entry(
                pygame.Rect(x, y, col, self.s(36)),
                key,
                on_enter=self._connect,
                placeholder=placeholder,
                text=value,
                container=container,
            )
            y += self.s(50)
        self.button(
            pygame.Rect(x, y + self.s(8), col, self.s(42)),
            self.tr("net.window.connect"),
            self._connect,
            key="join.connect",
            object_id="#primary",
            enabled=self.pending is None,
            container=container,
        )
        # the facilitator opens the dashboard from here with the token from the host's file
        y += self.s(74)
        self.label(
            pygame.Rect(x, y, col, self.s(24)),
            self.tr("net.window.token"),
            "#subtle",
            container=container,
        )
        y += self.s(26)
        token = self.entry(
            pygame.Rect(x, y, col, self.s(36)),
            "join.token",
            on_enter=self._dashboard,
            text=self.token,
            container=container,
        )
        token.set_text_hidden(True)  # the screen may be projected: dots, never the token
        self.entries["join.token"] = token
        dash = (x + col + self.s(12), y) if beside else (x, y + self.s(48))
        self.button(
            pygame.Rect(*dash, min(dash_w, col) if not beside else dash_w, self.s(36)),
            self.tr("net.window.dashboard"),
            self._dashboard,
            key="join.dashboard",
            enabled=self.pending is None,
            container=container,
        )

    def _build_lobby(self, margin: int, width: int, h: int, below: int = 0) -> None:
        lobby = self.lobby
        assert lobby is not None
        self.label(
            pygame.Rect(margin, self.s(78) + below, width, self.s(26)),
            self.tr("net.join.room", room=lobby.room, title=lobby.title),
            "#heading",
        )
        top = self.s(112) + below
        scroller = Scroller(pygame.Rect(margin, top, width, h - self.s(78) - top), self.ui)
        inner = scroller.width
        y = 0
        bh = self.s(34)
        for table in lobby.tables:
            self.label(
                pygame.Rect(0, y, inner, self.s(26)),
                self.tr("net.join.table", table=table.table),
                "#heading",
                container=scroller.inner,
            )
            y += self.s(28)
            for seat in table.seats:
                taken = seat.holder != "free"
                text = f"{seat.name} — {seat.role}"
                if taken:
                    text += f"  ({self.tr('net.join.taken', player=seat.player or 'bot')})"
                self.button(
                    pygame.Rect(0, y, inner, bh),
                    text,
                    lambda n=table.table, a=seat.actor: self._take(n, a),
                    key=f"seat.{table.table}.{seat.actor}",
                    enabled=not taken and not lobby.ended,
                    container=scroller.inner,
                    focusable=not taken,
                )
                y += bh + self.s(4)
            y = self._build_extra_places(table, y, inner, bh, scroller, lobby.ended)
            y += self.s(12)
        scroller.set_content_height(y)
        self.button(
            pygame.Rect(margin, h - self.s(64), self.s(220), self.s(40)),
            self.tr("net.dash.back"),
            self.escape,
            key="join.back",
        )

    def _build_extra_places(
        self, table: TableInfo, y: int, inner: int, bh: int, scroller: Scroller, ended: bool
    ) -> int:
        """Below a table's seats: join a played seat as the second of a duo, or observe."""
        for seat in table.seats:
            if seat.holder != "human" or seat.partner is not None or not seat.player:
                continue
            self.button(
                pygame.Rect(0, y, inner, bh),
                self.tr("kit.join.share", name=seat.name, player=seat.player, table=table.table),
                lambda n=table.table, a=seat.actor: self._share(n, a),
                key=f"share.{table.table}.{seat.actor}",
                enabled=not ended,
                container=scroller.inner,
            )
            y += bh + self.s(4)
        self.button(
            pygame.Rect(0, y, inner, bh),
            self.tr("kit.window.observe", table=table.table),
            lambda n=table.table: self._watch(n),
            key=f"watch.{table.table}",
            enabled=not ended,
            container=scroller.inner,
        )
        return y + bh + self.s(4)

    # --- connecting ----------------------------------------------------------------------
    def _read_entries(self) -> None:
        for key, attr in (
            ("join.address", "address"),
            ("join.code", "code"),
            ("join.name", "name"),
            ("join.token", "token"),
        ):
            widget = self.entries.get(key)
            if widget is not None:
                setattr(self, attr, widget.get_text().strip())

    def _may_connect(self) -> bool:
        """Read the fields; False when a connection is under way or the address is no good
        (the status line then says why)."""
        self._read_entries()
        if self.pending is not None:
            return False
        try:
            room_url(self.address)
        except ValueError:
            self.app.status = self.tr("net.join.bad_address", address=self.address or "—")
            return False
        return True

    def _connect(self) -> None:
        if not self._may_connect():
            return
        if not self.code or not self.name:
            self.app.status = self.tr("net.window.need_code")
            return
        self._open(RoomClient(self.address, code=self.code, name=self.name[:40], lang=self.lang))

    def _dashboard(self) -> None:
        if not self._may_connect():
            return
        if len(self.token) < 8:
            self.app.status = self.tr("net.window.need_token")
            return
        self.facilitating = True
        self._open(RoomClient(self.address, facilitator_token=self.token, lang=self.lang))

    def _open(self, client: RoomClient) -> None:
        """Connect in the network thread; `update` sees when it is done."""
        self.link = ClientThread(client)
        self.link.thread.start()
        self.pending = asyncio.run_coroutine_threadsafe(
            client.start(CONNECT_TIMEOUT), self.link.loop
        )
        self.app.status = self.tr("net.window.connecting", address=self.address)
        self.refresh()

    def update(self, dt: float) -> None:
        if self.pending is not None and self.pending.done():
            failed = self.pending.exception() is not None
            self.pending = None
            if failed and self.link is not None:
                self.app.status = self.tr("net.join.unreachable", url=self.link.client.url)
                self.link.close()
                self.link, self.facilitating = None, False
            self.refresh()
        if self.link is None:
            return
        if self.facilitating and self.pending is None:
            from game.ui.scenes.dashboard import DashboardScene, Facilitation

            link, self.link, self.facilitating = self.link, None, False
            self.app.replace(DashboardScene(self.app, Facilitation(link)))
            return
        for message in self.link.messages():
            if isinstance(message, Lobby):
                self.lobby = message
                self.refresh()
            elif isinstance(message, Refused):
                self.app.status = _refusal(message, self.lang)
            elif isinstance(message, Seated) and message.actor is not None:
                self.seated = message  # the table opens with the seat's first view
            elif isinstance(message, Seated):
                from game.ui.scenes.observe import RoomWatchScene

                self.app.push(RoomWatchScene(self.app, self.link, message))
                return
        if self.seated is not None and self.link.client.update is not None:
            seated, self.seated = self.seated, None
            self.app.push(TableScene(self.app, RoomSession(self.link, seated)))

    def seat_lost(self) -> None:
        """Back from the table because the seat went to someone else: the room's seats
        as they are now."""
        if self.link is not None:
            self.lobby = self.link.client.lobby
        self.refresh()

    def _take(self, table: int, actor: str) -> None:
        if self.link is not None:
            self.link.send(self.link.client.take_seat, table, actor)

    def _share(self, table: int, actor: str) -> None:
        if self.link is not None:
            self.link.send(self.link.client.share_seat, table, actor)

    def _watch(self, table: int) -> None:
        if self.link is not None:
            self.link.send(self.link.client.watch, table)

    def escape(self) -> None:
        if self.link is not None:
            self.link.close()
            self.link = None
        self.app.pop()
