"""Seating: which parties are played by people at this screen and which by bots."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.scenario.model import Scenario, text_in
from game.ui.bots import available_strategies, real_bots
from game.ui.icons import icon
from game.ui.scene import Scene
from game.ui.session import PERSON, Session

DEFAULT_STRATEGY = "integrative"


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
        self.use(scenario)
        self.rows: list[tuple[pygame.Rect, str]] = []

    def use(self, scenario: Scenario) -> None:
        """Seat the parties of `scenario`, keeping earlier choices for parties still there."""
        self.scenario = scenario
        old = self.seating
        self.seating = {}
        for index, actor in enumerate(scenario.actors):
            human = index == 0 or (self.mode == "hotseat" and index == 1)
            default = PERSON if human else (actor.strategy or DEFAULT_STRATEGY)
            self.seating[actor.id] = old.get(actor.id, default)
        if not any(choice == PERSON for choice in self.seating.values()) and self.seating:
            self.seating[scenario.actors[0].id] = PERSON

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
        y = self.s(124)
        row_h = self.s(58)
        icon_w = self.s(52)
        name_w = min(self.s(520), w - 2 * margin - self.s(300))
        self.rows = []
        tip = self.tr("ui.seating.change")
        if not real_bots():
            tip += " · " + self.tr("ui.seating.bot_fallback", strategy="random")
        for actor in self.scenario.actors:
            self.rows.append((pygame.Rect(margin, y, icon_w, icon_w), actor.kind))
            name = text_in(actor.name, self.lang)
            role = text_in(actor.role, self.lang)
            self.label(pygame.Rect(margin + icon_w + 12, y, name_w, self.s(28)), name, "#heading")
            self.label(
                pygame.Rect(margin + icon_w + 12, y + self.s(26), name_w, self.s(24)),
                role,
                "#subtle",
            )
            bx = margin + icon_w + 24 + name_w
            self.button(
                pygame.Rect(bx, y + self.s(6), min(self.s(280), w - bx - margin), self.s(40)),
                self._label(self.seating[actor.id]),
                lambda a=actor.id: self._cycle(a, 1),
                key=f"seating.{actor.id}",
                selected=self.seating[actor.id] == PERSON,
                tooltip=tip,
                on_arrow=lambda step, a=actor.id: self._cycle_bot(a, step),
            )
            y += row_h + self.s(6)
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

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        for rect, kind in self.rows:
            surface.blit(icon(kind, rect.width), rect)

    def _cycle(self, actor: str, step: int) -> bool:
        """Next choice for this party; solo has one person, so choosing 'you' moves it."""
        index = (self.choices.index(self.seating[actor]) + step) % len(self.choices)
        choice = self.choices[index]
        if self.mode == "solo" and self.seating[actor] == PERSON:
            return True  # pick another party to play instead of this one
        if self.mode == "solo" and choice == PERSON:
            for other, current in self.seating.items():
                if current == PERSON:
                    self.seating[other] = self.scenario.actor(other).strategy or DEFAULT_STRATEGY
        self.seating[actor] = choice
        self.refresh()
        return True

    def _cycle_bot(self, actor: str, step: int) -> bool:
        """Arrows: another strategy for a bot seat (a person's seat stays a person)."""
        current = self.seating[actor]
        if current == PERSON:
            return True
        strategies = self.choices[1:]
        self.seating[actor] = strategies[(strategies.index(current) + step) % len(strategies)]
        self.refresh()
        return True

    def _start(self) -> None:
        from game.ui.scenes.table import TableScene

        if not any(choice == PERSON for choice in self.seating.values()):
            self.app.status = self.tr("ui.seating.need_person")
            return
        session = Session.start(self.path, self.scenario, self.seating, self.mode)
        self.app.reset_to(self.app.scenes[0])
        self.app.push(TableScene(self.app, session, watch=self.watch))
