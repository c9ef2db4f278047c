"""The debrief scene's text as the window's HTML: the integration index, what another way
would have earned, what was left and why, each party's points, the package, earlier
attempts, the learning goals; and per person the learning feedback.

A mixin of `DebriefScene` (game/ui/scenes/debrief.py).
"""

from __future__ import annotations

from game.debrief import words as said
from game.learning.guess_lines import accuracy_lines
from game.learning.moments import player_moments
from game.learning.selfrating import shift_lines
from game.scenario.model import text_in
from game.ui.scene import esc
from game.ui.scenes.briefing import fmt


class DebriefText:
    """Writes the debrief's text as the HTML of the window's text box."""

    def _learning_html(self) -> str:
        """Per person: how well their priority guesses matched at the start and at the end,
        feedback tied to the learning goals, and their reflection answers."""
        game = self.session.game
        lang = self.lang
        goals = {g.id: text_in(g.text, lang) for g in game.scenario.learning_goals}
        parts = [f"<b>{esc(self.tr('ui.debrief.learning_title'))}</b>"]
        for actor in self.session.people():
            name = self._name(actor)
            moments = player_moments(game, actor, self.session.journal, self.debrief)
            lines = [f"<b>{esc(self.tr('ui.debrief.guesses_for', actor=name))}</b>"]
            found = moments.guesses
            if found is None or not any(
                s is not None and s.total for s in (found.start, found.end)
            ):
                lines.append(esc(self.tr("ui.debrief.no_guesses")))
            else:
                lines.extend(esc(line.strip()) for line in accuracy_lines(game, found, lang))
            lines.append(f"<b>{esc(self.tr('ui.debrief.feedback_for', actor=name))}</b>")
            for obs in moments.feedback:
                line = f"• <b>{esc(obs.kind_label(lang))}</b>: {esc(obs.text(lang))}"
                if obs.goal in goals:
                    goal = self.tr("learning.goal", goal=goals[obs.goal])
                    line += f"<br>   <i>{esc(goal)}</i>"
                lines.append(line)
            if not moments.feedback:
                lines.append(esc(self.tr("learning.report.no_feedback")))
            shift = shift_lines(game, self.session.journal, actor, lang)
            if shift:
                lines.append(f"<b>{esc(self.tr('learning.rating.report_title'))}</b>")
                lines.extend(esc(line) for line in shift)
            if moments.answers:
                lines.append(f"<b>{esc(self.tr('ui.debrief.answers_for', actor=name))}</b>")
                for answered in moments.answers:
                    text = answered.answer or self.tr("ui.debrief.empty_answer")
                    lines.append(
                        esc(
                            self.tr(
                                "ui.debrief.answer_line",
                                round=answered.round,
                                question=text_in(answered.question, lang),
                                answer=text,
                            )
                        )
                    )
            parts.append("<br>".join(lines))
        return "<br><br>".join(parts)

    def _html(self) -> str:
        lang = self.lang
        sc = self.scores
        full = self.full
        names = said.Names.of(self.session.game.scenario, lang)
        yes_no = self.tr("ui.debrief.yes" if sc.pareto_optimal else "ui.debrief.no")
        parts = [
            f"<b>{esc(said.integration_line(full, lang))}</b>"
            f"<br>{esc(self.tr('ui.debrief.pareto', value=yes_no))}"
        ]
        people = self.session.people()
        if people:  # the trainee first: own points, then what another way would have earned
            own = [f"<b>{esc(said.own_line(full, names, a))}</b>" for a in people]
            parts.append("<br>".join(own))
        ways = [said.counterfactual_note(full, names)] + [
            self.tr(
                "debrief.cf.row",
                way=row.way,
                points=row.points,
                agreement=row.agreement,
                index=row.integration,
            )
            for row in said.counterfactual_rows(full, names)
        ]
        parts.append(self._block("debrief.title.counterfactual", ways))
        parts.append(self._block("debrief.title.left", said.left_lines(full, names)))
        parts.append(self._block("debrief.title.why", said.why_lines(full, names)))
        lines = [esc(self.tr("debrief.points_title"))]
        for actor in self.analysis.actors:
            line = esc(said.own_line(full, names, actor))
            lines.append(f"<b>{line}</b>" if actor in people else line)
        parts.append("<br>".join(lines))
        if self.debrief.hidden:
            hidden = "<br>".join(
                f"• {esc(self._name(h.actor))}: {esc(text_in(h.interest.text, lang))}"
                for h in self.debrief.hidden
            )
            parts.append(f"<b>{esc(self.tr('ui.debrief.hidden'))}</b><br>{hidden}")
        scenario = self.session.game.scenario
        if self.package:
            chosen = []
            for issue in self.session.game.view(self.session.viewer()).issues:
                option = next(
                    (o for o in issue.options if o.id == self.package.get(issue.id)), None
                )
                if option is not None:
                    chosen.append(
                        f"• {esc(text_in(issue.name, lang))}: {esc(text_in(option.label, lang))}"
                    )
            parts.append(f"<b>{esc(self.tr('ui.debrief.package'))}</b><br>" + "<br>".join(chosen))
        else:
            parts.append(esc(self.tr("ui.debrief.no_package")))
        if self.session.attempts:
            rows = [f"<b>{esc(self.tr('ui.debrief.compare'))}</b>"]
            for number, attempt in enumerate(self.session.attempts, start=1):
                total = sum(attempt.points.values())
                kind = self.tr(f"ui.debrief.kind.{attempt.outcome_kind}")
                rows.append(f"{number}. {esc(kind)} · Σ {fmt(total, 1)}")
            now_total = sum(self.reached.values())
            rows.append(
                f"{len(self.session.attempts) + 1}. "
                f"{esc(self._outcome_text())} · Σ {fmt(now_total, 1)}"
            )
            parts.append("<br>".join(rows))
        if scenario.learning_goals:
            goals = "<br>".join(f"• {esc(text_in(g.text, lang))}" for g in scenario.learning_goals)
            parts.append(f"<b>{esc(self.tr('ui.debrief.goals'))}</b><br>{goals}")
        return "<br><br>".join(parts)

    def _block(self, title_key: str, lines: list[str]) -> str:
        body = "<br>".join(f"• {esc(line)}" for line in lines)
        return f"<b>{esc(self.tr(title_key))}</b><br>{body}"
