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
SWEEP_BLOCK = 4096
#: Frontier rows compared with a block at once; small so that dead candidates drop out early.
KILLER_CHUNK = 48
#: Partial spaces at most this large are swept directly instead of split again.
DIRECT_LIMIT = 256


def dominates(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether rows of `a` dominate rows of `b` (broadcasting over leading axes)."""
    return np.all(a >= b, axis=-1) & np.any(a > b, axis=-1)


class _Codes:
    """Rows packed into 64-bit words, one bit field per actor holding the rank of its points.

    A guard bit above each field lets one subtraction compare every field at once:
    ((a | guard) − b) & guard == guard exactly when a ≥ b in every field. Ranks keep order
    and ties exactly, so dominance on codes is dominance on points. Column 0 is a coarse
    word with every actor's rank shortened to fit one word: a ≥ b implies coarse(a) ≥
    coarse(b), so it rules most pairs out at the cost of one word; the exact words follow.
    """

    def __init__(self, points: np.ndarray) -> None:
        ranks = [np.unique(col, return_inverse=True)[1].reshape(-1) for col in points.T]
        bits = max(1, int(max(r.max() for r in ranks)).bit_length())
        coarse_bits = max(0, min(bits, 64 // len(ranks) - 1))
        fine = _pack(ranks, bits)
        coarse = _pack([r >> (bits - coarse_bits) for r in ranks], coarse_bits)
        self.exact_coarse = coarse_bits == bits
        self.codes = np.concatenate([coarse[0], fine[0]], axis=1)
        self.guard = np.concatenate([coarse[1], fine[1]])

    def at_least(self, a: np.ndarray, b: np.ndarray, words: slice) -> np.ndarray:
        """Whether code rows `a` are at least as good as `b` on the given words (broadcasting)."""
        out: np.ndarray | None = None
        for w in range(*words.indices(len(self.guard))):
            guard = self.guard[w]
            fits = ((a[..., w] | guard) - b[..., w]) & guard == guard
            out = fits if out is None else out & fits
        assert out is not None
        return out


def _pack(ranks: list[np.ndarray], bits: int) -> tuple[np.ndarray, np.ndarray]:
    """Ranks (each below 2**bits) packed with guard bits: (codes, guard per word)."""
    width = bits + 1
    per_word = 64 // width
    words = -(-len(ranks) // per_word)
    codes = np.zeros((len(ranks[0]), words), dtype=np.uint64)
    guard = np.zeros(words, dtype=np.uint64)
    for k, rank in enumerate(ranks):
        word, slot = divmod(k, per_word)
        codes[:, word] |= rank.astype(np.uint64) << np.uint64(slot * width)
        guard[word] |= np.uint64(1) << np.uint64(slot * width + bits)
    return codes, guard


def _dominated_by(codes: _Codes, front: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Mask over code `rows`: dominated by some row of `front`; dead rows stop being compared."""
    dead = np.zeros(len(rows), dtype=bool)
    alive = np.arange(len(rows))
    coarse = rows[:, :1]
    for start in range(0, len(front), KILLER_CHUNK):
        if alive.size == 0:
            break
        chunk = front[start : start + KILLER_CHUNK, None, :]
        maybe = codes.at_least(chunk[..., :1], coarse[alive][None, :, :], slice(0, 1))
        cols = np.flatnonzero(maybe.any(axis=0))
        if cols.size == 0:
            continue
        candidates = rows[alive[cols]][None, :, :]
        sure = maybe[:, cols]
        if not codes.exact_coarse:
            sure &= codes.at_least(chunk, candidates, slice(1, None))
        sure &= np.any(chunk != candidates, axis=-1)
        hit = cols[sure.any(axis=0)]
        dead[alive[hit]] = True
        alive = np.delete(alive, hit)
    return dead


def nondominated(points: np.ndarray) -> np.ndarray:
    """Sorted row indices of `points` (rows × actors) that no other row dominates.

    Rows are swept in descending order of their sum, ties by their coordinates, so every
    dominator of a row comes before it (integer sums are exact, float addition is monotone);
    each block is checked against the frontier found so far and against itself.
    """
    n = len(points)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    keys = tuple(-points[:, k] for k in range(points.shape[1] - 1, -1, -1))
    order = np.lexsort((*keys, -points.sum(axis=1)))
    codes = _Codes(points[order])
    ranked = codes.codes
    keep = np.zeros(n, dtype=bool)
    front = np.empty((0, ranked.shape[1]), dtype=ranked.dtype)
    for start in range(0, n, SWEEP_BLOCK):
        block = ranked[start : start + SWEEP_BLOCK]
        alive = np.flatnonzero(~_dominated_by(codes, front, block))
        survivors = block[alive]
        inner = _dominated_by(codes, survivors, survivors)
        found = alive[~inner]
        keep[start + found] = True
        front = np.concatenate([front, block[found]])
    return np.sort(order[keep])


def _partial_points(tables: Sequence[np.ndarray]) -> np.ndarray:
    """Points of every partial package of a group of issues, summed in issue order."""
    shape = tuple(len(t) for t in tables)
    total = np.zeros((*shape, tables[0].shape[1]), dtype=np.result_type(*tables))
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
            # float points get a little slack: rounding must never drop a part that can just
            # reach a BATNA; integer units (the outcome space's) are exact and need none
            exact = np.issubdtype(head_points.dtype, np.integer)
            slack = need if exact else need - 1e-9 * (1.0 + np.abs(need))
            head_mask &= np.all(head_points + tail_points.max(axis=0) >= slack, axis=1)
            tail_mask &= np.all(tail_points + head_points.max(axis=0) >= slack, axis=1)
        candidates &= (head_mask[:, None] & tail_mask[None, :]).reshape(-1)
    rows = np.flatnonzero(candidates)
    mask = np.zeros(size, dtype=bool)
    mask[rows[nondominated(points[rows])]] = True
    return mask
