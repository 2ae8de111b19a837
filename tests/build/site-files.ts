import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ArticleData, Segment } from "../../src/content/article";
import { getArticleDataPath } from "../../src/content/data-paths";

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"),
    )
    .sort();
}

/** Text escaped the way React escapes text and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#x27;");
}

/** The article exactly as the build serves it to the browser. */
export async function readArticleData(
  outDir: string,
  slug: string,
): Promise<ArticleData> {
  return JSON.parse(
    await readFile(join(outDir, getArticleDataPath(slug)), "utf8"),
  ) as ArticleData;
}

/** Every text run of the segments, quotes included, depth first. */
export function collectTexts(segments: readonly Segment[]): string[] {
  return segments.flatMap((segment) =>
    segment.type === "text" ? [segment.text] : collectTexts(segment.children),
  );
}

/** Every speaker named by a quote segment, nested quotes included. */
export function collectSpeakers(segments: readonly Segment[]): string[] {
  return segments.flatMap((segment) =>
    segment.type === "text"
      ? []
      : [
          ...(segment.speaker === null ? [] : [segment.speaker]),
          ...collectSpeakers(segment.children),
        ],
  );
}

/** The text content of the first element matching `<tag …>…</tag>` (no nesting of the same tag). */
export function getElementHtml(html: string, tag: string): string | null {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return match?.[1] ?? null;
}
