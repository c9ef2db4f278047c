"""The facilitator's dashboard: every table of the room live, and the class debrief.

It is a client of the room server like any laptop (signed in with the facilitator token),
so it runs beside `host --dashboard` or on another machine (`join … --facilitator`). Each
table card shows the week, whose turn it is, the seats, the proposals with their support
and, when the table is done, its outcome and integration index; the buttons pause/resume,
fill empty seats with bots, fire an event, extend the deadline. The class debrief puts the
tables side by side and writes the CSV, every table's HTML report and the class board (one
HTML page for the projector, and its CSV).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame

from game.net.bridge import ClientThread
from game.net.class_board import ClassBoard
from game.net.class_board_html import board_csv, render_board
from game.net.client import RoomClient
from game.net.protocol import (
    BoardData,
    EndSession,
    ExtendDeadline,
    FillBots,
    FireEvent,
    FreeSeat,
    GetBoard,
    GetSave,
    PauseTable,
    Refused,
    ResumeTable,
    RoomStatus,
    TableSave,
    TableStatus,
)
from game.net.reports import write_report
from game.net.results import ResultRow, csv_text, package_text, points_text
from game.paths import data_dir
from game.saves import scenario_of_save
from game.scenario.loader import ScenarioError, load_text
from game.scenario.model import Scenario
from game.scenario.points import shown
from game.ui.flow import button_need, flow, rows_height
from game.ui.scene import Scene
from game.ui.theme import font
from game.ui.widgets import Scroller

CARD_GAP = 14
#: Table cards per row on a wide window.
MAX_COLUMNS = 3


def exports_dir() -> Path:
    folder = data_dir() / "room-exports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Facilitation:
    """The facilitator's link to the room: the latest status, and commands to send."""

    def __init__(self, link: ClientThread) -> None:
        self.link = link
        self.status: RoomStatus | None = None
        self.notice: str | None = None
        self.saves: dict[int, TableSave] = {}
        self.board: ClassBoard | None = None
        self.ended = False

    def poll(self, lang: str) -> bool:
        """Take what arrived; True when the room status changed."""
        changed = False
        for message in self.link.messages():
            if isinstance(message, RoomStatus):
                self.status, changed = message, True
            elif isinstance(message, Refused):
                self.notice = message.en if lang == "en" else message.nl
            elif isinstance(message, TableSave):
                self.saves[message.table] = message
            elif isinstance(message, BoardData):
                self.board = ClassBoard.from_json(message.board)
            elif message.type == "ended":
                self.ended = True
        return changed

    def command(self, message: object) -> None:
        self.link.send(self.link.client.command, message)


class DashboardScene(Scene):
    default_focus = "dash.bots_all"

    def __init__(self, app, facilitation: Facilitation) -> None:
        super().__init__(app)
        self.room = facilitation
        self.shape: tuple[object, ...] = ()
        self.cards: dict[int, pygame.Rect] = {}  # in the scrolling box, if there is one
        self.card_box: Scroller | None = None
        self.card_room: dict[int, int] = {}  # what a card's buttons take of its height

    # --- building ------------------------------------------------------------------------
    def _shape(self) -> tuple[object, ...]:
        status = self.room.status
        if status is None:
            return ()
        return (
            status.ended,
            tuple((t.paused, t.outcome, tuple(e.fired for e in t.events)) for t in status.tables),
        )

    def build(self) -> None:
        w, h = self.size
        margin = max(20, w // 50)
        width = w - 2 * margin
        status = self.room.status
        self.shape = self._shape()
        title = self.tr("net.dash.title", room=status.room if status else "…")
        title_rect = pygame.Rect(margin, self.s(8), width, self.s(44))
        y = self.label_lines(title_rect, title, "#title", font(self.s(34), True))
        if status is not None:
            subtitle = pygame.Rect(margin, y - self.s(2), width, self.s(24))
            y = self.label_lines(subtitle, status.title, "#subtle", font(self.s(13)))
        y = max(y + self.s(6), self.s(80))
        ended = status is None or status.ended
        buttons = [
            ("dash.seating", self.tr("kit.plan.button"), self._seating, None),
            ("dash.bots_all", self.tr("net.dash.bots_all"), self._bots_all, None),
            ("dash.debrief", self.tr("net.dash.debrief"), self._debrief, "#primary"),
            ("dash.csv", self.tr("net.dash.csv"), self._csv, None),
            ("dash.reports", self.tr("net.dash.reports"), self._reports, None),
            ("dash.end", self.tr("net.dash.end"), self._end, "#danger"),
        ]
        texts = [(text, object_id == "#primary") for _key, text, _action, object_id in buttons]
        self.cards = {}
        self.card_box = None
        tables = status.tables if status is not None else []
        columns = max(1, min(MAX_COLUMNS, len(tables), w // self.s(380)))
        rows = (len(tables) + columns - 1) // columns
        rects = self._row(texts, width, self.s(38), CARD_GAP, 16)
        top = y + rows_height(rects) + self.s(14)
        card_w = (width - (columns - 1) * CARD_GAP) // columns
        least = self._least_card_h(tables, card_w)
        card_h = max(least, (h - top - margin - (rows - 1) * CARD_GAP) // max(rows, 1))
        container, x0 = None, margin
        if tables and top + rows * card_h + (rows - 1) * CARD_GAP > h - margin:
            # large text: the buttons and the cards, each card keeping its room, scroll
            # together below the title
            self.card_box = self.scroller(pygame.Rect(margin, y, width, h - margin - y))
            container, x0, y = self.card_box.inner, 0, 0
            inner_w = self.card_box.width
            rects = self._row(texts, inner_w, self.s(38), CARD_GAP, 16)
            top = rows_height(rects) + self.s(14)
            card_w = (inner_w - (columns - 1) * CARD_GAP) // columns
            card_h = self._least_card_h(tables, card_w)
            self.card_box.set_content_height(top + rows * card_h + (rows - 1) * CARD_GAP)
        for rect, (key, text, action, object_id) in zip(rects, buttons, strict=True):
            disabled = ended and key in {"dash.bots_all", "dash.end"}
            self.button(
                rect.move(x0, y),
                text,
                action,
                key=key,
                object_id=object_id,
                enabled=not disabled,
                container=container,
            )
        for index, table in enumerate(tables):
            col, row = index % columns, index // columns
            rect = pygame.Rect(
                x0 + col * (card_w + CARD_GAP), top + row * (card_h + CARD_GAP), card_w, card_h
            )
            self.cards[table.table] = rect
            self._card_buttons(rect, table, ended, container)

    def _least_card_h(self, tables: list[TableStatus], card_w: int) -> int:
        """A card's least height: its text, and its buttons over as many rows as they take."""
        if not tables:
            return self.s(220)
        return self.s(190) + rows_height(self._card_rects(tables[0], card_w))

    def _row(
        self, texts: list[tuple[str, bool]], width: int, height: int, gap: int, size: int = 15
    ) -> list[pygame.Rect]:
        """Buttons of equal width side by side in `width` from (0, 0); when a text would not
        fit its share, each as wide as its text, wrapping onto more rows."""
        scale = self.app.settings.scale
        needs = [button_need(t, scale, size if bold else 15, bold) for t, bold in texts]
        share = (width - (len(texts) - 1) * gap) // len(texts)
        if max(needs) <= share:
            return [pygame.Rect(k * (share + gap), 0, share, height) for k in range(len(texts))]
        return flow(needs, width, height, gap, self.s(6))

    def _card_buttons_texts(self, table: TableStatus) -> list[str]:
        return [
            self.tr("net.dash.resume" if table.paused else "net.dash.pause"),
            self.tr("net.dash.bots"),
            self.tr("net.dash.event"),
            self.tr("net.dash.extend"),
            self.tr("net.dash.seats"),
        ]

    def _card_rects(self, table: TableStatus, card_w: int) -> list[pygame.Rect]:
        """Where a card's buttons go, from (0, 0) in the card's width less its padding."""
        texts = [(text, False) for text in self._card_buttons_texts(table)]
        return self._row(texts, card_w - self.s(16), self.s(30), 6)

    def _card_buttons(
        self, rect: pygame.Rect, table: TableStatus, ended: bool, container=None
    ) -> None:
        rects = self._card_rects(table, rect.width)
        x = rect.x + self.s(8)
        y = rect.bottom - rows_height(rects) - self.s(8)
        number = table.table
        over = table.outcome is not None
        unfired = [e for e in table.events if not e.fired]
        status = self.room.status
        can_fire = status is not None and status.can_fire_events
        can_extend = status is not None and status.can_extend_deadline
        texts = self._card_buttons_texts(table)
        buttons = [
            (
                f"dash.pause.{number}",
                lambda: self.room.command(
                    (ResumeTable if table.paused else PauseTable)(table=number)
                ),
                not over,
                None,
            ),
            (
                f"dash.bots.{number}",
                lambda: self.room.command(FillBots(table=number)),
                not over and any(s.holder == "free" for s in table.seats),
                None,
            ),
            (
                f"dash.event.{number}",
                lambda: self.app.push(EventScene(self.app, self.room, table)),
                can_fire and not over and bool(unfired),
                None if can_fire else self.tr("net.dash.needs_engine"),
            ),
            (
                f"dash.extend.{number}",
                lambda: self.room.command(ExtendDeadline(table=number, rounds=1)),
                can_extend and not over,
                None if can_extend else self.tr("net.dash.needs_engine"),
            ),
            (
                f"dash.seats.{number}",
                lambda: self.app.push(SeatsScene(self.app, self.room, table)),
                not over and any(s.holder != "free" for s in table.seats),
                None,
            ),
        ]
        self.card_room[number] = rows_height(rects) + self.s(16)
        for place, text, (key, action, enabled, tip) in zip(rects, texts, buttons, strict=True):
            usable = enabled and not ended
            self.button(
                place.move(x, y),
                text,
                action,
                key=key,
                enabled=usable,
                tooltip=tip,
                focusable=usable or tip is not None,
                container=container,
            )

    # --- every frame ---------------------------------------------------------------------
    def update(self, dt: float) -> None:
        changed = self.room.poll(self.lang)
        if self.room.notice:
            self.app.status, self.room.notice = self.room.notice, None
        if changed and self._shape() != self.shape:
            self.refresh()

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        status = self.room.status
        palette = self.app.palette
        if status is None:
            self.draw_text(surface, self.tr("net.dash.waiting"), (40, self.s(140)), 18)
            return
        box = self.card_box
        if box is not None:  # the cards scroll with their buttons, shown within the box
            surface.set_clip(box.rect)
        for table in status.tables:
            rect = self.cards.get(table.table)
            if rect is None:
                continue
            if box is not None:
                rect = rect.move(box.inner.rect.topleft)
            pygame.draw.rect(surface, palette.card, rect, border_radius=10)
            edge = palette.good if table.outcome == "agreement" else palette.felt_edge
            pygame.draw.rect(surface, edge, rect, width=2, border_radius=10)
            self._card_text(surface, rect, table)
        surface.set_clip(None)

    def _card_text(self, surface: pygame.Surface, rect: pygame.Rect, table: TableStatus) -> None:
        palette = self.app.palette
        x, y = rect.x + self.s(12), rect.y + self.s(8)
        width = rect.width - self.s(24)
        line = self.s(19)
        names = {s.actor: s.name for s in table.seats}
        head = self.tr(
            "net.dash.table", table=table.table, round=table.round, deadline=table.deadline
        )
        self.draw_text(surface, head, (x, y), 17, bold=True, max_width=width)
        y += self.s(24)
        if table.outcome is not None:
            index = "—" if table.integration_index is None else f"{table.integration_index:.2f}"
            text = self.tr(
                f"net.dash.outcome.{table.outcome}", round=table.outcome_round, index=index
            )
            colour = palette.good if table.outcome == "agreement" else palette.bad
            self.draw_text(surface, text, (x, y), 15, colour, bold=True, max_width=width)
        elif table.paused:
            self.draw_text(surface, self.tr("net.dash.paused"), (x, y), 15, palette.bad, bold=True)
        else:
            turn = names.get(table.current_actor or "", "—")
            self.draw_text(
                surface, self.tr("net.dash.turn", actor=turn), (x, y), 15, max_width=width
            )
        y += self.s(22)
        bottom = rect.bottom - self.card_room.get(table.table, self.s(46))
        for seat in table.seats:
            if y + line > bottom:
                break
            who = seat.player or self.tr("net.dash.free")
            if seat.holder == "bot":
                who = self.tr("net.dash.bot", strategy=seat.player or "")
            colour = palette.ink if seat.holder != "free" else palette.muted
            centre = (x + self.s(5), y + self.s(9))
            if seat.connected:
                pygame.draw.circle(surface, palette.good, centre, self.s(4))
            else:
                pygame.draw.circle(surface, palette.muted, centre, self.s(4), width=1)
            text = f"{seat.name}: {who}"
            self.draw_text(surface, text, (x + self.s(14), y), 14, colour, max_width=width)
            y += line
        y += self.s(4)
        best = sorted(table.proposals, key=lambda p: (-len(p.supporters), -p.id))[:3]
        for proposal in best:
            if y + line > bottom:
                break
            text = self.tr(
                "net.dash.proposal",
                id=proposal.id,
                proposer=names.get(proposal.proposer, proposal.proposer),
                count=len(proposal.supporters),
            )
            self.draw_text(surface, text, (x, y), 14, palette.muted, max_width=width)
            y += line

    # --- actions -------------------------------------------------------------------------
    def _bots_all(self) -> None:
        self.room.command(FillBots())

    def _seating(self) -> None:
        from game.ui.scenes.seating_plan import SeatingPlanScene

        if self.room.status is not None:
            self.app.push(SeatingPlanScene(self.app, self.room.status))

    def _debrief(self) -> None:
        self.app.push(ClassDebriefScene(self.app, self.room))

    def _csv(self) -> None:
        self.app.status = self.tr("net.dash.csv_written", path=str(export_csv(self.room)))

    def _reports(self) -> None:
        self.app.push(ReportsScene(self.app, self.room))

    def _end(self) -> None:
        self.room.command(EndSession())

    def escape(self) -> None:
        """Esc does not close the dashboard by accident; the window's close button does."""


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


class ClassDebriefScene(Scene):
    """All tables side by side: outcome, week, integration index, and every party's points."""

    default_focus = "class.back"

    def __init__(self, app, room: Facilitation) -> None:
        super().__init__(app)
        self.room = room
        self.board_wanted = False

    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 40)
        self.label(
            pygame.Rect(margin, self.s(8), w - 2 * margin, self.s(44)),
            self.tr("net.class.title"),
            "#title",
        )
        y = h - self.s(56)
        for number, (key, text, action) in enumerate(
            [
                ("class.back", self.tr("net.dash.back"), self.app.pop),
                ("class.csv", self.tr("net.dash.csv"), self._csv),
                ("class.reports", self.tr("net.dash.reports"), self._reports),
                ("class.board", self.tr("kit.board.button"), self._board),
            ]
        ):
            self.button(
                pygame.Rect(margin + number * self.s(240), y, self.s(228), self.s(40)),
                text,
                action,
                key=key,
            )

    def update(self, dt: float) -> None:
        self.room.poll(self.lang)
        board = self.room.board
        if self.board_wanted and board is not None:
            self.board_wanted = False
            page, table = export_board(self.room, board)
            self.app.status = self.tr("kit.board.window_written", page=str(page), csv=str(table))

    def _board(self) -> None:
        """Ask the room for the class board; `update` writes it when it comes."""
        self.room.board = None
        self.board_wanted = True
        self.room.command(GetBoard())
        self.app.status = self.tr("kit.board.asking")

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        status = self.room.status
        if status is None:
            return
        w, h = surface.get_size()
        margin = max(24, w // 40)
        palette = self.app.palette
        tables = status.tables
        chart = pygame.Rect(margin, self.s(64), w - 2 * margin, (h - self.s(140)) // 2)
        self._chart(surface, chart, tables)
        y = chart.bottom + self.s(24)
        actors = [s.actor for s in tables[0].seats] if tables else []
        names = {s.actor: s.name for t in tables for s in t.seats}
        first = self.s(260)
        col = max(self.s(70), (w - 2 * margin - first) // max(len(tables), 1))
        self.draw_text(surface, self.tr("net.class.party"), (margin, y), 14, bold=True)
        for k, table in enumerate(tables):
            head = self.tr("net.class.table", table=table.table)
            self.draw_text(surface, head, (margin + first + k * col, y), 14, bold=True)
        y += self.s(22)
        rows = [(self.tr("net.class.outcome"), [self._outcome(t) for t in tables])]
        for actor in actors:
            values = []
            for table in tables:
                points = (table.points or {}).get(actor)
                values.append("—" if points is None else shown(points))
            rows.append((names.get(actor, actor), values))
        for label, values in rows:
            if y > h - self.s(80):
                break
            self.draw_text(surface, label, (margin, y), 14, max_width=first - 8)
            for k, value in enumerate(values):
                x = margin + first + k * col
                self.draw_text(surface, value, (x, y), 14, palette.ink, max_width=col - 6)
            y += self.s(20)

    def _outcome(self, table: TableStatus) -> str:
        if table.outcome is None:
            return self.tr("net.class.playing", round=table.round)
        return self.tr(f"net.class.short.{table.outcome}", round=table.outcome_round)

    def _chart(self, surface: pygame.Surface, area: pygame.Rect, tables: list[TableStatus]) -> None:
        """Integration index per table as bars, the class's spread marked by its mean."""
        palette = self.app.palette
        pygame.draw.rect(surface, palette.card, area, border_radius=8)
        self.draw_text(
            surface, self.tr("net.class.chart"), (area.x + 10, area.y + 6), 15, bold=True
        )
        plot = area.inflate(-self.s(60), -self.s(70))
        plot.y += self.s(10)
        pygame.draw.line(surface, palette.muted, plot.bottomleft, plot.bottomright, 1)
        for tick in (0.0, 0.5, 1.0):
            ty = plot.bottom - round(tick * plot.height)
            pygame.draw.line(surface, palette.felt_edge, (plot.x, ty), (plot.right, ty), 1)
            self.draw_text(
                surface, f"{tick:.1f}", (plot.x - 6, ty), 12, palette.muted, anchor="midright"
            )
        if not tables:
            return
        slot = plot.width / len(tables)
        values = []
        for k, table in enumerate(tables):
            value = table.integration_index
            x = plot.x + round(k * slot + slot * 0.2)
            bar_w = max(4, round(slot * 0.6))
            if value is not None:
                values.append(value)
                height = round(value * plot.height)
                colour = palette.chart_reached if table.outcome == "agreement" else palette.bad
                bar = pygame.Rect(x, plot.bottom - height, bar_w, max(height, 2))
                pygame.draw.rect(surface, colour, bar)
                self.draw_text(
                    surface, f"{value:.2f}", (bar.centerx, bar.y - 4), 12, anchor="midbottom"
                )
            else:
                self.draw_text(
                    surface, "…", (x + bar_w // 2, plot.bottom - 4), 14, anchor="midbottom"
                )
            label = self.tr("net.class.table", table=table.table)
            self.draw_text(surface, label, (x + bar_w // 2, plot.bottom + 4), 12, anchor="midtop")
        if values:
            mean = sum(values) / len(values)
            my = plot.bottom - round(mean * plot.height)
            pygame.draw.line(surface, palette.accent, (plot.x, my), (plot.right, my), 2)
            spread = self.tr(
                "net.class.spread",
                mean=f"{mean:.2f}",
                low=f"{min(values):.2f}",
                high=f"{max(values):.2f}",
            )
            self.draw_text(surface, spread, (area.right - 10, area.y + 6), 13, anchor="topright")

    def _csv(self) -> None:
        self.app.status = self.tr("net.dash.csv_written", path=str(export_csv(self.room)))

    def _reports(self) -> None:
        self.app.push(ReportsScene(self.app, self.room))


class ReportsScene(Scene):
    """Asks the room for every finished table's record and writes its HTML report."""

    default_focus = "reports.back"

    def __init__(self, app, room: Facilitation) -> None:
        super().__init__(app)
        self.room = room
        status = room.status
        self.wanted = [t.table for t in status.tables if t.outcome] if status else []
        self.written: list[Path] = []
        self.problems: list[str] = []
        room.saves.clear()
        for table in self.wanted:
            room.command(GetSave(table=table))

    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 30)
        self.label(
            pygame.Rect(margin, self.s(16), w - 2 * margin, self.s(44)),
            self.tr("net.reports.title"),
            "#title",
        )
        self.button(
            pygame.Rect(margin, h - self.s(60), self.s(200), self.s(40)),
            self.tr("net.dash.back"),
            self.app.pop,
            key="reports.back",
        )

    def update(self, dt: float) -> None:
        room = self.room
        room.poll(self.lang)
        for table in [t for t in self.wanted if t in room.saves]:
            self.wanted.remove(table)
            self._write(room.saves.pop(table))

    def _write(self, save: TableSave) -> None:
        code = self.room.status.room if self.room.status else "room"
        try:
            scenario = self._played_on(save, code)
            path = write_report(save.save, scenario, exports_dir(), code, save.table, self.lang)
        except (ScenarioError, OSError, ValueError) as error:
            self.problems.append(
                self.tr("net.reports.failed", table=save.table, reason=str(error)[:200])
            )
            return
        except Exception as error:  # a save the engine refuses (SaveError) among others
            reason = error.message(self.lang) if hasattr(error, "message") else str(error)
            self.problems.append(self.tr("net.reports.failed", table=save.table, reason=reason))
            return
        self.written.append(path)

    def _played_on(self, save: TableSave, code: str) -> Scenario:
        """The scenario the table was played with: the copy its record keeps (the host's
        file may have been edited during the class), else that file as the host sent it."""
        if save.save.get("scenario_text") is not None:
            label = self.tr("saves.room_table", code=code, table=save.table)
            return scenario_of_save(save.save, label, lang=self.lang).scenario
        return load_text(save.scenario_text, save.scenario_path).scenario

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        w, _h = surface.get_size()
        margin = max(24, w // 30)
        y = self.s(80)
        status = self.room.status
        if status is not None and not any(t.outcome for t in status.tables):
            self.draw_text(surface, self.tr("net.reports.none"), (margin, y), 15)
            return
        for path in self.written:
            self.draw_text(surface, str(path), (margin, y), 14, max_width=w - 2 * margin)
            y += self.s(22)
        for problem in self.problems:
            self.draw_text(
                surface, problem, (margin, y), 14, self.app.palette.bad, max_width=w - 2 * margin
            )
            y += self.s(22)
        if self.wanted:
            self.draw_text(
                surface, self.tr("net.reports.waiting", count=len(self.wanted)), (margin, y), 14
            )


def result_rows(status: RoomStatus) -> list[ResultRow]:
    """The class's tables as the rows `results` exports (from the live room status)."""
    return [
        ResultRow(
            session=status.session,
            code=status.room,
            scenario=status.scenario,
            started="",
            table=t.table,
            outcome=t.outcome or "open",
            round=t.outcome_round if t.outcome else t.round,
            integration_index=t.integration_index,
            pareto_optimal=None,
            nash_ratio=None,
            fairness=None,
            package=package_text(t.package),
            points=points_text(t.points or {}),
            actions=t.actions,
        )
        for t in status.tables
    ]


def export_csv(room: Facilitation) -> Path:
    status = room.status
    code = status.room if status else "room"
    path = exports_dir() / f"kamer-{code}.csv"
    path.write_text(csv_text(result_rows(status) if status else []), encoding="utf-8")
    return path


def export_board(room: Facilitation, board: ClassBoard) -> tuple[Path, Path]:
    """The class board as one HTML page for the projector and as CSV, in the exports folder."""
    status = room.status
    code = status.room if status else "room"
    page = exports_dir() / f"kamer-{code}-bord.html"
    table = exports_dir() / f"kamer-{code}-bord.csv"
    page.write_text(render_board(board), encoding="utf-8")
    table.write_text(board_csv(board), encoding="utf-8")
    return page, table


def run_dashboard(address: str, token: str, lang: str = "nl") -> int:
    """Open a window on the dashboard of the room at `address`; the exit code."""
    from game.text import t
    from game.ui.app import App
    from game.ui.settings import load_settings

    link = ClientThread(RoomClient(address, facilitator_token=token, lang=lang))
    if not link.start():
        print(t("net.join.unreachable", lang, url=link.client.url))
        link.close()
        return 2
    settings = load_settings()
    if lang in ("nl", "en"):
        settings = settings.with_(lang=lang)
    app = App(settings)
    app.push(DashboardScene(app, Facilitation(link)))
    try:
        return app.run()
    finally:
        link.close()
        app.close()
