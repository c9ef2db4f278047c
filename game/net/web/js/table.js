// The table as everybody there sees it: the week, whose turn, the seats, the proposals with
// their support against the agreement rule, open questions, and the log.

import { h } from "./dom.js";
import { actorName, issueName, names, optionLabel, packagePoints, points, ruleLine } from "./names.js";
import { loc, t } from "./texts.js";

export function tablePanel(state, act) {
  const update = state.update || state.tableView;
  const view = update.view;
  const me = view.actor || null;
  const legal = (state.update && state.update.legal) || [];
  const turn = view.current_actor;
  return [
    h("h2", { id: "table-heading" }, t("web.table.heading", { table: update.table })),
    h(
      "p",
      { class: "week" },
      t("web.table.week", { round: view.round, deadline: view.deadline }),
      update.paused ? ` · ${t("web.table.paused")}` : "",
    ),
    h(
      "p",
      { class: "turn", id: "turn-line" },
      view.outcome ? t("web.table.over") : turn === me ? t("web.table.your_turn") : t("web.table.turn_of", { actor: actorName(view, turn) }),
      // on a phone the moves are further down the page
      me && !view.outcome ? [" ", h("a", { href: "#moves", class: "to-moves", id: "to-moves" }, t("web.table.to_moves"))] : null,
    ),
    seats(view, state, me, turn),
    h("h3", {}, t("web.proposals.heading")),
    proposals(view, me, legal, act),
    questions(view),
  ];
}

function seats(view, state, me, turn) {
  const lobbySeats = lobbyTable(state, state.update ? state.update.table : state.tableView.table);
  return h(
    "ul",
    { class: "seats", "aria-label": t("web.seats.label") },
    (view.actors || [])
      .filter((a) => a.status !== "absent")
      .map((actor) => {
        const seat = lobbySeats.find((s) => s.actor === actor.id);
        const who = seat ? (seat.holder === "human" ? seat.player : seat.holder === "bot" ? t("web.seat.bot") : t("web.seat.free")) : "";
        const marks = [];
        if (actor.id === me) marks.push(t("web.seat.you"));
        if (actor.id === turn) marks.push(t("web.seat.turn"));
        if (actor.status === "walked_away") marks.push(t("web.seat.walked_away"));
        return h(
          "li",
          { class: actor.id === turn ? "seat on-turn" : "seat", id: `seat-${actor.id}` },
          h("strong", {}, loc(actor.name)),
          h("span", { class: "role" }, loc(actor.role)),
          h("span", { class: "who" }, [who, ...marks].filter(Boolean).join(" · ")),
          limitsLine(view, actor.id),
        );
      }),
  );
}

/** What an event announced to the table about an actor's mandate (`known_limits`). */
function limitsLine(view, actor) {
  const limits = (view.known_limits || {})[actor] || {};
  const options = Object.entries(limits).flatMap(([issue, ids]) => ids.map((id) => `${issueName(view, issue)}: ${optionLabel(view, issue, id)}`));
  return options.length ? h("span", { class: "limits" }, t("web.seat.limits", { options: options.join("; ") })) : null;
}

function lobbyTable(state, number) {
  const table = state.lobby && state.lobby.tables.find((x) => x.table === number);
  return table ? table.seats : [];
}

/** Proposals shown in full: the latest few and every one with support besides its proposer;
 * the rest fold away under "earlier proposals". */
const RECENT = 3;

function proposals(view, me, legal, act) {
  const list = [...(view.proposals || [])].reverse();
  if (!list.length) return h("p", { class: "quiet" }, t("web.proposals.none"));
  const shown = list.filter((p, n) => n < RECENT || p.supporters_at_table.length > 1);
  const folded = list.filter((p) => !shown.includes(p));
  return [
    proposalList(view, me, legal, act, shown),
    folded.length
      ? h(
          "details",
          { class: "earlier" },
          h("summary", { id: "earlier-toggle" }, t("web.proposals.earlier", { count: folded.length })),
          proposalList(view, me, legal, act, folded),
        )
      : null,
  ];
}

function proposalList(view, me, legal, act, list) {
  return h(
    "ol",
    { class: "proposals" },
    list.map((p) => {
      const rule = ruleLine(view, p);
      const own = me ? packagePoints(view, p.package) : null;
      const support = legal.find((a) => a.kind === "support" && a.proposal === p.id);
      const withdraw = legal.find((a) => a.kind === "withdraw_support" && a.proposal === p.id);
      return h(
        "li",
        { class: rule.met ? "proposal met" : "proposal", id: `proposal-${p.id}` },
        h("h4", {}, t("web.proposal.title", { id: p.id, actor: actorName(view, p.proposer), round: p.round })),
        h(
          "dl",
          { class: "package" },
          Object.entries(p.package).map(([issue, option]) => [
            h("dt", {}, issueName(view, issue)),
            h("dd", {}, optionLabel(view, issue, option)),
          ]),
        ),
        h("p", { class: "support" }, t("web.proposal.support", { count: rule.count, names: names(view, p.supporters_at_table) || "—" })),
        h("p", { class: rule.met ? "rule ok" : "rule" }, rule.line, rule.met ? ` (${t("web.rule.met")})` : ""),
        own === null ? null : h("p", { class: "own" }, t("web.proposal.own_points", { points: points(own), batna: points(view.batna) })),
        support || withdraw
          ? h(
              "div",
              { class: "buttons" },
              support && h("button", { type: "button", id: `support-${p.id}`, onclick: () => act(support) }, t("web.move.support", { id: p.id })),
              withdraw && h("button", { type: "button", id: `withdraw-${p.id}`, onclick: () => act(withdraw) }, t("web.move.withdraw", { id: p.id })),
            )
          : null,
      );
    }),
  );
}

function questions(view) {
  const open = (view.questions || []).filter((q) => q.status === "open");
  if (!open.length) return null;
  return [
    h("h3", {}, t("web.questions.heading")),
    h(
      "ul",
      { class: "questions" },
      open.map((q) => h("li", {}, t("web.questions.line", { asker: actorName(view, q.asker), to: actorName(view, q.to), issue: issueName(view, q.issue) }))),
    ),
  ];
}

/** The log, newest last; the reflection question of a week stands out. */
export function logPanel(state) {
  const view = (state.update || state.tableView).view;
  const lang = document.documentElement.lang;
  const lines = view.log || [];
  const reflection = [...lines].reverse().find((line) => line.kind === "reflection");
  return [
    h("h2", { id: "log-heading" }, t("web.log.heading")),
    reflection
      ? h("div", { class: "reflection", role: "note" }, h("h3", {}, t("web.log.reflection")), h("p", {}, lang === "en" ? reflection.en : reflection.nl))
      : null,
    h(
      "ol",
      { class: "log", id: "log-lines" },
      lines.slice(-200).map((line) =>
        h("li", { class: `line ${line.kind}` }, lang === "en" ? line.en : line.nl),
      ),
    ),
  ];
}
