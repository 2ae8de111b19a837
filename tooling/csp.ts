import { createHash } from "node:crypto";

/** The inline code of one HTML page that a Content-Security-Policy must allow by hash. */
export interface InlineSources {
  /** Text of every executable `<script>` without `src` (classic, module, importmap, speculationrules). */
  scripts: string[];
  /** Text of every `<style>` element. */
  styles: string[];
  /** Decoded value of every `style="…"` attribute. */
  styleAttributes: string[];
  /** Every inline event handler attribute (`onload="…"`) as `name="value"`: no hash-only policy allows them. */
  eventHandlers: string[];
}

/** The hashes a policy allows, as CSP source expressions (`'sha256-…'`), sorted and without duplicates. */
export interface CspHashes {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

// Script types a browser runs (or processes under script-src); anything else (application/json,
// application/ld+json, text/plain) is a data block that CSP does not govern.
const EXECUTABLE_TYPES = new Set([
  "",
  "module",
  "importmap",
  "speculationrules",
  "text/javascript",
  "application/javascript",
  "application/ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
]);

const ATTRIBUTE =
  /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!attributes.has(name))
      attributes.set(
        name,
        decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""),
      );
  }
  return attributes;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decodeEntities(value: string): string {
  return value.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi,
    (whole, hex: string | undefined, decimal: string | undefined, name) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (decimal) return String.fromCodePoint(parseInt(decimal, 10));
      return NAMED_ENTITIES[String(name).toLowerCase()] ?? whole;
    },
  );
}

/** Whether a `<script>` with these attributes runs (or is processed) as code rather than read as data. */
export function isExecutableScript(attributes: ReadonlyMap<string, string>) {
  const type = (attributes.get("type") ?? "").trim().toLowerCase();
  return EXECUTABLE_TYPES.has(type);
}

/**
 * Finds the inline code in an HTML page: executable inline scripts, style elements, style attributes and
 * event handler attributes. Comments are skipped; script and style text is taken raw, as the browser hashes it.
 * @example findInlineSources('<script>boot()</script>').scripts // ["boot()"]
 */
export function findInlineSources(html: string): InlineSources {
  const found: InlineSources = {
    scripts: [],
    styles: [],
    styleAttributes: [],
    eventHandlers: [],
  };
  const tokens =
    /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<([a-z][^\s/>]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
  for (const match of html.matchAll(tokens)) {
    const [, rawTextTag, rawTextAttributes, text, , tagAttributes] = match;
    const attributes = parseAttributes(
      rawTextAttributes ?? tagAttributes ?? "",
    );
    if (rawTextTag?.toLowerCase() === "script") {
      if (!attributes.has("src") && isExecutableScript(attributes))
        found.scripts.push(text ?? "");
    } else if (rawTextTag?.toLowerCase() === "style") {
      found.styles.push(text ?? "");
    }
    for (const [name, value] of attributes) {
      if (name === "style") found.styleAttributes.push(value);
      else if (/^on[a-z]+$/.test(name))
        found.eventHandlers.push(`${name}="${value}"`);
    }
  }
  return found;
}

/**
 * The CSP source expression allowing exactly this inline text.
 * @example hashSource("") // "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
 */
export function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

const unique = (values: readonly string[]): string[] =>
  [...new Set(values)].sort();

/** Hashes every script, style and style attribute of one or more pages into one allow-list. */
export function hashInlineSources(pages: readonly InlineSources[]): CspHashes {
  return {
    scripts: unique(pages.flatMap((page) => page.scripts.map(hashSource))),
    styles: unique(pages.flatMap((page) => page.styles.map(hashSource))),
    styleAttributes: unique(
      pages.flatMap((page) => page.styleAttributes.map(hashSource)),
    ),
  };
}

/** One allow-list holding every hash of several (each hash once, sorted, as `hashInlineSources` gives them). */
export function mergeCspHashes(all: readonly CspHashes[]): CspHashes {
  return {
    scripts: unique(all.flatMap((hashes) => hashes.scripts)),
    styles: unique(all.flatMap((hashes) => hashes.styles)),
    styleAttributes: unique(all.flatMap((hashes) => hashes.styleAttributes)),
  };
}

/** Where a policy is delivered: an HTTP header, or a `<meta http-equiv>` (which ignores frame-ancestors). */
export type PolicyDelivery = "header" | "meta";

/**
 * A strict Content-Security-Policy: same-origin everything, no plugins, no framing, and inline code only by
 * hash (never `'unsafe-inline'`). Style attributes, if any, are allowed by hash under `'unsafe-hashes'`.
 */
export function buildContentSecurityPolicy(
  hashes: CspHashes,
  delivery: PolicyDelivery,
): string {
  const styleSources = [
    "'self'",
    ...hashes.styles,
    ...(hashes.styleAttributes.length > 0
      ? ["'unsafe-hashes'", ...hashes.styleAttributes]
      : []),
  ];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...hashes.scripts],
    ["style-src", ...styleSources],
    // Images, fonts, fetches, the manifest and the service worker fall back to default-src 'self' (the worker
    // through script-src): every page carries this policy in a <meta>, so it names only what differs. (No
    // page, stylesheet or script uses a data: image.)
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  // A meta policy cannot set frame-ancestors (browsers ignore it there and warn in the console).
  if (delivery === "header") directives.push(["frame-ancestors", "'none'"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

const escapeAttribute = (value: string): string =>
  value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

/**
 * Puts the policy in a `<meta http-equiv="Content-Security-Policy">` right after `<meta charset>` (or at the
 * start of `<head>`), so it covers every script and style that follows. Throws when the page has no `<head>`.
 */
export function injectCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
  const anchor =
    /<meta\s+charset=[^>]*>/i.exec(html) ?? /<head\b[^>]*>/i.exec(html);
  if (!anchor) throw new Error("The page has no <head> to hold its CSP");
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
