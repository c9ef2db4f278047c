"""The YAML text each loaded scenario was read from, so a save can keep a copy of it.

The text is held beside the scenario object (by its identity, for as long as the object
lives), not inside the model: two scenarios with the same content stay equal whatever the
spelling of their files, and the scenario's hash stays a hash of its content. A scenario
built in code (tests, `Scenario.model_validate`) has no text.
"""

from __future__ import annotations

import weakref

from game.scenario.model import Scenario

_TEXTS: dict[int, str] = {}


def remember_text(scenario: Scenario, text: str) -> None:
    """Keep `text` as the source of `scenario` until the scenario is gone."""
    key = id(scenario)
    if key not in _TEXTS:
        weakref.finalize(scenario, _TEXTS.pop, key, None)
    _TEXTS[key] = text


def source_text(scenario: Scenario) -> str | None:
    """The text `scenario` was loaded from, or None for a scenario built in code."""
    return _TEXTS.get(id(scenario))
