"""Settings: language, text size and contrast; every change applies and is kept at once."""

from __future__ import annotations

import pygame

from game.ui.flow import button_need, flow, rows_height
from game.ui.scene import Scene
from game.ui.settings import FONT_SCALES, LANGUAGES


class SettingsScene(Scene):
    default_focus = "settings.lang.nl"

    def build(self) -> None:
        w, h = self.size
        left = max(48, w // 14)
        y = max(40, h // 10)
        self.label(
            pygame.Rect(left, y, w - 2 * left, self.s(56)), self.tr("ui.settings.title"), "#title"
        )
        y += self.s(74)
        back = pygame.Rect(left, h - self.s(90), self.s(200), self.s(40))
        area = pygame.Rect(left, y, w - 2 * left, back.top - self.s(12) - y)
        if self._rows(None, area.width) <= area.height:
            self._rows(None, area.width, (area.x, area.y))
        else:  # large text in a small window: the rows scroll above Back, low as it goes
            back.top = h - back.height - self.s(12)
            area.height = back.top - self.s(12) - area.top
            scroller = self.scroller(area)
            scroller.set_content_height(self._rows(None, scroller.width))
            self._rows(scroller.inner, scroller.width, (0, 0))
        self.button(back, self.tr("ui.back"), self.app.pop, key="settings.back")

    def _rows(self, container, width: int, at: tuple[int, int] | None = None) -> int:
        """Language, text size and contrast, each a heading with its buttons beside it (or
        under it, wrapping, when they do not fit `width`), then the sample; their height.
        Widgets are made only when `at` says where."""
        settings = self.app.settings
        left, top = at or (0, 0)
        bh, gap = self.s(40), self.s(10)
        label_w = self.s(190)

        def choice(key: str, text: str, field: str, value: object) -> tuple:
            """A button that sets one field of the settings, selected when it holds `value`."""
            return (
                key,
                text,
                lambda: self._set(**{field: value}),
                getattr(settings, field) == value,
            )

        rows = [
            (
                "ui.settings.language",
                150,
                [
                    choice(
                        f"settings.lang.{lang}", self.tr(f"ui.settings.lang.{lang}"), "lang", lang
                    )
                    for lang in LANGUAGES
                ],
            ),
            (
                "ui.settings.font_scale",
                84,
                [
                    choice(f"settings.scale.{scale}", f"{scale}%", "font_scale", scale)
                    for scale in FONT_SCALES
                ],
            ),
            (
                "ui.settings.contrast",
                190,
                [
                    choice(
                        f"settings.contrast.{name}",
                        self.tr(f"ui.settings.contrast.{name}"),
                        "high_contrast",
                        high,
                    )
                    for high, name in ((False, "normal"), (True, "high"))
                ],
            ),
        ]
        y = 0
        for title, base_w, buttons in rows:
            widths = [
                max(self.s(base_w), button_need(text, settings.scale))
                for _key, text, _action, _on in buttons
            ]
            beside = label_w + gap + sum(widths) + gap * (len(widths) - 1) <= width
            if at is not None:
                head_w = label_w if beside else width
                self.label(
                    pygame.Rect(left, top + y, head_w, bh), self.tr(title), "#heading", container
                )
            x0 = label_w + gap if beside else 0
            y0 = y if beside else y + bh
            rects = flow(widths, width - x0, bh, gap, gap)
            for rect, (key, text, action, on) in zip(rects, buttons, strict=True):
                if at is not None:
                    self.button(
                        rect.move(left + x0, top + y0),
                        text,
                        action,
                        key=key,
                        selected=on,
                        container=container,
                    )
            y = y0 + rows_height(rects) + self.s(20)
        y += self.s(16)
        sample_h = self.s(90)
        if at is not None:
            self.textbox(
                pygame.Rect(left, top + y, min(width, self.s(760)), sample_h),
                f"<b>{self.tr('ui.settings.sample')}</b><br>{self.tr('ui.settings.saved')}",
                container=container,
            )
        return y + sample_h

    def _set(self, **changes: object) -> None:
        self.app.apply_settings(self.app.settings.with_(**changes))
