"""Seating: which parties are played by people at this screen and which by bots.

A difficulty preset (easy / normal / hard) gives every bot seat its strategy through
`game.agents.strategies_for`; each bot's strategy can still be changed afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pygame
from pygame_gui.elements import UIImage

from game.scenario.model import Scenario, text_in
from game.ui.bots import LEVELS, available_strategies, preset_strategies, real_bots
from game.ui.icons import icon
from game.ui.scene import Scene
from game.ui.session import PERSON, Session

DEFAULT_LEVEL = "normal"


class SeatingScene(Scene):
    default_focus = "seating.start"

    def __init__(
        self, app, path: Path, scenario: Scenario, mode: str = "solo", watch: bool = False
    ) -> None:
        super().__init__(app)
        self.path = path
        self.scenario = scenario
        self.mode = mode
        self.watch = watch
        self.choices = [PERSON, *available_strategies()]
        self.seating: dict[str, str] = {}
        self.level: str | None = DEFAULT_LEVEL  # None once a bot's strategy was changed by hand
        self.use(scenario)

    # --- who sits where --------------------------------------------------------------------
    def use(self, scenario: Scenario) -> None:
        """Seat the parties of `scenario`, keeping earlier choices for parties still there."""
        self.scenario = scenario
        old = self.seating
        people = {
            actor.id
            for index, actor in enumerate(scenario.actors)
            if old.get(actor.id, PERSON if index == 0 or self._second_person(index) else "")
            == PERSON
        }
        if not people and scenario.actors:
            people = {scenario.actors[0].id}
        bots = preset_strategies(scenario, self.level or DEFAULT_LEVEL, people)
        self.seating = {}
        for actor in scenario.all_actors():  # late parties are bots too, never a person
            if actor.id in people:
                self.seating[actor.id] = PERSON
            elif self.level is None and old.get(actor.id, PERSON) != PERSON:
                self.seating[actor.id] = old[actor.id]  # a hand-made choice stays
            else:
                self.seating[actor.id] = bots.get(actor.id, actor.strategy or "integrative")

    def _second_person(self, index: int) -> bool:
        return self.mode == "hotseat" and index == 1

    def people(self) -> set[str]:
        return {actor for actor, choice in self.seating.items() if choice == PERSON}

    def choose_level(self, level: str) -> None:
        """The preset: every bot seat gets the strategy of this difficulty."""
        self._apply_level(level)
        self.refresh()

    def _apply_level(self, level: str) -> None:
        self.level = level
        bots = preset_strategies(self.scenario, level, self.people())
        for actor, strategy in bots.items():
            if self.seating.get(actor) != PERSON:
                self.seating[actor] = strategy

    # --- building --------------------------------------------------------------------------
    def _label(self, choice: str) -> str:
        if choice == PERSON:
            return self.tr("ui.seating.you" if self.mode == "solo" else "ui.seating.person")
        return self.tr("ui.seating.bot", strategy=self.tr(f"ui.strategy.{choice}"))

    def build(self) -> None:
        w, h = self.size
        margin = max(32, w // 24)
        self.label(
            pygame.Rect(margin, self.s(24), w - 2 * margin, self.s(50)),
            self.tr("ui.seating.title"),
            "#title",
        )
        intro = "ui.seating.intro_solo" if self.mode == "solo" else "ui.seating.intro_hotseat"
        self.label(
            pygame.Rect(margin, self.s(80), w - 2 * margin, self.s(28)), self.tr(intro), "#subtitle"
        )
        y = self._build_levels(margin, self.s(118), w - 2 * margin)
        self._build_seats(pygame.Rect(margin, y, w - 2 * margin, h - self.s(76) - y))
        self.button(
            pygame.Rect(margin, h - self.s(64), self.s(160), self.s(42)),
            self.tr("ui.back"),
            self.app.pop,
            key="seating.back",
        )
        self.button(
            pygame.Rect(w - margin - self.s(280), h - self.s(64), self.s(280), self.s(42)),
            self.tr("ui.seating.start"),
            self._start,
            key="seating.start",
            object_id="#primary",
        )

    def _build_levels(self, x: int, y: int, width: int) -> int:
        """The difficulty preset row; the y below it."""
        head_w = min(self.s(220), width // 3)
        self.label(pygame.Rect(x, y, head_w, self.s(36)), self.tr("ui.seating.level"), "#heading")
        bw = min(self.s(150), (width - head_w) // 4)
        tip = self.tr("ui.seating.level_hint")
        for k, level in enumerate(LEVELS):
            self.button(
                pygame.Rect(x + head_w + k * (bw + self.s(8)), y, bw, self.s(36)),
                self.tr(f"ui.seating.level.{level}"),
                lambda v=level: self.choose_level(v),
                key=f"seating.level.{level}",
                selected=self.level == level,
                tooltip=tip,
            )
        note_x = x + head_w + 3 * (bw + self.s(8)) + self.s(8)
        if self.level is None and note_x < x + width - self.s(60):
            self.label(
                pygame.Rect(note_x, y, x + width - note_x, self.s(36)),
                self.tr("ui.seating.level_custom"),
                "#subtle",
            )
        return y + self.s(48)

    def _build_seats(self, area: pygame.Rect) -> None:
        """One row per party: icon, name, role and the seat's choice; scrolls when the text is
        too large for all rows to fit."""
        scroller = self.scroller(area)
        inner = scroller.inner
        row_h = self.s(58)
        icon_w = self.s(52)
        button_w = min(self.s(280), scroller.width // 3)
        name_w = scroller.width - icon_w - button_w - self.s(36)
        tip = self.tr("ui.seating.change" if self.mode == "hotseat" else "ui.seating.change_solo")
        if not real_bots():
            tip += " · " + self.tr("ui.seating.bot_fallback", strategy="random")
        y = 0
        for actor in self.scenario.actors:
            self.keep(
                UIImage(
                    pygame.Rect(0, y, icon_w, icon_w),
                    icon(actor.kind, icon_w),
                    self.ui,
                    container=inner,
                )
            )
            text_x = icon_w + self.s(12)
            # long names wrap (large text would cut them); the role wraps on as many lines as
            # it needs (the briefing shows it whole, so does the seating); the row grows
            names = self.wrap_text(
                text_in(actor.name, self.lang), 18, name_w - 8, bold=True, max_lines=3
            )
            for k, line in enumerate(names):
                self.label(
                    pygame.Rect(text_x, y + k * self.s(26), name_w, self.s(28)),
                    line,
                    "#heading",
                    container=inner,
                )
            role_y = y + len(names) * self.s(26)
            role = text_in(actor.role, self.lang)
            roles = self.wrap_text(role, 13, name_w - 8, max_lines=max(1, len(role.split())))
            for k, line in enumerate(roles):
                self.label(
                    pygame.Rect(text_x, role_y + k * self.s(22), name_w, self.s(24)),
                    line,
                    "#subtle",
                    container=inner,
                )
            text_h = role_y - y + len(roles) * self.s(22) + self.s(4)
            self.button(
                pygame.Rect(scroller.width - button_w, y + self.s(6), button_w, self.s(40)),
                self._label(self.seating[actor.id]),
                lambda a=actor.id: self._cycle(a, 1),
                key=f"seating.{actor.id}",
                selected=self.seating[actor.id] == PERSON,
                tooltip=tip,
                on_arrow=lambda step, a=actor.id: self._cycle_bot(a, step),
                container=inner,
            )
            y += max(row_h, text_h) + self.s(6)
        scroller.set_content_height(y)

    # --- changing a seat -------------------------------------------------------------------
    def _cycle(self, actor: str, step: int) -> bool:
        """Next choice for this party (hotseat); solo has one person: Enter moves it here."""
        current = self.seating[actor]
        if self.mode == "solo" and current == PERSON:
            return True  # pick another party to play instead of this one
        choice = self.choices[(self.choices.index(current) + step) % len(self.choices)]
        if self.mode == "solo":
            choice = PERSON  # Enter on a bot's seat: play this party (arrows change the bot)
        if PERSON in (choice, current):  # who plays changes: the bots follow the preset
            if self.mode == "solo":
                for other in self.people():
                    self.seating[other] = self.scenario.actor(other).strategy or "integrative"
            self.seating[actor] = choice
            if self.level is not None:
                self._apply_level(self.level)
        else:
            self.seating[actor] = choice
            self.level = None
        self.refresh()
        return True

    def _cycle_bot(self, actor: str, step: int) -> bool:
        """Arrows: another strategy for a bot seat (a person's seat stays a person)."""
        current = self.seating[actor]
        if current == PERSON:
            return True
        strategies = self.choices[1:]
        self.seating[actor] = strategies[(strategies.index(current) + step) % len(strategies)]
        self.level = None
        self.refresh()
        return True

    def _start(self) -> None:
        from game.ui.scenes.table import TableScene

        if not self.people():
            self.app.status = self.tr("ui.seating.need_person")
            return
        session = Session.start(self.path, self.scenario, self.seating, self.mode)
        self.app.reset_to(self.app.scenes[0])
        self.app.push(TableScene(self.app, session, watch=self.watch))
