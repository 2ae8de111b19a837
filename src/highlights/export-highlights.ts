/**
 * Highlights out of and back into the browser: Markdown for reading, and JSON in the W3C Web Annotation model
 * (an AnnotationCollection of Annotations with a TextQuoteSelector) for importing again. Pure.
 */
import {
  DEFAULT_COLOR_NAMES,
  getHighlightId,
  listHighlights,
  parseHighlight,
  type ColorNames,
  type Highlight,
  type HighlightState,
} from "./highlight";

/** Builds the absolute link to a paragraph of an article (`…/article/<slug>/#p-…`). */
export type LinkBuilder = (slug: string, paragraphId: string) => string;

const EXTENSION = "broadsheet";

/** The state as Markdown: one section per article (title, link), each highlight quoted with its colour meaning and note. */
export function exportMarkdown(
  state: HighlightState,
  link: LinkBuilder,
): string {
  const bySlug = new Map<string, Highlight[]>();
  for (const highlight of listHighlights(state)) {
    const list = bySlug.get(highlight.slug) ?? [];
    list.push(highlight);
    bySlug.set(highlight.slug, list);
  }
  const lines = ["# Highlights", ""];
  for (const [slug, highlights] of bySlug) {
    const first = highlights[0];
    if (!first) continue;
    lines.push(`## [${first.title}](${link(slug, "")})`, "");
    for (const highlight of highlights) {
      const quote = highlight.quote.exact.replace(/\s+/g, " ").trim();
      lines.push(
        `> ${quote}`,
        "",
        `— **${state.colorNames[highlight.color]}** (${highlight.color}) · [link](${link(slug, highlight.paragraphId)})`,
      );
      if (highlight.note.trim() !== "")
        lines.push("", `Note: ${highlight.note.trim()}`);
      lines.push("");
    }
  }
  return lines.join("\n");
}

/** The state as a W3C Web Annotation collection; {@link importAnnotations} reads it back losslessly. */
export function exportAnnotations(
  state: HighlightState,
  link: LinkBuilder,
): string {
  const items = listHighlights(state).map((highlight) => ({
    id: `urn:broadsheet:${highlight.id}`,
    type: "Annotation",
    motivation: highlight.note === "" ? "highlighting" : "commenting",
    created: highlight.createdAt,
    body: [
      {
        type: "TextualBody",
        purpose: "tagging",
        value: state.colorNames[highlight.color],
      },
      ...(highlight.note === ""
        ? []
        : [
            {
              type: "TextualBody",
              purpose: "commenting",
              value: highlight.note,
            },
          ]),
    ],
    target: {
      source: link(highlight.slug, ""),
      selector: {
        type: "FragmentSelector",
        value: highlight.paragraphId,
        refinedBy: { type: "TextQuoteSelector", ...highlight.quote },
      },
    },
    [EXTENSION]: {
      slug: highlight.slug,
      title: highlight.title,
      kind: highlight.kind,
      start: highlight.start,
      color: highlight.color,
    },
  }));
  return JSON.stringify(
    {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      label: "Broadsheet highlights",
      total: items.length,
      [EXTENSION]: { colorNames: state.colorNames },
      first: { type: "AnnotationPage", items },
    },
    null,
    2,
  );
}

/** What an import read: the highlights and colour meanings it holds, or why it could not be read. */
export type ImportResult =
  | { ok: true; highlights: Highlight[]; colorNames: ColorNames | null }
  | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readAnnotation(item: unknown): Highlight | null {
  if (!isRecord(item) || !isRecord(item.target)) return null;
  const extension = item[EXTENSION];
  const selector = item.target.selector;
  if (!isRecord(extension) || !isRecord(selector)) return null;
  const quote = selector.refinedBy;
  if (!isRecord(quote) || quote.type !== "TextQuoteSelector") return null;
  const body = Array.isArray(item.body) ? item.body : [];
  const comment: unknown = body.find(
    (entry) => isRecord(entry) && entry.purpose === "commenting",
  );
  const candidate = {
    ...extension,
    paragraphId: selector.value,
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    note: isRecord(comment) ? comment.value : "",
    createdAt: item.created,
    id: "",
  };
  const highlight = parseHighlight(candidate);
  if (!highlight) return null;
  // The id is recomputed from the place, so an edited or foreign id cannot create a duplicate.
  return {
    ...highlight,
    id: getHighlightId(highlight.slug, highlight.paragraphId, highlight.quote),
  };
}

/**
 * Reads a file written by {@link exportAnnotations}. Never throws: a file that is not such a collection, or that
 * holds an annotation it cannot read, is refused as a whole with a reason, so nothing is half-imported.
 */
export function importAnnotations(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not JSON." };
  }
  if (
    !isRecord(value) ||
    value.type !== "AnnotationCollection" ||
    !isRecord(value.first) ||
    !Array.isArray(value.first.items)
  )
    return {
      ok: false,
      error: "The file is not a Web Annotation collection exported here.",
    };
  const highlights: Highlight[] = [];
  for (const [index, item] of value.first.items.entries()) {
    const highlight = readAnnotation(item);
    if (!highlight)
      return {
        ok: false,
        error: `Annotation ${String(index + 1)} cannot be read; nothing was imported.`,
      };
    highlights.push(highlight);
  }
  const extension = value[EXTENSION];
  const names = isRecord(extension) ? extension.colorNames : null;
  let colorNames: ColorNames | null = null;
  if (isRecord(names)) {
    colorNames = { ...DEFAULT_COLOR_NAMES };
    for (const color of Object.keys(
      DEFAULT_COLOR_NAMES,
    ) as (keyof ColorNames)[]) {
      const name = names[color];
      if (typeof name === "string") colorNames[color] = name;
    }
  }
  return { ok: true, highlights, colorNames };
}
