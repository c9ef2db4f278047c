"""Pop-ups over a dimmed picture of the screen: an event, a question to confirm."""

from __future__ import annotations

from collections.abc import Callable

import pygame
from pygame_gui.elements import UITextEntryLine

from game.ui.scene import Scene, esc


class DialogScene(Scene):
    """A message with OK, or with OK and Cancel when there is something to confirm."""

    default_focus = "dialog.ok"

    def __init__(
        self,
        app,
        title: str,
        body: str,
        on_ok: Callable[[], None] | None = None,
        confirm: bool = False,
        answer: Callable[[str], None] | None = None,
        answer_hint: str = "",
    ) -> None:
        super().__init__(app)
        self.title = title
        self.body = body
        self.on_ok = on_ok
        self.confirm = confirm
        self.answer = answer  # a reflection question: the player may type a short answer
        self.answer_hint = answer_hint
        self.typed = ""  # the answer so far, carried over when the widgets are rebuilt
        self.entry_widget: UITextEntryLine | None = None
        self.backdrop: pygame.Surface | None = None
        if answer is not None:
            self.default_focus = "dialog.answer"

    def build(self) -> None:
        w, h = self.size
        entry_h = self.s(40) if self.answer is not None else 0  # room for the answer field
        bw, bh = min(self.s(620), w - 80), min(self.s(380 if entry_h else 320), h - 80)
        box = pygame.Rect(0, 0, bw, bh)
        box.center = (w // 2, h // 2)
        self.box = box
        pad = self.s(20)
        self.label(
            pygame.Rect(box.x + pad, box.y + pad, bw - 2 * pad, self.s(32)), self.title, "#heading"
        )
        body_h = bh - 2 * pad - self.s(96) - entry_h - (self.s(8) if entry_h else 0)
        self.textbox(
            pygame.Rect(box.x + pad, box.y + pad + self.s(40), bw - 2 * pad, body_h),
            esc(self.body),
            "#plain",
        )
        if entry_h:
            self.typed = self._answer_so_far()
            self.entry_widget = self.entry(
                pygame.Rect(box.x + pad, box.y + pad + self.s(48) + body_h, bw - 2 * pad, entry_h),
                "dialog.answer",
                on_enter=self._ok,
                placeholder=self.answer_hint,
                text=self.typed,
            )
        y = box.bottom - pad - self.s(42)
        self.button(
            pygame.Rect(box.right - pad - self.s(160), y, self.s(160), self.s(42)),
            self.tr("ui.ok"),
            self._ok,
            key="dialog.ok",
            object_id="#primary",
        )
        if self.confirm:
            self.button(
                pygame.Rect(box.right - pad - self.s(340), y, self.s(170), self.s(42)),
                self.tr("ui.cancel"),
                self.app.pop,
                key="dialog.cancel",
            )

    def draw_below(self, surface: pygame.Surface) -> None:
        if self.backdrop is not None and self.backdrop.get_size() == surface.get_size():
            surface.blit(self.backdrop, (0, 0))
            shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            shade.fill((0, 0, 0, 140))
            surface.blit(shade, (0, 0))
        else:
            surface.fill(self.app.palette.background)
        pygame.draw.rect(surface, self.app.palette.card, self.box, border_radius=10)
        pygame.draw.rect(surface, self.app.palette.accent, self.box, 2, border_radius=10)

    def escape(self) -> None:
        """Esc on a question keeps what was typed (empty allowed), like OK."""
        if self.answer is not None:
            self._ok()
        else:
            super().escape()

    def _answer_so_far(self) -> str:
        """What the player typed before this build: resizing the window or changing the text
        size rebuilds every widget, and the answer must not go with the old field."""
        if self.entry_widget is not None:
            return self.entry_widget.get_text()
        return self.typed

    def _ok(self) -> None:
        if self.answer is not None:
            self.answer(self._answer_so_far())
        self.app.pop()
        if self.on_ok is not None:
            self.on_ok()
