"""The one rule that decides a deal: which supporters at the table carry a package.

The engine (a round's end), the bots (how far a proposal is from passing), the outcome
analysis and lint (which packages a coalition can carry) all ask this module, so the rule is
written once. Unanimity needs every actor at the table, and at least two; a quorum needs `k`
supporters. Either way every required actor must be among the supporters.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np


class RuleText(Protocol):
    """An agreement rule as a scenario or a view states it."""

    rule: str
    quorum: int | None
    required: list[str]


def deal_rule(agreement: RuleText) -> DealRule:
    """The deal rule a scenario's or a view's agreement states (made once per rule)."""
    return _made(agreement.rule, agreement.quorum, tuple(agreement.required))


@lru_cache(maxsize=64)
def _made(rule: str, quorum: int | None, required: tuple[str, ...]) -> DealRule:
    unanimity = rule == "unanimity"
    return DealRule(unanimity, 0 if unanimity else int(quorum or 0), required)


@dataclass(frozen=True)
class DealRule:
    unanimity: bool
    quorum: int  # a quorum rule's k; 0 under unanimity
    required: tuple[str, ...]

    def needed(self, table: Collection[str]) -> int:
        """How many supporters at the table a deal needs."""
        return max(len(table), 2) if self.unanimity else self.quorum

    def shortfall(self, supporters: Iterable[str], table: Collection[str]) -> int:
        """How many more actors at the table must back a package before it passes (0: it
        passes). Every missing required actor counts, and so does every supporter short of
        the number needed (a required actor who joins fills both)."""
        support = set(supporters).intersection(table)
        missing = sum(1 for actor in self.required if actor not in support)
        return max(self.needed(table) - len(support), missing)

    def passes(self, supporters: Iterable[str], table: Collection[str]) -> bool:
        return self.shortfall(supporters, table) == 0

    def carried(self, willing: np.ndarray, actor_ids: Sequence[str]) -> np.ndarray:
        """`passes` for a whole outcome space at once: per package (row of `willing`,
        packages × `actor_ids`, the actors at the table), whether those willing carry it.
        Required actors who are not at this table are left out (the space is this table's);
        a quorum above the table's size asks for everyone at it."""
        needed = min(self.needed(actor_ids), len(actor_ids))
        mask = willing.sum(axis=1) >= needed
        required = [actor_ids.index(a) for a in self.required if a in actor_ids]
        if required:
            mask &= willing[:, required].all(axis=1)
        return mask

    def can_still_agree(self, at_table: Collection[str], walked_away: Collection[str]) -> bool:
        """False once no deal can pass any more: a required actor walked away, or fewer
        actors remain at the table than the rule needs."""
        if any(actor in walked_away for actor in self.required):
            return False
        return len(at_table) >= max(self.quorum, 2)
