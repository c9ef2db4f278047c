// Coming in: your name (the room code comes from the address), then a seat at a table.

import { h } from "./dom.js";
import { t } from "./texts.js";

export function joinPanel(state, join) {
  const submit = (event) => {
    event.preventDefault();
    const name = document.getElementById("join-name").value.trim();
    const code = state.fixedCode || document.getElementById("join-code").value.trim().toUpperCase();
    if (name && code) join(code, name);
  };
  return [
    h("h2", { id: "join-heading" }, t("web.join.heading")),
    h("p", {}, t("web.join.intro")),
    h(
      "form",
      { class: "join", onsubmit: submit, "aria-labelledby": "join-heading" },
      state.fixedCode
        ? h("p", {}, t("web.join.code", { code: state.fixedCode }))
        : h("div", { class: "field" }, h("label", { for: "join-code" }, t("web.join.code_label")), h("input", { id: "join-code", autocomplete: "off", required: true, maxlength: "16", autocapitalize: "characters" })),
      h(
        "div",
        { class: "field" },
        h("label", { for: "join-name" }, t("web.join.name_label")),
        h("input", { id: "join-name", autocomplete: "given-name", required: true, maxlength: "40", value: state.name || "" }),
      ),
      h("button", { type: "submit", id: "join-send", class: "primary" }, t("web.join.send")),
    ),
  ];
}

export function lobbyPanel(state, link) {
  const lobby = state.lobby;
  return [
    h("h2", { id: "lobby-heading" }, t("web.lobby.heading", { title: lobby.title })),
    lobby.ended ? h("p", { class: "notice" }, t("web.ended")) : h("p", {}, t("web.lobby.intro")),
    lobby.tables.map((table) =>
      h(
        "section",
        { class: "lobby-table", "aria-labelledby": `lobby-table-${table.table}` },
        h("h3", { id: `lobby-table-${table.table}` }, t("web.lobby.table", { table: table.table, round: table.round, deadline: table.deadline }), table.over ? ` · ${t("web.lobby.over")}` : ""),
        h(
          "ul",
          { class: "lobby-seats" },
          table.seats.map((seat) =>
            h(
              "li",
              {},
              h("span", { class: "seat-name" }, h("strong", {}, seat.name), h("span", { class: "role" }, seat.role)),
              seat.holder === "free" && !lobby.ended
                ? h("button", { type: "button", id: `take-${table.table}-${seat.actor}`, class: "primary", onclick: () => link.takeSeat(table.table, seat.actor), "aria-label": t("web.lobby.take_named", { name: seat.name, table: table.table }) }, t("web.lobby.take"))
                : h("span", { class: "taken" }, seat.holder === "human" ? t("web.lobby.taken_by", { player: seat.player || "" }) : seat.holder === "bot" ? t("web.seat.bot") : ""),
              // a duo: a second trainee joins one who plays a seat already
              seat.holder === "human" && !seat.partner && !table.over && !lobby.ended
                ? h("button", { type: "button", id: `share-${table.table}-${seat.actor}`, onclick: () => link.shareSeat(table.table, seat.actor), "aria-label": t("web.lobby.share_named", { name: seat.name, table: table.table, player: seat.player || "" }) }, t("web.lobby.share"))
                : null,
            ),
          ),
        ),
        h("button", { type: "button", id: `watch-${table.table}`, onclick: () => link.watch(table.table) }, t("web.lobby.watch", { table: table.table })),
      ),
    ),
  ];
}
