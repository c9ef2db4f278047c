// The connection to the room: one WebSocket to the page's own host, that keeps the seat.
//
// The seat token lives in this tab's sessionStorage only (never on screen). After a reload
// or a dropped connection the link comes back with backoff and sends `resume`; the server
// answers with a fresh token, which replaces the old one. Actions not yet answered are kept
// (with their `seq`) and sent again after `seated`; the server never applies a `seq` twice.

const BACKOFF = [0.1, 0.25, 0.5, 1, 2, 4]; // seconds; the last repeats, with ±20 % jitter
/** Refusals after which the seat token no longer works. */
const SEAT_LOST = new Set(["net.seat_freed", "net.unknown_token", "net.taken_over"]);

export class RoomLink {
  constructor(code, onMessage, onStatus) {
    this.code = code;
    this.onMessage = onMessage;
    this.onStatus = onStatus;
    this.key = `omgevingstafel.${code}`;
    this.ws = null;
    this.attempt = 0;
    this.stopped = false;
    const kept = JSON.parse(sessionStorage.getItem(this.key) || "{}");
    this.name = kept.name || "";
    this.lang = kept.lang || "nl";
    this.token = kept.token || "";
    this.seq = kept.seq || 0; // the last seq handed out
    this.pending = kept.pending || []; // [{seq, action}] not yet answered
  }

  save() {
    const kept = { name: this.name, lang: this.lang, token: this.token, seq: this.seq };
    kept.pending = this.pending;
    sessionStorage.setItem(this.key, JSON.stringify(kept));
  }

  get hasSeat() {
    return Boolean(this.token);
  }

  open() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const ws = new WebSocket(`${scheme}://${location.host}/`);
    this.ws = ws;
    this.onStatus("connecting");
    ws.addEventListener("open", () => this.hello());
    ws.addEventListener("message", (event) => this.receive(event.data));
    ws.addEventListener("close", () => this.closed(ws));
  }

  hello() {
    this.onStatus("online");
    if (this.token) this.send({ type: "resume", token: this.token, lang: this.lang });
    else if (this.name) this.join(this.name);
  }

  closed(ws) {
    if (ws !== this.ws) return;
    this.ws = null;
    if (this.stopped) return;
    this.onStatus("offline");
    const base = BACKOFF[Math.min(this.attempt, BACKOFF.length - 1)];
    this.attempt += 1;
    setTimeout(() => this.open(), base * (0.8 + Math.random() * 0.4) * 1000);
  }

  /** Drop the connection now and come back as after lost Wi-Fi (for the page and tests). */
  drop() {
    if (this.ws) this.ws.close();
  }

  stop() {
    this.stopped = true;
    if (this.ws) this.ws.close();
  }

  send(message) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  join(name) {
    this.name = name;
    this.save();
    this.send({ type: "join", code: this.code, name, lang: this.lang });
  }

  setLang(lang) {
    this.lang = lang;
    this.save();
  }

  takeSeat(table, actor) {
    this.send({ type: "take_seat", table, actor });
  }

  shareSeat(table, actor) {
    this.send({ type: "share_seat", table, actor });
  }

  watch(table) {
    this.send({ type: "watch", table });
  }

  leave() {
    this.send({ type: "leave" });
    this.forget();
  }

  /** Send one engine action; it is kept until the server answers its seq. */
  act(action) {
    this.seq += 1;
    const item = { seq: this.seq, action };
    this.pending.push(item);
    this.save();
    this.send({ type: "act", seq: item.seq, action: item.action });
    return item.seq;
  }

  forget() {
    this.token = "";
    this.pending = [];
    this.save();
  }

  answered(seq) {
    const before = this.pending.length;
    this.pending = this.pending.filter((item) => item.seq > seq);
    if (this.pending.length !== before) this.save();
  }

  receive(raw) {
    let message;
    try {
      message = JSON.parse(raw);
    } catch {
      return;
    }
    if (message.type === "seated") {
      this.attempt = 0;
      if (message.token) this.token = message.token; // rotated on every resume
      this.seq = Math.max(this.seq, message.last_seq || 0);
      this.answered(message.last_seq || 0);
      this.save();
      for (const item of this.pending) {
        this.send({ type: "act", seq: item.seq, action: item.action });
      }
    } else if (message.type === "lobby") {
      this.attempt = 0;
    } else if (message.type === "view" && message.ack) {
      this.answered(message.ack);
    } else if (message.type === "refused") {
      if (message.seq) this.pending = this.pending.filter((item) => item.seq !== message.seq);
      if (SEAT_LOST.has(message.key)) {
        this.forget();
        if (this.name) this.join(this.name); // back to the lobby, as a newcomer
      }
      this.save();
    } else if (message.type === "ended") {
      this.forget();
    }
    this.onMessage(message);
  }
}
