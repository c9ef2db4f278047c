"""Who sits where: the people at the keyboard (from --role); the bots in the other seats
are the local table's (`game.play.local.LocalTable`, the one bot loop)."""

from __future__ import annotations

from game.scenario.model import Scenario, text_in

ALL_ROLES = "all"
DIFFICULTIES = ("easy", "normal", "hard")


class SeatingError(Exception):
    """The roles asked for do not fit the scenario; carries a catalogue key and values."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(key)


def parse_roles(spec: str, scenario: Scenario) -> list[str]:
    """The actor ids a --role value names ('all', one id, or ids separated by commas)."""
    base = [a.id for a in scenario.actors]
    if spec.strip().lower() == ALL_ROLES:
        return base
    wanted = [part.strip() for part in spec.split(",") if part.strip()]
    if not wanted:
        raise SeatingError("textmode.role.empty", known=", ".join(base))
    for actor in wanted:
        if actor not in base:
            raise SeatingError("textmode.role.unknown", role=actor, known=", ".join(base))
    if len(set(wanted)) != len(wanted):
        raise SeatingError("textmode.role.twice")
    return [a for a in base if a in wanted]  # in the scenario's order


def actor_label(scenario: Scenario, actor: str, lang: str) -> str:
    found = scenario.actor(actor)
    return f"{text_in(found.name, lang)} — {text_in(found.role, lang)}"
