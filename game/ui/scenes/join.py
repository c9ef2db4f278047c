"""Joining a room from the window: address, code and name; a seat; then play at that table.

The table here is a client of the room server: it shows the seat's own view as the server
sent it, offers the actions the server lists for this seat (plus a package builder and free
text), and sends the chosen one. The server checks everything; a refusal shows in the bar.
"""

from __future__ import annotations

import asyncio
import html
from concurrent.futures import Future

import pygame

from game.engine import Action, PlayerView, Propose, Statement, parse_action, player_view_from_json
from game.learning.journal import Moment
from game.net.address import room_url
from game.net.bridge import CONNECT_TIMEOUT, ClientThread
from game.net.client import SEAT_LOST, RoomClient
from game.net.labels import action_label
from game.net.protocol import Lobby, Noted, PlayerUpdate, Refused, Seated, TableInfo
from game.play import wording
from game.scenario.model import text_in
from game.scenario.points import shown
from game.ui.room_status import log_html, status_line, week_html
from game.ui.scene import Scene, esc
from game.ui.scenes.rating import RatingScene
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
                self.app.push(RoomTableScene(self.app, self.link, message))
                return
            elif isinstance(message, Seated):
                from game.ui.scenes.observe import RoomWatchScene

                self.app.push(RoomWatchScene(self.app, self.link, message))
                return

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


class RoomTableScene(Scene):
    """One seat at a room's table: the view as the server sent it, and the moves open now."""

    default_focus = "room.propose"

    def __init__(self, app, link: ClientThread, seated: Seated) -> None:
        super().__init__(app)
        self.link = link
        self.seated = seated
        self.update_msg: PlayerUpdate | None = link.client.update
        self.view: PlayerView | None = None
        self.ended = False
        self.say_entry = None
        self.rated: set[str] = set()
        self._parse()

    def _parse(self) -> None:
        if self.update_msg is not None:
            self.view = player_view_from_json(self.update_msg.view)

    @property
    def client(self) -> RoomClient:
        return self.link.client

    def build(self) -> None:
        w, h = self.size
        margin = max(20, w // 50)
        view = self.view
        me = wording.actor_name(view, view.actor, self.lang) if view else "…"
        players = self._players()
        title = (
            self.tr("kit.window.table_players", table=self.seated.table, actor=me, players=players)
            if players
            else self.tr("net.window.table_title", table=self.seated.table, actor=me)
        )
        self.label(pygame.Rect(margin, self.s(8), w - 2 * margin, self.s(44)), title, "#title")
        if view is None:
            return
        left_w = (w - 3 * margin) * 3 // 5
        top = self.s(58)
        self.textbox(pygame.Rect(margin, top, left_w, h - top - self.s(70)), self._html(view))
        right = pygame.Rect(2 * margin + left_w, top, w - 3 * margin - left_w, h - top - self.s(70))
        self._build_moves(right, view)
        self.button(
            pygame.Rect(margin, h - self.s(56), self.s(220), self.s(40)),
            self.tr("net.window.brief"),
            lambda: self.app.push(BriefScene(self.app, view)),
            key="room.brief",
        )
        self.button(
            pygame.Rect(w - margin - self.s(220), h - self.s(56), self.s(220), self.s(40)),
            self.tr("net.window.leave"),
            self._leave,
            key="room.leave",
        )

    def _players(self) -> str:
        """Who plays this seat as the room lists it ("Anna & Bram" for a duo)."""
        lobby = self.client.lobby
        if lobby is None:
            return ""
        for table in lobby.tables:
            if table.table == self.seated.table:
                for seat in table.seats:
                    if seat.actor == self.seated.actor and seat.player:
                        return seat.player
        return ""

    def _html(self, view: PlayerView) -> str:
        lang = self.lang
        update = self.update_msg
        parts = [week_html(view, lang)]
        status = status_line(view, lang, self.ended, update is not None and update.paused)
        if status is not None:
            parts.append(status)
        elif view.current_actor == view.actor:
            parts.append(f"<b>{esc(self.tr('net.menu.title'))}</b>")
        elif view.current_actor is not None:
            who = wording.actor_name(view, view.current_actor, lang)
            parts.append(esc(self.tr("net.dash.turn", actor=who)))
        parts.append("<br>".join(esc(line) for line in wording.proposals_lines(view, lang)))
        parts.append(log_html(view, lang, LOG_LINES))
        return "<br><br>".join(parts)

    def _build_moves(self, rect: pygame.Rect, view: PlayerView) -> None:
        update = self.update_msg
        if update is None or not update.my_turn or update.paused or self.ended:
            return
        scroller = Scroller(rect.inflate(0, -self.s(50)).move(0, -self.s(25)), self.ui)
        inner = scroller.width
        y = 0
        bh = self.s(34)
        actions = sorted(
            (parse_action(data) for data in update.legal), key=lambda a: ORDER.get(a.kind, 9)
        )
        if update.can_move and update.options:
            self.button(
                pygame.Rect(0, y, inner, bh),
                self.tr("net.menu.propose"),
                lambda: self.app.push(ProposeScene(self.app, self, view, update)),
                key="room.propose",
                object_id="#primary",
                container=scroller.inner,
            )
            y += bh + self.s(4)
        for index, action in enumerate(actions):
            label = action_label(action, view, self.seated.phrases, self.lang)
            single = action.kind in {"pass", "walk_away", "escalate"}
            self.button(
                pygame.Rect(0, y, inner, bh),
                label[:90],
                lambda a=action: self._send(a),
                key=f"room.{action.kind}" + ("" if single else f".{index}"),
                tooltip=label,
                container=scroller.inner,
            )
            y += bh + self.s(4)
        scroller.set_content_height(y)
        if update.can_talk:
            box = pygame.Rect(
                rect.x, rect.bottom - self.s(40), rect.width - self.s(110), self.s(36)
            )
            self.say_entry = self.entry(
                box, "room.say", on_enter=self._say, placeholder=self.tr("net.menu.say")
            )
            self.button(
                pygame.Rect(box.right + self.s(6), box.y, self.s(104), box.height),
                self.tr("net.window.say"),
                self._say,
                key="room.say_send",
            )

    # --- acting --------------------------------------------------------------------------
    def _send(self, action: Action) -> None:
        self.link.send(self.client.act, action)

    def _say(self) -> None:
        if self.say_entry is None or self.view is None:
            return
        text = self.say_entry.get_text().strip()
        if text:
            self._send(Statement(actor=self.view.actor, text=text))

    def propose(self, package: dict[str, str]) -> None:
        if self.view is not None:
            self._send(Propose(actor=self.view.actor, package=package))

    def _leave(self) -> None:
        self.link.close()
        self.app.pop()
        self.app.pop()

    def update(self, dt: float) -> None:
        changed = False
        for message in self.link.messages():
            if isinstance(message, PlayerUpdate):
                self.update_msg = message
                changed = True
            elif isinstance(message, Refused):
                self.app.status = _refusal(message, self.lang)
                if message.key in SEAT_LOST:  # back to the seat list
                    below = self.app.scenes[-2] if len(self.app.scenes) > 1 else None
                    self.app.pop()
                    if isinstance(below, JoinScene):
                        below.lobby = self.client.lobby
                        below.refresh()
                    return
            elif isinstance(message, Noted):
                self.app.status = self.tr("learning.rating.sent")
            elif isinstance(message, Lobby):
                changed = True  # who plays the seat (a duo's partner) shows in the title
            elif message.type == "ended":
                self.ended = changed = True
        if changed:
            self._parse()
            self.refresh()
        if self.app.scene is self and self.view is not None:
            self._rate("end" if self.view.outcome is not None else "start")

    def _rate(self, moment: Moment) -> None:
        """The self-assessment at the start (before the first move) and at the end, once
        each, sent to the room; a case without learning goals asks nothing."""
        if moment in self.rated or not self.seated.goals:
            return
        if moment == "end" and "start" not in self.rated:
            self.rated.add("start")  # joined a finished table: no "before" to ask
        self.rated.add(moment)
        view = self.view
        if moment == "start" and view is not None and _has_acted(view):
            return  # back at the seat after a break: the start has passed

        def send(ratings: dict[str, int], skipped: bool) -> None:
            self.link.send(self.client.rate_self, moment, ratings, skipped)

        self.app.push(RatingScene(self.app, self.seated.goals, moment, send))

    def escape(self) -> None:
        """Esc keeps you at the table: leaving is a button of its own."""


class ProposeScene(Scene):
    """Build a package: one option per issue (inside your mandate), your points beside."""

    default_focus = "propose.send"

    def __init__(self, app, table: RoomTableScene, view: PlayerView, update: PlayerUpdate):
        super().__init__(app)
        self.table, self.view, self.update_msg = table, view, update
        self.package = {
            issue.id: (update.options.get(issue.id) or [issue.options[0].id])[0]
            for issue in view.issues
        }

    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 30)
        view, lang = self.view, self.lang
        points = wording.package_points(view, self.package)
        self.label(
            pygame.Rect(margin, self.s(10), w - 2 * margin, self.s(44)),
            self.tr("net.window.propose_title", points=shown(points), batna=shown(view.batna)),
            "#title",
        )
        scroller = Scroller(
            pygame.Rect(margin, self.s(60), w - 2 * margin, h - self.s(140)), self.ui
        )
        inner = scroller.width
        y = 0
        bh = self.s(32)
        for issue in view.issues:
            self.label(
                pygame.Rect(0, y, inner, self.s(24)),
                text_in(issue.name, lang),
                "#subtle",
                container=scroller.inner,
            )
            y += self.s(26)
            allowed = self.update_msg.options.get(issue.id, [])
            for option in issue.options:
                value = view.points[issue.id][option.id]
                inside = option.id in allowed
                label = f"{shown(value, sign=True)}  {text_in(option.label, lang)}"
                if not inside:
                    label += f"  [{self.tr('net.menu.outside')}]"
                self.button(
                    pygame.Rect(0, y, inner, bh),
                    label[:110],
                    lambda i=issue.id, o=option.id: self._pick(i, o),
                    key=f"propose.{issue.id}.{option.id}",
                    selected=self.package.get(issue.id) == option.id,
                    enabled=inside,
                    container=scroller.inner,
                )
                y += bh + self.s(3)
            y += self.s(10)
        scroller.set_content_height(y)
        self.button(
            pygame.Rect(margin, h - self.s(64), self.s(220), self.s(42)),
            self.tr("net.dash.back"),
            self.app.pop,
            key="propose.back",
        )
        self.button(
            pygame.Rect(w - margin - self.s(260), h - self.s(64), self.s(260), self.s(42)),
            self.tr("net.window.propose_send"),
            self._send,
            key="propose.send",
            object_id="#primary",
        )

    def _pick(self, issue: str, option: str) -> None:
        self.package[issue] = option
        self.refresh()

    def _send(self) -> None:
        self.table.propose(dict(self.package))
        self.app.pop()


class BriefScene(Scene):
    """Your own briefing, points and mandate, as the server sent them."""

    default_focus = "brief.back"

    def __init__(self, app, view: PlayerView) -> None:
        super().__init__(app)
        self.view = view

    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 30)
        lang = self.lang
        lines = [
            *wording.brief_lines(self.view, lang),
            "",
            *wording.points_lines(self.view, lang),
            "",
            *wording.mandate_lines(self.view, lang),
        ]
        body = "<br>".join(html.escape(line, quote=False) for line in lines)
        self.textbox(pygame.Rect(margin, self.s(20), w - 2 * margin, h - self.s(100)), body)
        self.button(
            pygame.Rect(margin, h - self.s(64), self.s(220), self.s(42)),
            self.tr("net.dash.back"),
            self.app.pop,
            key="brief.back",
        )
