import type { ParseError, TextDirection } from "./article";

/** The metadata a Markdown seed may declare between its `---` lines. Every field is optional. */
export interface FrontMatter {
  title: string | null;
  /** ISO 8601 date (`2026-11-26`) or date-time with a zone (`2026-11-26T09:30:00Z`), as written. */
  date: string | null;
  author: string | null;
  source: string | null;
  /** BCP 47 language tag (`ar`, `en-GB`). */
  lang: string | null;
  dir: TextDirection | null;
  summary: string | null;
}

/** Front matter and the body after it, with the 1-based line the body starts on. */
export type ParseFrontMatterResult =
  | { ok: true; frontMatter: FrontMatter; body: string; bodyLine: number }
  | { ok: false; errors: ParseError[] };

const KEYS = [
  "title",
  "date",
  "author",
  "source",
  "lang",
  "dir",
  "summary",
] as const;
type Key = (typeof KEYS)[number];

const FENCE = /^---[ \t]*$/;
const ENTRY = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;
const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

const isKey = (key: string): key is Key =>
  (KEYS as readonly string[]).includes(key);

/**
 * Splits a Markdown seed into its front matter and body. Without a leading `---` line there is no front matter
 * (every field null). The block is strict: one `key: value` per line, known keys only, each at most once,
 * values plain or in double (JSON escapes) or single quotes (`''` for `'`); `#` lines are comments. Never
 * throws: a malformed block gives errors with the line they are on.
 * @example parseFrontMatter("---\ntitle: Aleppo\n---\nBody.", "seeds/a.md") // { ok: true, frontMatter: { title: "Aleppo", … }, body: "Body.", bodyLine: 4 }
 */
export function parseFrontMatter(
  text: string,
  file: string,
): ParseFrontMatterResult {
  const lines = text.replace(/^\ufeff/u, "").split(/\r\n|\r|\n/u);
  const frontMatter: FrontMatter = {
    title: null,
    date: null,
    author: null,
    source: null,
    lang: null,
    dir: null,
    summary: null,
  };
  if (!FENCE.test(lines[0] ?? ""))
    return { ok: true, frontMatter, body: lines.join("\n"), bodyLine: 1 };
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) {
    return fail(
      file,
      1,
      "front matter opened with --- is never closed: add a --- line after it",
    );
  }
  const errors: ParseError[] = [];
  const seen = new Set<Key>();
  for (let index = 1; index < close; index += 1) {
    const line = lines[index] ?? "";
    const lineNumber = index + 1;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const problem = readEntry(line, seen, frontMatter);
    if (problem !== null)
      errors.push({ file, line: lineNumber, message: problem });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    frontMatter,
    body: lines.slice(close + 1).join("\n"),
    bodyLine: close + 2,
  };
}

/** Reads one `key: value` line into `frontMatter`; returns why it cannot, or null. */
function readEntry(
  line: string,
  seen: Set<Key>,
  frontMatter: FrontMatter,
): string | null {
  const match = ENTRY.exec(line);
  if (!match)
    return `expected "key: value" in front matter, got "${shorten(line)}"`;
  const key = (match[1] ?? "").toLowerCase();
  if (!isKey(key))
    return `unknown front matter key "${match[1] ?? ""}" (known: ${KEYS.join(", ")})`;
  if (seen.has(key)) return `"${key}" is set twice`;
  seen.add(key);
  const value = readValue((match[2] ?? "").trim());
  if (!value.ok) return `${key}: ${value.message}`;
  if (value.text === "") return `${key} is empty: give it a value or remove it`;
  switch (key) {
    case "date":
      if (!isValidDate(value.text))
        return `date "${value.text}" is not an ISO 8601 date like 2026-11-26 or 2026-11-26T09:30:00Z`;
      frontMatter.date = value.text;
      return null;
    case "lang":
      if (!LANG.test(value.text))
        return `lang "${value.text}" is not a language tag like en, ar or pt-BR`;
      frontMatter.lang = value.text;
      return null;
    case "dir":
      if (value.text !== "ltr" && value.text !== "rtl")
        return `dir must be ltr or rtl, got "${value.text}"`;
      frontMatter.dir = value.text;
      return null;
    case "title":
    case "author":
    case "source":
    case "summary":
      if (/\p{Cc}/u.test(value.text))
        return `${key} contains a control character`;
      frontMatter[key] = value.text;
      return null;
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}

type ValueResult = { ok: true; text: string } | { ok: false; message: string };

function readValue(raw: string): ValueResult {
  if (raw.startsWith('"')) {
    if (raw.length < 2 || !raw.endsWith('"'))
      return { ok: false, message: "the double quote is never closed" };
    try {
      const text: unknown = JSON.parse(raw);
      if (typeof text === "string") return { ok: true, text: text.trim() };
    } catch {
      // Falls through to the message below.
    }
    return { ok: false, message: "invalid escape in a double-quoted value" };
  }
  if (raw.startsWith("'")) {
    const inner = raw.slice(1, -1);
    if (
      raw.length < 2 ||
      !raw.endsWith("'") ||
      inner.replaceAll("''", "").includes("'")
    )
      return { ok: false, message: "the single quote is never closed" };
    return { ok: true, text: inner.replaceAll("''", "'").trim() };
  }
  if (/^[[{|>&*!%@`]/u.test(raw))
    return {
      ok: false,
      message: `"${shorten(raw)}" looks like YAML this parser does not support: write plain text or quote it`,
    };
  return { ok: true, text: raw };
}

function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  const [hour = 0, minute = 0, second = 0] = [match[4], match[5], match[6]].map(
    (part) => (part === undefined ? 0 : Number(part)),
  );
  if (year === undefined || month === undefined || day === undefined)
    return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function fail(
  file: string,
  line: number,
  message: string,
): ParseFrontMatterResult {
  return { ok: false, errors: [{ file, line, message }] };
}
