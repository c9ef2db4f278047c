"""The start menu: practice, hotseat, join a room, continue, settings, quit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.play.kinds import KINDS
from game.ui.flow import button_need
from game.ui.scene import Scene
from game.ui.tabledraw import Seat, draw_table
from game.ui.textfit import wrap_whole
from game.ui.theme import font
from game.ui.widgets import SCROLL_BAR


@dataclass(frozen=True)
class MenuItem:
    """One button of the menu."""

    key: str
    text: str
    action: Callable[[], None]
    object_id: str | None = None
    tip: str | None = None
    enabled: bool = True

    @property
    def primary(self) -> bool:
        return self.object_id == "#primary"


@dataclass(frozen=True)
class Grid:
    """Where the buttons go: columns of `col` wide from (x, y), `step` from row to row."""

    x: int
    y: int
    columns: int
    col: int
    gap: int  # between two columns
    bh: int  # a button's height
    step: int


class MenuScene(Scene):
    default_focus = "menu.solo"
    picture: pygame.Rect | None = None  # where the table illustration goes, if it has room

    def build(self) -> None:
        from game.ui.autosave import autosave_summary

        w, h = self.size
        summary = autosave_summary(self.lang)
        self.summary = summary
        self.items = [
            MenuItem("menu.solo", self.tr("ui.menu.solo"), self._solo, "#primary"),
            MenuItem("menu.hotseat", self.tr("ui.menu.hotseat"), self._hotseat),
            MenuItem("menu.join", self.tr("ui.menu.join"), self._join),
            MenuItem(
                "menu.continue",
                self.tr("ui.menu.continue"),
                self._continue,
                tip=summary or self.tr("ui.menu.continue_none"),
                enabled=summary is not None,
            ),
            MenuItem("menu.settings", self.tr("ui.menu.settings"), self._settings),
            MenuItem("menu.quit", self.tr("ui.menu.quit"), self.app.quit, "#danger"),
        ]
        self.picture = None
        fitted = self._roomy(w, h) or self._compact(w, h, True) or self._compact(w, h, False)
        if not fitted:
            self._scrolling(w, h)

    # --- three ways to lay the menu out, the first that fits -----------------------------
    def _roomy(self, w: int, h: int) -> bool:
        """Title, tagline, the buttons in one column beside the table picture (or in two
        columns at large text), the keys line at the bottom: made when it fits."""
        left = max(48, w // 14)
        width = w - 2 * left
        keys = self._keys(width)
        keys_y = h - self.s(44) - self._small_line() * (len(keys) - 1)
        need_w = self._need_w()
        gap = self.s(24)
        top = max(40, h // 9) if self.app.settings.scale < 1.5 else self.s(16)
        y = self._heading(None, left, top, width)
        step = self.s(50)
        columns, col = 1, min(self.s(420), w // 2 - left)
        if col < need_w or y + step * len(self.items) + self._extra(col) > keys_y:
            # large text: the buttons in two columns (and no picture), so that all of them show
            columns, col = 2, (width - gap) // 2
        if col < need_w or y + step * 3 + self._extra(col) > keys_y - 8:
            return False
        self._heading(None, left, top, width, make=True)
        grid = Grid(left, y, columns, col, gap, self.s(42), step)
        self._buttons(grid, None)
        self._key_lines(keys, left, keys_y, width, self.s(24), None)
        if columns == 1:
            self.picture = pygame.Rect(
                left + col + self.s(40), y, width - col - self.s(40), keys_y - y - 8
            )
        return True

    def _compact(self, w: int, h: int, tagline: bool) -> bool:
        """Large text in a window too low for the roomy menu: two columns (narrower margins
        and gap where the words need it), the heading tighter (without the tagline, unless
        `tagline`), the buttons as tall as the room allows down to their text and a rim, so
        every button shows at a glance without scrolling; made when that fits."""
        columns = self._two_columns(w)
        if columns is None:
            return False
        left, gap, col = columns
        width = w - 2 * left
        keys = self._keys(width)
        key_line = self._small_line()
        keys_y = h - self.s(8) - key_line * len(keys)
        y = self._heading(None, left, self.s(8), width, tight=True, tagline=tagline)
        rows, row_gap = -(-len(self.items) // 2), self.s(6)
        room = keys_y - self.s(8) - y - self._extra(col) - (rows - 1) * row_gap
        bh = min(self.s(42), room // rows)
        if bh < font(self.s(16), True).get_linesize() + self.s(6):  # the primary's text, a rim
            return False
        self._heading(None, left, self.s(8), width, make=True, tight=True, tagline=tagline)
        self._buttons(Grid(left, y, 2, col, gap, bh, bh + row_gap), None)
        self._key_lines(keys, left, keys_y, width, key_line, None)
        return True

    def _scrolling(self, w: int, h: int) -> None:
        """Too tall or too narrow even so: the whole menu scrolls above the keys line, its
        buttons a little closer, in one column when two would cut their words; the keys
        line at the end of the list when that scrolls anyway."""
        two = self._two_columns(w, SCROLL_BAR)
        left, gap = (two[0], two[1]) if two else (max(48, w // 14), self.s(24))
        width = w - 2 * left
        keys = self._keys(width)
        key_line = self._small_line()
        keys_y = h - self.s(44) - key_line * (len(keys) - 1)
        inner_w = width - SCROLL_BAR
        columns, col = (2, two[2]) if two else (1, inner_w)
        y = self._heading(None, 0, 0, inner_w)
        grid = Grid(0, y, columns, col, gap, self.s(42), self.s(48))
        content = self._grid_bottom(grid)
        box = pygame.Rect(left, self.s(8), width, keys_y - 8 - self.s(8))
        at_end = content > box.height
        if at_end:
            keys = self._keys(inner_w)
            keys_y = content + self.s(8)
            content += self.s(8) + key_line * (len(keys) - 1) + self.s(24)
            box.height = h - 2 * self.s(8)
        scroller = self.scroller(box)
        scroller.set_content_height(content)
        inner = scroller.inner
        self._heading(inner, 0, 0, inner_w)
        self._buttons(grid, inner)
        if at_end:
            self._key_lines(keys, 0, keys_y, inner_w, self.s(24), inner)
        else:
            self._key_lines(keys, left, keys_y, width, self.s(24), None)

    # --- the parts --------------------------------------------------------------------------
    def _two_columns(self, w: int, bar: int = 0) -> tuple[int, int, int] | None:
        """Margin, gap and column width for two columns of buttons with their words whole in
        a window `w` wide (less a scroll `bar`): the roomy margin and gap where they fit,
        narrower where the words need it; None when even that is too narrow."""
        need = self._need_w()
        left, gap = max(48, w // 14), self.s(24)
        if w - 2 * left - bar - gap < 2 * need:
            gap = self.s(8)
        left = max(16, min(left, (w - bar - gap - 2 * need) // 2))
        col = (w - 2 * left - bar - gap) // 2
        return (left, gap, col) if col >= need else None

    def _need_w(self) -> int:
        """The width the widest button needs to show its words whole."""
        scale = self.app.settings.scale
        return max(
            button_need(item.text, scale, 16 if item.primary else 15, item.primary)
            for item in self.items
        )

    def _summary_lines(self, col: int) -> list[str]:
        """The saved game's description under Continue, whole over as many lines as it takes
        in a column `col` wide."""
        if self.summary is None:
            return []
        return wrap_whole(self.summary, font(self.s(13)), col - self.s(16))

    def _extra(self, col: int) -> int:
        """How much taller the summary under Continue makes its column."""
        lines = len(self._summary_lines(col))
        return self.s(18) + (lines - 1) * self._small_line() if lines else 0

    def _grid_bottom(self, grid: Grid) -> int:
        """The y below the buttons (and the summary) laid out on `grid`."""
        rows = -(-len(self.items) // grid.columns)
        return grid.y + rows * grid.step + self._extra(grid.col) - (grid.step - grid.bh)

    def _buttons(self, grid: Grid, container) -> None:
        """The menu's buttons down the columns of `grid`, the summary under Continue."""
        per_column = -(-len(self.items) // grid.columns)
        y = grid.y
        for k, item in enumerate(self.items):
            if k and k % per_column == 0:
                y = grid.y
            x = grid.x + (k // per_column) * (grid.col + grid.gap)
            self.button(
                pygame.Rect(x, y, grid.col, grid.bh),
                item.text,
                item.action,
                key=item.key,
                object_id=item.object_id,
                tooltip=item.tip,
                enabled=item.enabled,
                focusable=item.enabled or item.tip is not None,
                container=container,
            )
            y += grid.step
            if item.key == "menu.continue" and self.summary is not None:
                line_h = self._small_line()
                top = y - (grid.step - grid.bh)
                for n, line in enumerate(self._summary_lines(grid.col)):
                    self.label(
                        pygame.Rect(
                            x + self.s(12), top + n * line_h, grid.col - self.s(12), self.s(22)
                        ),
                        line,
                        "#subtle",
                        container=container,
                    )
                y += self._extra(grid.col)

    def _keys(self, width: int) -> list[str]:
        return wrap_whole(self.tr("ui.menu.keys"), font(self.s(13)), width - 8)

    def _small_line(self) -> int:
        """A line of the small text (the keys line, the summary)."""
        return font(self.s(13)).get_linesize()

    def _key_lines(
        self, keys: list[str], x: int, y: int, width: int, height: int, container
    ) -> None:
        for k, line in enumerate(keys):
            self.label(
                pygame.Rect(x, y + k * self._small_line(), width, height),
                line,
                "#subtle",
                container,
            )

    def _heading(
        self,
        container,
        x: int,
        y: int,
        width: int,
        make: bool = False,
        tight: bool = False,
        tagline: bool = True,
    ) -> int:
        """The title and tagline from `y`, each over as many lines as it takes to show whole
        in `width` (made as labels in `container` when it is given or `make`); the y below.
        `tight`: lines no taller than their font's and less room after them."""
        make = make or container is not None
        title, sub = font(self.s(34), True), font(self.s(17), italic=True)
        lines = [
            ("ui.title", "#title", self.s(56), title, self.s(2)),
            ("ui.tagline", "#subtitle", self.s(30), sub, self.s(18)),
        ]
        if tight:
            lines = [
                ("ui.title", "#title", title.get_linesize(), title, self.s(2)),
                ("ui.tagline", "#subtitle", sub.get_linesize(), sub, self.s(10)),
            ]
        if not tagline:
            lines = [(*lines[0][:4], self.s(8))]
        for key, object_id, height, f, after in lines:
            for k, line in enumerate(wrap_whole(self.tr(key), f, width - 8)):
                at = y + k * f.get_linesize()
                if make:
                    self.label(pygame.Rect(x, at, width, height), line, object_id, container)
            y = at + height + after
        return y

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        area = self.picture
        if area is None or area.width < 260 or area.height < 200:
            return
        seats = [Seat("", "", kind) for kind in KINDS[:8]]
        draw_table(
            surface,
            area,
            seats,
            self.app.palette,
            self.draw_text,
            self.wrap_text,
            self.app.settings.scale,
            as_list=False,
        )

    def escape(self) -> None:
        """Esc on the menu does nothing: quitting is a deliberate choice."""

    def _solo(self) -> None:
        from game.ui.scenes.chooser import ChooserScene

        self.app.push(ChooserScene(self.app, mode="solo"))

    def _hotseat(self) -> None:
        from game.ui.scenes.chooser import ChooserScene

        self.app.push(ChooserScene(self.app, mode="hotseat"))

    def _join(self) -> None:
        from game.ui.scenes.join import JoinScene

        self.app.push(JoinScene(self.app))

    def _continue(self) -> None:
        from game.ui.scenes.start import resume_autosave

        resume_autosave(self.app)

    def _settings(self) -> None:
        from game.ui.scenes.settings import SettingsScene

        self.app.push(SettingsScene(self.app))
