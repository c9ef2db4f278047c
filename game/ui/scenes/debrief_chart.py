"""The debrief scene's chart, drawn with pygame: per party its points in the best package the
table could reach together, what it got, and its BATNA, with a name column that keeps every
name readable.

A mixin of `DebriefScene` (game/ui/scenes/debrief.py).
"""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.play.kinds import kind_colour
from game.ui.scenes.briefing import fmt
from game.ui.textfit import wrap, wrap_whole
from game.ui.theme import font


@lru_cache(maxsize=32)
def _name_column(
    names: tuple[str, ...], size: int, narrow: int, wide: int, row_h: float, indent: int
) -> tuple[int, tuple[tuple[str, ...], ...]]:
    """The chart's name column: its width (`wide` when a name would be cut in `narrow`: the
    names take up to half the plot) and each name's lines (more where rows are tall; whole,
    a long word broken, where cutting would hide it). Drawn every frame, worked out once."""
    face = font(size)
    name_h = face.get_linesize()
    name_w = narrow
    if any(len(wrap_whole(name, face, narrow - indent)) * name_h > row_h for name in names):
        name_w = wide
    room = max(1, min(3, int(row_h / (1.3 * name_h))))
    lines = []
    for name in names:
        shown = wrap(name, face, name_w - indent, room)
        whole = wrap_whole(name, face, name_w - indent)
        if any(line.endswith("…") for line in shown) and len(whole) * name_h <= row_h:
            shown = whole
        lines.append(tuple(shown))
    return name_w, tuple(lines)


class DebriefChart:
    """Draws the debrief's chart of points reached against points possible."""

    def _plot(self, area: pygame.Rect, title_bottom: int) -> tuple[pygame.Rect, int, int, float]:
        """The chart's plot below its title and legend: the rect, the narrow and wide widths
        of the name column, and the height of one party's row."""
        legend_y = title_bottom + self.s(6)
        plot = pygame.Rect(
            area.x + self.s(12),
            legend_y + self.s(28),
            area.width - self.s(24),
            area.bottom - legend_y - self.s(28) - self.s(10),
        )
        narrow = min(self.s(170), plot.width // 3)
        row_h = plot.height / max(len(self.analysis.actors), 1)
        return plot, narrow, max(narrow, plot.width // 2), row_h

    def _chart_reads_whole(self, area: pygame.Rect) -> bool:
        """Whether the chart's title and every party's name fit `area` uncut."""
        heading = font(self.s(14), True)
        if heading.size(self.tr("ui.debrief.chart"))[0] > area.width - self.s(24):
            return False
        _plot, narrow, wide, row_h = self._plot(area, area.y + self.s(8) + heading.get_linesize())
        names = tuple(self._name(a) for a in self.analysis.actors)
        _, lines = _name_column(names, self.s(12), narrow, wide, row_h, self.s(20))
        return not any(line.endswith("…") for shown in lines for line in shown)

    def _draw_chart(
        self, surface: pygame.Surface, area: pygame.Rect, reached: dict[str, float], heading: str
    ) -> None:
        """Per party: its points in the best package reachable together (light), reached
        (dark), BATNA (tick)."""
        palette = self.app.palette
        pygame.draw.rect(surface, palette.card, area, border_radius=8)
        title = self.draw_text(
            surface,
            heading,
            (area.x + self.s(12), area.y + self.s(8)),
            14,
            bold=True,
            max_width=area.width - self.s(24),
        )
        actors = self.analysis.actors
        together = self.full.best_reachable
        best = dict(together.points) if together is not None else {}
        batna = self.analysis.batna
        top_value = max([*best.values(), *batna.values(), *reached.values(), 1.0])
        plot, narrow, wide, row_h = self._plot(area, title.bottom)
        legend_y = title.bottom + self.s(6)
        x = area.x + self.s(12)
        for colour, label in (
            (palette.chart_possible, "ui.debrief.possible"),
            (palette.chart_reached, "ui.debrief.reached"),
            (palette.bad, "ui.debrief.batna"),
        ):
            pygame.draw.rect(surface, colour, (x, legend_y + self.s(3), self.s(14), self.s(12)))
            r = self.draw_text(surface, self.tr(label), (x + self.s(18), legend_y), 12)
            x = r.right + self.s(16)
        name_h = font(self.s(12)).get_linesize()
        name_w, name_lines = _name_column(
            tuple(self._name(a) for a in actors), self.s(12), narrow, wide, row_h, self.s(20)
        )
        bar_w = plot.width - name_w - self.s(50)
        for k, actor in enumerate(actors):
            y = round(plot.y + k * row_h)
            kind = self.session.game.scenario.actor(actor).kind
            pygame.draw.circle(
                surface, kind_colour(kind), (plot.x + self.s(6), y + round(row_h / 2)), self.s(5)
            )
            names = name_lines[k]
            name_y = y + round(row_h / 2) - name_h * (len(names) - 1) // 2
            for k_line, line in enumerate(names):
                self.draw_text(
                    surface,
                    line,
                    (plot.x + self.s(16), name_y + k_line * name_h),
                    12,
                    anchor="midleft",
                    max_width=name_w - self.s(20),
                )
            x0 = plot.x + name_w
            h_bar = max(6, round(row_h * 0.30))
            possible = round(bar_w * max(best.get(actor, 0), 0) / top_value)
            got = round(bar_w * max(reached.get(actor, 0), 0) / top_value)
            y1 = y + round(row_h / 2) - h_bar
            pygame.draw.rect(surface, palette.chart_possible, (x0, y1, possible, h_bar))
            pygame.draw.rect(surface, palette.chart_reached, (x0, y1 + h_bar, got, h_bar))
            tick = x0 + round(bar_w * max(batna[actor], 0) / top_value)
            pygame.draw.line(surface, palette.bad, (tick, y1 - 3), (tick, y1 + 2 * h_bar + 3), 3)
            self.draw_text(
                surface,
                fmt(reached.get(actor, 0), 1),
                (x0 + max(got, possible) + self.s(6), y + round(row_h / 2)),
                12,
                anchor="midleft",
            )
