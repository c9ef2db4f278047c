"""The fixed facts of one game: scenario, seed and seats (what never changes while playing)."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.labels import Labels, labels_for
from game.scenario.model import Actor, Consultation, Scenario


@dataclass(frozen=True)
class Setting:
    scenario: Scenario
    seed: int
    seats: tuple[str, ...]
    labels: Labels = field(init=False, compare=False, repr=False)
    actors: dict[str, Actor] = field(init=False, compare=False, repr=False)
    #: What is worked out once from these facts and kept (views keep their parts here).
    derived: dict[str, object] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", labels_for(self.scenario))
        object.__setattr__(self, "actors", {a.id: a for a in self.scenario.all_actors()})
        object.__setattr__(self, "derived", {})

    def consultation(self, actor: str, consultation_id: str) -> Consultation | None:
        found = self.actors.get(actor)
        if found is None:
            return None
        return next((c for c in found.consultations if c.id == consultation_id), None)
