"""The actor-kind icons from assets/icons, scaled once per size."""

from __future__ import annotations

from functools import cache

import pygame

from game.play.assets import icon_file


@cache
def _original(kind: str) -> pygame.Surface:
    return pygame.image.load(str(icon_file(kind))).convert_alpha()


@cache
def icon(kind: str, size: int) -> pygame.Surface:
    """The icon of `kind` as a `size`×`size` surface."""
    return pygame.transform.smoothscale(_original(kind), (size, size))


def clear() -> None:
    """Forget scaled icons (after the display mode changed)."""
    _original.cache_clear()
    icon.cache_clear()
