"""The window: a stack of scenes, one pygame_gui manager, the clock and the keyboard.

`run_window` is how the `play` command opens the game. Everything a scene needs (settings,
palette, focus, the scene stack) hangs off the `App`; tests drive it frame by frame with
`App.step()` after posting real pygame events.
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
import warnings
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pygame
import pygame_gui
from pygame_gui.core.surface_cache import SurfaceCache
from pygame_gui.core.utility import set_default_manager

from game.play.assets import icon_file
from game.ui.focus import FocusManager
from game.ui.scene import Scene
from game.ui.settings import Settings, load_settings, save_settings
from game.ui.textfit import use_language, wrap_whole
from game.ui.theme import FONT_NAME, Palette, font, palette, theme_data
from game.ui.widgets import Scroller

WINDOW_SIZE = (1280, 720)
MIN_SIZE = (800, 560)
FPS = 60
WHEEL_LINES = 1  # lines of text the wheel scrolls a panel by, a notch
HINT_LINES = 3  # a long status (an error, a file written) wraps onto at most this many lines
HINT_SHARE = 0.4  # a control's hint onto as many as fit in this share of the window's height
HINT_SIZE = 14  # the hint strip's font size at 100% text
HINT_PAD = 4  # above and below the hint's lines, and 3× that left and right
HINT_HOLD = 3.0  # s: a hint longer than its strip shows its first (and last) lines this long
HINT_STEP = 1.5  # s: then rolls on by one line this often, and starts again from the top
BOT_DELAY = 0.7  # seconds between two bot actions, so a person can follow the table
SHAPE_CACHE_PAGES = 6  # pygame_gui caches drawn shapes on 4 MB pages; start afresh beyond this

#: The hint strip's room (lines) a kind of scene settled on last, by window size and settings:
#: a new scene of that kind is first laid out above it, not above one line that its hints
#: would make it build again at once (a wrong guess costs that same extra build)
_HINT_LINES_LAST: dict[tuple, int] = {}
HINT_GUESSES = 256  # kept at most, then started afresh


class App:
    """One game window. Create it, push a first scene, then `run()` (or `step()` in tests)."""

    def __init__(
        self,
        settings: Settings | None = None,
        size: tuple[int, int] = WINDOW_SIZE,
        persist: bool = True,
    ) -> None:
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        pygame.display.init()
        pygame.font.init()
        pygame.key.set_repeat(400, 40)
        self.settings = settings or load_settings()
        use_language(self.settings.lang)  # long words break by the window's language
        self.persist = persist
        self.windowed_size = size
        self.fullscreen = False
        self.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
        pygame.display.set_caption("Omgevingstafel")
        with contextlib.suppress(pygame.error):
            pygame.display.set_icon(pygame.image.load(str(icon_file("gemeente"))))
        self.palette: Palette = palette(self.settings.high_contrast)
        self.ui = self._make_manager()
        self.focus = FocusManager()
        self.scenes: list[Scene] = []
        self.clock = pygame.time.Clock()
        self.running = True
        self.exit_code = 0
        self._rebuild = False
        self.garbage = False  # widgets were killed this frame: collect their cycles
        self._status: str | None = None
        self.hint_rect: pygame.Rect | None = None  # where the hint strip was drawn last frame
        self.hint_shown: tuple[str, ...] = ()  # the lines it showed (a long hint: a part)
        self.standing_rect: pygame.Rect | None = None  # the scene's standing line above it
        self._hint_text: str | None = None  # the hint the strip shows, and for how long
        self._hint_time = 0.0
        self.tickers: list[Callable[[float], None]] = []
        self.bot_delay = BOT_DELAY
        self.watcher = None  # set by watch mode (game/ui/watch.py)

    # --- the manager and the settings -----------------------------------------------------
    def _make_manager(self) -> pygame_gui.UIManager:
        # pygame_gui warns about every font style it loads lazily (bold, italic in text boxes)
        warnings.filterwarnings("ignore", category=UserWarning, module="pygame_gui")
        manager = pygame_gui.UIManager(
            self.screen.get_size(),
            theme_data(self.settings.high_contrast, self.settings.scale),
            enable_live_theme_updates=False,
        )
        set_default_manager(manager)
        scale = self.settings.scale
        manager.preload_fonts(
            [
                {"name": FONT_NAME, "point_size": round(size * scale), "style": style}
                for size in (14, 15)
                for style in ("bold", "italic")
            ]
        )
        return manager

    def apply_settings(self, settings: Settings) -> None:
        """Switch language, font scale or contrast at once and keep them for next time."""
        old = self.settings
        self.settings = settings
        use_language(settings.lang)
        if self.persist:
            save_settings(settings)
        if (old.font_scale, old.high_contrast) != (settings.font_scale, settings.high_contrast):
            self.palette = palette(settings.high_contrast)
            self.ui = self._make_manager()
            font.cache_clear()
        self.request_rebuild()

    # --- the scene stack ------------------------------------------------------------------
    @property
    def scene(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene, backdrop: bool = False) -> None:
        """Put a scene on top; with `backdrop`, a dimmed picture of the screen stays behind it."""
        if backdrop:
            scene.backdrop = self.screen.copy()
        self.scenes.append(scene)
        self.focus.forget()
        scene.hint_lines = _HINT_LINES_LAST.get(self._hint_key(scene), scene.hint_lines)
        self._build()

    def pop(self) -> None:
        if len(self.scenes) > 1:
            self.scenes.pop()
            self.focus.forget()
            self._build()
        else:
            self.quit()

    def replace(self, scene: Scene) -> None:
        """Swap the scene on top for another (the chooser gives way to the seating …)."""
        if self.scenes:
            self.scenes.pop()
        self.push(scene)

    def reset_to(self, scene: Scene) -> None:
        """Clear the stack down to the bottom scene, then put `scene` on it."""
        del self.scenes[1:]
        if scene is not self.scenes[0]:
            self.push(scene)
        else:
            self.focus.forget()
            self._build()

    def request_rebuild(self) -> None:
        self._rebuild = True

    def _build(self) -> None:
        self._rebuild = False
        self.garbage = True
        scene = self.scene
        self.focus.clear()
        self.ui.clear_and_reset()
        if scene is None:
            return
        for tries in range(HINT_LINES, 0, -1):
            scene.actions.clear()
            scene.made = {}
            scene.build()
            self.focus.settle(scene.default_focus)
            needed = self.hint_lines_needed()
            if needed == scene.hint_lines or tries == 1:
                if len(_HINT_LINES_LAST) >= HINT_GUESSES:  # a window dragged through many sizes
                    _HINT_LINES_LAST.clear()
                _HINT_LINES_LAST[self._hint_key(scene)] = scene.hint_lines
                self.focus.show_current()
                return
            # its hints need a strip of another height: lay the scene out again above that
            # (less room never shortens a hint, so this settles within HINT_LINES builds)
            scene.hint_lines = needed
            self.focus.clear()
            self.ui.clear_and_reset()

    def _hint_key(self, scene: Scene) -> tuple:
        return (type(scene), self.screen.get_size(), self.settings)

    def quit(self, code: int = 0) -> None:
        self.running = False
        self.exit_code = code

    # --- the window -----------------------------------------------------------------------
    def toggle_fullscreen(self) -> None:
        if self.fullscreen:
            self.screen = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        else:
            self.windowed_size = self.screen.get_size()
            self.screen = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        self.fullscreen = not self.fullscreen
        self._resized()

    def resize(self, size: tuple[int, int]) -> None:
        size = (max(size[0], MIN_SIZE[0]), max(size[1], MIN_SIZE[1]))
        self.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
        self._resized()

    def _resized(self) -> None:
        self.ui.set_window_resolution(self.screen.get_size())
        self.request_rebuild()

    # --- events ---------------------------------------------------------------------------
    def dispatch(self, event: pygame.event.Event) -> None:
        scene = self.scene
        if event.type == pygame.QUIT:
            self.quit()
            return
        if event.type == pygame.VIDEORESIZE and not self.fullscreen:
            self.resize((event.w, event.h))
            return
        if event.type == pygame.KEYDOWN and self._key_moving_on(event):
            return
        if event.type == pygame.MOUSEWHEEL and self._wheel(event):
            return
        self.ui.process_events(event)
        if event.type == pygame.MOUSEBUTTONDOWN:
            focused = self.ui.get_focus_set() or set()
            for widget in focused:
                self.focus.focus_widget(widget)
        if event.type == pygame_gui.UI_BUTTON_PRESSED and scene is not None:
            self.focus.focus_widget(event.ui_element)
            self.status = None
            scene.on_click(event.ui_element)
        elif event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED:
            item = self.focus.current
            if item is not None and item.widget is event.ui_element and item.activate:
                item.activate()
        elif scene is not None and event.type != pygame.KEYDOWN:
            scene.handle(event)

    def _wheel(self, event: pygame.event.Event) -> bool:
        """The wheel scrolls the scrolling panel under the pointer by a line of text a notch,
        whatever has the focus; True when a panel was there to scroll."""
        scene = self.scene
        if scene is None:
            return False
        pos = pygame.mouse.get_pos()
        for widgets in scene.made.values():
            for _sig, widget in widgets:
                if isinstance(widget, Scroller) and widget.rect.collidepoint(pos):
                    line = font(round(15 * self.settings.scale)).get_linesize()
                    widget.scroll_by(-event.y * WHEEL_LINES * line)
                    return True
        return False

    def _key_moving_on(self, event: pygame.event.Event) -> bool:
        """`_key`; where the key took the focus elsewhere (Tab, an arrow, a panel key), a
        status from before goes, so the strip speaks of the control now in focus."""
        before = self.focus.current.key if self.focus.current is not None else None
        status = self._status
        used = self._key(event)
        now = self.focus.current.key if self.focus.current is not None else None
        if status and self._status is status and now != before:
            self.status = None
        return used

    def _key(self, event: pygame.event.Event) -> bool:
        """Keys for the whole window; True when the key was used here."""
        scene = self.scene
        key = event.key
        shift = bool(event.mod & pygame.KMOD_SHIFT)
        item = self.focus.current
        typing = item is not None and item.is_text and item.widget.is_focused
        if key == pygame.K_F11:
            self.toggle_fullscreen()
            return True
        if key == pygame.K_TAB:
            self.focus.move(-1 if shift else 1)
            self.status = None
            return True
        if scene is not None and scene.handle(event):
            return True
        if key == pygame.K_ESCAPE:
            if scene is not None:
                scene.escape()
            return True
        if key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.status = None
            self.focus.activate()
            return True
        if typing:
            return False  # letters, space and arrows go to the text field
        if key == pygame.K_SPACE:
            self.status = None
            self.focus.activate()
            return True
        if key in (pygame.K_LEFT, pygame.K_RIGHT):
            step = -1 if key == pygame.K_LEFT else 1
            if not self.focus.arrow(step):
                self.focus.move(step)
            return True
        if key in (pygame.K_UP, pygame.K_DOWN):
            self.focus.move(-1 if key == pygame.K_UP else 1)
            return True
        return False

    # --- the loop -------------------------------------------------------------------------
    def step(self, dt: float | None = None) -> None:
        """One frame: events, updates, drawing."""
        elapsed = self.clock.tick(FPS if dt is None else 0) / 1000
        dt = elapsed if dt is None else dt
        for event in pygame.event.get():
            self.dispatch(event)
            if not self.running:
                return
        for tick in list(self.tickers):
            tick(dt)
        self._hint_time += dt
        scene = self.scene
        if scene is not None:
            scene.update(dt)
        if self._rebuild:
            self._build()
        self._trim_shape_cache()
        if self.garbage:
            # killed pygame_gui widgets sit in reference cycles holding large text surfaces;
            # without a collection here memory climbs by megabytes per rebuild until Python's
            # occasional full collection
            self.garbage = False
            gc.collect()
        self.ui.update(dt)
        self.draw()

    def _trim_shape_cache(self) -> None:
        """pygame_gui keeps every drawn button shape; a long game would keep adding 4 MB pages.
        A fresh cache only costs redrawing shapes on their next use."""
        theme = self.ui.get_theme()
        if len(theme.shape_cache.cache_surfaces) > SHAPE_CACHE_PAGES:
            theme.shape_cache = SurfaceCache()

    def draw(self) -> None:
        scene = self.scene
        if scene is None:
            return
        scene.drawn_texts = []
        scene.draw_below(self.screen)
        self.ui.draw_ui(self.screen)
        scene.draw_above(self.screen)
        self.focus.draw(self.screen, self.palette.focus)
        self._draw_hint()
        pygame.display.flip()

    @property
    def status(self) -> str | None:
        """A message for the hint strip (an error, a file written) until the next click."""
        return self._status

    @status.setter
    def status(self, text: str | None) -> None:
        self._status = text
        scene = self.scene
        if text and scene is not None and self._room_for(text) > scene.hint_lines:
            self.request_rebuild()  # the scene makes room above the taller strip

    def hint(self) -> str | None:
        """What the strip at the bottom says: the status, else the hint of the control under
        the mouse, else that of the focused control, else the scene's own (its keys)."""
        if self.status:
            return self.status
        hovered = next(
            (
                item
                for item in self.focus.items
                if item.hint and getattr(item.widget, "hovered", False) and item.usable()
            ),
            None,
        )
        item = hovered or self.focus.current
        if item is not None and item.usable() and item.hint:
            return item.hint
        return self.scene.idle_hint() if self.scene is not None else None

    def _hint_size(self) -> int:
        return round(HINT_SIZE * self.settings.scale)

    def hint_height(self) -> int:
        """How tall the hint strip of the scene on top may get: it lays out above this, so the
        strip never covers its buttons."""
        lines = self.scene.hint_lines if self.scene is not None else 1
        return font(self._hint_size()).get_linesize() * lines + 2 * HINT_PAD

    def hint_line_cap(self) -> int:
        """The most lines the strip keeps room for a control's hint in this window (at least
        HINT_LINES), and less where the scene on top caps it (`Scene.hint_cap`): a hint is
        known before it shows, so the scene makes room for it; a status may echo what
        someone typed, and gets room for HINT_LINES. A longer text rolls through the strip."""
        room = self.screen.get_height() * HINT_SHARE - 2 * HINT_PAD
        cap = max(HINT_LINES, int(room // font(self._hint_size()).get_linesize()))
        scene_cap = self.scene.hint_cap() if self.scene is not None else None
        return cap if scene_cap is None else max(1, min(cap, scene_cap))

    def hint_lines_in(self, height: int) -> int:
        """How many lines of the hint strip fit in `height` pixels (the strip's padding too)."""
        return max(0, (height - 2 * HINT_PAD) // font(self._hint_size()).get_linesize())

    def hint_lines_of(self, text: str) -> int:
        """How many lines `text` takes whole in the hint strip at the present width and text
        size (the strip may show them a part at a time: see `_draw_hint`)."""
        return len(self._lines_of(text))

    def _lines_of(self, text: str) -> tuple[str, ...]:
        return _hint_lines(text, self._hint_size(), self.screen.get_width() - 6 * HINT_PAD)

    def _room_for(self, text: str) -> int:
        """The strip's lines `text` asks room for: all of them, up to the cap."""
        cap = min(HINT_LINES, self.hint_line_cap()) if text == self._status else None
        return min(self.hint_lines_of(text), cap or self.hint_line_cap())

    def hint_lines_needed(self) -> int:
        """Lines for the longest hint the scene on top can show now (a control's or the
        status), so the strip's room is known before anyone hovers or tabs to that control."""
        hints = [item.hint for item in self.focus.items if item.hint and item.usable()]
        if self.scene is not None:
            hints += self.scene.hints_to_come()
        if self._status:
            hints.append(self._status)
        return max((self._room_for(text) for text in hints), default=1)

    def make_room_for_hints(self) -> None:
        """After part of a scene was built again: if a hint of its new controls needs a
        taller strip, lay the whole scene out again above it."""
        scene = self.scene
        if scene is not None and self.hint_lines_needed() > scene.hint_lines:
            self.request_rebuild()

    def _draw_hint(self) -> None:
        """A strip at the bottom with the hint, wrapped onto a few lines when it is long; a
        hint longer than the scene's room for it rolls through the strip a line at a time
        (a small triangle says more follows), so it is never cut and never covers a button."""
        text = self.hint()
        self.hint_rect = None
        self.hint_shown = ()
        self.standing_rect = None
        if text != self._hint_text:
            self._hint_text, self._hint_time = text, 0.0
        if not text:
            return
        w, h = self.screen.get_size()
        f = font(self._hint_size())
        lines = self._lines_of(text)
        room = self.scene.hint_lines if self.scene is not None else len(lines)
        first = roll_offset(len(lines), max(1, room), self._hint_time)
        shown = lines[first : first + max(1, room)]
        step = f.get_linesize()
        height = step * len(shown) + 2 * HINT_PAD
        bar = pygame.Rect(0, h - height, w, height)
        self._draw_standing(text, max(1, room) - len(shown), bar)
        pygame.draw.rect(self.screen, self.palette.ink, bar)
        for k, line in enumerate(shown):
            image = f.render(line, True, self.palette.background)
            self.screen.blit(image, (3 * HINT_PAD, bar.y + HINT_PAD + k * step))
        if first > 0:  # lines above: a triangle up, top right
            _triangle(self.screen, self.palette.background, (w - 2 * HINT_PAD, bar.y), -1)
        if first + len(shown) < len(lines):  # lines below: a triangle down, bottom right
            _triangle(self.screen, self.palette.background, (w - 2 * HINT_PAD, bar.bottom), 1)
        self.hint_rect = bar
        self.hint_shown = shown
        if self.scene is not None:
            self.scene.drawn_texts.append(text)

    def _draw_standing(self, text: str, spare: int, bar: pygame.Rect) -> None:
        """The strip's room above a hint shorter than it: the strip keeps its height (the
        layout above never jumps, and no empty band opens on a small screen) and says the
        scene's standing line there (its keys, what to do), when that fits whole."""
        self.standing_rect = None
        if spare <= 0 or self.scene is None:
            return
        w = self.screen.get_width()
        room = pygame.Rect(0, bar.y - spare * font(self._hint_size()).get_linesize(), w, 0)
        room.height = bar.y - room.y
        pygame.draw.rect(self.screen, self.palette.ink, room)
        standing = self.scene.idle_hint()
        if not standing or standing == text:
            return
        lines = self._lines_of(standing)
        if len(lines) > spare:
            return
        f = font(self._hint_size())
        step = f.get_linesize()
        top = bar.y - len(lines) * step
        for k, line in enumerate(lines):
            image = f.render(line, True, self.palette.background)
            self.screen.blit(image, (3 * HINT_PAD, top + k * step))
        pygame.draw.line(
            self.screen, self.palette.muted, (3 * HINT_PAD, bar.y), (w - 3 * HINT_PAD, bar.y)
        )
        self.standing_rect = pygame.Rect(0, top, w, bar.y - top)
        self.scene.drawn_texts.append(standing)

    def run(self) -> int:
        """Run the window until it closes; the exit code."""
        self.started_up()
        while self.running:
            self.step()
        return self.exit_code

    def started_up(self) -> None:
        """What exists when the window starts running (modules, fonts, the theme, the first
        scene) lives as long as the window: it is kept out of the cycle collection that
        follows every rebuild (a sweep took ~17 ms with it, under 1 ms without)."""
        gc.freeze()

    def close(self) -> None:
        from game.ui import icons

        icons.clear()
        pygame.display.quit()


@lru_cache(maxsize=2048)
def _hint_lines(text: str, size: int, width: int) -> tuple[str, ...]:
    """`text` whole as the hint strip shows it in `width`, a long word broken (kept: scenes
    ask on every rebuild)."""
    return tuple(wrap_whole(text, font(size), width) or [text])


def roll_offset(lines: int, room: int, elapsed: float) -> int:
    """The first of `lines` a strip of `room` lines shows `elapsed` seconds after the hint
    came up: 0 for HINT_HOLD, then one more every HINT_STEP up to the last lines, which stay
    for HINT_HOLD, and round again. Every line shows, each for at least HINT_STEP."""
    last = max(0, lines - room)
    if last == 0:
        return 0
    cycle = 2 * HINT_HOLD + (last - 1) * HINT_STEP
    t = elapsed % cycle
    if t < HINT_HOLD:
        return 0
    return min(last, 1 + int((t - HINT_HOLD) // HINT_STEP))


def _triangle(surface: pygame.Surface, colour, tip: tuple[int, int], down: int) -> None:
    """A small triangle at the strip's right edge, pointing down (`down` 1) or up (-1),
    its flat side `HINT_PAD` inside the strip's edge at `tip`."""
    x, y = tip
    base = y - down * (HINT_PAD + 5)
    point = y - down * HINT_PAD
    pygame.draw.polygon(surface, colour, [(x - 4, base), (x + 4, base), (x, point)])


def run_window(
    scenario_path: Path | None = None,
    lang: str | None = None,
    watch: bool = False,
    settings: Settings | None = None,
) -> int:
    """Open the game window on the start menu (or straight on `scenario_path`); the exit code.

    `lang` ('nl'/'en') overrides the saved language for this session. With `watch`, the
    scenario file is reloaded whenever it changes and the game so far is replayed on it.
    """
    from game.ui.scenes.menu import MenuScene

    started = time.perf_counter()
    settings = settings or load_settings()
    if lang in ("nl", "en"):
        settings = settings.with_(lang=lang)
    app = App(settings)
    app.started = started
    app.push(MenuScene(app))
    if scenario_path is not None:
        from game.ui.scenes.start import open_scenario

        open_scenario(app, Path(scenario_path), watch=watch)
    try:
        return app.run()
    finally:
        app.close()


__all__ = ["FONT_NAME", "App", "run_window"]
