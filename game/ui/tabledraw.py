"""Draws the negotiation table: an oval of felt with each party's seat around it."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.play.kinds import kind_colour
from game.ui.icons import icon
from game.ui.theme import Palette, font


@dataclass(frozen=True)
class Seat:
    name: str
    role: str
    kind: str
    status: str = ""
    to_move: bool = False
    gone: bool = False
    you: bool = False


DrawText = Callable[..., pygame.Rect]
WrapText = Callable[..., list[str]]  # (text, size, width, bold=, max_lines=) -> lines

NAME_LINES = 3  # a party's name wraps onto this many lines before anything is cut
TEXT_SHARE = 0.42  # the width of a seat's text as a share of the table area
LIST_SCALE = 1.5  # from this font scale on, the seats are a list: an oval has no room for names
LIST_NAME_PT, LIST_STATUS_PT = 11, 10  # text sizes in that list (times the font scale)
LIST_NAME_LINES = 2


def seat_positions(rect: pygame.Rect, n: int) -> list[tuple[int, int]]:
    """Centres of n seats on an oval inside `rect`, first seat at the bottom (the player)."""
    cx, cy = rect.center
    rx, ry = rect.width * 0.36, rect.height * 0.27
    out = []
    for k in range(n):
        angle = math.pi / 2 + 2 * math.pi * k / max(n, 1)
        out.append((round(cx + rx * math.cos(angle)), round(cy + ry * math.sin(angle))))
    return out


def _lines_height(lines: list[tuple[str, int, pygame.Color, bool]], scale: float) -> int:
    """How tall lines of (text, size, colour, bold) are drawn one under the other."""
    return sum(font(round(pt * scale), bold).get_height() for _, pt, _, bold in lines)


def draw_table(
    surface: pygame.Surface,
    rect: pygame.Rect,
    seats: list[Seat],
    palette: Palette,
    text: DrawText,
    wrap: WrapText,
    scale: float = 1.0,
    centre: str = "",
    as_list: bool | None = None,
) -> None:
    """The felt, then every seat: kind icon, name (wrapped, never cut short while it fits on
    three lines), role and status, kept inside `rect`. With large text the seats are a list."""
    if as_list if as_list is not None else scale >= LIST_SCALE:
        draw_seat_list(surface, rect, seats, palette, text, wrap, scale)
        return
    felt = pygame.Rect(0, 0, round(rect.width * 0.46), round(rect.height * 0.28))
    felt.center = rect.center
    shadow = felt.move(0, 6)
    pygame.draw.ellipse(surface, palette.felt_edge, shadow)
    pygame.draw.ellipse(surface, palette.felt, felt)
    pygame.draw.ellipse(surface, palette.felt_edge, felt, 3)
    if centre:  # on the lines `wrap` gives, centred on the felt
        lines = wrap(centre, 15, felt.width - 20, bold=True, max_lines=2)
        step = font(round(15 * scale), True).get_linesize()
        top = felt.centery - step * len(lines) // 2
        for k, line in enumerate(lines):
            text(
                surface,
                line,
                (felt.centerx, top + k * step + step // 2),
                15,
                palette.seat_text,
                bold=True,
                anchor="center",
                max_width=felt.width - 20,
            )
    size = max(28, min(round(48 * scale), rect.height // 8))
    width = max(80, round(rect.width * TEXT_SHARE))
    for seat, (x, y) in zip(seats, seat_positions(rect, len(seats)), strict=True):
        image = icon(seat.kind, size)
        if seat.gone:
            image = image.copy()
            image.set_alpha(90)
        upper = y < rect.centery - 4
        box = image.get_rect(center=(x, y))
        if seat.to_move:
            pygame.draw.circle(surface, palette.focus, box.center, size // 2 + 6, 4)
        elif seat.you:
            pygame.draw.circle(surface, kind_colour(seat.kind), box.center, size // 2 + 5, 2)
        surface.blit(image, box)
        colour = palette.muted if seat.gone else palette.ink
        name = wrap(seat.name, 13, width, bold=True, max_lines=NAME_LINES)
        lines = [(name_line, 13, colour, True) for name_line in name]
        if len(name) < NAME_LINES:  # a long name takes the role's line (the briefing has it)
            lines.append((seat.role, 11, palette.muted, False))
        if seat.status:
            lines.append((seat.status, 11, palette.bad if seat.gone else palette.accent, False))
        # the text stays inside the area: its centre moves in from the edges
        tx = min(max(x, rect.left + width // 2), rect.right - width // 2)
        # names above the seats in the upper half, below them in the lower half: never on the felt
        height = _lines_height(lines, scale)
        if upper and box.top - 4 - height < rect.top and len(name) < NAME_LINES:
            # no room above for the role too: the name and status keep it (the briefing has it)
            lines.pop(len(name))
            height = _lines_height(lines, scale)
        below = []  # the status goes under the seat instead, when above has no room for it
        if upper and box.top - 4 - height < rect.top and seat.status:
            below = [lines.pop()]
            height = _lines_height(lines, scale)
        top = max(box.top - 4 - height, rect.top) if upper else box.bottom + 2
        for run, y_text in ((lines, top), (below, box.bottom + 2)):
            for text_line, size_pt, colour_line, bold in run:
                y_text = text(
                    surface,
                    text_line,
                    (tx, y_text),
                    size_pt,
                    colour_line,
                    bold=bold,
                    anchor="midtop",
                    max_width=width,
                ).bottom


def draw_seat_list(
    surface: pygame.Surface,
    rect: pygame.Rect,
    seats: list[Seat],
    palette: Palette,
    text: DrawText,
    wrap: WrapText,
    scale: float,
) -> list[pygame.Rect]:
    """The seats one under the other, for large text: icon, name (wrapped), status; where
    each seat went (a keyboard user tabs from seat to seat in a list that scrolls)."""
    size = round(26 * scale)
    gap = round(4 * scale)
    x_text = rect.x + size + 2 * gap
    width = rect.right - x_text - gap
    y = rect.y + gap
    rows: list[pygame.Rect] = []
    for seat in seats:
        name = wrap(seat.name, LIST_NAME_PT, width, bold=True, max_lines=LIST_NAME_LINES)
        lines = [
            (line, LIST_NAME_PT, palette.muted if seat.gone else palette.ink, True) for line in name
        ]
        colour = palette.bad if seat.gone else palette.accent
        for line in wrap(seat.status, LIST_STATUS_PT, width, max_lines=LIST_NAME_LINES):
            lines.append((line, LIST_STATUS_PT, colour, False))
        height = _lines_height(lines, scale)
        if y + max(height, size) > rect.bottom:
            break  # no room for another whole seat
        image = icon(seat.kind, size)
        if seat.gone:
            image = image.copy()
            image.set_alpha(90)
        box = image.get_rect(topleft=(rect.x + gap, y))
        if seat.to_move:
            pygame.draw.circle(surface, palette.focus, box.center, size // 2 + 4, 3)
        elif seat.you:
            pygame.draw.circle(surface, kind_colour(seat.kind), box.center, size // 2 + 3, 2)
        surface.blit(image, box)
        y_text = y
        for line, size_pt, colour, bold in lines:
            y_text = text(
                surface, line, (x_text, y_text), size_pt, colour, bold=bold, max_width=width
            ).bottom
        bottom = max(y_text, box.bottom)
        rows.append(pygame.Rect(rect.x, y - gap // 2, rect.width, bottom - y + gap))
        y = bottom + gap
    return rows


def seat_list_height(
    names: list[str], width: int, wrap: WrapText, scale: float, status: str = ""
) -> int:
    """The height `draw_seat_list` needs for these names, each with a status as long as
    `status` (one line when it is not given)."""
    size = round(26 * scale)
    gap = round(4 * scale)
    name_h = font(round(LIST_NAME_PT * scale), True).get_height()
    status_h = font(round(LIST_STATUS_PT * scale)).get_height()
    text_w = width - size - 3 * gap
    total = gap
    for name in names:
        lines = len(wrap(name, LIST_NAME_PT, text_w, bold=True, max_lines=LIST_NAME_LINES))
        status_lines = len(wrap(status, LIST_STATUS_PT, text_w, max_lines=LIST_NAME_LINES)) or 1
        total += max(size, lines * name_h + status_lines * status_h) + gap
    return total
