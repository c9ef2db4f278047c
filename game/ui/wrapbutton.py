"""A button whose text shows whole on several lines.

pygame_gui draws a button's text on one line and clips what does not fit; this button draws
its lines itself, as the picture of each state (in that state's text colour), so a long label
at large text wraps instead of being cut. Its `text` stays the whole label, on one line.
"""

from __future__ import annotations

import pygame
from pygame_gui.elements import UIButton

STATES = ("normal", "hovered", "disabled", "selected")  # "active" shows the selected picture


class WrappedButton(UIButton):
    """A pygame_gui button showing `lines` (in `line_font`) for its whole `text`."""

    def __init__(
        self,
        rect: pygame.Rect,
        text: str,
        lines: list[str],
        line_font: pygame.font.Font,
        manager,
        **kwargs,
    ) -> None:
        self.lines = list(lines)
        self.line_font = line_font
        super().__init__(rect, text, manager, **kwargs)

    def set_lines(self, text: str, lines: list[str]) -> None:
        """Show other lines (and their whole text); rebuilt only when something changed."""
        if lines != self.lines or text != self.text:
            self.lines = list(lines)
            self.text = text
            self.rebuild()

    def set_text(self, text: str, *, text_kwargs=None) -> None:
        if text != self.text:
            self.text = text
            self.rebuild()

    def rebuild(self) -> None:
        """Build the shape with no text of its own and the lines as each state's picture."""
        for state in STATES:
            picture = self._picture(self.colours.get(f"{state}_text"))
            setattr(self, f"{state}_images", [picture])
            setattr(self, f"{state}_image_positions", [self._position(picture)])
        whole = self.text
        self.text = ""
        try:
            super().rebuild()
        finally:
            self.text = whole

    def _picture(self, colour) -> pygame.Surface:
        if not isinstance(colour, pygame.Color):  # a gradient: its first colour will do
            colour = getattr(colour, "start_colour", pygame.Color("black"))
        step = self.line_font.get_linesize()
        images = [self.line_font.render(line, True, colour) for line in self.lines]
        width = max((image.get_width() for image in images), default=1)
        picture = pygame.Surface((width, max(step * len(images), 1)), pygame.SRCALPHA)
        for k, image in enumerate(images):
            x = 0 if self._left() else (width - image.get_width()) // 2
            picture.blit(image, (x, k * step))
        return picture

    def _left(self) -> bool:
        return self.text_horiz_alignment == "left"  # the theme's, as for one line

    def _position(self, picture: pygame.Surface) -> tuple[float, float]:
        """Where the picture goes, as pygame_gui's relative image position: centred, or at
        the theme's left padding."""
        if not self._left():
            return (0.5, 0.5)
        spare = self.rect.width - picture.get_width()
        pad = self.text_horiz_alignment_padding
        return (min(pad / spare, 1.0) if spare > 0 else 0.0, 0.5)
