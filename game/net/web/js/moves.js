// What you can do now: exactly the actions the server lists for your seat (`legal`), a
// proposal built from the options your mandate allows, and free text while you may talk.
// The server checks every action again and says why when it refuses one.

import { h } from "./dom.js";
import { guessSheet, reflectionPrompt } from "./learning.js";
import { ratingDue, ratingForm } from "./rating.js";
import { actorName, issueName, packagePoints, points } from "./names.js";
import { loc, t } from "./texts.js";

const MAX_STATEMENT = 600;
const ANSWER_KEYS = { truthful: "web.answer.truthful", vague: "web.answer.vague", decline: "web.answer.decline" };
const MOVE_KEYS = { pass: "web.move.pass", escalate: "web.move.escalate", walk_away: "web.move.walk_away" };
const CONFIRM_KEYS = { escalate: "web.confirm.escalate", walk_away: "web.confirm.walk_away" };

export function movesPanel(state, act, send) {
  const update = state.update;
  const view = update.view;
  const heading = h("h2", { id: "moves-heading" }, t("web.moves.heading"));
  if (view.outcome) return [heading, h("p", {}, t("web.moves.over"))];
  if (update.paused) return [heading, h("p", { class: "notice" }, t("web.moves.paused"))];
  // the guesses come before your first move, the reflection question before this week's
  if (state.noting) return [heading, h("p", {}, t("web.moves.sending"))];
  if (ratingDue(state) === "start") return [heading, ratingForm(state, send)];
  if (update.guesses) return [heading, guessSheet(state, send)];
  if (update.reflection) return [heading, reflectionPrompt(state, send)];
  if (!update.my_turn) {
    return [heading, h("p", {}, t("web.moves.wait", { actor: actorName(view, view.current_actor) }))];
  }
  if (state.waiting) return [heading, h("p", {}, t("web.moves.sending"))];
  const legal = update.legal || [];
  const of = (kind) => legal.filter((a) => a.kind === kind);
  return [
    heading,
    update.must_answer ? answers(view, of("answer"), act) : null,
    update.can_talk ? talk(state, view, legal, act) : null,
    update.can_move ? moves(state, view, legal, act) : null,
    !update.must_answer && !update.can_talk && !update.can_move ? h("p", {}, t("web.moves.nothing")) : null,
  ];
}

function answers(view, list, act) {
  const byQuestion = new Map();
  for (const a of list) byQuestion.set(a.question, [...(byQuestion.get(a.question) || []), a]);
  return [...byQuestion.entries()].map(([id, options]) => {
    const q = (view.questions_waiting || []).find((x) => x.id === id);
    const legend = q ? t("web.answer.legend", { asker: actorName(view, q.asker), issue: issueName(view, q.issue) }) : t("web.answer.legend_plain");
    return h(
      "fieldset",
      { class: "group answer" },
      h("legend", {}, legend),
      h("div", { class: "buttons" }, options.map((a) => button(`answer-${id}-${a.mode}`, t(ANSWER_KEYS[a.mode]), () => act(a)))),
    );
  });
}

function talk(state, view, legal, act) {
  const me = view.actor;
  const phrases = legal.filter((a) => a.kind === "statement" && a.phrase);
  const reveals = legal.filter((a) => a.kind === "reveal_interest");
  const asks = legal.filter((a) => a.kind === "ask");
  const parts = [h("legend", {}, t("web.talk.legend"))];
  if (phrases.length) {
    parts.push(
      chooser("phrase", t("web.talk.phrase"), phrases.map((a) => [a.phrase, loc(state.phrases[a.phrase]) || a.phrase]), t("web.talk.say"), (value) =>
        act(phrases.find((a) => a.phrase === value)),
      ),
    );
  }
  parts.push(
    h(
      "div",
      { class: "field" },
      h("label", { for: "say-text" }, t("web.talk.free")),
      h("textarea", {
        id: "say-text",
        rows: "2",
        maxlength: String(MAX_STATEMENT),
        oninput: (e) => {
          state.say = e.target.value;
          state.keep();
        },
      }, state.say || ""),
      button("say-send", t("web.talk.say_own"), () => {
        const text = (state.say || "").trim();
        if (!text) return;
        state.say = "";
        state.keep();
        act({ actor: me, kind: "statement", text, phrase: null });
      }),
    ),
  );
  if (asks.length) {
    const targets = [...new Set(asks.map((a) => a.to))];
    const issues = [...new Set(asks.map((a) => a.issue))];
    parts.push(
      h(
        "div",
        { class: "field ask" },
        h("label", { for: "ask-to" }, t("web.talk.ask_to")),
        h("select", { id: "ask-to" }, targets.map((id) => h("option", { value: id }, actorName(view, id)))),
        h("label", { for: "ask-issue" }, t("web.talk.ask_issue")),
        h("select", { id: "ask-issue" }, issues.map((id) => h("option", { value: id }, issueName(view, id)))),
        button("ask-send", t("web.talk.ask"), () => {
          const to = document.getElementById("ask-to").value;
          const issue = document.getElementById("ask-issue").value;
          const found = asks.find((a) => a.to === to && a.issue === issue);
          if (found) act(found);
        }),
      ),
    );
  }
  if (reveals.length) {
    const text = (id) => loc((view.interests || []).find((i) => i.id === id)?.text) || id;
    parts.push(
      chooser("reveal", t("web.talk.reveal"), reveals.map((a) => [a.interest, text(a.interest)]), t("web.talk.reveal_send"), (value) =>
        act(reveals.find((a) => a.interest === value)),
      ),
    );
  }
  return h("fieldset", { class: "group talk" }, parts);
}

function moves(state, view, legal, act) {
  const update = state.update;
  const parts = [h("legend", {}, t("web.move.legend"))];
  const supports = legal.filter((a) => a.kind === "support" || a.kind === "withdraw_support");
  if (supports.length) parts.push(h("p", { class: "hint" }, t("web.move.support_hint")));
  if (Object.keys(update.options || {}).length) parts.push(proposal(state, view, act));
  const plain = legal.filter((a) => ["consult", "pass", "escalate", "walk_away"].includes(a.kind));
  parts.push(
    h(
      "div",
      { class: "buttons" },
      plain.map((a) => {
        if (a.kind === "consult") {
          const c = (view.consultations || []).find((x) => x.id === a.consultation);
          return button(`consult-${a.consultation}`, t("web.move.consult", { label: c ? loc(c.label) : a.consultation }), () => act(a));
        }
        const risky = a.kind === "walk_away" || a.kind === "escalate";
        return button(`move-${a.kind}`, t(MOVE_KEYS[a.kind]), () => {
          if (!risky || window.confirm(t(CONFIRM_KEYS[a.kind]))) act(a);
        }, risky ? "danger" : "");
      }),
    ),
  );
  return h("fieldset", { class: "group moves" }, parts);
}

function proposal(state, view, act) {
  const allowed = state.update.options;
  state.draft = state.draft || {};
  const draft = state.draft;
  const complete = (view.issues || []).every((i) => draft[i.id]);
  const total = complete ? packagePoints(view, draft) : null;
  return h(
    "details",
    { class: "builder", open: state.builderOpen || undefined, ontoggle: (e) => {
        state.builderOpen = e.target.open;
        state.keep();
      } },
    h("summary", { id: "builder-toggle" }, t("web.propose.summary")),
    (view.issues || []).map((issue) =>
      h(
        "fieldset",
        { class: "issue" },
        h("legend", {}, loc(issue.name)),
        issue.options.map((option) => {
          const id = `opt-${issue.id}-${option.id}`;
          const inside = (allowed[issue.id] || []).includes(option.id);
          return h(
            "div",
            { class: inside ? "choice" : "choice outside" },
            h("input", {
              type: "radio",
              id,
              name: `issue-${issue.id}`,
              value: option.id,
              checked: draft[issue.id] === option.id,
              disabled: !inside,
              onchange: () => {
                draft[issue.id] = option.id;
                state.keep();
                state.rerender();
              },
            }),
            h(
              "label",
              { for: id },
              loc(option.label),
              h("span", { class: "pts" }, t("web.propose.points", { points: points(view.points?.[issue.id]?.[option.id] ?? 0) })),
              inside ? null : h("span", { class: "tag" }, t("web.mandate.outside")),
            ),
          );
        }),
      ),
    ),
    h("p", { class: "total", "aria-live": "polite" }, complete ? t("web.propose.total", { points: points(total), batna: points(view.batna) }) : t("web.propose.incomplete")),
    button("propose-send", t("web.propose.send"), () => {
      if (!complete) return;
      act({ actor: view.actor, kind: "propose", package: { ...draft } });
      state.draft = {};
      state.keep();
    }, "primary", !complete),
  );
}

function chooser(id, label, choices, action, onPick) {
  return h(
    "div",
    { class: "field" },
    h("label", { for: `${id}-pick` }, label),
    h("select", { id: `${id}-pick` }, choices.map(([value, text]) => h("option", { value }, text))),
    button(`${id}-send`, action, () => onPick(document.getElementById(`${id}-pick`).value)),
  );
}

function button(id, text, onclick, kind = "", disabled = false) {
  return h("button", { type: "button", id, class: kind || undefined, onclick, disabled }, text);
}
