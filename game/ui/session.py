"""One game in the window: the engine's Game, who sits where, and the autosave after every
action. Scenes send actions through `Session.apply` and let bots act through
`Session.bot_step`; both go through the session's `LocalTable` (game/play/local.py: the
engine, the one bot loop, the autosave), and nothing else changes the game."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from game.engine import Action, Game, LogEntry, SaveError
from game.learning.journal import LearningJournal
from game.paths import saves_dir
from game.play.local import Autosave, LocalTable
from game.saves import scenario_of_save, write_atomic
from game.scenario.model import LocalText, Scenario, text_in
from game.ui.paths import autosave_file

Mode = Literal["solo", "hotseat"]
PERSON = "person"
AUTOSAVE_FORMAT = "omgevingstafel-window-autosave"
FINISHED_PREFIX = "venster-"  # a finished window game kept before a practice rewind


class AutosaveError(Exception):
    """The autosave cannot be resumed; str() says why, for a person."""


@dataclass
class Attempt:
    """A finished game kept for comparison after a practice rewind."""

    label_round: int
    outcome_kind: str
    package: dict[str, str] | None
    points: dict[str, float]


@dataclass
class Session:
    scenario_path: Path
    scenario: Scenario
    game: Game
    seating: dict[str, str]  # actor id -> "person" or a strategy
    mode: Mode = "solo"
    autosave: bool = True
    attempts: list[Attempt] = field(default_factory=list)
    last_viewer: str | None = None  # the person whose screen was shown last (hotseat)
    briefed: set[str] = field(default_factory=set)  # people who have read their briefing
    explanations: dict[int, LocalText] = field(default_factory=dict)  # log index -> why
    seen_events: set[tuple[str, int]] = field(default_factory=set)  # (person, log index)
    save_error: str | None = None
    journal: LearningJournal = field(default_factory=LearningJournal)  # guesses, reflections
    notice: str | None = None  # on resume: the scenario file differs from the save's copy
    _table: LocalTable | None = field(default=None, repr=False)

    @classmethod
    def start(
        cls,
        scenario_path: Path,
        scenario: Scenario,
        seating: dict[str, str],
        mode: Mode,
        seed: int = 0,
        autosave: bool = True,
    ) -> Session:
        seats = [a.id for a in scenario.actors if a.id in seating]
        game = Game(scenario, seed=seed, seats=seats)
        session = cls(scenario_path, scenario, game, dict(seating), mode, autosave)
        session.save()
        return session

    # --- who plays -------------------------------------------------------------------------
    def is_person(self, actor: str) -> bool:
        return self.seating.get(actor, PERSON) == PERSON

    def people(self) -> list[str]:
        return [a for a in self.game.seats if self.is_person(a)]

    @property
    def table(self) -> LocalTable:
        """The game as a table port: made again when the game is replaced (a reload)."""
        if self._table is None or self._table.game is not self.game:
            people = [a.id for a in self.scenario.all_actors() if self.is_person(a.id)]
            strategies = {a: s for a, s in self.seating.items() if s != PERSON}
            saving = Autosave([autosave_file()], self.to_json) if self.autosave else None
            self._table = LocalTable(
                self.game, people, strategies, autosave=saving, explanations=self.explanations
            )
        return self._table

    def viewer(self) -> str:
        """Whose confidential screen the table shows. At a hotseat that is the person the
        screen was last handed to, until the next hand-over: the next player's secrets are
        never drawn while the previous one still sits there. Alone, the person to move."""
        current = self.game.current_actor
        if self.mode == "hotseat" and self.last_viewer is not None:
            return self.last_viewer
        if current is not None and self.is_person(current):
            return current
        if self.last_viewer is not None:
            return self.last_viewer
        people = self.people()
        return people[0] if people else self.game.seats[0]  # a table of bots only: the first

    def saw_event(self, person: str, index: int) -> None:
        """`person` has seen the pop-up of log line `index`: kept in the autosave, so that
        *Verder spelen* does not show it again."""
        self.seen_events.add((person, index))
        self.save()

    # --- playing ---------------------------------------------------------------------------
    def apply(self, action: Action) -> list[LogEntry]:
        """The one way the window changes a game: the engine checks (IllegalAction with the
        reason), then the table autosaves."""
        refusal = self.game.why_not(action)
        if refusal is not None:
            raise refusal
        before = len(self.game.log)
        self.table.send(action)
        self._saved()
        return list(self.game.log[before:])

    def bot_step(self, actor: str, lang: str) -> list[LogEntry]:
        """The bot in `actor`'s seat plays one action of its turn through the one bot loop
        (the table applies it, autosaves and keeps its reason by its log line); LookupError
        when no bot is to move in that seat."""
        if self.table.bot_to_move() != actor:
            raise LookupError(actor)
        before = len(self.game.log)
        self.table.bot_step()
        self._saved()
        return list(self.game.log[before:])

    def rewind(self, to_round: int) -> Path | None:
        """Practice: keep this outcome for comparison, then go back to the start of a round.

        A finished game is first copied to the player's saves (the autosave goes on with the
        replay), so it can still be reported or opened; that file, or None."""
        game = self.game
        kept = self.keep_finished() if game.is_over() else None
        self.attempts.append(
            Attempt(
                to_round,
                game.outcome.kind if game.outcome else "open",
                dict(game.outcome.package) if game.outcome and game.outcome.package else None,
                game.final_points(),
            )
        )
        first = next(
            (e.index for e in game.log if e.kind == "round_started" and e.round == to_round),
            None,
        )
        self.table.undo(to=first if first is not None else 0)
        self._saved()
        return kept

    def keep_finished(self) -> Path | None:
        """This game as it stands, in its own file among the saves (`report` and `replay`
        read it, `Session.resume` opens it); None when nothing is saved or writing failed."""
        if not self.autosave:
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        try:
            folder = saves_dir()
            path = folder / f"{FINISHED_PREFIX}{self.scenario.id}-{stamp}.json"
            number = 2
            while path.exists():
                path = folder / f"{FINISHED_PREFIX}{self.scenario.id}-{stamp}-{number}.json"
                number += 1
            write_atomic(path, self.to_json())
        except OSError as error:
            self.save_error = str(error)
            return None
        return path

    # --- saving ----------------------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "format": AUTOSAVE_FORMAT,
            "scenario_path": str(self.scenario_path),
            "title": {
                "nl": text_in(self.scenario.title, "nl"),
                "en": text_in(self.scenario.title, "en"),
            },
            "round": self.game.round,
            "deadline": self.game.deadline,
            "over": self.game.is_over(),
            "mode": self.mode,
            "seating": self.seating,
            "attempts": [a.__dict__ for a in self.attempts],
            "briefed": sorted(self.briefed),
            "seen_events": sorted([list(pair) for pair in self.seen_events]),
            "explanations": {
                str(index): why.model_dump() for index, why in self.explanations.items()
            },
            "game": self.game.to_save(),
            "learning": self.journal.to_data(),
        }

    def save(self) -> None:
        """Autosave; a failure is kept in `save_error` for the window to show, never raised."""
        if self.autosave:
            self.table.save()
            self._saved()

    def _saved(self) -> None:
        """What the table's last autosave came to, for the window to show."""
        saving = self.table.autosave
        self.save_error = saving.error if saving is not None else None

    @classmethod
    def resume(cls, path: Path | None = None, lang: str = "nl") -> Session:
        """The autosaved game, replayed on the scenario it was played with (the copy the
        save keeps, when the file changed or is gone: `notice` says so); AutosaveError with
        a readable reason otherwise."""
        path = path or autosave_file()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            scenario_path = Path(data["scenario_path"])
            found = scenario_of_save(data["game"], str(path), scenario_path, lang=lang)
            game = Game.from_save(data["game"], found.scenario)
            attempts = [Attempt(**a) for a in data.get("attempts", [])]
            mode = "hotseat" if data.get("mode") == "hotseat" else "solo"
            session = cls(
                scenario_path, found.scenario, game, dict(data["seating"]), mode, attempts=attempts
            )
            session.notice = found.notice(lang)
            session.briefed = set(data.get("briefed", []))
            session.seen_events = {(str(a), int(i)) for a, i in data.get("seen_events", [])}
            session.explanations = {
                int(index): LocalText.model_validate(why)
                for index, why in data.get("explanations", {}).items()
            }
            session.journal = LearningJournal.from_data(data.get("learning", {}))
            return session
        except OSError as error:
            raise AutosaveError(str(error)) from None
        except (ValueError, KeyError, TypeError) as error:
            raise AutosaveError(f"{path}: {error}") from None
        except SaveError as error:
            raise AutosaveError(error.message(lang)) from None


def autosave_info() -> dict | None:
    """The autosave's title and week, or None when there is no game to continue."""
    try:
        data = json.loads(autosave_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != AUTOSAVE_FORMAT or data.get("over"):
        return None
    return data
