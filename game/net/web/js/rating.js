// The self-assessment: per learning goal of the case (`goals` in `seated`), 1 to 5, before
// the seat's first move and after the end. The room keeps it (`rate_self`, answered by
// `noted`); this tab remembers which moments it sent and what, to show the shift at the end.

import { h } from "./dom.js";
import { loc, t } from "./texts.js";

const VALUE_KEYS = ["web.rate.value_1", "web.rate.value_2", "web.rate.value_3", "web.rate.value_4", "web.rate.value_5"];

function key(state) {
  const seated = state.seated;
  return `omgevingstafel.${state.code}.rated.${seated.table}.${seated.actor}`;
}

/** What this tab sent for the seat: {start: {goal: n}|null, end: …} (null: skipped). */
export function rated(state) {
  if (!state.seated || !state.seated.actor) return {};
  return JSON.parse(sessionStorage.getItem(key(state)) || "{}");
}

export function keepRating(state, moment, ratings) {
  const kept = rated(state);
  kept[moment] = ratings;
  sessionStorage.setItem(key(state), JSON.stringify(kept));
}

/** The moment to ask now, if any: the start until the seat has moved, the end once over. */
export function ratingDue(state) {
  const seated = state.seated;
  const view = state.update && state.update.view;
  if (!seated || !seated.actor || !view || !Object.keys(seated.goals || {}).length) return null;
  const moment = view.outcome ? "end" : "start";
  if (moment in rated(state)) return null;
  const moved = (view.log || []).some((line) => line.kind === "action" && line.actor === seated.actor);
  return moment === "start" && moved ? null : moment;
}

export function ratingForm(state, send) {
  const moment = ratingDue(state);
  if (!moment) return null;
  const goals = Object.entries(state.seated.goals);
  state.ratingPicks = state.ratingPicks || {};
  const picks = state.ratingPicks;
  const submit = (event) => {
    event.preventDefault();
    const ratings = {};
    for (const [goal] of goals) if (picks[goal]) ratings[goal] = Number(picks[goal]);
    state.ratingPicks = {};
    state.ratingSent = { moment, ratings };
    send({ type: "rate_self", moment, ratings, skipped: false });
  };
  const skip = () => {
    state.ratingPicks = {};
    state.ratingSent = { moment, ratings: null };
    send({ type: "rate_self", moment, ratings: {}, skipped: true });
  };
  return h(
    "form",
    { class: "group prompt", id: "rating", "aria-labelledby": "rate-heading", onsubmit: submit },
    h("h3", { id: "rate-heading" }, t(moment === "start" ? "web.rate.heading_start" : "web.rate.heading_end")),
    h("p", {}, t("web.rate.intro")),
    goals.map(([goal, text]) =>
      h(
        "div",
        { class: "field" },
        h("label", { for: `rate-${goal}` }, loc(text)),
        h(
          "select",
          { id: `rate-${goal}`, onchange: (e) => (picks[goal] = e.target.value) },
          h("option", { value: "" }, t("web.rate.dont_know")),
          VALUE_KEYS.map((valueKey, n) => h("option", { value: String(n + 1), selected: picks[goal] === String(n + 1) }, t(valueKey))),
        ),
      ),
    ),
    h(
      "div",
      { class: "buttons" },
      h("button", { type: "submit", id: "rate-send", class: "primary" }, t("web.rate.send")),
      h("button", { type: "button", id: "rate-skip", onclick: skip }, t("web.rate.skip")),
    ),
  );
}

/** Your own before → after per learning goal, once both moments are in. */
export function ratingShift(state) {
  const kept = rated(state);
  if (!kept.start && !kept.end) return null;
  const before = kept.start || {};
  const after = kept.end || {};
  return [
    h("h3", {}, t("web.debrief.self")),
    h(
      "ul",
      { class: "shift" },
      Object.entries(state.seated.goals).map(([goal, text]) =>
        h("li", {}, t("web.debrief.shift", { goal: loc(text), before: before[goal] ?? "—", after: after[goal] ?? "—" })),
      ),
    ),
  ];
}
