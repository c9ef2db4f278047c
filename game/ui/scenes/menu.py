"""The start menu: practice, hotseat, join a room, continue, settings, quit."""

from __future__ import annotations

import pygame

from game.ui.kinds import KINDS
from game.ui.scene import Scene
from game.ui.tabledraw import Seat, draw_table


class MenuScene(Scene):
    default_focus = "menu.solo"

    def build(self) -> None:
        from game.ui.autosave import autosave_summary

        w, h = self.size
        left = max(48, w // 14)
        col = min(self.s(420), w // 2 - left)
        y = max(40, h // 9)
        self.label(pygame.Rect(left, y, col + 200, self.s(56)), self.tr("ui.title"), "#title")
        y += self.s(58)
        self.label(
            pygame.Rect(left, y, w - left * 2, self.s(30)), self.tr("ui.tagline"), "#subtitle"
        )
        y += self.s(60)
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
        for key, text, action, object_id, tip, enabled in items:
            self.button(
                pygame.Rect(left, y, col, bh),
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
                    pygame.Rect(left + self.s(12), y - self.s(8), col, self.s(22)),
                    summary,
                    "#subtle",
                )
                y += self.s(18)
        self.label(
            pygame.Rect(left, h - self.s(60), w - 2 * left, self.s(24)),
            self.tr("ui.menu.keys"),
            "#subtle",
        )

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        w, h = surface.get_size()
        area = pygame.Rect(w // 2 + 20, h // 6, w // 2 - 60, h * 2 // 3)
        if area.width < 260:
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
