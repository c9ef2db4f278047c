// The learning moments: this week's reflection question (on your own turn) and the priority
// guesses (before your first move, and after the end). Nothing here changes the table; what
// is being typed or picked is kept in `state` so a redraw does not lose it.

import { h } from "./dom.js";
import { actorName } from "./names.js";
import { loc, t } from "./texts.js";

export function reflectionPrompt(state, send) {
  const prompt = state.update.reflection;
  if (!prompt) return null;
  const submit = (event) => {
    event.preventDefault();
    // one line on the wire: the protocol takes no control characters
    const text = (state.reflectText || "").replace(/\s+/g, " ").trim();
    state.reflectText = "";
    send({ type: "reflect", moment: prompt.moment, text });
  };
  return h(
    "form",
    { class: "group prompt", id: "reflection", "aria-labelledby": "reflect-heading", onsubmit: submit },
    h("h3", { id: "reflect-heading" }, t("web.reflect.heading", { round: state.update.view.round })),
    h("p", { class: "question" }, loc(prompt.question)),
    h(
      "div",
      { class: "field" },
      h("label", { for: "reflect-text" }, t("web.reflect.label")),
      h("textarea", { id: "reflect-text", rows: "3", maxlength: "2000", oninput: (e) => (state.reflectText = e.target.value) }, state.reflectText || ""),
    ),
    h("button", { type: "submit", id: "reflect-send", class: "primary" }, t("web.reflect.send")),
  );
}

export function guessSheet(state, send) {
  const prompt = state.update.guesses;
  if (!prompt) return null;
  const view = state.update.view;
  state.guessPicks = state.guessPicks || {};
  const picks = state.guessPicks;
  const submit = (event) => {
    event.preventDefault();
    const chosen = {};
    for (const about of prompt.about) chosen[about] = picks[about] || null;
    state.guessPicks = {};
    send({ type: "guess", moment: prompt.moment, picks: chosen });
  };
  const skip = () => {
    state.guessPicks = {};
    send({ type: "guess", moment: prompt.moment, skip: true });
  };
  return h(
    "form",
    { class: "group prompt", id: "guesses", "aria-labelledby": "guess-heading", onsubmit: submit },
    h("h3", { id: "guess-heading" }, t(prompt.moment === "start" ? "web.guess.heading_start" : "web.guess.heading_end")),
    h("p", {}, t("web.guess.intro")),
    prompt.about.map((about) =>
      h(
        "div",
        { class: "field" },
        h("label", { for: `guess-${about}` }, actorName(view, about)),
        h(
          "select",
          { id: `guess-${about}`, onchange: (e) => (picks[about] = e.target.value || null) },
          h("option", { value: "" }, t("web.guess.dont_know")),
          (view.issues || []).map((issue) => h("option", { value: issue.id, selected: picks[about] === issue.id }, loc(issue.name))),
        ),
      ),
    ),
    h(
      "div",
      { class: "buttons" },
      h("button", { type: "submit", id: "guess-send", class: "primary" }, t("web.guess.send")),
      h("button", { type: "button", id: "guess-skip", onclick: skip }, t("web.guess.skip")),
    ),
  );
}

/** The debrief's learning part: observations about how you played, and your guesses' scores. */
export function learningDebrief(debrief) {
  const feedback = debrief.feedback || [];
  const guesses = debrief.guesses || {};
  return [
    feedback.length
      ? [
          h("h3", {}, t("web.debrief.feedback")),
          h(
            "ul",
            { class: "feedback" },
            feedback.map((line) => h("li", { class: line.kind }, h("span", { class: "tag" }, loc(line.label)), " ", loc(line.text))),
          ),
        ]
      : null,
    guesses.start || guesses.end
      ? [
          h("h3", {}, t("web.debrief.guesses")),
          guesses.start ? h("p", {}, t("web.debrief.guess_start", { score: loc(guesses.start) })) : null,
          guesses.end ? h("p", {}, t("web.debrief.guess_end", { score: loc(guesses.end) })) : null,
        ]
      : null,
  ];
}
