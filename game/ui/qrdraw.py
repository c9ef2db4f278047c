"""A QR code as a pygame image: black modules on white, scaled up without smoothing."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.net.qr import modules


@lru_cache(maxsize=8)
def _base(url: str) -> pygame.Surface:
    rows = modules(url)
    image = pygame.Surface((len(rows[0]), len(rows)))
    image.fill((255, 255, 255))
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.set_at((x, y), (0, 0, 0))
    return image


def qr_image(url: str, side: int) -> pygame.Surface:
    """The QR code of `url`, `side` pixels square at most (a whole number of pixels per
    module, so every module stays sharp for a phone's camera)."""
    base = _base(url)
    per_module = max(1, side // base.get_width())
    size = base.get_width() * per_module
    return pygame.transform.scale(base, (size, size))
