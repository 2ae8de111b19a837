/** What a Markdown body gives an article: an optional leading `# Title` and plain-text paragraphs. */
export interface MarkdownBody {
  /** Text of a level-1 heading that comes before any paragraph, or null. */
  title: string | null;
  /** 1-based line of that heading, or null. */
  titleLine: number | null;
  paragraphs: string[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)[ \t]*$/;
const RULE = /^\s{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const BLOCKQUOTE = /^\s{0,3}>[ \t]?/;

/**
 * Turns a Markdown body into plain-text paragraphs (article text is rendered as text, never as HTML).
 * Supported: paragraphs (wrapped lines joined), ATX and setext headings (each becomes a paragraph; a leading
 * `# Title` becomes the title), bullet and numbered list items (one paragraph each, bullets as "• ", numbers
 * kept), block quotes (the `>` dropped), fenced code (one paragraph, lines joined), thematic breaks and link
 * definitions (dropped). Inline: emphasis, strong, strikethrough and code lose their marks, links and images
 * keep their text, backslash escapes are resolved; raw HTML stays as literal text. Never throws.
 * @example getMarkdownParagraphs("# Aleppo\n\nRebels **advance**.\n\n- one\n- two") // { title: "Aleppo", titleLine: 1, paragraphs: ["Rebels advance.", "• one", "• two"] }
 */
export function getMarkdownParagraphs(
  body: string,
  firstLine = 1,
): MarkdownBody {
  const result: MarkdownBody = { title: null, titleLine: null, paragraphs: [] };
  let current: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const text = stripInline(current.join(" ")).replace(/\s+/gu, " ").trim();
    if (text !== "") result.paragraphs.push(text);
    current = [];
  };
  const lines = body.split(/\r\n|\r|\n/u);
  lines.forEach((raw, index) => {
    const line = raw.replace(/\u00a0/gu, " ");
    if (fence !== null) {
      if (line.trim().startsWith(fence)) {
        fence = null;
        // Code is literal: keep it out of stripInline by pushing it as is.
        const text = current.join(" ").replace(/\s+/gu, " ").trim();
        if (text !== "") result.paragraphs.push(text);
        current = [];
      } else current.push(line);
      return;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1] ?? "```";
      return;
    }
    if (line.trim() === "" || LINK_DEFINITION.test(line)) {
      flush();
      return;
    }
    if (current.length > 0 && SETEXT_UNDERLINE.test(line)) {
      flush(); // The lines above were a heading: a paragraph of their own.
      return;
    }
    if (RULE.test(line)) {
      flush();
      return;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      const text = stripInline(heading[2] ?? "").trim();
      if (
        heading[1] === "#" &&
        result.title === null &&
        result.paragraphs.length === 0 &&
        text !== ""
      ) {
        result.title = text;
        result.titleLine = firstLine + index;
      } else if (text !== "") result.paragraphs.push(text);
      return;
    }
    const unquoted = line.replace(BLOCKQUOTE, "");
    const item = LIST_ITEM.exec(unquoted);
    if (item) {
      flush();
      const marker = item[1] ?? "";
      current.push(
        /\d/u.test(marker)
          ? `${marker} ${item[2] ?? ""}`
          : `• ${item[2] ?? ""}`,
      );
      return;
    }
    current.push(unquoted.trim());
  });
  flush();
  return result;
}

/**
 * Markdown inline syntax reduced to its text.
 * @example stripInline("A **bold** [link](https://x.org) and `code`") // "A bold link and code"
 */
export function stripInline(text: string): string {
  const kept: string[] = [];
  const keep = (literal: string): string => {
    kept.push(literal);
    return `\ue000${String(kept.length - 1)}\ue001`;
  };
  let out = text
    .replace(/(`+)(.+?)\1(?!`)/gu, (_match, _ticks: string, code: string) =>
      keep(code.trim()),
    )
    .replace(/\\([!-/:-@[-`{-~])/gu, (_match, char: string) => keep(char))
    .replace(/<((?:https?|mailto):[^\s<>]+)>/gu, "$1")
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/gu, "$1");
  const emphasis = [
    /(\*\*\*|___)(?=\S)(.*?\S)\1/gu,
    /(\*\*|__)(?=\S)(.*?\S)\1/gu,
    /(~~)(?=\S)(.*?\S)\1/gu,
    /(\*)(?=[^\s*])(.*?[^\s*])\1/gu,
  ];
  for (const pattern of emphasis) out = out.replace(pattern, "$2");
  // `_` marks emphasis only at word edges, so snake_case and names like al_Achi stay as written.
  out = out.replace(
    /(^|[^\p{L}\p{N}_])_(?=\S)(.*?\S)_(?![\p{L}\p{N}_])/gu,
    "$1$2",
  );
  return out.replace(
    /\ue000(\d+)\ue001/gu,
    (match, index: string) => kept[Number(index)] ?? match,
  );
}
