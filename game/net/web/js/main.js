// The page: keeps what the room sent, and draws the part that fits where the trainee is.

import { briefPanel } from "./brief.js";
import { debriefPanel } from "./debrief.js";
import { fill, h } from "./dom.js";
import { RoomLink } from "./link.js";
import { joinPanel, lobbyPanel } from "./lobby.js";
import { movesPanel } from "./moves.js";
import { observePanel } from "./observe.js";
import { keepRating } from "./rating.js";
import { logPanel, tablePanel } from "./table.js";
import { currentLang, loadTexts, setLang, t } from "./texts.js";

const SEAT_LOST = new Set(["net.seat_freed", "net.unknown_token", "net.taken_over"]);
const params = new URLSearchParams(location.search);
const fixedCode = (params.get("code") || "").trim().toUpperCase();

const state = {
  fixedCode,
  name: "",
  status: "connecting",
  lobby: null,
  seated: null,
  phrases: {},
  update: null, // your view (a player), kept whole: log lines and steady parts merged in
  tableView: null, // the public table (an observer)
  debrief: null,
  ended: false,
  notice: "",
  waiting: false,
  noting: false, // a reflection answer or guess sheet sent, not yet answered
  observed: [], // weeks whose observation form the room kept
  form: null, // the observation form being filled in
  say: "",
  draft: {},
  briefOpen: window.innerWidth >= 700,
  builderOpen: false,
  get code() {
    return link ? link.code : fixedCode;
  },
  rerender: () => render(),
  keep: () => keepDraft(),
};
let link = null;
let debriefShown = false;

/** What the trainee was typing or building survives a reload of the tab (never sent until
 * they act). */
function draftKey() {
  return `omgevingstafel.${link ? link.code : fixedCode}.draft`;
}

function keepDraft() {
  const kept = { say: state.say, draft: state.draft, builderOpen: Boolean(state.builderOpen) };
  sessionStorage.setItem(draftKey(), JSON.stringify(kept));
}

function restoreDraft() {
  const kept = JSON.parse(sessionStorage.getItem(draftKey()) || "{}");
  state.say = typeof kept.say === "string" ? kept.say : "";
  state.draft = kept.draft && typeof kept.draft === "object" ? kept.draft : {};
  state.builderOpen = Boolean(kept.builderOpen);
}

function dropDraft() {
  state.say = "";
  state.draft = {};
  state.builderOpen = false;
  sessionStorage.removeItem(draftKey());
}

/** A view message made whole: steady parts named in `same` and earlier log lines kept. */
function merge(previous, message) {
  const view = { ...message.view };
  const before = previous ? previous.view : {};
  for (const name of message.same || []) view[name] = before[name];
  const kept = (before.log || []).filter((line) => line.index < (message.log_from || 0));
  view.log = kept.concat(message.view.log || []);
  return { ...message, view };
}

function onMessage(message) {
  switch (message.type) {
    case "lobby":
      state.lobby = message;
      state.ended = state.ended || message.ended;
      break;
    case "seated":
      state.seated = message;
      state.phrases = message.phrases || {};
      state.update = state.tableView = state.debrief = null;
      state.waiting = link.pending.length > 0;
      debriefShown = false;
      break;
    case "view":
      state.update = merge(state.update, message);
      state.noting = false;
      if (message.ack && link.pending.length === 0) {
        state.waiting = false;
        state.notice = "";
      }
      break;
    case "table_view":
      state.tableView = merge(state.tableView, message);
      break;
    case "refused":
      state.noting = false;
      state.notice = currentLang() === "en" ? message.en : message.nl;
      if (message.seq) state.waiting = link.pending.length > 0;
      if (SEAT_LOST.has(message.key)) {
        state.seated = state.update = state.tableView = state.debrief = null;
        dropDraft();
      }
      break;
    case "debrief":
      state.debrief = message;
      break;
    case "noted":
      state.noting = false;
      if (message.what === "observation" && !state.observed.includes(message.week)) {
        state.observed = [...state.observed, message.week].sort((a, b) => a - b);
        state.form = null; // a fresh form, for the last week that ended
      }
      if (message.what === "rating" && state.ratingSent) {
        keepRating(state, state.ratingSent.moment, state.ratingSent.ratings);
        state.ratingSent = null;
      }
      break;
    case "ended":
      state.ended = true;
      break;
    default:
      return;
  }
  render();
}

function onStatus(status) {
  state.status = status;
  render();
}

function act(action) {
  state.waiting = true;
  state.notice = "";
  link.act(action);
  render();
}

/** A reflection answer or a guess sheet (not an engine action: no seq, nothing to resend). */
function note(message) {
  state.notice = "";
  if (link.send(message)) state.noting = true; // the prompt goes until the room answers
  render();
}

function join(code, name) {
  state.name = name;
  if (!link || link.code !== code) {
    if (link) link.stop();
    link = new RoomLink(code, onMessage, onStatus);
    link.lang = currentLang();
    window.roomLink = link;
    link.name = name;
    link.save();
    link.open();
  } else {
    link.join(name);
  }
  render();
}

function toggleLang() {
  setLang(currentLang() === "nl" ? "en" : "nl");
  if (link) link.setLang(currentLang());
  sessionStorage.setItem("omgevingstafel.lang", currentLang());
  render();
}

function leaveSeat() {
  if (!window.confirm(t("web.confirm.leave"))) return;
  link.leave();
  dropDraft();
  state.seated = state.update = state.tableView = state.debrief = null;
  render();
}

function header() {
  const title = state.update?.view?.title || state.tableView?.view?.title;
  const titleText = title ? (typeof title === "string" ? title : title[currentLang()] || title.nl) : state.lobby?.title;
  const code = link ? link.code : fixedCode;
  const statusText = { connecting: t("web.status.connecting"), online: t("web.status.online"), offline: t("web.status.offline") }[state.status];
  fill(
    document.getElementById("top"),
    h("div", { class: "brand" }, h("h1", {}, t("web.title")), titleText ? h("p", { class: "subtitle" }, titleText) : null),
    h(
      "div",
      { class: "meta" },
      code ? h("span", { class: "code" }, t("web.code", { code })) : null,
      h("span", { class: `status ${state.status}`, role: "status" }, statusText),
      h("button", { type: "button", id: "lang-toggle", lang: currentLang() === "nl" ? "en" : "nl", onclick: toggleLang }, t("web.lang.other")),
    ),
  );
}

function section(id, label, children, extra = "") {
  return h("section", { id, class: `panel ${extra}`.trim(), "aria-labelledby": label }, children);
}

/** A screen reader hears when the turn comes to you (the page itself is redrawn whole). */
let announcedTurn = false;
function announceTurn() {
  const mine = Boolean(state.update && state.update.my_turn && !state.update.view.outcome);
  if (mine && !announcedTurn) document.getElementById("announce").textContent = t("web.table.your_turn");
  if (!mine) document.getElementById("announce").textContent = "";
  announcedTurn = mine;
}

function render() {
  header();
  announceTurn();
  const notice = document.getElementById("notice");
  notice.textContent = state.notice;
  notice.hidden = !state.notice;
  const main = document.getElementById("main");
  const playing = state.update && state.update.view && state.update.view.actor;
  if (!link && !state.name) {
    fill(main, section("join", "join-heading", joinPanel(state, join), "narrow"));
  } else if (playing) {
    main.className = state.debrief ? "game over" : "game";
    fill(
      main,
      state.ended ? h("p", { class: "notice wide" }, t("web.ended")) : null,
      state.debrief ? section("debrief", "debrief-heading", debriefPanel(state, note), "wide debrief") : null,
      h(
        "section",
        { id: "brief", class: "panel brief", "aria-labelledby": "brief-heading" },
        h(
          "details",
          { open: state.briefOpen || undefined, ontoggle: (e) => (state.briefOpen = e.target.open) },
          h("summary", { id: "brief-toggle" }, t("web.brief.summary")),
          briefPanel(state),
          state.update.view.outcome ? null : h("button", { type: "button", id: "leave-seat", class: "quiet-button", onclick: leaveSeat }, t("web.leave")),
        ),
      ),
      section("table", "table-heading", tablePanel(state, act)),
      section("moves", "moves-heading", movesPanel(state, act, note)),
      section("log", "log-heading", logPanel(state)),
    );
    if (state.debrief && !debriefShown) {
      debriefShown = true;
      document.getElementById("debrief-heading").focus();
    }
  } else if (state.tableView) {
    main.className = "game watching";
    const form = observePanel(state, note);
    fill(
      main,
      section("table", "table-heading", tablePanel(state, act)),
      form ? section("observe", "observe-heading", form) : null,
      section("log", "log-heading", logPanel(state)),
    );
  } else if (state.lobby) {
    main.className = "";
    fill(main, section("lobby", "lobby-heading", lobbyPanel(state, link), "narrow"));
  } else {
    main.className = "";
    fill(main, h("p", { class: "panel narrow" }, t("web.status.connecting")));
  }
}

async function start() {
  await loadTexts();
  setLang(sessionStorage.getItem("omgevingstafel.lang") || "nl");
  if (fixedCode) {
    const kept = JSON.parse(sessionStorage.getItem(`omgevingstafel.${fixedCode}`) || "{}");
    if (kept.token || kept.name) {
      // back after a reload: the same tab, the same seat (or the lobby with the same name)
      state.name = kept.name || "";
      restoreDraft();
      link = new RoomLink(fixedCode, onMessage, onStatus);
      window.roomLink = link;
      link.open();
    }
  }
  render();
}

start();
