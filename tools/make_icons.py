"""Draws the actor-kind icons in assets/icons/ with pygame.draw (our own work, EUPL-1.2).

Each icon is a flat disc in the kind's colour with a white pictogram. Shapes are drawn four
times larger and scaled down smoothly, which gives clean anti-aliased edges.

    .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.play.kinds import ICON_SIZE, KIND_COLOURS  # noqa: E402

SCALE = 4
WHITE = (255, 255, 255)
Point = tuple[float, float]


class Pen:
    """Draws in a 96×96 unit grid on a surface four times larger."""

    def __init__(self, surface: pygame.Surface, colour: tuple[int, int, int]) -> None:
        self.s = surface
        self.bg = colour

    def _p(self, x: float, y: float) -> tuple[int, int]:
        return round(x * SCALE), round(y * SCALE)

    def poly(self, points: list[Point], colour: tuple[int, int, int] = WHITE) -> None:
        pygame.draw.polygon(self.s, colour, [self._p(x, y) for x, y in points])

    def rect(self, x: float, y: float, w: float, h: float, colour=WHITE, radius: float = 0) -> None:
        r = pygame.Rect(*self._p(x, y), round(w * SCALE), round(h * SCALE))
        pygame.draw.rect(self.s, colour, r, border_radius=round(radius * SCALE))

    def circle(self, x: float, y: float, r: float, colour=WHITE, width: float = 0) -> None:
        pygame.draw.circle(self.s, colour, self._p(x, y), round(r * SCALE), round(width * SCALE))

    def line(self, a: Point, b: Point, width: float, colour=WHITE) -> None:
        pygame.draw.line(self.s, colour, self._p(*a), self._p(*b), round(width * SCALE))
        self.circle(*a, width / 2, colour)
        self.circle(*b, width / 2, colour)

    def person(self, x: float, y: float, size: float, colour=WHITE) -> None:
        """A head and rounded shoulders, centred on x, head top at y."""
        self.circle(x, y + size * 0.22, size * 0.22, colour)
        self.rect(x - size * 0.36, y + size * 0.5, size * 0.72, size * 0.5, colour, size * 0.3)


def gemeente(p: Pen) -> None:
    p.poly([(22, 38), (48, 22), (74, 38)])
    for x in (27, 38.5, 50, 61.5):
        p.rect(x, 42, 7, 22)
    p.rect(22, 66, 52, 5)
    p.rect(18, 73, 60, 5)


def ggz(p: Pen) -> None:
    p.circle(48, 38, 18)
    p.rect(24, 60, 48, 20, WHITE, 12)
    # a heart inside the head
    p.circle(43.5, 35, 5, p.bg)
    p.circle(52.5, 35, 5, p.bg)
    p.poly([(39, 37), (57, 37), (48, 47)], p.bg)


def politie(p: Pen) -> None:
    p.poly([(48, 18), (74, 28), (72, 52), (48, 78), (24, 52), (22, 28)])
    star = []
    for k in range(10):
        r = 13 if k % 2 == 0 else 5.5
        a = -math.pi / 2 + k * math.pi / 5
        star.append((48 + r * math.cos(a), 45 + r * math.sin(a)))
    p.poly(star, p.bg)


def ambulance(p: Pen) -> None:
    blue = (13, 71, 161)
    p.circle(48, 48, 31)
    for angle in (0, 60, 120):
        a = math.radians(angle)
        dx, dy = math.cos(a), math.sin(a)
        nx, ny = -dy, dx
        length, half = 24, 6
        p.poly(
            [
                (48 - dx * length + nx * half, 48 - dy * length + ny * half),
                (48 + dx * length + nx * half, 48 + dy * length + ny * half),
                (48 + dx * length - nx * half, 48 + dy * length - ny * half),
                (48 - dx * length - nx * half, 48 - dy * length - ny * half),
            ],
            blue,
        )
    p.line((48, 34), (48, 62), 3, WHITE)


def zorgverzekeraar(p: Pen) -> None:
    p.poly([(48, 18), (74, 27), (72, 52), (48, 78), (24, 52), (22, 27)])
    p.rect(43, 32, 10, 30, p.bg)
    p.rect(33, 42, 30, 10, p.bg)


def bewoners(p: Pen) -> None:
    p.person(28, 36, 26)
    p.person(68, 36, 26)
    p.circle(48, 33, 9, p.bg)
    p.rect(33, 45, 30, 27, p.bg, 10)
    p.person(48, 28, 34)


def woningcorporatie(p: Pen) -> None:
    for x, top in ((16, 40), (38, 30), (60, 40)):
        p.poly([(x, top + 12), (x + 11, top), (x + 22, top + 12)])
        p.rect(x + 2, top + 12, 18, 72 - top - 12)
        p.rect(x + 8, 62, 6, 10, p.bg)
    p.rect(14, 72, 70, 4)


def jeugdhulp(p: Pen) -> None:
    p.person(38, 20, 44)
    p.person(64, 44, 26)
    p.line((52, 56), (60, 60), 5)


def schuldhulp(p: Pen) -> None:
    p.circle(48, 48, 28, WHITE, 5)
    font = pygame.font.Font(str(ROOT / "assets" / "fonts" / "NotoSans-Bold.ttf"), 36 * SCALE)
    glyph = font.render("€", True, WHITE)
    p.s.blit(glyph, glyph.get_rect(center=p._p(47, 50)))


def school(p: Pen) -> None:
    p.poly([(48, 24), (82, 40), (48, 56), (14, 40)])
    p.poly([(28, 48), (68, 48), (68, 64), (48, 72), (28, 64)])
    p.line((76, 43), (76, 62), 3)
    p.circle(76, 65, 4)


def wijkteam(p: Pen) -> None:
    p.circle(48, 50, 22, WHITE, 3)
    for angle in (-90, 30, 150):
        a = math.radians(angle)
        x, y = 48 + 22 * math.cos(a), 50 + 22 * math.sin(a)
        p.circle(x, y, 12, p.bg)
        p.circle(x, y, 9)


def provincie(p: Pen) -> None:
    p.poly([(16, 28), (36, 22), (36, 72), (16, 78)])
    p.poly([(38, 22), (58, 28), (58, 78), (38, 72)])
    p.poly([(60, 28), (80, 22), (80, 72), (60, 78)])
    p.circle(48, 40, 11, p.bg)
    p.circle(48, 40, 8, (255, 214, 0))
    p.poly([(41, 44), (55, 44), (48, 60)], (255, 214, 0))
    p.circle(48, 40, 3.5, p.bg)


def ondernemer(p: Pen) -> None:
    p.rect(22, 44, 52, 32)
    p.rect(18, 26, 60, 10)
    for k in range(5):
        p.circle(24 + k * 12, 36, 6)
    p.rect(30, 54, 12, 22, p.bg)
    p.rect(48, 52, 18, 12, p.bg)


def overig(p: Pen) -> None:
    p.rect(18, 24, 60, 38, WHITE, 12)
    p.poly([(30, 58), (44, 58), (28, 74)])
    for x in (34, 48, 62):
        p.circle(x, 43, 4.5, p.bg)


PICTOGRAMS: dict[str, Callable[[Pen], None]] = {
    "gemeente": gemeente,
    "ggz": ggz,
    "politie": politie,
    "ambulance": ambulance,
    "zorgverzekeraar": zorgverzekeraar,
    "bewoners": bewoners,
    "woningcorporatie": woningcorporatie,
    "jeugdhulp": jeugdhulp,
    "schuldhulp": schuldhulp,
    "school": school,
    "wijkteam": wijkteam,
    "provincie": provincie,
    "ondernemer": ondernemer,
    "overig": overig,
}


def draw_icon(kind: str) -> pygame.Surface:
    """The icon of one kind at ICON_SIZE pixels, transparent outside the disc."""
    big = pygame.Surface((ICON_SIZE * SCALE, ICON_SIZE * SCALE), pygame.SRCALPHA)
    colour = KIND_COLOURS[kind]
    pen = Pen(big, colour)
    pen.circle(48, 48, 46, colour)
    PICTOGRAMS[kind](pen)
    return pygame.transform.smoothscale(big, (ICON_SIZE, ICON_SIZE))


def main() -> int:
    pygame.font.init()
    out = ROOT / "assets" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for kind in KIND_COLOURS:
        pygame.image.save(draw_icon(kind), str(out / f"{kind}.png"))
    sheet = pygame.Surface((ICON_SIZE * 7 + 80, ICON_SIZE * 2 + 30))
    sheet.fill((238, 241, 244))
    for index, kind in enumerate(KIND_COLOURS):
        x = 10 + (index % 7) * (ICON_SIZE + 10)
        y = 10 + (index // 7) * (ICON_SIZE + 10)
        sheet.blit(pygame.image.load(str(out / f"{kind}.png")), (x, y))
    pygame.image.save(sheet, "/tmp/icon_sheet.png")
    print(f"{len(KIND_COLOURS)} icons in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
