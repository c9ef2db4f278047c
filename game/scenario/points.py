"""Exact points: how the game compares, adds and shows numbers of points that have decimals.

A scenario's points, BATNAs, minimum scores and event deltas are floats, and float
arithmetic is not exact (``0.7 + 0.1 < 0.8``). So every value is first rounded to at most
`MAX_DECIMALS` decimals (`rounded`); the game then holds each value as the float nearest
that decimal (its *canonical* float), and comparing two canonical floats is exact. Sums are
rounded again (`total`), so they are canonical too. The outcome space counts in
integer *units* of ``1 / scale`` (`scale_of`, `to_units`), with ``scale = 10**d`` for the
most decimals ``d`` a table uses: a table of whole numbers keeps scale 1. People see numbers
through `shown`, never ``0.7999999999999999``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import numpy as np

#: Decimals kept of any number of points; more are rounded away at load (lint warns).
MAX_DECIMALS = 6
#: Integer sums in the outcome space stay below this (int64 with room for sums over actors).
UNITS_LIMIT = 2**62


def rounded(value: float, decimals: int = MAX_DECIMALS) -> float:
    """`value` to at most `decimals` decimals (the float nearest that decimal; never -0.0).

    The one rounding function: the game's numbers and every number shown go through it.
    """
    out = round(float(value), decimals)
    return out + 0.0 if out else 0.0


def decimals(value: float) -> int:
    """How many decimals `value` needs as written (its shortest decimal form): 0.25 → 2."""
    if float(value).is_integer():
        return 0
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def too_precise(value: float) -> bool:
    """Whether `value` has more decimals than the game keeps (it is rounded at load)."""
    return math.isfinite(value) and decimals(value) > MAX_DECIMALS


def total(values: Iterable[float]) -> float:
    """The exact sum of values the game holds (at most MAX_DECIMALS decimals each), as a
    canonical float: 0.7 + 0.1 == 0.8. The float sum is within far less than half a
    10**-MAX_DECIMALS of the exact one, so rounding it gives the exact sum's float."""
    return rounded(sum(values))


def add(value: float, delta: float) -> float:
    """`value + delta` exactly (an event changing points or a BATNA), both rounded first."""
    return total((rounded(value), rounded(delta)))


def scale_of(values: Iterable[float], spread: int = 1) -> int:
    """10**d for the most decimals d among `values` (at most MAX_DECIMALS), lowered while sums
    of `spread` values of the largest size would leave int64 (tables of astronomic points)."""
    values = [rounded(v) for v in values]
    d = max((decimals(v) for v in values), default=0)
    largest = max((abs(v) for v in values), default=0.0)
    while d > 0 and largest * spread * 10**d >= UNITS_LIMIT:
        d -= 1
    return 10**d


def to_units(value: float, scale: int) -> int:
    """`value` (rounded) as a whole count of 1 / scale: exact when it has at most log10(scale)
    decimals (the product is then within a rounding step of a whole number)."""
    return round(rounded(value) * scale)


def units_and_scale(values: np.ndarray, spread: int = 1) -> tuple[np.ndarray, int]:
    """Flat float `values` as int64 units and the scale they share (`scale_of`, `to_units`);
    whole numbers take a short way, at scale 1."""
    values = np.asarray(values, dtype=float)
    largest = float(np.abs(values).max()) if values.size else 0.0
    if np.all(values == np.trunc(values)) and largest * spread < UNITS_LIMIT:
        return values.astype(np.int64), 1
    listed = values.tolist()
    scale = scale_of(listed, spread)
    return np.array([to_units(v, scale) for v in listed], dtype=np.int64), scale


def canonical(values: np.ndarray) -> np.ndarray:
    """Float sums of canonical values made canonical again (exact while each sum is within
    a rounding step of a number with MAX_DECIMALS decimals): for comparing numpy sums."""
    return np.round(values, MAX_DECIMALS) + 0.0


def floor_units(threshold: float, scale: int) -> int:
    """The least number of units that reaches `threshold`: u ≥ threshold ⇔ u ≥ this, exactly,
    even when the threshold has more decimals than the scale."""
    return math.ceil(Fraction(repr(rounded(threshold))) * scale)


def from_units(units: np.ndarray, scale: int) -> np.ndarray:
    """Units back to (canonical) floats, for display and ratios."""
    return np.asarray(units, dtype=np.int64) / scale


def shown(
    value: float, decimals: int = MAX_DECIMALS, sign: bool = False, lang: str | None = None
) -> str:
    """A number of points for people: rounded (`rounded`), no trailing zeros, no exponent;
    with `sign`, a + before what is not negative; a decimal comma for Dutch (`lang` "nl")."""
    number = rounded(value, decimals)
    text = f"{number:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if sign and not text.startswith("-"):
        text = f"+{text}"
    return text.replace(".", ",") if lang == "nl" else text
