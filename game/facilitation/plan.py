"""A timed session plan: intro, reading the briefs, one block per week, (a break,) debrief.

Every block has whole minutes and the blocks run back to back from 0:00, so they add up to
exactly the session's length. Weeks get equal time (a trainer calls them on the clock);
minutes that do not divide evenly over the weeks go to the debrief. The debrief is split
into its five phases (feelings, describe, analyse, transfer, apply) by fixed shares, the
rounding handed to the largest remainders.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["intro", "briefing", "week", "break", "debrief"]
Phase = Literal["feelings", "describe", "analyse", "transfer", "apply"]
PHASES: tuple[Phase, ...] = ("feelings", "describe", "analyse", "transfer", "apply")

#: Share of the debrief each phase gets (adds up to 1).
PHASE_SHARES: dict[Phase, float] = {
    "feelings": 0.15,
    "describe": 0.20,
    "analyse": 0.30,
    "transfer": 0.20,
    "apply": 0.15,
}


@dataclass(frozen=True)
class Format:
    """The fixed parts of a session of `minutes`; what is left goes to the weeks."""

    minutes: int
    intro: int
    briefing: int
    negotiation: int
    pause: int

    @property
    def debrief(self) -> int:
        return self.minutes - self.intro - self.briefing - self.negotiation - self.pause


#: The two session lengths a trainer can choose.
FORMATS: dict[int, Format] = {
    90: Format(90, intro=5, briefing=10, negotiation=48, pause=0),
    180: Format(180, intro=10, briefing=20, negotiation=96, pause=10),
}

#: Fewer minutes than this per week and a week is no round of talks any more.
MIN_WEEK_MINUTES = 3


class PlanError(ValueError):
    """The case does not fit the session: too many weeks for the minutes."""

    def __init__(self, weeks: int, minutes: int, per_week: int) -> None:
        super().__init__(f"{weeks} weeks leave {per_week} minute(s) a week in {minutes}")
        self.weeks = weeks
        self.minutes = minutes
        self.per_week = per_week


@dataclass(frozen=True)
class Block:
    """One block of the session: from `start` for `minutes` (minutes since 0:00)."""

    kind: Kind
    start: int
    minutes: int
    week: int | None = None
    phase: Phase | None = None

    @property
    def end(self) -> int:
        return self.start + self.minutes


@dataclass(frozen=True)
class Plan:
    minutes: int
    weeks: int
    minutes_per_week: int
    blocks: tuple[Block, ...]

    def debrief_phases(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "debrief")


def clock(minutes: int) -> str:
    """Minutes since the start as h:mm (0:00, 1:35)."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def split(total: int, shares: list[float]) -> list[int]:
    """`total` in whole parts proportional to `shares`, adding up exactly (largest remainder)."""
    raw = [total * share / sum(shares) for share in shares]
    parts = [int(value) for value in raw]
    order = sorted(range(len(raw)), key=lambda k: (parts[k] - raw[k], k))
    for k in order[: total - sum(parts)]:
        parts[k] += 1
    return parts


def session_plan(minutes: int, weeks: int) -> Plan:
    """The plan for a session of `minutes` (a key of FORMATS) on a case of `weeks` rounds."""
    shape = FORMATS.get(minutes)
    if shape is None:
        raise ValueError(f"minutes must be one of {sorted(FORMATS)}, got {minutes}")
    if weeks < 1:
        raise ValueError(f"a case has at least one week, got {weeks}")
    per_week = shape.negotiation // weeks
    if per_week < MIN_WEEK_MINUTES:
        raise PlanError(weeks, minutes, per_week)
    leftover = shape.negotiation - per_week * weeks
    parts: list[tuple[Kind, int, int | None, Phase | None]] = [
        ("intro", shape.intro, None, None),
        ("briefing", shape.briefing, None, None),
    ]
    parts += [("week", per_week, week, None) for week in range(1, weeks + 1)]
    if shape.pause:
        parts.append(("break", shape.pause, None, None))
    debrief = split(shape.debrief + leftover, [PHASE_SHARES[p] for p in PHASES])
    parts += [
        ("debrief", length, None, phase) for phase, length in zip(PHASES, debrief, strict=True)
    ]
    blocks = []
    start = 0
    for kind, length, week, phase in parts:
        blocks.append(Block(kind, start, length, week, phase))
        start += length
    return Plan(minutes, weeks, per_week, tuple(blocks))
