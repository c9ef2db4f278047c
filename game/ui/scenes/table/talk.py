"""The table's talk: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

import pygame

from game.engine import Answer, PlayerView, Statement
from game.scenario.model import text_in
from game.ui.theme import font


class TalkPanel:
    """Talk: free text, the ready phrases, interests to reveal and questions to ask (‹ › cycle
    through them), and answers to a question."""

    def _talk_block(self, view, legal, area: pygame.Rect, y: int, container) -> int:
        y += self._wrapped_label(
            pygame.Rect(area.x, y, area.width, self.s(24)),
            self.tr("ui.table.talk"),
            "#heading",
            container=container,
        )
        y += self.s(2)
        if legal.must_answer:
            return self._build_answers(view, area, y, container)
        if legal.my_turn and not legal.can_talk:
            return (
                y
                + self._wrapped_label(
                    pygame.Rect(area.x, y, area.width, self.s(24)),
                    self.tr("ui.table.talk_done"),
                    "#subtle",
                    container=container,
                )
                + self.s(2)
            )
        return self._build_talk(view, legal, area, y, self.s(40), container)

    def _build_answers(self, view: PlayerView, rect: pygame.Rect, y: int, container=None) -> int:
        question = view.questions_waiting[0]
        issue = next((i for i in view.issues if i.id == question.issue), None)
        issue_name = text_in(issue.name, self.lang) if issue else question.issue
        y += self._wrapped_label(
            pygame.Rect(rect.x, y, rect.width, self.s(24)),
            f"{self._name(view, question.asker)}: {issue_name}?",
            "#subtle",
            container=container,
        )
        y += self.s(4)
        modes = ("truthful", "vague", "decline")
        texts = [self.tr(f"ui.table.answer_{mode}") for mode in modes]
        gap = self.s(6)
        rects, height = self._button_rows(
            texts, rect.width, (rect.width - self.s(12)) // 3, self.s(36), gap
        )
        for mode, text, r in zip(modes, texts, rects, strict=True):
            action = Answer(actor=self.viewer, question=question.id, mode=mode)
            self._wrapped_button(
                r.move(rect.x, y),
                text,
                lambda a=action: self._send(a),
                key=f"answer.{mode}",
                container=container,
            )
        return y + height + self.s(4)

    def _build_talk(
        self, view: PlayerView, legal, rect: pygame.Rect, y: int, row: int, container=None
    ) -> int:
        lang = self.lang
        enabled = legal.can_talk
        send_w = self.s(110)
        placeholder = self.tr("ui.table.say_placeholder")
        stacked = rect.width - send_w - self.s(6) < font(self.s(15)).size(placeholder)[0] + 16
        entry_w = rect.width if stacked else rect.width - send_w - self.s(6)
        entry = self.entry(
            pygame.Rect(rect.x, y, entry_w, self.s(34)),
            "talk.text",
            on_enter=self._say,
            placeholder=placeholder,
            text=self.drafts.get(self.viewer, ""),
            container=container,
        )
        self.entry_widget = entry
        if not enabled:
            entry.disable()
        if stacked:
            y += row
        self.button(
            pygame.Rect(rect.right - send_w, y, send_w, self.s(34)),
            self.tr("ui.table.say"),
            self._say,
            key="talk.say",
            enabled=enabled,
            container=container,
        )
        y += row
        talk = [a for a in legal if a.kind in ("statement", "reveal_interest", "ask")]
        phrases = [a for a in talk if a.kind == "statement"]
        reveals = [a for a in talk if a.kind == "reveal_interest"]
        asks = [a for a in talk if a.kind == "ask"]
        phrase_texts = {key: text_in(text, lang) for key, text in self.table.phrases.items()}
        interests = {i.id: text_in(i.text, lang) for i in view.interests}
        issues = {i.id: text_in(i.name, lang) for i in view.issues}
        rows = [
            (
                "phrase",
                phrases,
                lambda a: self.tr("ui.table.phrase", text=phrase_texts.get(a.phrase, a.phrase)),
            ),
            (
                "reveal",
                reveals,
                lambda a: self.tr("ui.table.reveal", text=interests.get(a.interest, a.interest)),
            ),
            (
                "ask",
                asks,
                lambda a: self.tr(
                    "ui.table.ask", actor=self._name(view, a.to), issue=issues.get(a.issue, a.issue)
                ),
            ),
        ]
        for name, actions, describe in rows:
            if not actions:
                continue
            count = len(actions)
            index = self.talk_choice[name] % count
            action = actions[index]
            full = describe(action)
            hints = [describe(a) for a in actions]
            if len(actions) > 1:
                hints = [
                    f"{text} · " + self.tr("ui.table.talk_more", n=n, count=count)
                    for n, text in enumerate(hints, start=1)
                ]
            self.talk_hints += hints
            hint = hints[index]
            box = pygame.Rect(rect.x, y, rect.width, self.s(34))
            if count > 1:  # ‹ and › of their own beside the line: a click on them only cycles
                arrow_w = self.s(30)
                box = pygame.Rect(rect.x + arrow_w + self.s(4), y, rect.width, self.s(34))
                box.width -= 2 * (arrow_w + self.s(4))
            common = {
                "key": f"talk.{name}",
                "object_id": "#rowbutton",
                "tooltip": hint,
                "on_arrow": lambda step, n=name, c=count: self._cycle_talk(n, step, c),
                "container": container,
            }
            if container is None:  # one line beside the proposals: the hint has it whole
                text = self.fit(full, box.width - self.s(28))
                self.button(box, text, lambda a=action: self._send(a), **common)
                self._talk_arrows(name, count, rect, box, container)
                y += row
                continue
            # whole in the scrolling column (up to half its height), as tall as the longest
            # the arrows reach, so the column stays put while they cycle
            cap = self._line_cap()
            box.height = max(
                self._button_height(describe(a), box.width, box.height, "#rowbutton", cap)
                for a in actions
            )
            self._wrapped_button(box, full, lambda a=action: self._send(a), max_lines=cap, **common)
            self._talk_arrows(name, count, rect, box, container)
            y += box.height + row - self.s(34)
        return y

    def _talk_arrows(
        self, name: str, count: int, rect: pygame.Rect, box: pygame.Rect, container
    ) -> None:
        """‹ and › beside a talk line with more than one choice: they pick the previous or
        next one (the line itself says it). The keyboard has the arrow keys on the line."""
        if count < 2:
            return
        for step, text, x in ((-1, "‹", rect.x), (1, "›", box.right + self.s(4))):
            self.talk_arrows[(name, step)] = self.button(
                pygame.Rect(x, box.y, box.x - self.s(4) - rect.x, box.height),
                text,
                lambda n=name, st=step: self._cycle_talk(n, st, count),
                key=f"talk.{name}.{'next' if step > 0 else 'prev'}",
                object_id="#rowbutton",
                container=container,
                focusable=False,
            )

    def _cycle_talk(self, name: str, step: int, count: int) -> bool:
        self.talk_choice[name] = (self.talk_choice[name] + step) % max(count, 1)
        self._pending = True
        return True

    def _say(self) -> None:
        text = self.entry_widget.get_text().strip() if hasattr(self, "entry_widget") else ""
        if not text:
            return
        self.drafts.pop(self.viewer, None)
        self.entry_widget.set_text("")
        self._send(Statement(actor=self.viewer, text=text))
