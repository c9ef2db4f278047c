// Your own briefing: private to you (the server sends it to your seat only).

import { h } from "./dom.js";
import { actorName, points } from "./names.js";
import { loc, t } from "./texts.js";

export function briefPanel(state) {
  const view = state.update.view;
  const me = (view.actors || []).find((a) => a.id === view.actor);
  const forbidden = view.mandate?.forbidden || {};
  return [
    h("h2", { id: "brief-heading" }, t("web.brief.heading", { actor: actorName(view, view.actor) })),
    me ? h("p", { class: "role" }, loc(me.role)) : null,
    h("p", { class: "private-note" }, t("web.brief.private")),
    h("p", { class: "brief" }, loc(view.confidential_brief)),
    h("p", { class: "batna" }, h("strong", {}, t("web.brief.batna", { batna: points(view.batna) }))),
    view.mandate?.min_score !== null && view.mandate?.min_score !== undefined
      ? h("p", {}, t("web.brief.min_score", { points: points(view.mandate.min_score) }))
      : null,
    h("details", { class: "points", open: true },
      h("summary", {}, t("web.brief.points")),
      (view.issues || []).map((issue) =>
        h(
          "table",
          { class: "points-table" },
          h("caption", {}, loc(issue.name)),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("web.brief.option")), h("th", { scope: "col" }, t("web.brief.your_points")))),
          h(
            "tbody",
            {},
            issue.options.map((option) => {
              const outside = (forbidden[issue.id] || []).includes(option.id);
              return h(
                "tr",
                { class: outside ? "outside" : "" },
                h("th", { scope: "row" }, loc(option.label), outside ? ` (${t("web.mandate.outside")})` : ""),
                h("td", {}, points(view.points?.[issue.id]?.[option.id] ?? 0)),
              );
            }),
          ),
        ),
      ),
    ),
    h("h3", {}, t("web.brief.interests")),
    h(
      "ul",
      { class: "interests" },
      (view.interests || []).map((i) =>
        h("li", {}, loc(i.text), " ", h("span", { class: "tag" }, i.revealed ? t("web.brief.revealed") : t("web.brief.hidden"))),
      ),
    ),
    (view.consultations || []).length
      ? [
          h("h3", {}, t("web.brief.consultations")),
          h(
            "ul",
            {},
            view.consultations.map((c) => h("li", {}, loc(c.label), c.used ? ` (${t("web.brief.used")})` : "")),
          ),
        ]
      : null,
  ];
}
