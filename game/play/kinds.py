"""One colour and one icon per actor kind, so a party is recognised at a glance."""

from __future__ import annotations

from typing import get_args

from game.scenario.model import ActorKind

KINDS: tuple[str, ...] = get_args(ActorKind)

KIND_COLOURS: dict[str, tuple[int, int, int]] = {
    "gemeente": (169, 50, 38),
    "ggz": (108, 63, 160),
    "politie": (26, 58, 143),
    "ambulance": (245, 196, 0),
    "zorgverzekeraar": (0, 137, 123),
    "bewoners": (230, 126, 34),
    "woningcorporatie": (123, 94, 69),
    "jeugdhulp": (214, 51, 132),
    "schuldhulp": (46, 125, 50),
    "school": (30, 136, 229),
    "wijkteam": (124, 179, 66),
    "provincie": (84, 110, 122),
    "ondernemer": (0, 172, 193),
    "overig": (117, 117, 117),
}

ICON_SIZE = 96


def kind_colour(kind: str) -> tuple[int, int, int]:
    """The kind's colour; unknown kinds get the colour of 'overig'."""
    return KIND_COLOURS.get(kind, KIND_COLOURS["overig"])
