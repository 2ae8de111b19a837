import type { TextDirection } from "./article";
import { getMarkdownParagraphs } from "./markdown-paragraphs";
import type { ParseArticleResult } from "./parse-article";
import { parseArticle } from "./parse-article";
import { parseFrontMatter } from "./parse-front-matter";

// Languages written right to left (ISO 639 primary subtags), for a `lang` given without a `dir`.
const RTL_LANGS = new Set([
  "ar",
  "arc",
  "ckb",
  "dv",
  "fa",
  "he",
  "iw",
  "ks",
  "ku-arab",
  "ps",
  "sd",
  "syr",
  "ug",
  "ur",
  "yi",
]);

/**
 * The direction a language tag implies: "rtl" for Arabic, Hebrew, Persian, Urdu…, "ltr" for any other tag.
 * @example getLangDirection("fa-IR") // "rtl"
 */
export function getLangDirection(lang: string): TextDirection {
  const primary = lang.toLowerCase().split("-")[0] ?? "";
  return RTL_LANGS.has(primary) || /-arab\b/iu.test(lang) ? "rtl" : "ltr";
}

/**
 * Parses a Markdown seed (`*.md`): optional front matter (see `parseFrontMatter`), then a Markdown body (see
 * `getMarkdownParagraphs`). The title is the front matter's `title`, else a leading `# heading`. Front matter
 * `lang`/`dir` override what the script suggests, `summary` replaces the excerpt, and `date`, `author` and
 * `source` are carried on the article. Never throws; problems come back with their line.
 * @example parseMarkdownArticle("---\ntitle: Aleppo\ndate: 2026-11-26\n---\nRebels advance.", { file: "seeds/a.md" }) // { ok: true, article: { title: "Aleppo", date: "2026-11-26", … } }
 */
export function parseMarkdownArticle(
  text: string,
  options: { file: string },
): ParseArticleResult {
  const { file } = options;
  const parsed = parseFrontMatter(text, file);
  if (!parsed.ok) return parsed;
  const { frontMatter, body, bodyLine } = parsed;
  const markdown = getMarkdownParagraphs(body, bodyLine);
  const title = frontMatter.title ?? markdown.title;
  const paragraphs =
    // A `# heading` under a front matter title is a paragraph, unless it only repeats the title.
    frontMatter.title !== null &&
    markdown.title !== null &&
    markdown.title !== frontMatter.title
      ? [markdown.title, ...markdown.paragraphs]
      : markdown.paragraphs;
  if (title === null) {
    return failure(
      file,
      bodyLine,
      'no title: add "title: …" to the front matter or start the body with "# Title"',
    );
  }
  if (paragraphs.length === 0) {
    return failure(
      file,
      markdown.titleLine ?? bodyLine,
      `title "${title}" has no body: add paragraphs after it`,
    );
  }
  // Paragraphs are already one line each: the plain-text parser only has to detect quotes and count words.
  const result = parseArticle([title, ...paragraphs].join("\n\n"), { file });
  if (!result.ok) return result;
  const article = result.article;
  const lang = frontMatter.lang ?? article.lang;
  return {
    ok: true,
    article: {
      ...article,
      lang,
      dir:
        frontMatter.dir ??
        (frontMatter.lang === null
          ? article.dir
          : getLangDirection(frontMatter.lang)),
      excerpt: frontMatter.summary ?? article.excerpt,
      date: frontMatter.date,
      author: frontMatter.author,
      source: frontMatter.source,
    },
  };
}

function failure(
  file: string,
  line: number,
  message: string,
): ParseArticleResult {
  return { ok: false, errors: [{ file, line, message }] };
}
