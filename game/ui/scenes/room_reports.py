"""The dashboard's reports screen: every finished table's HTML report, written from its save."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.learning.journal import LearningJournal
from game.net.protocol import (
    GetSave,
    TableSave,
)
from game.net.reports import write_report
from game.saves import scenario_of_save
from game.scenario.loader import ScenarioError, load_text
from game.scenario.model import Scenario
from game.ui.scene import Scene
from game.ui.scenes.facilitator_link import Facilitation
from game.ui.scenes.room_exports import exports_dir


class ReportsScene(Scene):
    """Asks the room for every finished table's record and writes its HTML report."""

    default_focus = "reports.back"

    def __init__(self, app, room: Facilitation) -> None:
        super().__init__(app)
        self.room = room
        status = room.status
        self.wanted = [t.table for t in status.tables if t.outcome] if status else []
        self.written: list[Path] = []
        self.problems: list[str] = []
        room.saves.clear()
        for table in self.wanted:
            room.command(GetSave(table=table))

    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 30)
        self.label(
            pygame.Rect(margin, self.s(16), w - 2 * margin, self.s(44)),
            self.tr("net.reports.title"),
            "#title",
        )
        self.button(
            pygame.Rect(margin, h - self.s(60), self.s(200), self.s(40)),
            self.tr("net.dash.back"),
            self.app.pop,
            key="reports.back",
        )

    def update(self, dt: float) -> None:
        room = self.room
        room.poll(self.lang)
        for table in [t for t in self.wanted if t in room.saves]:
            self.wanted.remove(table)
            self._write(room.saves.pop(table))

    def _write(self, save: TableSave) -> None:
        code = self.room.status.room if self.room.status else "room"
        try:
            scenario = self._played_on(save, code)
            journal = LearningJournal.from_data(save.learning) if save.learning else None
            path = write_report(
                save.save, scenario, exports_dir(), code, save.table, self.lang, journal=journal
            )
        except (ScenarioError, OSError, ValueError) as error:
            self.problems.append(
                self.tr("net.reports.failed", table=save.table, reason=str(error)[:200])
            )
            return
        except Exception as error:  # a save the engine refuses (SaveError) among others
            reason = error.message(self.lang) if hasattr(error, "message") else str(error)
            self.problems.append(self.tr("net.reports.failed", table=save.table, reason=reason))
            return
        self.written.append(path)

    def _played_on(self, save: TableSave, code: str) -> Scenario:
        """The scenario the table was played with: the copy its record keeps (the host's
        file may have been edited during the class), else that file as the host sent it."""
        if save.save.get("scenario_text") is not None:
            label = self.tr("saves.room_table", code=code, table=save.table)
            return scenario_of_save(save.save, label, lang=self.lang).scenario
        return load_text(save.scenario_text, save.scenario_path).scenario

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        w, _h = surface.get_size()
        margin = max(24, w // 30)
        y = self.s(80)
        status = self.room.status
        if status is not None and not any(t.outcome for t in status.tables):
            self.draw_text(surface, self.tr("net.reports.none"), (margin, y), 15)
            return
        for path in self.written:
            self.draw_text(surface, str(path), (margin, y), 14, max_width=w - 2 * margin)
            y += self.s(22)
        for problem in self.problems:
            self.draw_text(
                surface, problem, (margin, y), 14, self.app.palette.bad, max_width=w - 2 * margin
            )
            y += self.s(22)
        if self.wanted:
            self.draw_text(
                surface, self.tr("net.reports.waiting", count=len(self.wanted)), (margin, y), 14
            )
