"""A trainee's seat token kept on its own laptop, in a file only that user may read.

The token is never shown on the screen (a neighbour could read it and take the seat); the
terminal client keeps it here instead, so `python -m game join` with the same address and
room code after a crash or a closed window goes straight back to the seat. The room gives a
fresh token on every return, and the file follows it.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from game.net.client import SEAT_LOST
from game.net.protocol import Seated, ServerMessage, SessionEnded
from game.paths import data_dir


def seats_dir() -> Path:
    folder = data_dir() / "seats"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


class SeatFile:
    """The seat token for one room (address and code) on this laptop."""

    def __init__(self, address: str, code: str, folder: Path | None = None) -> None:
        key = f"{address.strip().lower()}|{code.strip().upper()}"
        name = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        self.path = (folder or seats_dir()) / f"{name}.json"

    def load(self) -> str | None:
        """The token kept for this room, or None (none kept, or the file is unreadable)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        token = data.get("token") if isinstance(data, dict) else None
        return token if isinstance(token, str) and 8 <= len(token) <= 64 else None

    def save(self, token: str) -> None:
        handle = os.open(self.path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(handle, 0o600)
            os.write(handle, json.dumps({"token": token}).encode("utf-8"))
        finally:
            os.close(handle)

    def forget(self) -> None:
        self.path.unlink(missing_ok=True)

    def follow(self, message: ServerMessage) -> None:
        """Keep the file in step with the room: a new token on every `seated`; gone when
        the seat is lost or the session ends. Trouble writing only costs the comeback."""
        try:
            if isinstance(message, Seated) and message.token:
                self.save(message.token)
            elif isinstance(message, SessionEnded) or (
                message.type == "refused" and message.key in SEAT_LOST
            ):
                self.forget()
        except OSError:
            pass
