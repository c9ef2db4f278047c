// Your debrief at the end: the outcome, your points against your BATNA, the integration index,
// the end guesses while they are asked, and what the game observed about how you played.

import { h } from "./dom.js";
import { guessSheet, learningDebrief } from "./learning.js";
import { ratingDue, ratingForm, ratingShift } from "./rating.js";
import { issueName, optionLabel, points } from "./names.js";
import { num, t } from "./texts.js";

const OUTCOME_KEYS = {
  agreement: "web.debrief.outcome_agreement",
  deadline: "web.debrief.outcome_deadline",
  walkout: "web.debrief.outcome_walkout",
};

export function debriefPanel(state, send) {
  const d = state.debrief;
  const view = state.update.view;
  const gain = d.own_points - d.own_batna;
  return [
    h("h2", { id: "debrief-heading", tabindex: "-1" }, t("web.debrief.heading")),
    h("p", { class: "outcome" }, t(OUTCOME_KEYS[d.outcome], { round: d.round })),
    d.package
      ? h(
          "dl",
          { class: "package" },
          Object.entries(d.package).map(([issue, option]) => [h("dt", {}, issueName(view, issue)), h("dd", {}, optionLabel(view, issue, option))]),
        )
      : null,
    h(
      "dl",
      { class: "figures" },
      h("dt", {}, t("web.debrief.points")),
      h("dd", {}, points(d.own_points)),
      h("dt", {}, t("web.debrief.batna")),
      h("dd", {}, points(d.own_batna)),
      h("dt", {}, t("web.debrief.gain")),
      h("dd", {}, (gain > 0 ? "+" : "") + points(gain)),
      h("dt", {}, t("web.debrief.index")),
      h("dd", {}, t("web.debrief.index_value", { percent: num(d.integration_index * 100, 0) })),
    ),
    h("p", {}, t(gain >= 0 ? "web.debrief.above_batna" : "web.debrief.below_batna")),
    h("p", {}, t(d.pareto_optimal ? "web.debrief.pareto" : "web.debrief.not_pareto")),
    state.noting ? null : ratingDue(state) === "end" ? ratingForm(state, send) : state.update.guesses ? guessSheet(state, send) : null,
    learningDebrief(d),
    ratingShift(state),
    h("p", { class: "quiet" }, t("web.debrief.next")),
  ];
}
