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

import pygame

from game.net.bridge import ClientThread
from game.net.client import RoomClient
from game.net.protocol import (
    EndSession,
    ExtendDeadline,
    FillBots,
    PauseTable,
    ResumeTable,
    TableStatus,
)
from game.ui.flow import button_need, flow, rows_height
from game.ui.qrdraw import qr_image
from game.ui.scene import Scene
from game.ui.scenes.class_debrief import ClassDebriefScene
from game.ui.scenes.facilitator_link import Facilitation
from game.ui.scenes.invite import InviteScene
from game.ui.scenes.room_exports import export_csv
from game.ui.scenes.room_reports import ReportsScene
from game.ui.scenes.table_picks import EventScene, SeatsScene
from game.ui.theme import font
from game.ui.widgets import Scroller

CARD_GAP = 14
#: The QR code beside the dashboard's title (unscaled pixels).
QR_SIDE = 76
#: Table cards per row on a wide window.
MAX_COLUMNS = 3


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
        text_w = width - self.s(QR_SIDE) - CARD_GAP
        title_rect = pygame.Rect(margin, self.s(8), text_w, self.s(44))
        y = self.label_lines(title_rect, title, "#title", font(self.s(34), True))
        url = self.room.page_url()
        if status is not None and url is not None:
            subtitle = pygame.Rect(margin, y - self.s(2), text_w, self.s(24))
            y = self.label_lines(subtitle, status.title, "#subtle", font(self.s(13)))
            page = pygame.Rect(margin, y, text_w, self.s(24))
            y = self.label_lines(page, self.tr("net.dash.page", url=url), None, font(self.s(15)))
        y = max(y + self.s(6), self.s(QR_SIDE) + self.s(14))
        ended = status is None or status.ended
        buttons = [
            ("dash.invite", self.tr("net.dash.invite"), self._invite, None),
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
        url = self.room.page_url()
        if url is not None:  # top right, beside the title: trainees scan it from the beamer
            image = qr_image(url, self.s(QR_SIDE))
            right = surface.get_width() - max(20, surface.get_width() // 50)
            surface.blit(image, image.get_rect(topright=(right, self.s(8))))
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
    def _invite(self) -> None:
        self.app.push(InviteScene(self.app, self.room))

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


def run_dashboard(address: str, token: str, lang: str = "nl", page: str | None = None) -> int:
    """Open a window on the dashboard of the room at `address`; the exit code. `page` is
    the web page's address as trainees reach it (default: on `address`)."""
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
    app.push(DashboardScene(app, Facilitation(link, page)))
    try:
        return app.run()
    finally:
        link.close()
        app.close()
