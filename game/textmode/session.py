"""One game at one keyboard: people choose from numbered menus, bots fill the other seats.

The loop asks whoever is to move: a person through the menus (after a hand-over screen when
several people share the keyboard), a bot through game/agents. Every action goes through
`Game.apply`; the session is saved after every one. When the input runs out, or a player
chooses "save and stop", the game is saved and the session ends normally.

What the shared screen shows between turns: with one person, everything that person may
see; with several, only what the whole table sees. Each person's own lines (answers to
their questions, consultation results, events only for them) are shown at the start of
their next turn, after the hand-over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from game.agents.counterfactual import COUNTERFACTUAL_GAMES
from game.debrief import build_debrief
from game.engine import (
    Action,
    Answer,
    Ask,
    Consult,
    Escalate,
    Game,
    IllegalAction,
    Pass,
    PlayerView,
    Propose,
    RevealInterest,
    Statement,
    Support,
    WalkAway,
    WithdrawSupport,
)
from game.engine.log import LogEntry
from game.learning.due import guesses_due, has_acted
from game.learning.selfrating import rating_due, shift_lines
from game.play import wording
from game.saves import write_atomic
from game.scenario.model import text_in
from game.scenario.points import shown
from game.text import t
from game.textmode.console import Console, EndOfInput
from game.textmode.ending import outcome_lines
from game.textmode.learning import ask_guesses, ask_reflection, end_lines
from game.textmode.prompts import Choice, ask_text, choose, confirm, press_enter
from game.textmode.proposals import proposals_grid
from game.textmode.savefile import SessionInfo, session_data
from game.textmode.seating import BotSeats
from game.textmode.selfrating import ask_self_rating

#: Games per strategy behind the ending's "what another way would have earned".
TERMINAL_COUNTERFACTUAL_GAMES = COUNTERFACTUAL_GAMES
ANSWER_MODES = ("truthful", "vague", "decline")


class StopRequested(Exception):
    """The player chose to save and stop."""


@dataclass(frozen=True)
class MenuItem:
    key: str
    refusal: str | None = None
    heading: str | None = None


class TextSession:
    """A game played in the terminal; `run()` plays it until the end or until input stops."""

    def __init__(
        self,
        console: Console,
        game: Game,
        info: SessionInfo,
        save_paths: list[Path],
        bots: BotSeats | None = None,
    ) -> None:
        self.console = console
        self.game = game
        self.info = info
        self.lang = info.lang
        self.humans = list(info.humans)
        self.save_paths = save_paths
        self.bots = bots or BotSeats(game, self.humans, info.difficulty, info.strategies)
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
            self.say(t("textmode.session.stopped", self.lang, path=self.save_paths[0]))
        except EndOfInput:
            self.save()
            self.say(t("textmode.session.end_of_input", self.lang, path=self.save_paths[0]))
        return 0

    def say(self, text: str = "") -> None:
        self.console.say(text)

    def lines(self, lines: list[str]) -> None:
        for line in lines:
            self.console.say(line)

    def save(self) -> None:
        self.info.seen = dict(self.seen)
        self.info.strategies = dict(self.bots.strategies)
        title = self.game.scenario.title
        data = session_data(
            self.info,
            self.game.to_save(),
            {"nl": text_in(title, "nl"), "en": text_in(title, "en")},
        )
        for path in self.save_paths:
            write_atomic(path, data)

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
                strategy = t(f"textmode.strategy.{self.bots.strategy(actor)}", lang)
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
        turn = self.game.turn
        try:
            moves = self.bots.play_turn(actor, after_action=self.save)
        except IllegalAction as refusal:
            self.say(
                t(
                    "textmode.bots.refused",
                    self.lang,
                    name=self.name(actor),
                    reason=refusal.message(self.lang),
                )
            )
            moves = []
            if not self.game.is_over() and self.game.turn == turn:
                self.game.apply(Pass(actor=actor))
                self.save()
        explanations: dict[int, str] = {}
        entries = self.game.log[start:]
        for move in moves:
            for entry in entries:
                if (
                    entry.kind == "action"
                    and entry.action == move.action
                    and entry.index not in explanations
                ):
                    explanations[entry.index] = text_in(move.explanation, self.lang)
                    break
        self.say(t("textmode.bots.turn", self.lang, name=self.name(actor)))
        for entry in entries:
            if entry.visible_to(self.audience):
                self.say(_entry_line(entry, self.lang))
                why = explanations.get(entry.index)
                if why:
                    self.say("      " + t("textmode.bots.why", self.lang, why=why))
        self.shown = len(self.game.log)
        if not self.hotseat:
            self.seen[self.humans[0]] = self.shown

    # --- a person's turn -------------------------------------------------------------------
    def _human_turn(self, actor: str) -> None:
        lang = self.lang
        if self.hotseat and self.last_person != actor:
            self.console.clear()
            press_enter(self.console, t("textmode.session.handover", lang, name=self.name(actor)))
            self.console.clear()
        self.last_person = actor
        view = self.game.view(actor)
        self.console.rule()
        self.say(t("textmode.session.your_turn", lang, name=self.name(actor)))
        self.say(wording.week_line(view, lang))
        self.say(wording.rule_line(view, lang))
        recap = [line for line in view.log if line.index >= self.seen[actor]]
        if self.hotseat and recap:
            self.say(t("textmode.session.since_last", lang))
            self.lines(wording.log_lines(recap, lang))
        if actor not in self.briefed:
            self.briefed.add(actor)
            self.lines(wording.brief_lines(view, lang))
            self.lines(wording.points_lines(view, lang))
            self.lines(wording.mandate_lines(view, lang))
        self._proposals_overview(actor, view)
        self._mark_seen(actor)
        self._learning_moments(actor)
        turn = self.game.turn
        while self._still_turn(actor, turn):
            legal = self.game.legal_actions(actor)
            if legal.must_answer:
                self._answer(actor)
            else:
                self._menu(actor)
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

    def _still_turn(self, actor: str, turn: int) -> bool:
        game = self.game
        return not game.is_over() and game.turn == turn and game.current_actor == actor

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

    def _pick(self, title: str, choices: Sequence[Choice[str]]) -> str | None:
        """One numbered menu with a way back; None when the person goes back."""
        return choose(
            self.console, self.lang, title, choices, back=t("textmode.prompt.back", self.lang)
        )

    def _apply(self, action: Action) -> bool:
        """The one way a person changes the game; says the engine's reason when it refuses."""
        try:
            self.game.apply(action)
        except IllegalAction as refusal:
            self.say(t("textmode.prompt.refused", self.lang, reason=refusal.message(self.lang)))
            return False
        self.save()
        return True

    def _refusals(self, actor: str, view: PlayerView) -> dict[int, str]:
        """Per proposal this actor may not support under its mandate: the engine's reason."""
        legal = self.game.legal_actions(actor)  # the mandate's verdict, even while a
        refusals: dict[int, str] = {}  # question waits (the markers stay where they are)
        for proposal in view.proposals:
            if actor in proposal.supporters:
                continue
            problem = legal.mandate_problem(proposal.package, "support")
            if problem is not None:
                refusals[proposal.id] = problem.message(self.lang)
        return refusals

    def _proposals_overview(self, actor: str, view: PlayerView) -> None:
        """The proposals with support, as a table against the agreement rule."""
        if not any(p.supporters_at_table for p in view.proposals):
            self.lines(wording.proposals_summary(view, self.lang))
            return
        self.say(t("textmode.screen.proposals_title", self.lang))
        self.console.grid(proposals_grid(view, self.lang, self._refusals(actor, view)))

    def _proposals(self, actor: str, view: PlayerView) -> list[str]:
        return wording.proposals_lines(view, self.lang, self._refusals(actor, view))

    # --- answering questions ---------------------------------------------------------------
    def _answer(self, actor: str) -> None:
        lang = self.lang
        view = self.game.view(actor)
        question = view.questions_waiting[0]
        title = t(
            "textmode.answer.title",
            lang,
            asker=self.name(question.asker),
            issue=wording.issue_name(view, question.issue, lang),
        )
        choices = [Choice(t(f"textmode.answer.{mode}", lang), mode) for mode in ANSWER_MODES]
        mode = choose(self.console, lang, title, choices)
        if mode is not None:
            self._apply(Answer(actor=actor, question=question.id, mode=mode))
            self._show_own_news(actor)

    # --- the menu --------------------------------------------------------------------------
    def _menu(self, actor: str) -> None:
        lang = self.lang
        items = self._menu_items(actor)
        choices = [
            Choice(t(f"textmode.menu.{item.key}", lang), item.key, item.refusal, item.heading)
            for item in items
        ]
        title = t(
            "textmode.menu.title",
            lang,
            name=self.name(actor),
            week=self.game.round,
            deadline=self.game.deadline,
        )
        key = choose(self.console, lang, title, choices, back=t("textmode.menu.stop", lang))
        if key is None:
            raise StopRequested
        handler: Callable[[str], None] = getattr(self, f"_do_{key}")
        handler(actor)

    def _menu_items(self, actor: str) -> list[MenuItem]:
        lang = self.lang
        game = self.game
        legal = game.legal_actions(actor)
        view = game.view(actor)
        talk_refusal = None
        if not legal.can_talk:
            probe = legal.why_not(Statement(actor=actor, text="…"))
            talk_refusal = probe.message(lang) if probe else t("textmode.menu.no_talk", lang)
        unrevealed = [i for i in view.interests if not i.revealed]
        supportable = [a for a in legal if isinstance(a, Support)]
        supporting = [a for a in legal if isinstance(a, WithdrawSupport)]
        consultations = [a for a in legal if isinstance(a, Consult)]
        escalate = legal.why_not(Escalate(actor=actor))
        return [
            MenuItem("table", heading=t("textmode.menu.look", lang)),
            MenuItem("brief"),
            MenuItem("points"),
            MenuItem("proposals"),
            MenuItem("record"),
            MenuItem("say", talk_refusal, heading=t("textmode.menu.talk", lang)),
            MenuItem(
                "reveal",
                talk_refusal or (None if unrevealed else t("textmode.menu.no_interests", lang)),
            ),
            MenuItem("ask", talk_refusal),
            MenuItem("propose", heading=t("textmode.menu.moves", lang)),
            MenuItem("support", None if supportable else t("textmode.menu.no_support", lang)),
            MenuItem("withdraw", None if supporting else t("textmode.menu.no_withdraw", lang)),
            MenuItem("consult", None if consultations else t("textmode.menu.no_consult", lang)),
            MenuItem("escalate", escalate.message(lang) if escalate else None),
            MenuItem("pass"),
            MenuItem("walk_away"),
        ]

    # looking
    def _do_table(self, actor: str) -> None:
        self.lines(wording.table_lines(self.game.view(actor), self.lang))

    def _do_brief(self, actor: str) -> None:
        self.lines(wording.brief_lines(self.game.view(actor), self.lang))

    def _do_points(self, actor: str) -> None:
        view = self.game.view(actor)
        self.lines(wording.points_lines(view, self.lang))
        self.lines(wording.mandate_lines(view, self.lang))

    def _do_proposals(self, actor: str) -> None:
        self.lines(self._proposals(actor, self.game.view(actor)))

    def _do_record(self, actor: str) -> None:
        view = self.game.view(actor)
        self.say(t("textmode.session.record", self.lang))
        self.lines(wording.log_lines(view.log, self.lang))

    # talking
    def _do_say(self, actor: str) -> None:
        lang = self.lang
        phrases = [Choice(text_in(p.text, lang), p.id) for p in self.game.scenario.phrases]
        own = Choice(t("textmode.say.own", lang), "")
        choice = self._pick(t("textmode.say.title", lang), [*phrases, own])
        if choice is None:
            return
        if choice:
            action = Statement(actor=actor, phrase=choice)
        else:
            text = ask_text(self.console, lang, t("textmode.say.type", lang))
            if text is None:
                return
            action = Statement(actor=actor, text=text)
        if self._apply(action):
            self._show_own_news(actor)

    def _do_reveal(self, actor: str) -> None:
        lang = self.lang
        view = self.game.view(actor)
        choices = [Choice(text_in(i.text, lang), i.id) for i in view.interests if not i.revealed]
        interest = self._pick(t("textmode.reveal.title", lang), choices)
        if interest is not None and self._apply(RevealInterest(actor=actor, interest=interest)):
            self._show_own_news(actor)

    def _do_ask(self, actor: str) -> None:
        lang = self.lang
        view = self.game.view(actor)
        back = t("textmode.prompt.back", lang)
        others = [
            Choice(text_in(a.name, lang), a.id)
            for a in view.actors
            if a.id != actor and a.status == "at_table"
        ]
        to = choose(self.console, lang, t("textmode.ask.who", lang), others, back=back)
        if to is None:
            return
        legal = self.game.legal_actions(actor)
        issues = []
        for issue in view.issues:
            problem = legal.why_not(Ask(actor=actor, to=to, issue=issue.id))
            issues.append(
                Choice(
                    text_in(issue.name, lang), issue.id, problem.message(lang) if problem else None
                )
            )
        issue = choose(
            self.console, lang, t("textmode.ask.what", lang, name=self.name(to)), issues, back=back
        )
        if issue is not None and self._apply(Ask(actor=actor, to=to, issue=issue)):
            self._show_own_news(actor)

    # moving
    def _do_propose(self, actor: str) -> None:
        lang = self.lang
        view = self.game.view(actor)
        back = t("textmode.prompt.back", lang)
        outside = t("textmode.screen.outside", lang)
        package: dict[str, str] = {}
        for issue in view.issues:
            choices = []
            for option in issue.options:
                points = view.points.get(issue.id, {}).get(option.id, 0.0)
                label = t(
                    "textmode.propose.option",
                    lang,
                    points=shown(points),
                    label=text_in(option.label, lang),
                )
                refusal = wording.option_refusal(view, issue.id, option.id, lang)
                choices.append(Choice(label, option.id, refusal, mark=outside))
            title = t("textmode.propose.issue", lang, issue=text_in(issue.name, lang))
            option = choose(self.console, lang, title, choices, back=back)
            if option is None:
                return
            package[issue.id] = option
        points = wording.package_points(view, package)
        self.say(t("textmode.propose.summary", lang, points=shown(points), batna=shown(view.batna)))
        self._apply(Propose(actor=actor, package=package))

    def _do_support(self, actor: str) -> None:
        lang = self.lang
        view = self.game.view(actor)
        legal = self.game.legal_actions(actor)
        choices = []
        for proposal in view.proposals:
            if actor in proposal.supporters:
                continue
            points = wording.package_points(view, proposal.package)
            problem = legal.why_not(Support(actor=actor, proposal=proposal.id))
            label = t(
                "textmode.support.option",
                lang,
                id=proposal.id,
                proposer=self.name(proposal.proposer),
                points=shown(points),
                batna=shown(view.batna),
            )
            mandate = problem is not None and problem.key.startswith("engine.illegal.support_")
            choices.append(
                Choice(
                    label,
                    proposal.id,
                    problem.message(lang) if problem else None,
                    mark=t("textmode.screen.outside", lang) if mandate else None,
                )
            )
        proposal_id = self._pick(t("textmode.support.title", lang), choices)
        if proposal_id is not None:
            self._apply(Support(actor=actor, proposal=proposal_id))

    def _do_withdraw(self, actor: str) -> None:
        lang = self.lang
        view = self.game.view(actor)
        choices = [
            Choice(
                t("textmode.withdraw.option", lang, id=p.id, proposer=self.name(p.proposer)), p.id
            )
            for p in view.proposals
            if actor in p.supporters
        ]
        proposal_id = self._pick(t("textmode.withdraw.title", lang), choices)
        if proposal_id is not None:
            self._apply(WithdrawSupport(actor=actor, proposal=proposal_id))

    def _do_consult(self, actor: str) -> None:
        lang = self.lang
        view = self.game.view(actor)
        choices = [
            Choice(
                text_in(c.label, lang),
                c.id,
                t("textmode.consult.used", lang) if c.used else None,
            )
            for c in view.consultations
        ]
        consultation = self._pick(t("textmode.consult.title", lang), choices)
        if consultation is not None:
            self._apply(Consult(actor=actor, consultation=consultation))

    def _do_escalate(self, actor: str) -> None:
        if confirm(self.console, self.lang, t("textmode.escalate.confirm", self.lang)):
            self._apply(Escalate(actor=actor))

    def _do_pass(self, actor: str) -> None:
        self._apply(Pass(actor=actor))

    def _do_walk_away(self, actor: str) -> None:
        view = self.game.view(actor)
        question = t("textmode.walk_away.confirm", self.lang, batna=shown(view.batna))
        if confirm(self.console, self.lang, question):
            self._apply(WalkAway(actor=actor))

    # --- the end ---------------------------------------------------------------------------
    def _ending(self) -> None:
        self._show_table_news()
        self.console.rule()
        ending = build_debrief(
            self.game,
            self.humans,
            strategies=self.info.strategies,
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
        self.say(t("textmode.session.saved", self.lang, path=self.save_paths[0]))


def _entry_line(entry: LogEntry, lang: str) -> str:
    text = entry.text(lang)
    return f"  {text}" if entry.kind == "round_started" else f"  · {text}"
