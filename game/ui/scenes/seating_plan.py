"""The dashboard's seating proposal: N people over the room's tables, adjustable before the
start (how many people, duos or observers for those left over, bots allowed or not).

The plan numbers people 1..N per seat, as the session script does: the trainer hands out
the numbers, and each person picks that seat in the room's seat list.
"""

from __future__ import annotations

import pygame

from game.facilitation.seating import Remainder, Seating, Table, propose
from game.net.protocol import RoomStatus
from game.ui.scene import Scene, esc

#: The most people the plan takes (the room's limits are far below it).
MOST_PEOPLE = 200


def roles_of(status: RoomStatus) -> list[str]:
    """The names of the roles at the room's tables, in seat order (every table alike)."""
    return [seat.name for seat in status.tables[0].seats] if status.tables else []


class SeatingPlanScene(Scene):
    default_focus = "plan.more"

    def __init__(self, app, status: RoomStatus) -> None:
        super().__init__(app)
        self.roles = roles_of(status)
        self.tables = max(1, len(status.tables))
        self.people = max(1, self.tables * max(1, len(self.roles)))
        self.remainder: Remainder = "duos"
        self.bots = False

    def plan(self) -> Seating:
        return propose(self.people, max(1, len(self.roles)), self.tables, self.remainder, self.bots)

    # --- building ------------------------------------------------------------------------
    def build(self) -> None:
        w, h = self.size
        margin = max(20, w // 50)
        width = w - 2 * margin
        self.label(
            pygame.Rect(margin, self.s(8), width, self.s(44)), self.tr("kit.plan.title"), "#title"
        )
        y = self.s(60)
        bh, gap = self.s(40), self.s(8)
        small = self.s(64)
        x = margin
        for key, text, step in (("plan.much_fewer", "–5", -5), ("plan.fewer", "–", -1)):
            self.button(pygame.Rect(x, y, small, bh), text, lambda n=step: self._add(n), key=key)
            x += small + gap
        count_w = self.s(220)
        count = self.tr("kit.plan.people", people=self.people)
        self.label(pygame.Rect(x, y, count_w, bh), count, "#heading")
        x += count_w + gap
        for key, text, step in (("plan.more", "+", 1), ("plan.much_more", "+5", 5)):
            self.button(pygame.Rect(x, y, small, bh), text, lambda n=step: self._add(n), key=key)
            x += small + gap
        toggle_w = (margin + width - x - gap) // 2
        if toggle_w < self.s(200):  # large text or a narrow window: the toggles go below
            x, y = margin, y + bh + gap
            toggle_w = (width - gap) // 2
        rest_key = "kit.plan.rest_duos" if self.remainder == "duos" else "kit.plan.rest_observers"
        self.button(
            pygame.Rect(x, y, toggle_w, bh),
            self.fit(self.tr(rest_key), toggle_w - self.s(12)),
            self._toggle_rest,
            key="plan.rest",
            tooltip=self.tr(rest_key),
        )
        bots_key = "kit.plan.bots_yes" if self.bots else "kit.plan.bots_no"
        self.button(
            pygame.Rect(x + toggle_w + gap, y, toggle_w, bh),
            self.fit(self.tr(bots_key), toggle_w - self.s(12)),
            self._toggle_bots,
            key="plan.bots",
            tooltip=self.tr(bots_key),
            selected=self.bots,
        )
        top = y + bh + self.s(12)
        self.textbox(pygame.Rect(margin, top, width, h - top - self.s(70)), self._html())
        self.button(
            pygame.Rect(margin, h - self.s(56), self.s(220), self.s(40)),
            self.tr("net.dash.back"),
            self.app.pop,
            key="plan.back",
        )

    def _html(self) -> str:
        plan = self.plan()
        duos = sum(len(table.duos) for table in plan.tables)
        lines = [
            esc(
                self.tr(
                    "facilitation.seat.summary",
                    people=plan.people,
                    tables=len(plan.tables),
                    duos=duos,
                    observers=plan.observers,
                )
            )
        ]
        if plan.short:
            lines.append(esc(self.tr("kit.plan.short", tables=self.tables, more=plan.short)))
        if len(plan.tables) < self.tables:
            lines.append(esc(self.tr("kit.plan.spare", spare=self.tables - len(plan.tables))))
        rows = [self._row(table, plan) for table in plan.tables]
        notes = []
        if duos:
            notes.append(self.tr("facilitation.seat.duo_rule"))
        if plan.observers:
            notes.append(self.tr("facilitation.seat.observer_rule"))
        if any(table.empty_roles for table in plan.tables):
            notes.append(self.tr("kit.plan.bot_rule" if plan.bots else "kit.plan.trainer_rule"))
        return (
            "<br>".join(lines)
            + "<br><br>"
            + "<br>".join(rows)
            + "<br><br>"
            + "<br>".join(esc(note) for note in notes)
        )

    def _row(self, table: Table, plan: Seating) -> str:
        cells = []
        for name, people in zip(self.roles, table.roles, strict=True):
            if not people:
                who = self.tr("kit.plan.bot" if plan.bots else "kit.plan.trainer")
            elif len(people) > 1:
                who = self.tr("facilitation.seat.duo", people=" + ".join(map(str, people)))
            else:
                who = str(people[0])
            cells.append(f"{esc(name)}: {esc(who)}")
        text = f"<b>{esc(self.tr('kit.board.table', table=table.number))}</b> — " + " · ".join(
            cells
        )
        if table.observers:
            watchers = ", ".join(map(str, table.observers))
            text += " · " + esc(self.tr("kit.plan.observers", people=watchers))
        return text

    # --- adjusting -----------------------------------------------------------------------
    def _add(self, step: int) -> None:
        self.people = min(MOST_PEOPLE, max(1, self.people + step))
        self.refresh()

    def _toggle_rest(self) -> None:
        self.remainder = "observers" if self.remainder == "duos" else "duos"
        self.refresh()

    def _toggle_bots(self) -> None:
        self.bots = not self.bots
        self.refresh()

    def escape(self) -> None:
        self.app.pop()
