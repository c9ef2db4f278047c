"""A text box for a growing log: appended lines are drawn, the lines already there are not.

pygame_gui's `UITextBox.append_html_text` lays out only the new text, but when the text grows
taller its layout draws every line again onto a new surface (about 10–20 ms for the table's
log). Here the layout copies the lines already drawn onto the taller surface instead, and
draws the rows from the old last one on: the same picture, at the cost of the new lines.
"""

from __future__ import annotations

import pygame
from pygame_gui.core.text import TextBoxLayout
from pygame_gui.elements import UITextBox


class GrowingLayout(TextBoxLayout):
    """A text layout whose appended rows are drawn onto a copy of what was drawn before."""

    def append_layout_rects(self, new_queue) -> None:
        last_row = self.layout_rows[-1]
        old = self.finalised_surface
        self._process_layout_queue(new_queue, last_row)
        if old is None:
            return
        size = (self.layout_rect.width + self.edit_buffer, self.layout_rect.height)
        if size != old.get_size():
            grown = pygame.Surface(size, flags=pygame.SRCALPHA, depth=32)
            grown.fill("#00000000")
            # adding onto transparent black copies every pixel exactly, alpha included
            grown.blit(old, (0, 0), special_flags=pygame.BLEND_RGBA_ADD)
            self.finalised_surface = grown
            # rows and their text chunks keep the surface they drew on: let go of the old one
            for row in self.layout_rows:
                for part in (row, *row.items):
                    if getattr(part, "target_surface", None) is old:
                        part.target_surface = grown
        for row in self.layout_rows[last_row.row_index :]:
            row.finalise(self.finalised_surface)


class LogBox(UITextBox):
    """A `UITextBox` whose `append_html_text` costs what the appended lines cost."""

    def parse_html_into_style_data(self) -> None:
        super().parse_html_into_style_data()
        if type(self.text_box_layout) is TextBoxLayout:
            self.text_box_layout.__class__ = GrowingLayout
