"""Exact Pareto frontiers of additive outcome spaces, without a Python loop over packages.

Package *y* dominates *x* when every actor has at least as many points in *y* and one has
more. Packages with identical points never dominate each other, so they are all on the
frontier together or not at all.

Two facts make this fast and keep it exact:

* **Divide and conquer.** Points add up over issues. If the part of *x* on a group of issues
  is dominated by another part on the same group, swapping it in dominates *x*. So every
  frontier package is made of frontier parts, and the frontier is found among the products
  of the groups' (recursively computed) frontiers — then filtered once more, because a
  product of frontier parts can still be dominated across groups.
* **Upward-closed sets.** Anything that dominates a package of the ZOPA (or of the quorum's
  feasible set) is in that set as well, so the frontier *within* it is the global frontier
  restricted to it, and parts that cannot reach every BATNA may be dropped early.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Candidates checked against the frontier together (rows of one boolean block).
SWEEP_BLOCK = 1024
#: Frontier rows compared with a block at once; small so that dead candidates drop out early.
KILLER_CHUNK = 48
#: Partial spaces at most this large are swept directly instead of split again.
DIRECT_LIMIT = 256


def dominates(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether rows of `a` dominate rows of `b` (broadcasting over leading axes)."""
    return np.all(a >= b, axis=-1) & np.any(a > b, axis=-1)


def _dominated_by(front: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Mask over `points`: dominated by some row of `front`.

    Dead rows leave the comparison after each chunk of the front. Strictness is checked only
    where a front row is at least as good everywhere, which is rare.
    """
    dead = np.zeros(len(points), dtype=bool)
    alive = np.arange(len(points))
    for start in range(0, len(front), KILLER_CHUNK):
        if alive.size == 0:
            break
        rows = front[start : start + KILLER_CHUNK, None, :]
        candidates = points[alive]
        at_least = np.all(rows >= candidates[None, :, :], axis=-1)
        cols = np.flatnonzero(at_least.any(axis=0))
        strict = np.any(rows > candidates[cols][None, :, :], axis=-1) & at_least[:, cols]
        hit = cols[strict.any(axis=0)]
        dead[alive[hit]] = True
        alive = np.delete(alive, hit)
    return dead


def nondominated(points: np.ndarray) -> np.ndarray:
    """Sorted row indices of `points` (rows × actors) that no other row dominates.

    Rows are swept in descending order of their sum, ties by their coordinates, so every
    dominator of a row comes before it (float addition is monotone); each block is checked
    against the frontier found so far and against itself.
    """
    n = len(points)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    keys = tuple(-points[:, k] for k in range(points.shape[1] - 1, -1, -1))
    order = np.lexsort((*keys, -points.sum(axis=1)))
    ranked = points[order]
    keep = np.zeros(n, dtype=bool)
    front = np.empty((0, points.shape[1]), dtype=points.dtype)
    for start in range(0, n, SWEEP_BLOCK):
        block = ranked[start : start + SWEEP_BLOCK]
        alive = (
            np.flatnonzero(~_dominated_by(front, block)) if len(front) else np.arange(len(block))
        )
        survivors = block[alive]
        inner = dominates(survivors[:, None, :], survivors[None, :, :]).any(axis=0)
        found = alive[~inner]
        keep[start + found] = True
        front = np.concatenate([front, block[found]])
    return np.sort(order[keep])


def _partial_points(tables: Sequence[np.ndarray]) -> np.ndarray:
    """Points of every partial package of a group of issues, summed in issue order."""
    shape = tuple(len(t) for t in tables)
    total = np.zeros((*shape, tables[0].shape[1]), dtype=float)
    for axis, table in enumerate(tables):
        index: list[slice | None] = [None] * len(tables)
        index[axis] = slice(None)
        total += table[(*index, slice(None))]
    return total.reshape(-1, tables[0].shape[1])


def frontier_mask(
    tables: Sequence[np.ndarray],
    points: np.ndarray | None = None,
    within: np.ndarray | None = None,
    need: np.ndarray | None = None,
) -> np.ndarray:
    """Mask over all packages of `tables` (one (options × actors) table per issue).

    `points` is the (packages × actors) array if already built; `within` an upward-closed
    mask the frontier is restricted to; `need` per actor the points a package must reach to
    stay in it (used only to drop partial packages early, never to decide).
    """
    if points is None:
        points = _partial_points(tables)
    size = len(points)
    candidates = np.ones(size, dtype=bool) if within is None else within.copy()
    if len(tables) >= 2 and size > DIRECT_LIMIT:
        split = len(tables) // 2
        head, tail = tables[:split], tables[split:]
        head_points, tail_points = _partial_points(head), _partial_points(tail)
        head_mask = frontier_mask(head, head_points)
        tail_mask = frontier_mask(tail, tail_points)
        if need is not None:
            # a little slack: rounding must never drop a part that can just reach a BATNA
            slack = need - 1e-9 * (1.0 + np.abs(need))
            head_mask &= np.all(head_points + tail_points.max(axis=0) >= slack, axis=1)
            tail_mask &= np.all(tail_points + head_points.max(axis=0) >= slack, axis=1)
        candidates &= (head_mask[:, None] & tail_mask[None, :]).reshape(-1)
    rows = np.flatnonzero(candidates)
    mask = np.zeros(size, dtype=bool)
    mask[rows[nondominated(points[rows])]] = True
    return mask
