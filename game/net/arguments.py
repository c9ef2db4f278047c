"""Argument types for `host` and `join`: a bad number is an argparse error (exit 2)
that says the allowed range, never an OverflowError or a validation dump later on."""

from __future__ import annotations

import argparse
import math

from game.text import t

MAX_PORT = 65_535
#: The room protocol's table numbers (protocol.TableNo).
MAX_TABLE = 64
MAX_BOT_DELAY = 60.0


def per_address(text: str) -> int:
    """Connections one network address may hold: 1 to the whole room."""
    from game.net.limits import MAX_CONNECTIONS

    return _whole(text, 1, MAX_CONNECTIONS, "net.arg.bad_per_address")


def _whole(text: str, low: int, high: int, key: str) -> int:
    try:
        number = int(text.strip())
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise argparse.ArgumentTypeError(t(key, None, value=text, low=low, high=high))
    return number


def port(text: str) -> int:
    """A TCP port, 0 (any free one) to 65535."""
    return _whole(text, 0, MAX_PORT, "net.arg.bad_port")


def table_number(text: str) -> int:
    """A table number the room protocol accepts."""
    return _whole(text, 1, MAX_TABLE, "net.arg.bad_table")


def bot_delay(text: str) -> float:
    """Seconds a bot waits: finite, 0 to a minute."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or not 0.0 <= seconds <= MAX_BOT_DELAY:
        raise argparse.ArgumentTypeError(
            t("net.arg.bad_bot_delay", None, value=text, high=int(MAX_BOT_DELAY))
        )
    return seconds
