"""Small helpers over pygame_gui: a vertical scroller that can show a focused control."""

from __future__ import annotations

import pygame
import pygame_gui
from pygame_gui.core import UIElement
from pygame_gui.elements import UIScrollingContainer

#: What a Scroller keeps of its width for its scroll bar.
SCROLL_BAR = 22


class Scroller:
    """A vertical scrolling area; controls go into `.inner`, then `set_content_height`."""

    def __init__(self, rect: pygame.Rect, manager: pygame_gui.UIManager, container=None) -> None:
        self.box = UIScrollingContainer(
            rect, manager, container=container, allow_scroll_x=False, object_id="#plain"
        )
        self.inner = self.box.get_container()
        self.inner._scroller = self  # read by the focus manager
        self.content_height = rect.height
        self._sized = False  # set_content_height has not run yet

    @property
    def rect(self) -> pygame.Rect:
        return self.box.rect

    @property
    def width(self) -> int:
        """Usable width inside, leaving room for the scroll bar."""
        return self.box.rect.width - SCROLL_BAR

    def kill(self) -> None:
        self.box.kill()

    def set_content_height(self, height: int) -> None:
        """The content's height; the view keeps its place in the content (a panel built again
        in place does not creep by a pixel)."""
        height = max(height, 1)
        if height == self.content_height and self._sized:
            return
        bar = self.box.vert_scroll_bar
        top = self._view_top(bar.start_percentage) if bar is not None and self._sized else 0
        self.content_height = height
        self._sized = True
        self.box.set_scrollable_area_dimensions((self.width, self.content_height))
        if top > 0:
            self.scroll_by(0, top)

    def scroll_by(self, pixels: float, top: float | None = None) -> None:
        """Move the view `pixels` down the content (up when negative) from where it is, or
        from `top`, within the content's ends."""
        bar = self.box.vert_scroll_bar
        visible = self.box.rect.height
        if bar is None or self.content_height <= visible:
            return
        top = (self._view_top(bar.start_percentage) if top is None else top) + pixels
        top = min(max(top, 0), self.content_height - visible)
        bar.set_scroll_from_start_percentage(self._percentage(top))
        bar.has_moved_recently = True

    def scroll_to_show(self, widget: UIElement) -> None:
        self.scroll_to_span(widget.relative_rect.top, widget.relative_rect.bottom)

    def scroll_to_span(self, top: int, bottom: int) -> None:
        """Scroll so that the content from `top` to `bottom` shows (whole when it fits)."""
        bar = self.box.vert_scroll_bar
        visible = self.box.rect.height
        if bar is None or self.content_height <= visible:
            return
        view_top = self._view_top(bar.start_percentage)
        # the bar stops only at whole pixels of its track: a margin of one such step more
        step = self.content_height / max(bar.scrollable_height, 1)
        margin = 8 + step
        if top >= view_top and bottom <= view_top + visible:
            return
        if bottom - top + 2 * margin <= visible:  # whole, with a margin
            target = top - margin if top < view_top else bottom - visible + margin
        elif bottom - top <= visible:  # whole, in the middle
            target = top - (visible - (bottom - top)) / 2
        else:  # taller than the view: from its top
            target = top - margin
        bar.set_scroll_from_start_percentage(self._percentage(max(target, 0)))
        bar.has_moved_recently = True

    def _handle(self) -> float:
        """The scroll bar's handle as a share of its track."""
        bar = self.box.vert_scroll_bar
        return bar.sliding_button.rect.height / max(bar.scrollable_height, 1)

    def _view_top(self, percentage: float) -> float:
        """The content shown at the top for a bar at `percentage`, reckoned as pygame_gui's
        scrolling container does (from the handle's bottom in the lower half)."""
        if percentage <= 0.5:
            return percentage * self.content_height
        return (percentage + self._handle()) * self.content_height - self.box.rect.height

    def _percentage(self, view_top: float) -> float:
        """The bar position that shows `view_top` at the top (the inverse of `_view_top`)."""
        low = view_top / self.content_height
        if low <= 0.5:
            return low
        return (view_top + self.box.rect.height) / self.content_height - self._handle()
