"""The dashboard's invitation screen: the page's address and a large QR code for the beamer."""

from __future__ import annotations

import pygame

from game.ui.qrdraw import qr_image
from game.ui.scene import Scene
from game.ui.scenes.facilitator_link import Facilitation

#: The QR code on the invitation screen (unscaled pixels).
INVITE_QR_SIDE = 420


class InviteScene(Scene):
    """For the beamer: the page's address and a large QR code, the room code beside them.
    Trainees scan it (or type the address) and are at the page with the code filled in."""

    default_focus = "invite.back"

    def __init__(self, app, room: Facilitation) -> None:
        super().__init__(app)
        self.room = room

    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 40)
        status = self.room.status
        title = self.tr("net.invite.title", room=status.room if status else "…")
        self.label(pygame.Rect(margin, self.s(8), w - 2 * margin, self.s(44)), title, "#title")
        self.button(
            pygame.Rect(margin, h - self.s(56), self.s(228), self.s(40)),
            self.tr("net.dash.back"),
            self.app.pop,
            key="invite.back",
        )

    def update(self, dt: float) -> None:
        self.room.poll(self.lang)

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        url = self.room.page_url()
        if url is None:
            self.draw_text(surface, self.tr("net.dash.waiting"), (40, self.s(140)), 18)
            return
        w, h = self.size
        top = self.s(64)
        side = min(self.s(INVITE_QR_SIDE), h - top - self.s(170), w - self.s(48))
        image = qr_image(url, max(side, 66))
        rect = image.get_rect(midtop=(w // 2, top))
        surface.blit(image, rect)
        y = rect.bottom + self.s(14)
        self.draw_text(surface, url, (w // 2, y), 26, bold=True, anchor="midtop", max_width=w - 40)
        hint = self.tr("net.invite.hint")
        self.draw_text(
            surface, hint, (w // 2, y + self.s(40)), 17, anchor="midtop", max_width=w - 40
        )
