"""Seeded chance: every draw gets its own generator from (seed, round, purpose).

No generator is carried in the state, so a replay, an undo or a clone draws exactly the same
numbers, whatever else happened before (string seeds are hashed with SHA-512 by `random`,
independent of PYTHONHASHSEED).
"""

from __future__ import annotations

import random


def draw(seed: int, round_no: int, purpose: str) -> float:
    """A number in [0, 1) fixed by the game's seed, the round and what it is for."""
    return random.Random(f"omgevingstafel:{seed}:{round_no}:{purpose}").random()


def happens(chance: float, seed: int, round_no: int, purpose: str) -> bool:
    """Whether something with probability `chance` happens (chance 0 never, 1 always)."""
    return draw(seed, round_no, purpose) < chance
