"""The scenario chooser: shipped cases and the player's own folder, with what each is about."""

from __future__ import annotations

import webbrowser
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.scenario.loader import (
    ScenarioError,
    default_scenario_path,
    load_scenario,
    shipped_scenarios,
)
from game.scenario.model import Scenario, text_in
from game.scenario.sources import sources_of
from game.scenario.space import OutcomeSpace
from game.ui.icons import icon
from game.ui.paths import user_scenarios_dir
from game.ui.scene import Scene, esc

EASY_ZOPA = 0.05
MEDIUM_ZOPA = 0.02


@dataclass(frozen=True)
class Entry:
    path: Path
    scenario: Scenario | None
    problems: tuple[str, ...] = ()
    own: bool = False


_cache: dict[tuple[str, float], Entry] = {}


def load_entry(path: Path, own: bool = False) -> Entry:
    """A scenario file, loaded once per modification; a broken one keeps its messages."""
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = -1.0
    key = (str(path), stamp)
    if key not in _cache:
        try:
            _cache[key] = Entry(path, load_scenario(path).scenario, own=own)
        except ScenarioError as error:
            _cache[key] = Entry(path, None, tuple(p.format() for p in error.problems), own)
    return _cache[key]


def difficulty(scenario: Scenario) -> tuple[str, int, int]:
    """A level from how narrow the zone of possible agreement is, with its counts."""
    space = OutcomeSpace.from_scenario(scenario)
    zopa = int(space.zopa_mask.sum())
    share = zopa / space.size
    level = "easy" if share >= EASY_ZOPA else "medium" if share >= MEDIUM_ZOPA else "hard"
    if len(scenario.actors) >= 6 and level == "easy":
        level = "medium"
    return level, zopa, space.size


def default_first(paths: list[Path]) -> list[Path]:
    """The shipped cases with the default (the starter case) on top and selected, where a
    first-timer looks; the others keep their order."""
    default = default_scenario_path()
    return sorted(paths, key=lambda path: path != default)


class ChooserScene(Scene):
    default_focus = "chooser.choose"

    def __init__(self, app, mode: str = "solo", extra: list[Path] | None = None) -> None:
        super().__init__(app)
        self.mode = mode
        shipped = default_first(shipped_scenarios())
        self.entries = [load_entry(p) for p in [*(extra or []), *shipped]]
        own_dir = user_scenarios_dir()
        self.entries += [load_entry(p, own=True) for p in sorted(own_dir.glob("*.yaml"))]
        self.selected = 0

    def build(self) -> None:
        w, h = self.size
        margin = max(32, w // 30)
        self.label(
            pygame.Rect(margin, self.s(24), w - 2 * margin, self.s(50)),
            self.tr("ui.chooser.title"),
            "#title",
        )
        top = self.s(24) + self.s(64)
        list_w = min(self.s(360), w // 3)
        bh = self.s(54)
        own_dir = user_scenarios_dir()
        # the bottom row: Back, the own-folder button, Choose; where the folder button has no
        # room between them (large text in a small window) it is left out
        gap = self.s(16)
        row_y = h - self.s(64)
        back_w = min(self.s(160), (w - 2 * margin) // 3)
        choose_w = min(self.s(280), w - 2 * margin - back_w - gap)
        fx = margin + back_w + gap
        fw = w - margin - choose_w - gap - fx
        folder_y = row_y - self.s(12)
        if not self.entries:
            self.label(
                pygame.Rect(margin, top, w - 2 * margin, self.s(30)),
                self.tr("ui.chooser.none", path=own_dir),
                "#subtle",
            )
        # the cases in a scrolling list, so that many (or large text) never run over the rest
        scroller = self.scroller(pygame.Rect(margin, top, list_w, folder_y - top - self.s(8)))
        inner_w = scroller.width
        y = 0
        shown_own_heading = False
        for index, entry in enumerate(self.entries):
            if entry.own and not shown_own_heading:
                self.label(
                    pygame.Rect(0, y, inner_w, self.s(28)),
                    self.tr("ui.chooser.own"),
                    "#heading",
                    container=scroller.inner,
                )
                y += self.s(32)
                shown_own_heading = True
            title = text_in(entry.scenario.title, self.lang) if entry.scenario else entry.path.name
            self.button(
                pygame.Rect(0, y, inner_w, bh),
                self.fit(title, inner_w - self.s(28)),
                lambda i=index: self._select(i),
                key=f"chooser.entry.{index}",
                object_id="#rowbutton",
                selected=index == self.selected,
                tooltip=title,
                container=scroller.inner,
            )
            y += bh + self.s(8)
        scroller.set_content_height(y)
        # where to put one's own cases, between the two buttons at the bottom: a button that
        # opens the folder; its full path is in the hint, not on the screen
        if fw >= self.s(140):
            self.button(
                pygame.Rect(fx, row_y, fw, self.s(42)),
                self.fit(self.tr("ui.chooser.own_folder"), fw - self.s(28)),
                lambda: self._open_folder(own_dir),
                key="chooser.folder",
                tooltip=self.tr("ui.chooser.own_folder_hint", path=own_dir),
            )
        self.button(
            pygame.Rect(margin, row_y, back_w, self.s(42)),
            self.fit(self.tr("ui.back"), back_w - self.s(16)),
            self.app.pop,
            key="chooser.back",
        )
        detail_x = margin + list_w + margin
        self.detail = pygame.Rect(detail_x, top, w - detail_x - margin, folder_y - top - self.s(8))
        entry = self.entries[self.selected] if self.entries else None
        icons_h = self.s(64) if entry and entry.scenario else 0
        if entry is not None:
            box = self.detail.copy()
            box.y += icons_h
            box.height -= icons_h
            self.textbox(box, self._detail_html(entry))
        choose_enabled = entry is not None and entry.scenario is not None
        self.button(
            pygame.Rect(w - margin - choose_w, row_y, choose_w, self.s(42)),
            self.fit(self.tr("ui.chooser.choose"), choose_w - self.s(16)),
            self._choose,
            key="chooser.choose",
            object_id="#primary",
            enabled=choose_enabled,
        )

    def _detail_html(self, entry: Entry) -> str:
        lang = self.lang
        s = entry.scenario
        if s is None:
            lines = "<br>".join(esc(p) for p in entry.problems[:12])
            return f"<b>{esc(self.tr('ui.chooser.broken', file=entry.path.name))}</b><br>{lines}"
        if s.agreement.rule == "unanimity":
            rule = self.tr("ui.chooser.rule.unanimity")
        else:
            names = ", ".join(text_in(s.actor(a).name, lang) for a in s.agreement.required)
            required = self.tr("ui.chooser.rule.required", names=names) if names else ""
            rule = self.tr("ui.chooser.rule.quorum", k=s.agreement.quorum, required=required)
        level, zopa, size = difficulty(s)
        facts = self.tr(
            "ui.chooser.facts",
            issues=len(s.issues),
            actors=len(s.actors),
            rounds=s.rounds,
            rule=rule,
        )
        level_text = self.tr(
            "ui.chooser.difficulty_why",
            level=self.tr(f"ui.difficulty.{level}"),
            zopa=zopa,
            size=size,
        )
        parts = [
            f"<font size=5><b>{esc(text_in(s.title, lang))}</b></font>",
            f"{esc(facts)}<br><i>{esc(level_text)}</i>",
            f"<b>{esc(self.tr('ui.chooser.summary'))}</b><br>{esc(text_in(s.summary, lang))}",
        ]
        if s.learning_goals:
            goals = "<br>".join(f"• {esc(text_in(g.text, lang))}" for g in s.learning_goals)
            parts.append(f"<b>{esc(self.tr('ui.chooser.goals'))}</b><br>{goals}")
        actors = "<br>".join(
            f"• <b>{esc(text_in(a.name, lang))}</b> — {esc(text_in(a.role, lang))}"
            for a in s.actors
        )
        parts.append(f"<b>{esc(self.tr('ui.chooser.actors'))}</b><br>{actors}")
        if s.sources:
            sources = "<br>".join(f"• {esc(line)}" for line, _url in sources_of(s, lang))
            parts.append(f"<b>{esc(self.tr('ui.chooser.sources'))}</b><br>{sources}")
        if s.fiction is not None:
            fiction = esc(text_in(s.fiction, lang))
            parts.append(f"<b>{esc(self.tr('ui.chooser.fiction'))}</b><br><i>{fiction}</i>")
        return "<br><br>".join(parts)

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        if not self.entries:
            return
        entry = self.entries[self.selected]
        if entry.scenario is None:
            return
        size = self.s(48)
        x = self.detail.x
        for actor in entry.scenario.actors:
            surface.blit(icon(actor.kind, size), (x, self.detail.y + self.s(4)))
            x += size + self.s(10)

    def _open_folder(self, folder: Path) -> None:
        """The system's file manager on the player's own folder; where it cannot open one,
        the hint strip names the folder."""
        try:
            opened = webbrowser.open(folder.as_uri())
        except webbrowser.Error:
            opened = False
        if not opened:
            self.app.status = self.tr("ui.chooser.folder_failed", path=folder)

    def _select(self, index: int) -> None:
        """Pick a case; picking the picked one again goes on with it."""
        if index == self.selected:
            self._choose()
            return
        self.selected = index
        self.refresh()

    def _choose(self) -> None:
        from game.ui.scenes.seating import SeatingScene

        entry = self.entries[self.selected]
        if entry.scenario is None:
            return
        self.app.push(SeatingScene(self.app, entry.path, entry.scenario, mode=self.mode))
