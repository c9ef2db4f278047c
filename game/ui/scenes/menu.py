"""The start menu: practice, hotseat, join a room, continue, settings, quit."""

from __future__ import annotations

import pygame

from game.ui.kinds import KINDS
from game.ui.scene import Scene
from game.ui.tabledraw import Seat, draw_table


class MenuScene(Scene):
    default_focus = "menu.solo"
    picture: pygame.Rect | None = None  # where the table illustration goes, if it has room

    def build(self) -> None:
        from game.ui.autosave import autosave_summary

        w, h = self.size
        left = max(48, w // 14)
        y = max(40, h // 9) if self.app.settings.scale < 1.5 else self.s(16)
        self.label(pygame.Rect(left, y, w - 2 * left, self.s(56)), self.tr("ui.title"), "#title")
        y += self.s(58)
        self.label(
            pygame.Rect(left, y, w - left * 2, self.s(30)), self.tr("ui.tagline"), "#subtitle"
        )
        y += self.s(48)
        step = self.s(50)
        bh = self.s(42)
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
        keys_y = h - self.s(44)
        needed = step * len(items) + (self.s(18) if summary is not None else 0)
        # large text: the buttons in two columns (and no picture), so that all of them show
        columns = 1 if y + needed <= keys_y else 2
        gap = self.s(24)
        col = min(self.s(420), w // 2 - left) if columns == 1 else (w - 2 * left - gap) // 2
        per_column = -(-len(items) // columns)
        top = y
        for k, (key, text, action, object_id, tip, enabled) in enumerate(items):
            if k and k % per_column == 0:
                y = top
            x = left + (k // per_column) * (col + gap)
            self.button(
                pygame.Rect(x, y, col, bh),
                text,
                action,
                key=key,
                object_id=object_id,
                tooltip=tip,
                enabled=enabled,
                focusable=enabled or tip is not None,
            )
            y += step
            if key == "menu.continue" and summary is not None:
                self.label(
                    pygame.Rect(x + self.s(12), y - self.s(8), col, self.s(22)),
                    self.fit(summary, col - self.s(16), 13),
                    "#subtle",
                )
                y += self.s(18)
        self.picture = None
        if columns == 1:
            self.picture = pygame.Rect(
                left + col + self.s(40), top, w - 2 * left - col - self.s(40), keys_y - top - 8
            )
        self.label(
            pygame.Rect(left, keys_y, w - 2 * left, self.s(24)),
            self.fit(self.tr("ui.menu.keys"), w - 2 * left - 8, 13),
            "#subtle",
        )

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
