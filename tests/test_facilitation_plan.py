"""The timed session plan: back to back from 0:00, summing exactly to the session."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.facilitation.plan import FORMATS, PHASES, PlanError, clock, session_plan, split


@given(minutes=st.sampled_from(sorted(FORMATS)), weeks=st.integers(min_value=1, max_value=16))
def test_blocks_run_back_to_back_and_sum_to_the_session(minutes: int, weeks: int) -> None:
    plan = session_plan(minutes, weeks)
    assert plan.blocks[0].start == 0
    for before, after in zip(plan.blocks, plan.blocks[1:], strict=False):
        assert after.start == before.end
    assert plan.blocks[-1].end == minutes
    assert sum(block.minutes for block in plan.blocks) == minutes
    assert all(block.minutes > 0 for block in plan.blocks)
    week_blocks = [b for b in plan.blocks if b.kind == "week"]
    assert [b.week for b in week_blocks] == list(range(1, weeks + 1))
    assert {b.minutes for b in week_blocks} == {plan.minutes_per_week}
    assert [b.phase for b in plan.debrief_phases()] == list(PHASES)
    assert [b.kind for b in plan.blocks[:2]] == ["intro", "briefing"]


@pytest.mark.parametrize("minutes", [90, 180])
def test_an_eight_week_case_fills_90_and_180_minutes(minutes: int) -> None:
    plan = session_plan(minutes, 8)
    assert sum(block.minutes for block in plan.blocks) == minutes
    assert clock(plan.blocks[-1].end) == ("1:30" if minutes == 90 else "3:00")


def test_too_many_weeks_for_the_minutes_is_a_plan_error() -> None:
    with pytest.raises(PlanError) as found:
        session_plan(90, 52)
    assert found.value.weeks == 52
    with pytest.raises(ValueError):
        session_plan(60, 8)


@given(
    total=st.integers(min_value=0, max_value=500),
    shares=st.lists(st.floats(min_value=0.01, max_value=1), min_size=1, max_size=8),
)
def test_split_adds_up_exactly(total: int, shares: list[float]) -> None:
    parts = split(total, shares)
    assert sum(parts) == total
    assert all(part >= 0 for part in parts)


def test_clock_reads_hours_and_minutes() -> None:
    assert [clock(m) for m in (0, 5, 60, 95, 180)] == ["0:00", "0:05", "1:00", "1:35", "3:00"]
