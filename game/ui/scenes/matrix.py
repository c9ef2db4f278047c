"""The support matrix: who supports which proposal, on one screen (F2 at the table).

Rows are the parties, columns the proposals (closest to a deal first, as the table lists
them), a filled dot where a party supports a proposal; under each column how many more
supporters that proposal needs. Too many proposals for the width: pages, Left/Right.
"""

from __future__ import annotations

import pygame

from game.engine import PlayerView
from game.play.standing import by_closeness, standing
from game.scenario.model import text_in
from game.ui.scene import Scene
from game.ui.textfit import wrap_whole
from game.ui.theme import font

COLUMN = 48  # a proposal's column width at 100% text


class MatrixScene(Scene):
    default_focus = "matrix.close"

    def __init__(self, app, view: PlayerView) -> None:
        super().__init__(app)
        self.view = view
        self.page = 0
        self.first_row = 0  # the first party's row shown, where they do not all fit
        self.rows_shown = 0

    # --- layout ---------------------------------------------------------------------------
    def _names(self) -> list[str]:
        return [text_in(a.name, self.lang) for a in self.view.actors if a.status != "absent"]

    def build(self) -> None:
        w, h = self.size
        margin = self.s(20)
        self.label(
            pygame.Rect(margin, self.s(10), w - 2 * margin, self.s(34)),
            self.tr("table.matrix_title"),
            "#heading",
        )
        name_font = font(self.s(14), True)
        widest = max((name_font.size(n)[0] for n in self._names()), default=0)
        self.name_w = min(widest + self.s(16), (w - 2 * margin) * 2 // 5)
        self.col_w = self.s(COLUMN)
        self.per_page = max(1, (w - 2 * margin - self.name_w) // self.col_w)
        self.columns = by_closeness(self.view)
        pages = max(1, -(-len(self.columns) // self.per_page))
        self.page = min(self.page, pages - 1)
        self.margin = margin
        bh = self.s(40)
        y = h - margin - bh
        rows = len(self._names()) + 2  # the header and the "still needs" row
        self.row_h = name_font.get_linesize() + self.s(6)  # as tall as a name reads
        legend = self.tr("table.matrix_hint")
        legend_font = font(self.s(13))
        legend_h = len(wrap_whole(legend, legend_font, w - 2 * margin - 8))
        legend_h = legend_h * legend_font.get_linesize() + self.s(8)
        self.grid_top = self.s(48)
        if self.grid_top + legend_h + rows * self.row_h <= y - self.s(8):  # room to say it
            self.grid_top = self.label_lines(
                pygame.Rect(margin, self.s(46), w - 2 * margin, self.s(20)),
                legend,
                "#subtle",
                legend_font,
            ) + self.s(8)
        room = (y - self.s(8) - self.grid_top) // rows
        self.row_h = max(self.s(16), min(self.row_h, room))  # a small window: rows closer
        # closer still is unreadable: the parties' rows scroll (Up/Down, the wheel) between
        # the header and the row of what each proposal lacks, which both stay in view
        parties = len(self._names())
        fits = (y - self.s(8) - self.grid_top) // self.row_h - 2
        self.rows_shown = max(1, min(parties, fits))
        self.first_row = max(0, min(self.first_row, parties - self.rows_shown))
        bw = min(self.s(180), (w - 2 * margin - 2 * self.s(10)) // 3)
        self.button(
            pygame.Rect(w - margin - bw, y, bw, bh),
            self.tr("table.close"),
            self.app.pop,
            key="matrix.close",
            object_id="#primary",
            tooltip=legend  # the legend in the hint strip, also where it did not fit above
            + ("" if self.rows_shown == parties else " " + self.tr("table.matrix_rows")),
        )
        if pages > 1:
            first = self.page * self.per_page + 1
            last = min(len(self.columns), first + self.per_page - 1)
            self.button(
                pygame.Rect(margin, y, bw, bh),
                self.tr("table.matrix_prev"),
                lambda: self._turn(-1),
                key="matrix.prev",
                enabled=self.page > 0,
                tooltip=self.tr(
                    "table.matrix_page", first=first, last=last, count=len(self.columns)
                ),
            )
            self.button(
                pygame.Rect(margin + bw + self.s(10), y, bw, bh),
                self.tr("table.matrix_next"),
                lambda: self._turn(1),
                key="matrix.next",
                enabled=self.page < pages - 1,
                tooltip=self.tr(
                    "table.matrix_page", first=first, last=last, count=len(self.columns)
                ),
            )

    def _turn(self, step: int) -> None:
        self.page += step
        self.refresh()

    def scroll_rows(self, step: int) -> bool:
        """Move the parties' rows by `step` where they do not all fit; True when they moved."""
        last = max(0, len(self._names()) - self.rows_shown)
        first = max(0, min(last, self.first_row + step))
        moved = first != self.first_row
        self.first_row = first
        return moved

    def handle(self, event: pygame.event.Event) -> bool:
        """F2 closes again; Left/Right turn the pages; Up/Down and the wheel scroll the rows."""
        if event.type == pygame.MOUSEWHEEL:
            self.scroll_rows(-event.y)
            return True
        if event.type != pygame.KEYDOWN:
            return False
        if event.key in (pygame.K_UP, pygame.K_DOWN) and self.rows_shown < len(self._names()):
            self.scroll_rows(1 if event.key == pygame.K_DOWN else -1)
            return True
        if event.key == pygame.K_F2:
            self.app.pop()
            return True
        if event.key in (pygame.K_LEFT, pygame.K_RIGHT):
            pages = max(1, -(-len(self.columns) // self.per_page))
            page = self.page + (1 if event.key == pygame.K_RIGHT else -1)
            if 0 <= page < pages:
                self.page = page
                self.refresh()
            return True
        return False

    # --- drawing --------------------------------------------------------------------------
    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        palette = self.app.palette
        view = self.view
        actors = [a for a in view.actors if a.status != "absent"]
        shown = self.columns[self.page * self.per_page : (self.page + 1) * self.per_page]
        x0 = self.margin + self.name_w
        y = self.grid_top
        row_h, col_w = self.row_h, self.col_w
        natural = font(self.s(14), True).get_linesize() + self.s(6)
        size = max(9, min(14, round(14 * row_h / natural)))
        for k, proposal in enumerate(shown):
            self.draw_text(
                surface,
                f"#{proposal.id}",
                (x0 + k * col_w + col_w // 2, y + row_h // 2),
                size,
                bold=True,
                anchor="center",
                max_width=col_w - 4,
            )
        y += row_h
        radius = max(3, min(row_h, col_w) // 4)
        first = self.first_row
        hidden_above, hidden_below = first > 0, first + self.rows_shown < len(actors)
        mark_x = self.margin + self.name_w - self.s(8)  # at the names' right, by no dot
        if hidden_above:  # a triangle up, under the header: rows above
            _triangle(surface, palette.ink, (mark_x, y - self.s(4)), -1)
        for r, actor in enumerate(actors[first : first + self.rows_shown]):
            top = y + r * row_h
            if (first + r) % 2 == 0:
                band = pygame.Rect(self.margin, top, self.name_w + col_w * len(shown), row_h)
                pygame.draw.rect(surface, palette.card, band)
            self.draw_text(
                surface,
                text_in(actor.name, self.lang),
                (self.margin + self.s(4), top + row_h // 2),
                size,
                bold=actor.id == view.actor,
                anchor="midleft",
                max_width=self.name_w - self.s(8),
            )
            for k, proposal in enumerate(shown):
                centre = (x0 + k * col_w + col_w // 2, top + row_h // 2)
                if actor.status == "walked_away":
                    pygame.draw.line(
                        surface,
                        palette.ink,
                        (centre[0] - radius, centre[1]),
                        (centre[0] + radius, centre[1]),
                        2,
                    )
                elif actor.id in proposal.supporters_at_table:
                    pygame.draw.circle(surface, palette.ink, centre, radius)
                else:
                    pygame.draw.circle(surface, palette.ink, centre, radius, 1)
        y += self.rows_shown * row_h
        if hidden_below:  # a triangle down, above the last row: rows below
            _triangle(surface, palette.ink, (mark_x, y + self.s(4)), 1)
        for k, proposal in enumerate(shown):
            short = standing(view, proposal).short
            text = (
                self.tr("table.matrix_enough")
                if short == 0
                else self.tr("table.matrix_short", count=short)
            )
            self.draw_text(
                surface,
                text,
                (x0 + k * col_w + col_w // 2, y + row_h // 2),
                max(9, size - 2),
                anchor="center",
                max_width=col_w - 2,
            )


def _triangle(surface: pygame.Surface, colour, tip: tuple[int, int], down: int) -> None:
    """A small triangle pointing down (`down` 1) or up (-1) with its point at `tip`: more
    rows that way."""
    x, y = tip
    base = y - down * 6
    pygame.draw.polygon(surface, colour, [(x - 6, base), (x + 6, base), (x, y)])
