"""The table's moments: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

from collections.abc import Callable

from game.learning.journal import Moment
from game.learning.selfrating import rating_due
from game.scenario.model import text_in
from game.ui.scenes.guesses import GuessScene, next_guesser
from game.ui.scenes.rating import RatingScene

POP_UPS = {  # log lines shown to the player as a pop-up, with their title
    "event": "ui.table.event",
    "reflection": "ui.table.reflection",
    "advice": "ui.table.advice",
}
GROUPED = {"advice", "event"}  # lines of these kinds in a row share one card
CONSEQUENCES = {"effect", "option_added", "actor_joined", "support_lapsed", "revealed"}


class Moments:
    """What the table shows between moves: each moment's card, the briefing first, a hotseat's
    hand-over, self-ratings, guesses and the way to the debrief."""

    def _waiting_for_briefing(self) -> str | None:
        """Where a bot would move first, the first person at the table, until one person
        has read their briefing: nothing happens at the table before that."""
        current = self.table.current_actor
        if self.session.briefed or self.session.is_person(current or ""):
            return None
        return next(iter(self.session.people()), None)

    def _hand_over(self, actor: str) -> None:
        from game.ui.scenes.handover import HandoverScene

        self.app.push(HandoverScene(self.app, self.session, actor))

    def _briefing_first(self, actor: str) -> None:
        from game.ui.scenes.briefing import BriefingScene

        self.app.push(BriefingScene(self.app, self.session, actor))

    def _show_events(self, ending: bool = False) -> bool:
        """Pop up each moment the viewer has not seen yet (given `ending`, only how the game
        ended); True when one was shown."""
        from game.ui.scenes.dialog import DialogScene

        viewer = self.viewer
        if not self.session.is_person(viewer):
            return False
        log = self.view().log
        for k, line in enumerate(log):
            if (viewer, line.index) in self.session.seen_events:
                continue
            if ending and line.kind != "game_over":
                continue
            title = self._moment_title(line, viewer)
            if title is None:
                continue
            self.session.saw_event(viewer, line.index)
            body = [line.text(self.lang)]
            for after in log[k + 1 :]:  # what the event did to the table, as this player sees it
                if after.kind in CONSEQUENCES:
                    body.append(after.text(self.lang))
                elif after.kind in GROUPED and after.kind == line.kind:
                    # the escalation table's advice (or a week's events): one card, not a pile
                    self.session.saw_event(viewer, after.index)
                    body.append(after.text(self.lang))
                else:
                    break
            answer = None
            if line.kind == "reflection":
                moment = self._reflection_moment(viewer, line.round)
                if moment is not None:
                    answer = lambda text, m=moment, r=line.round: self._answer(viewer, r, m, text)  # noqa: E731
            self.app.push(
                DialogScene(
                    self.app,
                    title,
                    "\n".join(body),
                    answer=answer,
                    answer_hint=self.tr("ui.reflection.prompt"),
                ),
                backdrop=True,
            )
            return True
        return False

    def _moment_title(self, line, viewer: str) -> str | None:
        """The title of the card a log line gets, or None when a log line is enough: an
        event, a reflection, advice, the viewer's consultation, an answer to the viewer's
        question, a party walking out, and the end of the game."""
        kind = line.kind
        if kind in POP_UPS:
            return self.tr(POP_UPS[kind], round=line.round)
        if kind == "consultation" and line.actor == viewer:
            granted = line.data.get("granted")
            return self.tr("table.moment_consult_yes" if granted else "table.moment_consult_no")
        if kind == "answer" and line.actor != viewer:
            return self.tr("table.moment_answer", actor=self._name(self.view(), line.actor))
        if kind == "game_over":
            deal = line.data.get("outcome") == "agreement"
            return self.tr("table.moment_deal" if deal else "table.moment_end")
        if kind == "action" and line.actor != viewer and self._walked_out(line):
            return self.tr("table.moment_walkout", actor=self._name(self.view(), line.actor))
        return None

    def _walked_out(self, line) -> bool:
        """Whether action line `line` is its actor walking out, while the game goes on: a
        party that walked away acts no more, so it is that party's last action line."""
        view = self.view()
        if view.outcome is not None:
            return False
        if not any(a.id == line.actor and a.status == "walked_away" for a in view.actors):
            return False
        last = max(
            (x.index for x in view.log if x.kind == "action" and x.actor == line.actor),
            default=-1,
        )
        return line.index == last

    def _reflection_moment(self, actor: str, week: int) -> int | None:
        """The scenario's reflection question of `week` that `actor` has not answered yet
        (kept in a local game's learning journal; a room's card asks nothing back)."""
        if self.remote:
            return None
        return next(
            (
                k
                for k, moment in enumerate(self.game.scenario.reflection)
                if moment.round == week and not self.session.journal.answered(actor, k)
            ),
            None,
        )

    def _answer(self, actor: str, week: int, moment: int, text: str) -> None:
        self.session.journal.answer(actor, week, moment, text)
        self.session.save()

    def _rate(self, actor: str, moment: Moment, then: Callable[[], None] | None = None) -> None:
        """The self-assessment of `actor` at `moment` (a hotseat names whose it is); kept in
        the learning journal and the autosave, so a resumed game never asks twice."""
        session = self.session

        def keep(ratings: dict[str, int], skipped: bool) -> None:
            session.journal.rate(actor, moment, ratings, skipped)
            session.save()
            if then is not None:
                then()

        goals = {goal.id: goal.text for goal in session.scenario.learning_goals}
        who = ""
        if session.mode == "hotseat":
            who = text_in(session.scenario.actor(actor).name, self.lang)
        self.app.push(RatingScene(self.app, goals, moment, keep, who))

    def _debrief(self) -> None:
        """The debrief, after each person's guesses at the end (one sheet at a time)."""
        from game.ui.scenes.debrief import DebriefScene

        rater = next(
            (
                a
                for a in self.session.people()
                if rating_due(self.session.journal, self.session.scenario, a, "end")
            ),
            None,
        )
        if rater is not None:
            self._rate(rater, "end", then=self._debrief)
            return
        guesser = next_guesser(self.session, "end")
        if guesser is not None:
            self.app.push(GuessScene(self.app, self.session, guesser, "end", then=self._debrief))
            return
        self.app.push(DebriefScene(self.app, self.session))
