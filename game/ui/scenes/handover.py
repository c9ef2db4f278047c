"""Hotseat hand-over: a neutral screen between two players, so nobody sees another's secrets.

It shows only who is next; the previous player's confidential view is gone (the table's
widgets are destroyed) until the next player confirms who they are.
"""

from __future__ import annotations

import pygame

from game.scenario.model import text_in
from game.ui.flow import BUTTON_PADDING
from game.ui.icons import icon
from game.ui.scene import Scene
from game.ui.textfit import wrap_whole
from game.ui.theme import font


class HandoverScene(Scene):
    default_focus = "handover.ready"

    def __init__(self, app, session, actor: str) -> None:
        super().__init__(app)
        self.session = session
        self.actor = actor
        spec = session.game.scenario.actor(actor)
        self.kind = spec.kind
        self.name = text_in(spec.name, app.settings.lang)
        self.role = text_in(spec.role, app.settings.lang)

    def build(self) -> None:
        """Top down, every text whole on as many lines as it needs: the icon, the title, who
        is next, their role, what the others do, the button; centred where there is room."""
        w, h = self.size
        self.name = text_in(self.session.game.scenario.actor(self.actor).name, self.lang)
        self.role = text_in(self.session.game.scenario.actor(self.actor).role, self.lang)
        col = min(self.s(760), w - 80)
        x = (w - col) // 2
        first = self.session.last_viewer is None
        texts = [
            (self.tr("ui.handover.title"), "#title", font(self.s(34), True), self.s(16)),
            (self.tr("ui.handover.to", actor=self.name), "#heading", font(self.s(18), True), 4),
            (self.role, "#subtle", font(self.s(13)), self.s(12)),
            (
                self.tr("ui.handover.first" if first else "ui.handover.hidden", actor=self.name),
                "#subtle",
                font(self.s(13)),
                self.s(24),
            ),
        ]
        ready = self.tr("ui.handover.ready", actor=self.name)
        button_font = font(self.s(16), True)
        button_lines = wrap_whole(ready, button_font, col - 2 * BUTTON_PADDING) or [ready]
        button_h = max(self.s(48), len(button_lines) * button_font.get_linesize() + self.s(12))
        room = col - 8 - self.s(20)  # kept free for a scroll bar, should the texts need one
        lines = [wrap_whole(text, f, room) or [""] for text, _, f, _ in texts]
        text_h = sum(
            len(found) * f.get_linesize() + gap
            for found, (_, _, f, gap) in zip(lines, texts, strict=True)
        )
        self.icon_size = max(0, min(self.s(96), h - text_h - button_h - self.s(40)))
        y = max(self.s(16), (h - self.icon_size - self.s(16) - text_h - button_h) // 2)
        self.icon_top = y
        y += self.icon_size + self.s(16) if self.icon_size else 0
        container = None
        button_y = y + text_h
        if button_y + button_h > h - self.s(8):  # too tall: the texts scroll, the button stays
            button_y = h - self.s(8) - button_h
            box = self.scroller(pygame.Rect(x, y, col, button_y - self.s(8) - y))
            box.set_content_height(text_h)
            container, x, y = box.inner, 0, 0
            col = box.width
        for found, (_, object_id, f, gap) in zip(lines, texts, strict=True):
            step = f.get_linesize()
            for k, line in enumerate(found):
                self.label(pygame.Rect(x, y + k * step, col, step + 4), line, object_id, container)
            y += len(found) * step + gap
        col = min(self.s(760), w - 80)
        self.button(
            pygame.Rect((w - col) // 2, button_y, col, button_h),
            ready,
            self._ready,
            key="handover.ready",
            object_id="#primary",
            lines=button_lines if len(button_lines) > 1 else None,
            line_font=button_font,
        )

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        size = getattr(self, "icon_size", 0)
        if size:
            x = surface.get_width() // 2 - size // 2
            surface.blit(icon(self.kind, size), (x, self.icon_top))

    def escape(self) -> None:
        """Esc does not reveal anything: the next player must confirm."""

    def _ready(self) -> None:
        from game.ui.scenes.briefing import BriefingScene

        self.session.last_viewer = self.actor
        self.app.pop()
        if self.actor not in self.session.briefed:
            self.app.push(BriefingScene(self.app, self.session, self.actor))
