/** One rule of a `_headers` file (Netlify, Cloudflare Pages): a path pattern and the headers it adds. */
export interface HeaderRule {
  /** Absolute URL path; `*` matches any run of characters, `/` included. */
  path: string;
  headers: [name: string, value: string][];
}

/** Hashed build output: the file name changes whenever the content does. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else: the browser may store it but must revalidate it with the host before each use. */
export const REVALIDATE = "public, max-age=0, must-revalidate";

/** What the site's `_headers` is made from. */
export interface SiteHeaderOptions {
  /** `/` or `/prefix/`. */
  basePath: string;
  /** Names of the entries at the top of the built site (`assets`, `index.html`, `data`, `sw.js`, …). */
  topLevelEntries: readonly string[];
  /** The Content-Security-Policy to send as a header. */
  contentSecurityPolicy: string;
}

/** The security headers every response gets. */
export function getSecurityHeaders(
  contentSecurityPolicy: string,
): [string, string][] {
  return [
    ["Content-Security-Policy", contentSecurityPolicy],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    [
      "Permissions-Policy",
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
  ];
}

/**
 * The rules of the site's `_headers`: security headers on every path, `immutable` on `assets/`, and
 * revalidation on everything else. Cache rules never overlap (both hosts join duplicate headers with a comma),
 * so each top-level entry other than `assets` gets its own rule.
 */
export function createSiteHeaderRules({
  basePath,
  topLevelEntries,
  contentSecurityPolicy,
}: SiteHeaderOptions): HeaderRule[] {
  const entries = [...new Set(topLevelEntries)]
    .filter((name) => name !== "assets" && name !== "_headers")
    .sort();
  return [
    {
      path: `${basePath}*`,
      headers: getSecurityHeaders(contentSecurityPolicy),
    },
    { path: `${basePath}assets/*`, headers: [["Cache-Control", IMMUTABLE]] },
    { path: basePath, headers: [["Cache-Control", REVALIDATE]] },
    ...entries.map((name): HeaderRule => ({
      path: name.includes(".") ? `${basePath}${name}` : `${basePath}${name}/*`,
      headers: [["Cache-Control", REVALIDATE]],
    })),
  ];
}

/** Renders rules in the `_headers` format: a path line, then one indented `Name: value` line per header. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(
      (rule) =>
        `${rule.path}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}`).join("\n")}\n`,
    )
    .join("");
}

/**
 * Parses a `_headers` file. Blank lines and `#` comments are skipped; a header line before any path, or one
 * without a colon, is an error naming its line.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      return;
    }
    const colon = trimmed.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon <= 0)
      throw new Error(
        `_headers:${String(index + 1)}: expected "Name: value" under a path`,
      );
    rule.headers.push([
      trimmed.slice(0, colon).trim(),
      trimmed.slice(colon + 1).trim(),
    ]);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`);
}

/**
 * The headers the rules give a URL path, in rule order; a header set by several rules is joined with `, `,
 * as Netlify and Cloudflare Pages do.
 */
export function getHeadersFor(
  rules: readonly HeaderRule[],
  pathname: string,
): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternToRegExp(rule.path).test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(
        key,
        previous === undefined ? value : `${previous}, ${value}`,
      );
    }
  }
  return headers;
}
