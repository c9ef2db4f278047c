"""Keyboard focus for pygame_gui: Tab order, a visible ring, Enter/Space to activate.

pygame_gui has no focus order of its own. Each scene registers its controls here in reading
order; the app sends Tab, Shift-Tab, arrows, Enter and Space to this manager, which moves a
ring over the controls and activates the focused one as a click would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UITextEntryLine

FOCUS_RING = 3


@dataclass
class Focusable:
    key: str
    widget: UIElement
    activate: Callable[[], None] | None = None
    hint: str | None = None
    on_arrow: Callable[[int], bool] | None = None  # -1/+1 left/right; True when handled
    section: str = ""

    @property
    def is_text(self) -> bool:
        return isinstance(self.widget, UITextEntryLine)

    def usable(self) -> bool:
        w = self.widget
        return bool(w.alive() and w.visible and getattr(w, "is_enabled", True))


class FocusManager:
    """The focus order of the scene on top and where the focus is now."""

    def __init__(self) -> None:
        self.items: list[Focusable] = []
        self.index: int | None = None
        self._wanted: str | None = None

    def clear(self) -> None:
        """Forget the controls (before a scene rebuilds); remember which key had the focus."""
        if self.current is not None:
            self._wanted = self.current.key
        self.items = []
        self.index = None

    def add(self, item: Focusable) -> Focusable:
        self.items.append(item)
        if self._wanted is not None and item.key == self._wanted:
            self.index = len(self.items) - 1
        return item

    def drop_sections(self, names: tuple[str, ...]) -> None:
        """Forget the controls of some sections (they are being rebuilt); keep the focus key."""
        current = self.current
        if current is not None:
            self._wanted = current.key
        self.items = [item for item in self.items if item.section not in names]
        self.index = None
        if self._wanted is not None:
            self._find_wanted()

    def reorder(self, order: tuple[str, ...]) -> None:
        """Sort the controls by section, in `order`, keeping each section's own order."""
        rank = {name: k for k, name in enumerate(order)}
        current = self.current
        self.items.sort(key=lambda item: rank.get(item.section, len(rank)))
        self.index = None
        if current is not None:
            self.index = next((i for i, item in enumerate(self.items) if item is current), None)
        if self._wanted is not None:
            self._find_wanted()

    def _find_wanted(self) -> None:
        for i, item in enumerate(self.items):
            if item.key == self._wanted:
                self.index = i
                return

    def settle(self, default_key: str | None = None) -> None:
        """After a build: keep the remembered focus, else the default, else nothing."""
        if self.index is None and default_key is not None:
            self.focus_key(default_key)
        self._wanted = None
        self._sync_text_focus()

    def forget(self) -> None:
        """A new scene starts with no remembered focus."""
        self._wanted = None
        self.index = None

    @property
    def current(self) -> Focusable | None:
        if self.index is None or self.index >= len(self.items):
            return None
        return self.items[self.index]

    def focus_key(self, key: str) -> bool:
        for i, item in enumerate(self.items):
            if item.key == key and item.usable():
                self.index = i
                self._sync_text_focus()
                return True
        return False

    def focus_widget(self, widget: UIElement) -> None:
        for i, item in enumerate(self.items):
            if item.widget is widget:
                self.index = i
                return

    def move(self, step: int) -> None:
        usable = [i for i, item in enumerate(self.items) if item.usable()]
        if not usable:
            self.index = None
            return
        if self.index is None or self.index not in usable:
            self.index = usable[0] if step > 0 else usable[-1]
        else:
            pos = usable.index(self.index)
            self.index = usable[(pos + step) % len(usable)]
        self._sync_text_focus()
        self._scroll_into_view()

    def activate(self) -> bool:
        item = self.current
        if item is None or not item.usable() or item.activate is None:
            return False
        item.activate()
        return True

    def arrow(self, step: int) -> bool:
        item = self.current
        return bool(item and item.on_arrow and item.on_arrow(step))

    def _sync_text_focus(self) -> None:
        item = self.current
        manager = item.widget.ui_manager if item else None
        if item is not None and item.is_text:
            manager.set_focus_set(item.widget)
        elif item is not None:
            focused = manager.get_focus_set()
            if focused and any(isinstance(w, UITextEntryLine) for w in focused):
                manager.set_focus_set(None)

    def show_current(self) -> None:
        """Scroll the focused control into view (a scene built afresh starts scrolled up)."""
        self._scroll_into_view()

    def _scroll_into_view(self) -> None:
        """Scroll a surrounding scrolling container so the focused control shows."""
        item = self.current
        if item is None:
            return
        container = item.widget.ui_container
        scroller = getattr(container, "_scroller", None)
        if scroller is None:
            return
        scroller.scroll_to_show(item.widget)

    def draw(self, surface: pygame.Surface, colour: pygame.Color) -> None:
        item = self.current
        if item is None or not item.usable():
            return
        rect = item.widget.rect.inflate(6, 6)
        clip = _visible_area(item.widget)
        if clip is not None and not clip.colliderect(rect):
            return
        old = surface.get_clip()
        if clip is not None:
            surface.set_clip(clip.inflate(8, 8))
        pygame.draw.rect(surface, colour, rect, FOCUS_RING, border_radius=8)
        surface.set_clip(old)


def _visible_area(widget: UIElement) -> pygame.Rect | None:
    container = widget.ui_container
    scroller = getattr(container, "_scroller", None)
    return scroller.rect if scroller is not None else None
