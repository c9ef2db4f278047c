"""The start menu: practice, hotseat, join a room, continue, settings, quit."""

from __future__ import annotations

import pygame

from game.ui.flow import button_need
from game.ui.kinds import KINDS
from game.ui.scene import Scene
from game.ui.tabledraw import Seat, draw_table
from game.ui.textfit import wrap_whole
from game.ui.theme import font

SCROLL_BAR = 22  # what a Scroller (game/ui/widgets.py) keeps of its width for the bar


class MenuScene(Scene):
    default_focus = "menu.solo"
    picture: pygame.Rect | None = None  # where the table illustration goes, if it has room

    def build(self) -> None:
        from game.ui.autosave import autosave_summary

        w, h = self.size
        left = max(48, w // 14)
        width = w - 2 * left
        summary = autosave_summary(self.lang)
        items = [
            ("menu.solo", self.tr("ui.menu.solo"), self._solo, "#primary", None, True),
            ("menu.hotseat", self.tr("ui.menu.hotseat"), self._hotseat, None, None, True),
            ("menu.join", self.tr("ui.menu.join"), self._join, None, None, True),
            (
                "menu.continue",
                self.tr("ui.menu.continue"),
                self._continue,
                None,
                summary or self.tr("ui.menu.continue_none"),
                summary is not None,
            ),
            ("menu.settings", self.tr("ui.menu.settings"), self._settings, None, None, True),
            ("menu.quit", self.tr("ui.menu.quit"), self.app.quit, "#danger", None, True),
        ]
        keys = wrap_whole(self.tr("ui.menu.keys"), font(self.s(13)), width - 8)
        key_line = font(self.s(13)).get_linesize()
        keys_y = h - self.s(44) - key_line * (len(keys) - 1)
        keys_at = (left, keys_y, None, width)  # x, y, container, width
        step, bh = self.s(50), self.s(42)
        extra = self.s(18) if summary is not None else 0
        need_w = max(
            button_need(
                text, self.app.settings.scale, 16 if oid == "#primary" else 15, oid == "#primary"
            )
            for _key, text, _action, oid, _tip, _on in items
        )
        gap = self.s(24)
        top = max(40, h // 9) if self.app.settings.scale < 1.5 else self.s(16)
        y = self._heading(None, left, top, width)
        # large text: the buttons in two columns (and no picture), so that all of them show
        one = min(self.s(420), w // 2 - left)
        columns, col = (1, one) if one >= need_w else (2, (width - gap) // 2)
        if y + step * len(items) + extra > keys_y or columns == 2:
            columns, col = 2, (width - gap) // 2
        container, x0 = None, left
        if col < need_w or y + step * 3 + extra > keys_y - 8:
            # still too tall or too narrow: the whole menu scrolls above the keys line, its
            # buttons a little closer, in one column when two would cut their words
            step = self.s(48)
            inner_w = width - SCROLL_BAR
            two = (inner_w - gap) // 2
            columns, col = (2, two) if two >= need_w else (1, inner_w)
            y = self._heading(None, 0, 0, inner_w)
            content = y + -(-len(items) // columns) * step + extra
            box = pygame.Rect(left, self.s(8), width, keys_y - 8 - self.s(8))
            if content > box.height:  # scrolling anyway: the keys line at the end of it
                keys = wrap_whole(self.tr("ui.menu.keys"), font(self.s(13)), inner_w - 8)
                keys_at = (0, content + self.s(8), True, inner_w)
                content += self.s(8) + key_line * (len(keys) - 1) + self.s(24)
                box.height = h - 2 * self.s(8)
            scroller = self.scroller(box)
            container, x0, top = scroller.inner, 0, 0
            scroller.set_content_height(content)
            if keys_at[2]:
                keys_at = (0, keys_at[1], container, inner_w)
            self._heading(container, 0, 0, inner_w)
        else:
            self._heading(None, left, top, width, make=True)
        per_column = -(-len(items) // columns)
        buttons_top = y
        for k, (key, text, action, object_id, tip, enabled) in enumerate(items):
            if k and k % per_column == 0:
                y = buttons_top
            x = x0 + (k // per_column) * (col + gap)
            self.button(
                pygame.Rect(x, y, col, bh),
                text,
                action,
                key=key,
                object_id=object_id,
                tooltip=tip,
                enabled=enabled,
                focusable=enabled or tip is not None,
                container=container,
            )
            y += step
            if key == "menu.continue" and summary is not None:
                self.label(
                    pygame.Rect(x + self.s(12), y - self.s(8), col, self.s(22)),
                    self.fit(summary, col - self.s(16), 13),
                    "#subtle",
                    container=container,
                )
                y += self.s(18)
        kx, ky, kc, kw = keys_at
        for k, line in enumerate(keys):
            self.label(
                pygame.Rect(kx, ky + k * key_line, kw, self.s(24)),
                line,
                "#subtle",
                kc,
            )
        self.picture = None
        if columns == 1 and container is None:
            self.picture = pygame.Rect(
                left + col + self.s(40),
                buttons_top,
                width - col - self.s(40),
                keys_y - buttons_top - 8,
            )

    def _heading(self, container, x: int, y: int, width: int, make: bool = False) -> int:
        """The title and tagline from `y`, each over as many lines as it takes to show whole
        in `width` (made as labels in `container` when it is given or `make`); the y below."""
        make = make or container is not None
        lines = [
            ("ui.title", "#title", self.s(56), font(self.s(34), True), self.s(2)),
            ("ui.tagline", "#subtitle", self.s(30), font(self.s(17), italic=True), self.s(18)),
        ]
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
