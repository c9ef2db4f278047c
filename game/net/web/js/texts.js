// The page's texts, from the game's catalogue (GET /texts.json): Dutch first, English on a toggle.

let texts = { nl: {}, en: {} };
let lang = "nl";

export async function loadTexts() {
  const answer = await fetch("/texts.json", { cache: "no-cache" });
  texts = await answer.json();
}

export function setLang(next) {
  lang = next === "en" ? "en" : "nl";
  document.documentElement.lang = lang;
}

export function currentLang() {
  return lang;
}

/** The text for `key` with `{name}` placeholders filled in from `values`. */
export function t(key, values = {}) {
  const template = texts[lang][key] ?? texts.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A scenario text: a plain string, or {nl, en}. */
export function loc(text) {
  if (text === null || text === undefined) return "";
  if (typeof text === "string") return text;
  return text[lang] || text.nl || text.en || "";
}

/** A number as people read it in this language (a decimal comma in Dutch). */
export function num(value, digits = 0) {
  return Number(value).toLocaleString(lang === "en" ? "en-GB" : "nl-NL", {
    maximumFractionDigits: digits,
  });
}
