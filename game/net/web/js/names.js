// Reading a view: names of actors, issues and options, points of a package, the agreement rule.

import { loc, t, num } from "./texts.js";

export function actorName(view, id) {
  const actor = (view.actors || []).find((a) => a.id === id);
  return actor ? loc(actor.name) : id;
}

export function issueName(view, id) {
  const issue = (view.issues || []).find((i) => i.id === id);
  return issue ? loc(issue.name) : id;
}

export function optionLabel(view, issueId, optionId) {
  const issue = (view.issues || []).find((i) => i.id === issueId);
  const option = issue ? issue.options.find((o) => o.id === optionId) : null;
  return option ? loc(option.label) : optionId;
}

/** Own points for a package (only a player's view has points). */
export function packagePoints(view, pkg) {
  if (!view.points) return null;
  let total = 0;
  for (const [issue, option] of Object.entries(pkg)) total += view.points[issue]?.[option] ?? 0;
  return total;
}

export function atTable(view) {
  return (view.actors || []).filter((a) => a.status === "at_table").map((a) => a.id);
}

export function names(view, ids) {
  return ids.map((id) => actorName(view, id)).join(", ");
}

/** A proposal's support against the agreement rule: "nodig: 4 van 5, met Gemeente en GGZ —
 * ontbreekt: GGZ"; `met` is whether the proposal meets the rule now. */
export function ruleLine(view, proposal) {
  const rule = view.agreement;
  const table = atTable(view);
  const support = new Set(proposal.supporters_at_table);
  const needed = rule.rule === "unanimity" ? table.length : rule.quorum || 0;
  const required = rule.rule === "unanimity" ? table : rule.required;
  let line = t("web.rule.needed", { needed, total: table.length });
  if (rule.rule !== "unanimity" && rule.required.length) {
    line += t("web.rule.with", { names: names(view, rule.required) });
  }
  const missing = required.filter((id) => !support.has(id));
  const short = Math.max(0, needed - support.size);
  if (missing.length) line += t("web.rule.missing", { names: names(view, missing) });
  else if (short) line += t("web.rule.short", { count: short });
  const met = short === 0 && missing.length === 0 && table.length >= 2;
  return { line, met, count: support.size };
}

export function points(value) {
  return num(value, 1);
}
