// An observer's form (the facilitator's kit): per week, what each party was seen doing, and
// a note. The room keeps it for the class board (`observe`, answered by `noted`); sending a
// week again replaces it.

import { h } from "./dom.js";
import { t } from "./texts.js";

const BEHAVIOURS = [
  ["asks", "facilitation.obs.asks"],
  ["reveals", "facilitation.obs.reveals"],
  ["package", "facilitation.obs.package"],
  ["consults", "facilitation.obs.consults"],
  ["support", "facilitation.obs.support"],
];

/** The last week that ended at the table (0: none yet). */
function endedWeek(view) {
  return Math.min(view.outcome ? view.round : view.round - 1, view.deadline);
}

export function observePanel(state, send) {
  const seated = state.seated;
  const actors = Object.entries((seated && seated.actors) || {});
  if (!seated || seated.actor || !actors.length || !state.tableView) return null;
  const weeks = Math.max(1, seated.weeks || state.tableView.view.deadline);
  state.observed = state.observed || [];
  if (!state.form) state.form = { week: Math.max(1, endedWeek(state.tableView.view)), marks: {}, note: "" };
  const form = state.form;
  const submit = (event) => {
    event.preventDefault();
    const note = form.note.replace(/\s+/g, " ").trim();
    send({ type: "observe", week: form.week, marks: form.marks, note });
  };
  return [
    h("h2", { id: "observe-heading" }, t("facilitation.obs.kicker")),
    h("p", {}, t("web.observe.intro")),
    state.observed.length ? h("p", { class: "quiet", id: "observe-saved" }, t("web.observe.saved", { weeks: state.observed.join(", ") })) : null,
    h(
      "form",
      { class: "observe", onsubmit: submit },
      h(
        "div",
        { class: "field" },
        h("label", { for: "observe-week" }, t("web.observe.week")),
        h(
          "select",
          { id: "observe-week", onchange: (e) => (form.week = Number(e.target.value)) },
          Array.from({ length: weeks }, (_, n) => h("option", { value: String(n + 1), selected: form.week === n + 1 }, String(n + 1))),
        ),
      ),
      actors.map(([actor, name]) =>
        h(
          "fieldset",
          { class: "issue" },
          h("legend", {}, name),
          BEHAVIOURS.map(([behaviour, label]) => {
            const id = `observe-${actor}-${behaviour}`;
            const seen = form.marks[actor] || [];
            return h(
              "div",
              { class: "choice" },
              h("input", {
                type: "checkbox",
                id,
                checked: seen.includes(behaviour),
                onchange: (e) => {
                  const kept = (form.marks[actor] || []).filter((b) => b !== behaviour);
                  form.marks[actor] = e.target.checked ? [...kept, behaviour] : kept;
                },
              }),
              h("label", { for: id }, t(label)),
            );
          }),
        ),
      ),
      h(
        "div",
        { class: "field" },
        h("label", { for: "observe-note" }, t("facilitation.obs.note")),
        h("textarea", { id: "observe-note", rows: "2", maxlength: "1000", oninput: (e) => (form.note = e.target.value) }, form.note),
      ),
      h("button", { type: "submit", id: "observe-send", class: "primary" }, t("web.observe.send", { week: form.week })),
    ),
  ];
}
