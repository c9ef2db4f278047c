"""Seating: which parties are played by people at this screen and which by bots.

A difficulty preset (easy / normal / hard) gives every bot seat its strategy through
`game.agents.strategies_for`; each bot's strategy can still be changed afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pygame
from pygame_gui.elements import UIImage

from game.scenario.model import Scenario, text_in
from game.ui.bots import LEVELS, available_strategies, preset_strategies
from game.ui.flow import BUTTON_PADDING
from game.ui.icons import icon
from game.ui.scene import Scene
from game.ui.session import PERSON, Session
from game.ui.textfit import wrap_whole
from game.ui.theme import font

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
        """Back and Start at the bottom, everything above them in one scrolling area: at
        large text in a small window nothing is cut or covered, it scrolls."""
        w, h = self.size
        margin = max(32, w // 24)
        width = w - 2 * margin
        top = self.s(24)
        back, start = self._bottom_buttons(margin, width, h)
        scroller = self.scroller(pygame.Rect(margin, top, width, start.top - self.s(12) - top))
        inner, inner_w = scroller.inner, scroller.width
        y = 0
        for line in wrap_whole(self.tr("ui.seating.title"), font(self.s(34), True), inner_w):
            self.label(pygame.Rect(0, y, inner_w, self.s(50)), line, "#title", inner)
            y += self.s(46)
        y += self.s(10)
        intro = "ui.seating.intro_solo" if self.mode == "solo" else "ui.seating.intro_hotseat"
        for line in wrap_whole(self.tr(intro), font(self.s(17), italic=True), inner_w):
            self.label(pygame.Rect(0, y, inner_w, self.s(28)), line, "#subtitle", inner)
            y += self.s(26)
        y = self._build_levels(inner, y + self.s(12), inner_w)
        y = self._build_seats(inner, y, inner_w)
        scroller.set_content_height(y)
        self.button(back, self.tr("ui.back"), self.app.pop, key="seating.back")
        self.button(
            start,
            self.tr("ui.seating.start"),
            self._start,
            key="seating.start",
            object_id="#primary",
        )

    def _bottom_buttons(self, x: int, width: int, h: int) -> tuple[pygame.Rect, pygame.Rect]:
        """Where Back (left) and Start (right) go: narrowed to fit side by side, or Start
        above Back when even their words do not fit one row."""
        back_w, start_w, gap = self.s(160), self.s(280), self.s(16)
        if back_w + gap + start_w > width:
            share = (width - gap) / (back_w + start_w)
            back_w = max(round(back_w * share), self._button_need(self.tr("ui.back")))
            start_need = self._button_need(self.tr("ui.seating.start"), 16, bold=True)
            start_w = max(round(start_w * share), start_need)
        side_by_side = back_w + gap + start_w <= width
        back_w, start_w = min(back_w, width), min(start_w, width)
        back_y = h - self.s(64)
        start_y = back_y if side_by_side else back_y - self.s(54)
        return (
            pygame.Rect(x, back_y, back_w, self.s(42)),
            pygame.Rect(x + width - start_w, start_y, start_w, self.s(42)),
        )

    def _button_need(self, text: str, size: int = 15, bold: bool = False) -> int:
        """The width a button needs to show `text` whole (the theme pads it on both sides)."""
        return font(self.s(size), bold).size(text)[0] + self.s(12) + 2 * BUTTON_PADDING

    def _build_levels(self, inner, y: int, width: int) -> int:
        """The difficulty preset: the heading with its buttons beside it, or, when the row is
        too narrow, the buttons below it, over as many rows as their words need; the y below."""
        heading = self.tr("ui.seating.level")
        texts = [self.tr(f"ui.seating.level.{level}") for level in LEVELS]
        gap, row_h = self.s(8), self.s(36)
        head_w = max(min(self.s(220), width // 3), font(self.s(18), True).size(heading)[0] + gap)
        need = max(self._button_need(text) for text in texts)
        bw = max(min(self.s(150), (width - head_w) // 4), need)
        beside = head_w + len(LEVELS) * (bw + gap) - gap <= width
        self.label(pygame.Rect(0, y, min(head_w, width), row_h), heading, "#heading", inner)
        x0 = head_w if beside else 0
        if not beside:
            y += row_h + gap
            bw = min(max(min(self.s(150), (width - 2 * gap) // 3), need), width)
        tip = self.tr("ui.seating.level_hint")
        x = x0
        for level, text in zip(LEVELS, texts, strict=True):
            if x > x0 and x + bw > width:  # the next row
                x, y = x0, y + row_h + gap
            self.button(
                pygame.Rect(x, y, bw, row_h),
                text,
                lambda v=level: self.choose_level(v),
                key=f"seating.level.{level}",
                selected=self.level == level,
                tooltip=tip,
                container=inner,
            )
            x += bw + gap
        if self.level is not None:
            return y + self.s(48)
        note = self.tr("ui.seating.level_custom")
        note_w = font(self.s(13)).size(note)[0] + gap
        if x + note_w > width:  # no room after the buttons: a line of its own
            x, y = 0, y + row_h + gap
        self.label(pygame.Rect(x, y, min(note_w, width - x), row_h), note, "#subtle", inner)
        return y + self.s(48)

    def _build_seats(self, inner, y: int, width: int) -> int:
        """One row per party: icon, name, role and the seat's choice; the y below the last.
        Names and roles wrap (a word wider than the column is broken, never cut); when the
        column beside the choice is too narrow for the longest word, the choice goes under
        the text and the text takes the whole width."""
        icon_w = self.s(52)
        text_x = icon_w + self.s(12)
        name_font, role_font = font(self.s(18), True), font(self.s(13))
        labels = [self._label(choice) for choice in self.choices]
        button_need = max(self._button_need(label) for label in labels)
        button_w = max(min(self.s(280), width // 3), button_need)
        name_w = width - icon_w - button_w - self.s(36)
        actors = self.scenario.actors
        words = [
            (word, f)
            for actor in actors
            for text, f in ((actor.name, name_font), (actor.role, role_font))
            for word in text_in(text, self.lang).split()
        ]
        stacked = any(f.size(word)[0] > name_w - 8 for word, f in words)
        if stacked:
            name_w = width - text_x
            button_w = min(max(self.s(280), button_need), name_w)
        tip = self.tr("ui.seating.change" if self.mode == "hotseat" else "ui.seating.change_solo")
        for actor in actors:
            self.keep(
                UIImage(
                    pygame.Rect(0, y, icon_w, icon_w),
                    icon(actor.kind, icon_w),
                    self.ui,
                    container=inner,
                )
            )
            names = wrap_whole(text_in(actor.name, self.lang), name_font, name_w - 8)
            for k, line in enumerate(names):
                self.label(
                    pygame.Rect(text_x, y + k * self.s(26), name_w, self.s(28)),
                    line,
                    "#heading",
                    container=inner,
                )
            role_y = y + len(names) * self.s(26)
            roles = wrap_whole(text_in(actor.role, self.lang), role_font, name_w - 8)
            for k, line in enumerate(roles):
                self.label(
                    pygame.Rect(text_x, role_y + k * self.s(22), name_w, self.s(24)),
                    line,
                    "#subtle",
                    container=inner,
                )
            text_h = role_y - y + len(roles) * self.s(22) + self.s(4)
            if stacked:
                button = pygame.Rect(text_x, y + text_h + self.s(2), button_w, self.s(40))
            else:
                button = pygame.Rect(width - button_w, y + self.s(6), button_w, self.s(40))
            self.button(
                button,
                self._label(self.seating[actor.id]),
                lambda a=actor.id: self._cycle(a, 1),
                key=f"seating.{actor.id}",
                selected=self.seating[actor.id] == PERSON,
                tooltip=tip,
                on_arrow=lambda step, a=actor.id: self._cycle_bot(a, step),
                container=inner,
            )
            y = max(y + self.s(58), y + text_h, button.bottom) + self.s(6)
        return y

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
