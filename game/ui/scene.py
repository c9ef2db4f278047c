"""A scene: one screen of the game. It builds its widgets from what it knows, and rebuilds
them from scratch whenever the window, the language or the theme changes."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame
import pygame_gui
from pygame_gui.elements import UIButton, UILabel, UITextBox, UITextEntryLine

from game.text import t
from game.ui.focus import Focusable
from game.ui.textfit import cut, wrap, wrap_whole
from game.ui.theme import font
from game.ui.widgets import Scroller
from game.ui.wrapbutton import WrappedButton

if TYPE_CHECKING:
    from game.ui.app import App


def esc(text: str) -> str:
    """Scenario or player text made safe for pygame_gui's small HTML subset."""
    return html.escape(text, quote=False).replace("\n", "<br>")


class Scene:
    """Base class; subclasses override `build` and optionally the draw and key hooks."""

    default_focus: str | None = None
    hint_room = True  # lay out above the hint strip (see `size`)
    hint_lines = 1  # the hint strip's room in lines: the app sets it to the longest hint's

    def __init__(self, app: App) -> None:
        self.app = app
        self.actions: dict[UIButton, Callable[[], None]] = {}
        self.drawn_texts: list[str] = []
        self.section = ""  # widgets made now belong to this part of the scene
        self.made: dict[str, list] = {}
        self._old: dict[tuple, list] | None = None

    # --- what every scene has -------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.app.settings.lang

    @property
    def ui(self) -> pygame_gui.UIManager:
        return self.app.ui

    @property
    def size(self) -> tuple[int, int]:
        """The room to lay out in: the window less the hint strip at its bottom, as tall as
        the scene's longest hint needs, so the strip never covers a button (scenes that keep
        that room themselves set `hint_room` False and use `app.hint_height()`)."""
        w, h = self.app.screen.get_size()
        return (w, h - self.app.hint_height()) if self.hint_room else (w, h)

    def s(self, value: float) -> int:
        """A length scaled with the font scale."""
        return round(value * self.app.settings.scale)

    def tr(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def refresh(self) -> None:
        """Ask for a rebuild at the end of this frame (never mid-event)."""
        self.app.request_rebuild()

    # --- building -------------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def button(
        self,
        rect: pygame.Rect,
        text: str,
        action: Callable[[], None] | None,
        *,
        key: str | None = None,
        object_id: str | None = None,
        tooltip: str | None = None,
        enabled: bool = True,
        selected: bool = False,
        container=None,
        focusable: bool = True,
        on_arrow: Callable[[int], bool] | None = None,
        lines: list[str] | None = None,
        line_font: pygame.font.Font | None = None,
        on_key: Callable[[], None] | None = None,
    ) -> UIButton:
        """A button that runs `action` on a click, or on Enter/Space when it has the focus
        (`on_key` instead, where a key should act more carefully than an aimed click);
        given `lines` (in `line_font`), it shows `text` on those lines. `tooltip` is the
        control's hint: the strip at the bottom shows it on hover and focus (no pop-up, which
        would cover the option below the pointer and be cut off by the strip)."""
        sig = ("button", key or text, tuple(rect), id(container), object_id, bool(lines))
        widget = self._reuse(sig)
        if widget is None and lines:
            widget = WrappedButton(
                rect,
                text,
                lines,
                line_font or font(self.s(15)),
                self.ui,
                container=container,
                object_id=object_id,
            )
        elif widget is None:
            widget = UIButton(
                rect,
                text,
                self.ui,
                container=container,
                object_id=object_id,
            )
        else:
            if lines:
                widget.set_lines(text, lines)
            elif widget.text != text:
                widget.set_text(text)
            if widget.is_selected and not selected:
                widget.unselect()
            if widget.is_enabled != enabled:
                widget.enable() if enabled else widget.disable()
        if not enabled and widget.is_enabled:
            widget.disable()
        if selected and not widget.is_selected:
            widget.select()
        if action is not None:
            self.actions[widget] = action
        if focusable:
            self.app.focus.add(
                Focusable(
                    key or text,
                    widget,
                    on_key or action,
                    hint=tooltip,
                    on_arrow=on_arrow,
                    section=self.section,
                )
            )
        return self.keep(widget, sig)

    def label(
        self, rect: pygame.Rect, text: str, object_id: str | None = None, container=None
    ) -> UILabel:
        sig = ("label", tuple(rect), id(container), object_id)
        widget = self._reuse(sig)
        if widget is None:
            widget = UILabel(rect, text, self.ui, container=container, object_id=object_id)
        elif widget.text != text:
            widget.set_text(text)
        return self.keep(widget, sig)

    def label_lines(
        self,
        rect: pygame.Rect,
        text: str,
        object_id: str | None,
        line_font: pygame.font.Font,
        container=None,
    ) -> int:
        """`text` whole as labels, one a line of `rect`'s width (in `line_font`, the font of
        `object_id`), the first in `rect` and each next one a line lower; the y below them."""
        lines = wrap_whole(text, line_font, rect.width - 8) or [""]
        step = line_font.get_linesize()
        for k, line in enumerate(lines):
            self.label(rect.move(0, k * step), line, object_id, container)
        return rect.bottom + (len(lines) - 1) * step

    def textbox(
        self, rect: pygame.Rect, html_text: str, object_id: str | None = None, container=None
    ) -> UITextBox:
        sig = ("textbox", html_text, tuple(rect), id(container), object_id)
        widget = self._reuse(sig)
        if widget is None:
            widget = UITextBox(html_text, rect, self.ui, container=container, object_id=object_id)
        return self.keep(widget, sig)

    def scroller(self, rect: pygame.Rect) -> Scroller:
        """A vertical scrolling area; kept (with its scroll position) across partial rebuilds."""
        sig = ("scroller", tuple(rect))
        scroller = self._reuse(sig)
        if scroller is None:
            scroller = Scroller(rect, self.ui)
        return self.keep(scroller, sig)

    def entry(
        self,
        rect: pygame.Rect,
        key: str,
        on_enter: Callable[[], None] | None = None,
        placeholder: str = "",
        text: str = "",
        container=None,
    ) -> UITextEntryLine:
        widget = UITextEntryLine(
            rect, self.ui, container=container, placeholder_text=placeholder or None
        )
        if text:
            widget.set_text(text)
        self.app.focus.add(
            Focusable(key, widget, on_enter, hint=placeholder or None, section=self.section)
        )
        return self.keep(widget, ("entry", key, id(widget)))

    def keep(self, widget, sig: tuple = ()):
        """Note which section made `widget`, so that section alone can be rebuilt."""
        self.made.setdefault(self.section, []).append((sig, widget))
        return widget

    def _reuse(self, sig: tuple):
        """During a partial rebuild: the same widget from before, to update instead of redo."""
        if self._old is None:
            return None
        bucket = self._old.get(sig)
        return bucket.pop() if bucket else None

    def rebuild_sections(self, names: tuple[str, ...], order: tuple[str, ...]) -> None:
        """Build again only the widgets of `names`, reusing those that stay the same."""
        focus = self.app.focus
        focus.drop_sections(names)
        self.app.garbage = True
        self._old = {}
        for name in names:
            for sig, widget in self.made.pop(name, []):
                self._old.setdefault(sig, []).append(widget)
                self.actions.pop(widget, None)
        try:
            for name in names:
                self.section = name
                self.build_section(name)
        finally:
            self.section = ""
            for bucket in self._old.values():
                for widget in bucket:
                    widget.kill()
            self._old = None
        focus.reorder(order)
        focus.settle(self.default_focus)
        self.app.make_room_for_hints()

    def build_section(self, name: str) -> None:
        """Build one section; scenes that rebuild in parts override this."""
        raise NotImplementedError

    # --- hooks ----------------------------------------------------------------------------
    def on_click(self, widget: UIButton) -> None:
        action = self.actions.get(widget)
        if action is not None:
            action()

    def idle_hint(self) -> str | None:
        """What the hint strip says when no control has a hint to show (the scene's keys)."""
        return None

    def hint_cap(self) -> int | None:
        """The most lines the hint strip may keep room for in this scene (None: no limit of
        its own); a longer hint rolls through the strip, line by line, so it still shows
        whole (see `App._draw_hint`)."""
        return None

    def hints_to_come(self) -> list[str]:
        """Hints a control may show without a full rebuild (one that cycles through texts),
        so the hint strip keeps room for them too and the layout stays put meanwhile."""
        return []

    def handle(self, event: pygame.event.Event) -> bool:
        """A key or other event the app did not handle; True when used."""
        return False

    def escape(self) -> None:
        """Esc: one step back."""
        if len(self.app.scenes) > 1:
            self.app.pop()

    def update(self, dt: float) -> None:
        """Called once a frame before drawing (bots take their turns here)."""

    def draw_below(self, surface: pygame.Surface) -> None:
        """Drawn under the widgets."""
        surface.fill(self.app.palette.background)

    def draw_above(self, surface: pygame.Surface) -> None:
        """Drawn over the widgets."""

    def visible_texts(self) -> list[str]:
        """Every text the live widgets hold, plus what the scene drew itself this frame."""
        out: list[str] = list(self.drawn_texts)
        for element in self.ui.get_sprite_group().sprites():
            if not element.alive():
                continue
            for attr in ("text", "html_text", "tool_tip_text"):
                value = getattr(element, attr, None)
                if isinstance(value, str) and value:
                    out.append(value)
            if isinstance(element, UITextEntryLine):
                out.append(element.get_text())
        return out

    def draw_text(
        self,
        surface: pygame.Surface,
        text: str,
        pos: tuple[int, int],
        size: int = 15,
        colour: pygame.Color | None = None,
        *,
        bold: bool = False,
        anchor: str = "topleft",
        max_width: int | None = None,
    ) -> pygame.Rect:
        """Text the scene draws itself (on the table, in charts), cut to fit `max_width`."""
        f = font(self.s(size), bold)
        if max_width is not None:
            text = cut(text, f, max_width)
        self.drawn_texts.append(text)
        image = f.render(text, True, colour or self.app.palette.ink)
        rect = image.get_rect(**{anchor: pos})
        surface.blit(image, rect)
        return rect

    def wrap_text(
        self, text: str, size: int, width: int, *, bold: bool = False, max_lines: int = 2
    ) -> list[str]:
        """`text` in lines that fit `width` at `size` (scaled), for `draw_text` line by line."""
        return wrap(text, font(self.s(size), bold), width, max_lines)

    def fit(self, text: str, width: int, size: int = 15, bold: bool = False) -> str:
        """`text` cut with '…' to fit a widget `width` wide whose font is `size` (scaled)."""
        return cut(text, font(self.s(size), bold), width)
