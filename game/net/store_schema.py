"""The results file's shape and its checks: the SQLite schema, a session's row, the error a
file that cannot be used gives, and the helpers that read rows back and make a new file
only its owner may read.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.net.protocol import encodable

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL,
    facilitator_token TEXT NOT NULL,
    scenario_path TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    scenario_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    seats TEXT NOT NULL,
    started TEXT NOT NULL,
    ended TEXT
);
CREATE TABLE IF NOT EXISTS tables (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    number INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    paused INTEGER NOT NULL DEFAULT 0,
    result TEXT,
    save TEXT,
    learning TEXT,
    PRIMARY KEY (session_id, number)
);
CREATE TABLE IF NOT EXISTS seats (
    session_id INTEGER NOT NULL,
    table_no INTEGER NOT NULL,
    actor TEXT NOT NULL,
    holder TEXT NOT NULL,
    player TEXT,
    token TEXT,
    strategy TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, table_no, actor)
);
CREATE TABLE IF NOT EXISTS partners (
    session_id INTEGER NOT NULL,
    table_no INTEGER NOT NULL,
    actor TEXT NOT NULL,
    player TEXT NOT NULL,
    token TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, table_no, actor)
);
CREATE TABLE IF NOT EXISTS observations (
    session_id INTEGER NOT NULL,
    table_no INTEGER NOT NULL,
    observer TEXT NOT NULL,
    week INTEGER NOT NULL,
    marks TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, table_no, observer, week)
);
CREATE TABLE IF NOT EXISTS ratings (
    session_id INTEGER NOT NULL,
    table_no INTEGER NOT NULL,
    actor TEXT NOT NULL,
    player TEXT NOT NULL,
    moment TEXT NOT NULL,
    ratings TEXT NOT NULL,
    skipped INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, table_no, actor, player, moment)
);
CREATE TABLE IF NOT EXISTS actions (
    session_id INTEGER NOT NULL,
    table_no INTEGER NOT NULL,
    number INTEGER NOT NULL,
    action TEXT NOT NULL,
    PRIMARY KEY (session_id, table_no, number)
);
"""


class StoreError(Exception):
    """The results file cannot be used or a session cannot be restored; str() says why."""

    def __init__(self, key: str, values: dict[str, object] | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.values = values or {}


@dataclass(frozen=True)
class SessionRow:
    id: int
    code: str
    facilitator_hash: str  # the token itself in a file from before tokens were hashed
    scenario_path: str
    scenario_id: str
    scenario_hash: str
    title: str
    seats: list[str]
    started: str
    ended: str | None


#: A lone surrogate: text that cannot be written as UTF-8.
SURROGATE = re.compile("[\ud800-\udfff]")
SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_if_not_sqlite(path: Path) -> None:
    """An existing file must already be SQLite: never turn someone's other file into one."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise StoreError("net.db_not_sqlite", {"path": str(path)}) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreError("net.db_unusable", {"path": str(path), "reason": reason}) from None
    if header != SQLITE_HEADER:
        raise StoreError("net.db_not_sqlite", {"path": str(path)})


def require_tables(db: sqlite3.Connection, path: Path) -> None:
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"sessions", "tables", "seats", "actions"} <= names:
        db.close()
        raise StoreError("net.db_not_results", {"path": str(path)})


def local_now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime())


def create_owner_only(path: Path) -> None:
    """A new results file (and a folder made for it) only its owner may read: it holds the
    trainees' names and the hashes of their tokens."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def usable(data: Any) -> Any:
    """Stored data with every text made writable as UTF-8: a file from before the room
    refused lone surrogates may hold one in a statement, and it would stop every view, save
    and result of its table; it becomes U+FFFD, which changes no rule or score."""
    if isinstance(data, str):
        return data if encodable(data) else SURROGATE.sub("\ufffd", data)
    if isinstance(data, dict):
        return {usable(key): usable(value) for key, value in data.items()}
    if isinstance(data, list):
        return [usable(item) for item in data]
    return data


def session_row(row: tuple[object, ...]) -> SessionRow:
    return SessionRow(
        id=int(row[0]),  # type: ignore[arg-type]
        code=str(row[1]),
        facilitator_hash=str(row[2]),
        scenario_path=str(row[3]),
        scenario_id=str(row[4]),
        scenario_hash=str(row[5]),
        title=str(row[6]),
        seats=list(json.loads(str(row[7]))),
        started=str(row[8]),
        ended=None if row[9] is None else str(row[9]),
    )
