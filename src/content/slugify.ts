import type { Slug } from "./article";
import { hashText } from "./hash-text";

/** Longest slug kept, in code points; longer ones are cut at a dash. */
export const MAX_SLUG_LENGTH = 80;

// Latin letters that carry no combining mark to strip, spelled the way their languages romanise them.
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŀ: "l",
  ŋ: "ng",
  ſ: "s",
};
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['’ʼ](?=[\p{L}\p{N}])/gu;
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const SPECIAL_LATIN = /[ßæœøłđðþıħŀŋſ]/gu;
const NOT_SLUG = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * A readable, URL-safe slug: lower case, Latin diacritics transliterated (`é` → `e`, `ß` → `ss`), letters of
 * other scripts kept as Unicode, everything else turned into single dashes. Never empty: a title with no
 * letter or digit gets `article-` + a hash of the title.
 * @example slugify("Syria: Rebel alliance launches battle") // "syria-rebel-alliance-launches-battle"
 * @example slugify("Ça coûte cher à Zürich") // "ca-coute-cher-a-zurich"
 */
export function slugify(title: string): Slug {
  const slug = title
    .toLowerCase()
    .replace(INNER_APOSTROPHE, "")
    .normalize("NFD")
    .replace(LATIN_WITH_MARKS, "$1")
    .replace(SPECIAL_LATIN, (letter) => LATIN_LETTERS[letter] ?? letter)
    .normalize("NFC")
    .replace(NOT_SLUG, "-")
    .replace(/^-+|-+$/gu, "");
  if (slug === "") return `article-${hashText(title)}`;
  return truncateSlug(slug);
}

function truncateSlug(slug: string): string {
  const points = Array.from(slug);
  if (points.length <= MAX_SLUG_LENGTH) return slug;
  const head = points.slice(0, MAX_SLUG_LENGTH).join("");
  const dash = head.lastIndexOf("-");
  return dash > 0 ? head.slice(0, dash) : head;
}

/** What {@link assignSlugs} needs to know of an article. */
export interface SlugSource {
  file: string;
  title: string;
}

/**
 * Distinct slugs for a set of articles, aligned with the input. Articles are taken in file-name order, so the
 * result does not depend on the order they were loaded in: the first with a given title gets `x`, the next
 * `x-2`, then `x-3`, skipping any suffix that is another article's own slug.
 * @example assignSlugs([{ file: "b.txt", title: "Hi" }, { file: "a.txt", title: "Hi" }]) // ["hi-2", "hi"]
 */
export function assignSlugs(sources: readonly SlugSource[]): Slug[] {
  const bases = sources.map((source) => slugify(source.title));
  const reserved = new Set(bases);
  const taken = new Set<string>();
  const slugs: Slug[] = bases.slice();
  const order = sources
    .map((source, index) => ({ file: source.file, index }))
    .sort((a, b) => compareStrings(a.file, b.file) || a.index - b.index);
  for (const { index } of order) {
    const base = bases[index] ?? "";
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) {
      slug = `${base}-${String(n)}`;
      if (reserved.has(slug)) slug = base;
    }
    taken.add(slug);
    slugs[index] = slug;
  }
  return slugs;
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
