"""The facilitator token in a file only the host's user may read, instead of on the screen.

The host's banner may be projected for the whole class to read the room code; the token
that opens the dashboard stays in `<user folder>/room-tokens/<CODE>.txt` (0600), and the
banner names that file. A restarted host finds the token there again (the results file
keeps only its hash); without the file, it issues a new one.
"""

from __future__ import annotations

import os
from pathlib import Path

from game.net.room import Room
from game.net.store import Store
from game.paths import room_tokens_dir


def token_path(code: str, folder: Path | None = None) -> Path:
    return (folder or room_tokens_dir()) / f"{code}.txt"


def write_owner_only(path: Path, text: str) -> None:
    """Write `text` to `path`, readable and writable by its owner only (also when it existed)."""
    handle = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(handle, 0o600)
        os.write(handle, text.encode("utf-8"))
    finally:
        os.close(handle)


def facilitator_token_file(room: Room, store: Store, folder: Path | None = None) -> Path:
    """Make sure the room knows its facilitator token and the token file holds it; returns
    the file. A restored room knows only the hash: the file's token if it matches, else a
    new token (its hash goes into the store; the old one stops working)."""
    path = token_path(room.code, folder)
    if room.facilitator_token is None:
        try:
            saved = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            saved = ""
        if saved and room.facilitator_ok(saved):
            room.facilitator_token = saved
    token = room.facilitator_token
    if token is None:
        token = room.new_facilitator_token()
        store.record_facilitator(room)
    write_owner_only(path, token + "\n")
    return path
