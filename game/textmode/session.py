"""One game at one keyboard: people choose from numbered menus, bots fill the other seats.

The game is a local table (`game.play.local.LocalTable`: the engine, the one bot loop and
the autosave after every action); a person's turn is played by the terminal's one table
front-end (`table.py`, the same as in a room). What is local only lives here: whose turn it
is at a shared keyboard (the hand-over screen), the learning moments, the saves and the end.
When the input runs out, or a player chooses "save and stop", the game is saved and the
session ends normally.

What the shared screen shows between turns: with one person, everything that person may
see; with several, only what the whole table sees. Each person's own lines (answers to
their questions, consultation results, events only for them) are shown at the start of
their next turn, after the hand-over.
"""

from __future__ import annotations

from pathlib import Path

from game.agents.counterfactual import COUNTERFACTUAL_GAMES
from game.debrief import build_debrief
from game.engine import Game
from game.engine.log import LogEntry
from game.learning.due import guesses_due, has_acted
from game.learning.selfrating import rating_due, shift_lines
from game.play import wording
from game.play.local import Autosave, LocalTable
from game.scenario.model import text_in
from game.text import t
from game.textmode.console import Console, EndOfInput
from game.textmode.ending import outcome_lines
from game.textmode.learning import ask_guesses, ask_reflection, end_lines
from game.textmode.prompts import press_enter
from game.textmode.savefile import SessionInfo, session_data
from game.textmode.selfrating import ask_self_rating
from game.textmode.table import StopRequested, TableFront

#: Games per strategy behind the ending's "what another way would have earned".
TERMINAL_COUNTERFACTUAL_GAMES = COUNTERFACTUAL_GAMES


class TextSession:
    """A game played in the terminal; `run()` plays it until the end or until input stops."""

    def __init__(
        self, console: Console, game: Game, info: SessionInfo, save_paths: list[Path]
    ) -> None:
        self.console = console
        self.game = game
        self.info = info
        self.lang = info.lang
        self.humans = list(info.humans)
        self.save_paths = save_paths
        saving = Autosave(save_paths, self._document, strict=True)
        self.table = LocalTable(
            game, self.humans, dict(info.strategies), info.difficulty, autosave=saving
        )
        self.front = TableFront(console, self.table, self.lang, after_send=self._show_own_news)
        self.seen = {h: info.seen.get(h, 0) for h in self.humans}
        self.briefed: set[str] = set()  # who has seen the brief in this sitting
        # log lines the shared screen has shown: with one person, all that person has seen;
        # with several, none before this sitting (each person's recap covers them)
        self.shown = len(game.log) if self.hotseat else self.seen[self.humans[0]]
        self.last_person: str | None = None

    # --- the loop --------------------------------------------------------------------------
    @property
    def hotseat(self) -> bool:
        return len(self.humans) > 1

    @property
    def audience(self) -> str | None:
        """Whose lines the shared screen shows between turns (None: the public table)."""
        return None if self.hotseat else self.humans[0]

    def run(self) -> int:
        try:
            self.save()
            self._opening()
            while not self.game.is_over():
                actor = self.game.current_actor
                if actor is None:
                    break
                if actor in self.humans:
                    self._human_turn(actor)
                else:
                    self._bot_turn(actor)
            self._ending()
        except StopRequested:
            self.save()
            self.say(t("textmode.session.stopped", self.lang, path=self.save_paths[-1]))
        except EndOfInput:
            self.save()
            self.say(t("textmode.session.end_of_input", self.lang, path=self.save_paths[-1]))
        return 0

    def say(self, text: str = "") -> None:
        self.console.say(text)

    def lines(self, lines: list[str]) -> None:
        for line in lines:
            self.console.say(line)

    def _document(self) -> dict:
        """The text-mode save: the engine's save with who plays, strategies, reading marks."""
        self.info.seen = dict(self.seen)
        self.info.strategies = dict(self.table.strategies)
        title = self.game.scenario.title
        return session_data(
            self.info,
            self.game.to_save(),
            {"nl": text_in(title, "nl"), "en": text_in(title, "en")},
        )

    def save(self) -> None:
        """Saves to every path; the messages name the last, the player's own `--save` file
        when there is one (else the autosave)."""
        self.table.save()

    def name(self, actor: str) -> str:
        return text_in(self.game.scenario.actor(actor).name, self.lang)

    def _opening(self) -> None:
        lang, game = self.lang, self.game
        self.console.rule()
        self.say(text_in(game.scenario.title, lang))
        self.say(text_in(game.scenario.summary, lang))
        self.say(t("textmode.session.seed", lang, seed=game.seed))
        for actor in game.seats:
            if actor in self.humans:
                self.say("  " + t("textmode.session.seat_person", lang, name=self.name(actor)))
            else:
                strategy = t(f"textmode.strategy.{self.table.strategy(actor)}", lang)
                self.say(
                    "  "
                    + t("textmode.session.seat_bot", lang, name=self.name(actor), strategy=strategy)
                )
        self.say(wording.week_line(game.public_view(), lang))
        self._show_table_news()

    def _show_table_news(self) -> None:
        """Lines of the record the shared screen has not shown yet, for its audience."""
        log = self.game.log
        news = [e for e in log[self.shown :] if e.visible_to(self.audience)]
        self.shown = len(log)
        for entry in news:
            self.say(_entry_line(entry, self.lang))
        if not self.hotseat:
            self.seen[self.humans[0]] = len(log)

    # --- a bot's turn ----------------------------------------------------------------------
    def _bot_turn(self, actor: str) -> None:
        start = len(self.game.log)
        self.table.play_turn()
        explanations = self.table.explanations
        self.say(t("textmode.bots.turn", self.lang, name=self.name(actor)))
        for entry in self.game.log[start:]:
            if entry.visible_to(self.audience):
                self.say(_entry_line(entry, self.lang))
                why = explanations.get(entry.index)
                if why is not None:
                    self.say(
                        "      " + t("textmode.bots.why", self.lang, why=text_in(why, self.lang))
                    )
        self.shown = len(self.game.log)
        if not self.hotseat:
            self.seen[self.humans[0]] = self.shown

    # --- a person's turn -------------------------------------------------------------------
    def _human_turn(self, actor: str) -> None:
        lang = self.lang
        if self.hotseat and self.last_person != actor:
            if self.last_person is not None:  # hide the previous person's screen; the
                self.console.clear()  # opening before the first turn is public: it stays
            press_enter(self.console, t("textmode.session.handover", lang, name=self.name(actor)))
            self.console.clear()
        self.last_person = actor
        self.front.heading(actor)
        recap = [line for line in self.game.view(actor).log if line.index >= self.seen[actor]]
        if self.hotseat and recap:
            self.say(t("textmode.session.since_last", lang))
            self.lines(wording.log_lines(recap, lang))
        if actor not in self.briefed:
            self.briefed.add(actor)
            self.front.brief(actor)
        self.front.overview(actor)
        self._mark_seen(actor)
        self._learning_moments(actor)
        self.front.play(actor)
        self._show_own_news(actor)

    def _learning_moments(self, actor: str) -> None:
        """Before the first move: the guesses; in a week with a reflection moment: its
        question (each asked once per person, kept in the save's journal)."""
        journal = self.info.journal
        acted = has_acted(self.game, actor)
        ask_self_rating(
            self.console, self.lang, self.game, journal, actor, "start", acted, self.save
        )
        ask_guesses(self.console, self.lang, self.game, journal, actor, "start", self.save)
        ask_reflection(self.console, self.lang, self.game, journal, actor, self.save)

    def _mark_seen(self, actor: str) -> None:
        self.seen[actor] = len(self.game.log)
        if not self.hotseat:
            self.shown = len(self.game.log)

    def _show_own_news(self, actor: str) -> None:
        """What happened since this person last looked, as far as they may see it."""
        log = self.game.log
        news = [e for e in log[self.seen[actor] :] if e.visible_to(actor)]
        for entry in news:
            self.say(_entry_line(entry, self.lang))
        self.seen[actor] = len(log)
        if self.hotseat:
            self.shown = max(self.shown, len(log))  # the table saw it on this person's screen
        else:
            self.shown = len(log)

    # --- the end ---------------------------------------------------------------------------
    def _ending(self) -> None:
        self._show_table_news()
        self.console.rule()
        ending = build_debrief(
            self.game,
            self.humans,
            strategies=self.table.strategies,
            with_counterfactual=True,
            games=TERMINAL_COUNTERFACTUAL_GAMES,
        )
        self.lines(outcome_lines(self.game, self.lang, ending))
        journal = self.info.journal
        for person in self.humans:
            rating = rating_due(journal, self.game.scenario, person, "end")
            if not (rating or guesses_due(journal, self.game, person, "end")):
                continue
            if self.hotseat:
                self.say(t("learning.textmode.guess_who", self.lang, name=self.name(person)))
            ask_self_rating(
                self.console, self.lang, self.game, journal, person, "end", True, self.save
            )
            ask_guesses(self.console, self.lang, self.game, journal, person, "end", self.save)
        debrief = ending.scoring
        for person in self.humans:
            self.console.rule()
            self.lines(end_lines(self.game, journal, person, self.lang, debrief))
            self.lines(shift_lines(self.game, journal, person, self.lang))
        self.save()
        self.say(t("textmode.session.saved", self.lang, path=self.save_paths[-1]))


def _entry_line(entry: LogEntry, lang: str) -> str:
    text = entry.text(lang)
    return f"  {text}" if entry.kind == "round_started" else f"  · {text}"
