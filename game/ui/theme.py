"""The pygame_gui theme and the colours the scenes draw with, at the chosen font scale.

assets/theme/theme.json is the calm default; theme_high_contrast.json is laid over it.
Its "screen" block holds colours for what the scenes draw themselves (the table, charts).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache

import pygame

from game.play.assets import ASSETS, font_file

FONT_NAME = "noto"


@dataclass(frozen=True)
class Palette:
    background: pygame.Color
    felt: pygame.Color
    felt_edge: pygame.Color
    focus: pygame.Color
    seat_text: pygame.Color
    accent: pygame.Color
    good: pygame.Color
    bad: pygame.Color
    muted: pygame.Color
    ink: pygame.Color
    card: pygame.Color
    chart_possible: pygame.Color
    chart_reached: pygame.Color


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@cache
def _raw(high_contrast: bool) -> dict:
    base = json.loads((ASSETS / "theme" / "theme.json").read_text(encoding="utf-8"))
    if high_contrast:
        over = json.loads((ASSETS / "theme" / "theme_high_contrast.json").read_text("utf-8"))
        base = _merge(base, over)
    return base


def theme_data(high_contrast: bool, scale: float) -> dict:
    """The pygame_gui theme as a dict, font sizes multiplied by `scale`, our font files set."""
    data = copy.deepcopy(_raw(high_contrast))
    data.pop("screen", None)
    paths = {
        "regular_path": str(font_file("Regular")),
        "bold_path": str(font_file("Bold")),
        "italic_path": str(font_file("Italic")),
        "bold_italic_path": str(font_file("BoldItalic")),
    }
    for block in data.values():
        font = block.get("font")
        if isinstance(font, dict):
            font["size"] = str(round(int(font.get("size", 15)) * scale))
            font.update(paths)
    return data


def palette(high_contrast: bool) -> Palette:
    screen = _raw(high_contrast)["screen"]
    return Palette(**{name: pygame.Color(value) for name, value in screen.items()})


@cache
def font(size: int, bold: bool = False, italic: bool = False) -> pygame.font.Font:
    """Our shipped font for text the scenes draw themselves."""
    style = ("Bold" if bold else "") + ("Italic" if italic else "") or "Regular"
    return pygame.font.Font(str(font_file(style)), size)
