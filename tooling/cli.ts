import type { Article } from "../src/content/article";
import { formatParseError } from "../src/content/catalog";
import { isMainModule } from "./is-main-module";
import { loadSeeds } from "./load-seeds";

/** Where the command line writes; a parameter so tests can capture it. */
export interface CliOutput {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Printed by `--help`, and on a usage error. */
export const USAGE = `Usage: npm run --silent inspect -- <file-or-folder>...

Prints what the parser sees in each seed, one JSON object per line:
  { file, title, slug, lang, dir, wordCount, readingMinutes, excerpt,
    date, author, source (Markdown seeds only: front matter, null when not given),
    paragraphs: [{ id, index, text, speakers,
                   quotes: [{ id, text, speaker, resolvedSpeaker, kind, start, end, outerStart, outerEnd, depth, of, closed }] }] }
A folder stands for every *.txt and *.md file in it, in name order. Offsets are UTF-16 indices into the paragraph text.
Problems go to stderr as "file:line: reason"; the exit code is then 1, and the good seeds are still printed.`;

/**
 * Runs the command line (`inspect <paths>…`, or `--help`) and resolves to the process exit code:
 * 0 when every seed parsed, 1 when any seed has a problem, 2 on a usage error.
 */
export async function runCli(
  args: readonly string[],
  output: CliOutput,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    output.stdout(USAGE);
    return 0;
  }
  const [command, ...paths] = args;
  if (command !== "inspect" || paths.length === 0) {
    output.stderr(
      command === "inspect"
        ? "inspect: name at least one seed file or folder"
        : `unknown command: ${command ?? "(none)"}`,
    );
    output.stderr(USAGE);
    return 2;
  }
  const { articles, errors } = await loadSeeds(paths);
  for (const article of articles)
    output.stdout(JSON.stringify(toInspectRecord(article)));
  for (const error of errors) output.stderr(formatParseError(error));
  return errors.length > 0 ? 1 : 0;
}

/**
 * The `inspect` view of an article: what an editor checks before publishing (segments are left out: they
 * follow from the text and the quote offsets).
 */
export function toInspectRecord(article: Article): object {
  return {
    file: article.file,
    title: article.title,
    slug: article.slug,
    lang: article.lang,
    dir: article.dir,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    excerpt: article.excerpt,
    // Only Markdown seeds have front matter; plain-text records keep their shape.
    ...(article.date !== undefined && {
      date: article.date,
      author: article.author ?? null,
      source: article.source ?? null,
    }),
    paragraphs: article.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      index: paragraph.index,
      text: paragraph.text,
      speakers: paragraph.speakers,
      quotes: paragraph.quotes.map((quote) => ({
        id: quote.id,
        text: quote.text,
        speaker: quote.speaker,
        resolvedSpeaker: quote.resolvedSpeaker,
        kind: quote.kind,
        start: quote.start,
        end: quote.end,
        outerStart: quote.outerStart,
        outerEnd: quote.outerEnd,
        depth: quote.depth,
        of: quote.of,
        closed: quote.closed,
      })),
    })),
  };
}

if (isMainModule(import.meta.url)) {
  const write = (stream: NodeJS.WriteStream) => (line: string) =>
    stream.write(`${line}\n`);
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
  });
}
