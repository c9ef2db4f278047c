"""What the dashboard writes to the exports folder: the class's results as CSV and the class
board as an HTML page and CSV.
"""

from __future__ import annotations

from pathlib import Path

from game.net.class_board import ClassBoard
from game.net.class_board_html import board_csv, render_board
from game.net.protocol import (
    RoomStatus,
)
from game.net.results import ResultRow, csv_text, package_text, points_text
from game.paths import data_dir
from game.ui.scenes.facilitator_link import Facilitation


def exports_dir() -> Path:
    folder = data_dir() / "room-exports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def result_rows(status: RoomStatus) -> list[ResultRow]:
    """The class's tables as the rows `results` exports (from the live room status)."""
    return [
        ResultRow(
            session=status.session,
            code=status.room,
            scenario=status.scenario,
            started="",
            table=t.table,
            outcome=t.outcome or "open",
            round=t.outcome_round if t.outcome else t.round,
            integration_index=t.integration_index,
            pareto_optimal=None,
            nash_ratio=None,
            fairness=None,
            package=package_text(t.package),
            points=points_text(t.points or {}),
            actions=t.actions,
        )
        for t in status.tables
    ]


def export_csv(room: Facilitation) -> Path:
    status = room.status
    code = status.room if status else "room"
    path = exports_dir() / f"kamer-{code}.csv"
    path.write_text(csv_text(result_rows(status) if status else []), encoding="utf-8")
    return path


def export_board(room: Facilitation, board: ClassBoard) -> tuple[Path, Path]:
    """The class board as one HTML page for the projector and as CSV, in the exports folder."""
    status = room.status
    code = status.room if status else "room"
    page = exports_dir() / f"kamer-{code}-bord.html"
    table = exports_dir() / f"kamer-{code}-bord.csv"
    page.write_text(render_board(board), encoding="utf-8")
    table.write_text(board_csv(board), encoding="utf-8")
    return page, table
