"""Log lines kept once worded read exactly as lines worded afresh."""

from __future__ import annotations

from game.engine.labels import _worded, bilingual
from game.scenario.model import LocalText


def test_a_kept_line_reads_as_a_fresh_one_and_tells_1_from_1_0() -> None:
    key = "engine.log.extend_deadline"
    for _ in range(2):  # the second time from what was kept
        assert bilingual(key, rounds=1, deadline=5) == _worded(key, {"rounds": 1, "deadline": 5})
        assert bilingual(key, rounds=1.0, deadline=5) == _worded(
            key, {"rounds": 1.0, "deadline": 5}
        )
    assert bilingual(key, rounds=1, deadline=5) != bilingual(key, rounds=1.0, deadline=5)


def test_scenario_texts_and_unhashable_values_are_worded_in_each_language() -> None:
    key = "engine.log.pass"
    name = LocalText(nl="De gemeente", en="The municipality")
    nl, en = bilingual(key, actor_name=name)
    assert "De gemeente" in nl and "The municipality" in en
    assert bilingual(key, actor_name=["a list"]) == _worded(key, {"actor_name": ["a list"]})
