"""Settings: language, text size and contrast; every change applies and is kept at once."""

from __future__ import annotations

import pygame

from game.ui.scene import Scene
from game.ui.settings import FONT_SCALES, LANGUAGES


class SettingsScene(Scene):
    default_focus = "settings.lang.nl"

    def build(self) -> None:
        w, h = self.size
        left = max(48, w // 14)
        y = max(40, h // 10)
        settings = self.app.settings
        self.label(
            pygame.Rect(left, y, w - 2 * left, self.s(56)), self.tr("ui.settings.title"), "#title"
        )
        y += self.s(74)
        bh, gap = self.s(40), self.s(10)
        label_w = self.s(190)

        def row(title: str) -> int:
            self.label(pygame.Rect(left, y, label_w, bh), title, "#heading")
            return left + label_w + gap

        x = row(self.tr("ui.settings.language"))
        for lang in LANGUAGES:
            bw = self.s(150)
            self.button(
                pygame.Rect(x, y, bw, bh),
                self.tr(f"ui.settings.lang.{lang}"),
                lambda lang=lang: self._set(lang=lang),
                key=f"settings.lang.{lang}",
                selected=settings.lang == lang,
            )
            x += bw + gap
        y += bh + self.s(20)
        x = row(self.tr("ui.settings.font_scale"))
        for scale in FONT_SCALES:
            bw = self.s(84)
            self.button(
                pygame.Rect(x, y, bw, bh),
                f"{scale}%",
                lambda scale=scale: self._set(font_scale=scale),
                key=f"settings.scale.{scale}",
                selected=settings.font_scale == scale,
            )
            x += bw + gap
        y += bh + self.s(20)
        x = row(self.tr("ui.settings.contrast"))
        for high in (False, True):
            bw = self.s(190)
            name = "high" if high else "normal"
            self.button(
                pygame.Rect(x, y, bw, bh),
                self.tr(f"ui.settings.contrast.{name}"),
                lambda high=high: self._set(high_contrast=high),
                key=f"settings.contrast.{name}",
                selected=settings.high_contrast == high,
            )
            x += bw + gap
        y += bh + self.s(36)
        self.textbox(
            pygame.Rect(left, y, min(w - 2 * left, self.s(760)), self.s(90)),
            f"<b>{self.tr('ui.settings.sample')}</b><br>{self.tr('ui.settings.saved')}",
        )
        self.button(
            pygame.Rect(left, h - self.s(90), self.s(200), bh),
            self.tr("ui.back"),
            self.app.pop,
            key="settings.back",
        )

    def _set(self, **changes: object) -> None:
        self.app.apply_settings(self.app.settings.with_(**changes))
