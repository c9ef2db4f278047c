"""The terminal's one table front-end: a person's turn at any table, local or in a room.

It plays through the table port (`game.play.port.TablePort`): what the seat sees is its
`view`, what the menus offer and refuse comes from its `legal` actions, every action goes out
through `send` (a refusal is said with its reason), and actions are worded by
`game.play.describe`. The agreement rule is shown at every turn, and the proposals on the
table carry the mandate's markers also while a question waits. What only a local game does
(hand-over, learning moments, saves) lives in `session.py`; what only a room does (lobby,
seat, reconnect, forms) in `room.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from game.engine import (
    MOVE_KINDS,
    Action,
    Answer,
    Ask,
    Consult,
    Escalate,
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
from game.play import wording
from game.play.describe import describe
from game.play.port import Legal, TablePort
from game.scenario.model import text_in
from game.scenario.points import shown
from game.text import t
from game.textmode.console import Console
from game.textmode.prompts import Choice, ask_text, choose, confirm
from game.textmode.proposals import proposals_grid

ANSWER_MODES = ("truthful", "vague", "decline")
#: A room's "not among the actions listed for you": too vague for a menu line, which then
#: says what the terminal knows itself.
NOT_LISTED = "net.not_listed"
#: The say menu's "type your own words" (a phrase is a Statement).
OWN_WORDS = "own"


class StopRequested(Exception):
    """The player chose to stop (a local game is saved; a room seat is kept)."""


@dataclass(frozen=True)
class MenuItem:
    key: str
    refusal: str | None = None
    heading: str | None = None


class TableFront:
    """A person's turns at one table, in numbered menus. `after_send(actor)` runs after every
    action the table took (the client shows what it brought)."""

    def __init__(
        self,
        console: Console,
        port: TablePort,
        lang: str,
        after_send: Callable[[str], None] | None = None,
    ) -> None:
        self.console = console
        self.port = port
        self.lang = lang
        self.after_send = after_send

    def say(self, text: str = "") -> None:
        self.console.say(text)

    def lines(self, lines: Sequence[str]) -> None:
        for line in lines:
            self.console.say(line)

    def name(self, view: PlayerView, actor: str) -> str:
        return wording.actor_name(view, actor, self.lang)

    # --- what a turn opens with ------------------------------------------------------------
    def heading(self, actor: str) -> None:
        """Whose turn, which week, and the agreement rule (at every turn)."""
        view = self.port.view(actor)
        self.console.rule()
        self.say(t("textmode.session.your_turn", self.lang, name=self.name(view, actor)))
        self.say(wording.week_line(view, self.lang))
        self.say(wording.rule_line(view, self.lang))

    def brief(self, actor: str) -> None:
        """The brief, points and mandate, once at the start: the BATNA is said with the
        points and the rule by every turn's heading, so neither is said twice here."""
        view = self.port.view(actor)
        self.lines(wording.brief_lines(view, self.lang, alone=False))
        self.lines(wording.points_lines(view, self.lang))
        self.lines(wording.mandate_lines(view, self.lang))

    def overview(self, actor: str) -> None:
        """The proposals with support, as a table against the agreement rule."""
        view = self.port.view(actor)
        if not any(p.supporters_at_table for p in view.proposals):
            self.lines(wording.proposals_summary(view, self.lang))
            return
        self.say(t("textmode.screen.proposals_title", self.lang))
        self.console.grid(proposals_grid(view, self.lang, self.refusals(actor)))

    def refusals(self, actor: str) -> dict[int, str]:
        """Per proposal this seat may not support under its mandate: the reason (asked of
        the mandate alone, so the markers stay while a question waits)."""
        view, legal = self.port.view(actor), self.port.legal(actor)
        found: dict[int, str] = {}
        for proposal in view.proposals:
            if actor in proposal.supporters:
                continue
            problem = legal.mandate_problem(proposal.package, "support")
            if problem is not None:
                found[proposal.id] = problem.message(self.lang)
        return found

    # --- the turn --------------------------------------------------------------------------
    def play(self, actor: str) -> None:
        """Answer what is asked, talk, and move, until the turn ends (StopRequested when the
        person chooses to stop)."""
        while self._my_turn(actor):
            legal = self.port.legal(actor)
            action = self._answer(actor) if legal.must_answer else self._menu(actor, legal)
            if action is None:
                continue
            if self.send(action) and action.kind in MOVE_KINDS:
                return

    def _my_turn(self, actor: str) -> bool:
        port = self.port
        return not port.is_over() and port.current_actor == actor and port.legal(actor).my_turn

    def send(self, action: Action) -> bool:
        """The one way a person changes the table; says the table's reason when it refuses."""
        sent = self.port.send(action)
        if sent.refusal is not None:
            reason = sent.refusal.message(self.lang)
            self.say(t("textmode.prompt.refused", self.lang, reason=reason))
            return False
        if self.after_send is not None:
            self.after_send(getattr(action, "actor", ""))
        return True

    def _answer(self, actor: str) -> Action | None:
        lang = self.lang
        view = self.port.view(actor)
        question = view.questions_waiting[0]
        title = t(
            "textmode.answer.title",
            lang,
            asker=self.name(view, question.asker),
            issue=wording.issue_name(view, question.issue, lang),
        )
        answers = [Answer(actor=actor, question=question.id, mode=mode) for mode in ANSWER_MODES]
        choices = [Choice(self._words(a, view), a) for a in answers]
        return choose(self.console, lang, title, choices)

    def _words(self, action: Action, view: PlayerView) -> str:
        return describe(action, view, self.lang, self.port.phrases)

    def _pick(self, title: str, choices: Sequence[Choice[Action]]) -> Action | None:
        """One numbered menu of actions with a way back; None when the person goes back."""
        back = t("textmode.prompt.back", self.lang)
        return choose(self.console, self.lang, title, choices, back=back)

    # --- the menu --------------------------------------------------------------------------
    def _menu(self, actor: str, legal: Legal) -> Action | None:
        lang = self.lang
        view = self.port.view(actor)
        choices = [
            Choice(t(f"textmode.menu.{item.key}", lang), item.key, item.refusal, item.heading)
            for item in self._menu_items(actor, view, legal)
        ]
        title = t(
            "textmode.menu.title",
            lang,
            name=self.name(view, actor),
            week=view.round,
            deadline=view.deadline,
        )
        key = choose(self.console, lang, title, choices, back=t("textmode.menu.stop", lang))
        if key is None:
            raise StopRequested
        handler: Callable[[str, PlayerView], Action | None] = getattr(self, f"_do_{key}")
        return handler(actor, view)

    def _reason(self, problem: IllegalAction | None, fallback: str) -> str | None:
        if problem is None:
            return None
        return t(fallback, self.lang) if problem.key == NOT_LISTED else problem.message(self.lang)

    def _menu_items(self, actor: str, view: PlayerView, legal: Legal) -> list[MenuItem]:
        lang = self.lang
        talk_refusal = None
        if not legal.can_talk:
            probe = legal.why_not(Statement(actor=actor, text="…"))
            talk_refusal = self._reason(probe, "textmode.menu.no_talk")
            talk_refusal = talk_refusal or t("textmode.menu.no_talk", lang)
        unrevealed = [i for i in view.interests if not i.revealed]
        listed = list(legal)
        supportable = [a for a in listed if isinstance(a, Support)]
        supporting = [a for a in listed if isinstance(a, WithdrawSupport)]
        consultations = [a for a in listed if isinstance(a, Consult)]
        escalate = self._reason(legal.why_not(Escalate(actor=actor)), "textmode.menu.no_escalate")
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
            MenuItem("consult", None if consultations else self._no_consult(view)),
            MenuItem("escalate", escalate),
            MenuItem("pass"),
            MenuItem("walk_away"),
        ]

    def _no_consult(self, view: PlayerView) -> str:
        """Why the back office cannot be consulted: the case gives this seat none, every
        one is used, or not now."""
        if not view.consultations:
            return t("textmode.menu.no_consultations", self.lang)
        if all(c.used for c in view.consultations):
            return t("textmode.menu.consultations_used", self.lang)
        return t("textmode.menu.no_consult", self.lang)

    # looking
    def _do_table(self, actor: str, view: PlayerView) -> None:
        self.lines(wording.table_lines(view, self.lang))

    def _do_brief(self, actor: str, view: PlayerView) -> None:
        self.lines(wording.brief_lines(view, self.lang))

    def _do_points(self, actor: str, view: PlayerView) -> None:
        self.lines(wording.points_lines(view, self.lang))
        self.lines(wording.mandate_lines(view, self.lang))

    def _do_proposals(self, actor: str, view: PlayerView) -> None:
        self.say(wording.rule_line(view, self.lang))
        self.lines(wording.proposals_lines(view, self.lang, self.refusals(actor)))

    def _do_record(self, actor: str, view: PlayerView) -> None:
        self.say(t("textmode.session.record", self.lang))
        self.lines(wording.log_lines(view.log, self.lang))

    # talking
    def _do_say(self, actor: str, view: PlayerView) -> Action | None:
        lang = self.lang
        choices: list[Choice[Action | str]] = []
        for phrase in self.port.phrases:
            said = Statement(actor=actor, phrase=phrase)
            choices.append(Choice(self._words(said, view), said))
        choices.append(Choice(t("textmode.say.own", lang), OWN_WORDS))
        back = t("textmode.prompt.back", lang)
        picked = choose(self.console, lang, t("textmode.say.title", lang), choices, back=back)
        if picked != OWN_WORDS:
            return picked if isinstance(picked, Statement) else None
        text = ask_text(self.console, lang, t("textmode.say.type", lang))
        return Statement(actor=actor, text=text) if text else None

    def _do_reveal(self, actor: str, view: PlayerView) -> Action | None:
        reveals = [
            RevealInterest(actor=actor, interest=i.id) for i in view.interests if not i.revealed
        ]
        title = t("textmode.reveal.title", self.lang)
        return self._pick(title, [Choice(self._words(a, view), a) for a in reveals])

    def _do_ask(self, actor: str, view: PlayerView) -> Action | None:
        lang = self.lang
        back = t("textmode.prompt.back", lang)
        others = [
            Choice(text_in(a.name, lang), a.id)
            for a in view.actors
            if a.id != actor and a.status == "at_table"
        ]
        to = choose(self.console, lang, t("textmode.ask.who", lang), others, back=back)
        if to is None:
            return None
        legal = self.port.legal(actor)
        issues = []
        for issue in view.issues:
            asked = Ask(actor=actor, to=to, issue=issue.id)
            refusal = self._reason(legal.why_not(asked), "textmode.ask.not_now")
            issues.append(Choice(text_in(issue.name, lang), asked, refusal))
        title = t("textmode.ask.what", lang, name=self.name(view, to))
        return choose(self.console, lang, title, issues, back=back)

    # moving
    def _do_propose(self, actor: str, view: PlayerView) -> Action | None:
        lang = self.lang
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
                return None
            package[issue.id] = option
        points = wording.package_points(view, package)
        self.say(t("textmode.propose.summary", lang, points=shown(points), batna=shown(view.batna)))
        return Propose(actor=actor, package=package)

    def _do_support(self, actor: str, view: PlayerView) -> Action | None:
        legal = self.port.legal(actor)
        outside = t("textmode.screen.outside", self.lang)
        choices = []
        for proposal in view.proposals:
            if actor in proposal.supporters:
                continue
            action = Support(actor=actor, proposal=proposal.id)
            mandate = legal.mandate_problem(proposal.package, "support")
            problem = mandate or legal.why_not(action)
            refusal = self._reason(problem, "textmode.support.not_now")
            mark = outside if mandate is not None else None
            choices.append(Choice(self._words(action, view), action, refusal, mark=mark))
        return self._pick(t("textmode.support.title", self.lang), choices)

    def _do_withdraw(self, actor: str, view: PlayerView) -> Action | None:
        withdrawals = [
            WithdrawSupport(actor=actor, proposal=p.id)
            for p in view.proposals
            if actor in p.supporters
        ]
        title = t("textmode.withdraw.title", self.lang)
        return self._pick(title, [Choice(self._words(a, view), a) for a in withdrawals])

    def _do_consult(self, actor: str, view: PlayerView) -> Action | None:
        used = t("textmode.consult.used", self.lang)
        choices = [
            Choice(
                self._words(Consult(actor=actor, consultation=c.id), view),
                Consult(actor=actor, consultation=c.id),
                used if c.used else None,
            )
            for c in view.consultations
        ]
        return self._pick(t("textmode.consult.title", self.lang), choices)

    def _do_escalate(self, actor: str, view: PlayerView) -> Action | None:
        if confirm(self.console, self.lang, t("textmode.escalate.confirm", self.lang)):
            return Escalate(actor=actor)
        return None

    def _do_pass(self, actor: str, view: PlayerView) -> Action | None:
        return Pass(actor=actor)

    def _do_walk_away(self, actor: str, view: PlayerView) -> Action | None:
        question = t("textmode.walk_away.confirm", self.lang, batna=shown(view.batna))
        if confirm(self.console, self.lang, question):
            return WalkAway(actor=actor)
        return None
