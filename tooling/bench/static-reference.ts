import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Article } from "../../src/content/article";
import { LIST_PAGE_SIZE } from "../../src/content/data-paths";

// The physical limit a reader could get: hand-written HTML, a little inline CSS, no JavaScript, no data.
const CSS = `
:root { color-scheme: light dark; --text: #1c1b19; --bg: #fbfaf7; --muted: #5c574f; --link: #1a4f8f; }
@media (prefers-color-scheme: dark) { :root { --text: #ecebe7; --bg: #171613; --muted: #b5afa4; --link: #9cc3f5; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: clamp(1.0625rem, 1rem + 0.25vw, 1.1875rem)/1.6 Charter, "Bitstream Charter", Cambria, Georgia, serif; }
header, main { max-inline-size: 65ch; margin-inline: auto; padding: 1rem; }
header { border-block-end: 1px solid var(--muted); font: 700 1.375rem system-ui, sans-serif; }
h1 { font-size: clamp(1.75rem, 1.35rem + 1.6vw, 2.625rem); line-height: 1.2; margin-block: 0 1.5rem; }
h2 { font-size: 1.25rem; line-height: 1.2; margin-block: 0 0.5rem; }
a { color: var(--link); }
ol { padding: 0; list-style: none; }
li { padding-block: 1.5rem; border-block-start: 1px solid var(--muted); }
p { margin-block: 0 1rem; }
`.trim();

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><a href="/">Broadsheet</a></header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The reference page of one article: its title and paragraphs as plain HTML. */
export function renderReferenceArticle(article: Article): string {
  const paragraphs = article.paragraphs
    .map(({ text }) => `<p dir="auto">${escapeHtml(text)}</p>`)
    .join("\n");
  return page(
    article.title,
    `<article>\n<h1 dir="auto">${escapeHtml(article.title)}</h1>\n${paragraphs}\n</article>`,
  );
}

/** The reference list page: the first LIST_PAGE_SIZE stories, each a linked title and its excerpt. */
export function renderReferenceList(articles: readonly Article[]): string {
  const items = articles
    .slice(0, LIST_PAGE_SIZE)
    .map(
      ({ slug, title, excerpt }) =>
        `<li><h2 dir="auto"><a href="/article/${encodeURIComponent(slug)}/">${escapeHtml(title)}</a></h2><p dir="auto">${escapeHtml(excerpt)}</p></li>`,
    )
    .join("\n");
  return page(
    "Latest stories",
    `<h1>Latest stories</h1>\n<ol>\n${items}\n</ol>`,
  );
}

/**
 * Writes the reference site into `outDir`: `index.html`, `article/<slug>/index.html` for each article and the
 * site's icon (`favicon`: every real page has one, and browsers fetch it while the page loads).
 */
export async function writeStaticReference(
  articles: readonly Article[],
  outDir: string,
  favicon: string,
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await copyFile(favicon, join(outDir, "favicon.svg"));
  const files = new Map<string, string>([
    ["index.html", renderReferenceList(articles)],
  ]);
  for (const article of articles)
    files.set(
      join("article", article.slug, "index.html"),
      renderReferenceArticle(article),
    );
  for (const [file, html] of files) {
    const target = join(outDir, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, html);
  }
}
