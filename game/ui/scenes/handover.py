"""Hotseat hand-over: a neutral screen between two players, so nobody sees another's secrets.

It shows only who is next; the previous player's confidential view is gone (the table's
widgets are destroyed) until the next player confirms who they are.
"""

from __future__ import annotations

import pygame

from game.scenario.model import text_in
from game.ui.icons import icon
from game.ui.scene import Scene


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
        w, h = self.size
        self.name = text_in(self.session.game.scenario.actor(self.actor).name, self.lang)
        self.role = text_in(self.session.game.scenario.actor(self.actor).role, self.lang)
        col = min(self.s(760), w - 80)
        x = (w - col) // 2
        y = h // 2 - self.s(40)
        self.label(
            pygame.Rect(x, self.s(60), col, self.s(50)), self.tr("ui.handover.title"), "#title"
        )
        self.label(
            pygame.Rect(x, y, col, self.s(36)),
            self.tr("ui.handover.to", actor=self.name),
            "#heading",
        )
        self.label(pygame.Rect(x, y + self.s(38), col, self.s(26)), self.role, "#subtle")
        first = self.session.last_viewer is None
        self.label(
            pygame.Rect(x, y + self.s(74), col, self.s(26)),
            self.tr("ui.handover.first" if first else "ui.handover.hidden", actor=self.name),
            "#subtle",
        )
        self.button(
            pygame.Rect(x, y + self.s(124), col, self.s(48)),
            self.tr("ui.handover.ready", actor=self.name),
            self._ready,
            key="handover.ready",
            object_id="#primary",
        )

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        w, h = surface.get_size()
        size = self.s(96)
        surface.blit(icon(self.kind, size), (w // 2 - size // 2, h // 2 - self.s(60) - size))

    def escape(self) -> None:
        """Esc does not reveal anything: the next player must confirm."""

    def _ready(self) -> None:
        from game.ui.scenes.briefing import BriefingScene

        self.session.last_viewer = self.actor
        self.app.pop()
        if self.actor not in self.session.briefed:
            self.app.push(BriefingScene(self.app, self.session, self.actor))
