"""The dashboard's class debrief: the room's tables side by side, with the exports."""

from __future__ import annotations

import pygame

from game.net.protocol import (
    GetBoard,
    TableStatus,
)
from game.scenario.points import shown
from game.ui.scene import Scene
from game.ui.scenes.facilitator_link import Facilitation
from game.ui.scenes.room_exports import export_board, export_csv
from game.ui.scenes.room_reports import ReportsScene


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
