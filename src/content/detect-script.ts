import type { TextDirection } from "./article";

/** What the letters of a text say about its language and direction. */
export interface ScriptGuess {
  /** A BCP 47 tag only when the script all but names the language (Arabic, Hebrew, Greek, Thai…), else null. */
  lang: string | null;
  /** "rtl" when most letters are right-to-left, "ltr" when most are left-to-right, null when there are none. */
  dir: TextDirection | null;
}

// Scripts that name a language well enough for `lang` (the first tag wins when both patterns match).
const SCRIPT_LANGS: readonly (readonly [RegExp, string])[] = [
  [/[پچژگکی]/u, "fa"],
  [/\p{Script=Arabic}/u, "ar"],
  [/\p{Script=Hebrew}/u, "he"],
  [/\p{Script=Greek}/u, "el"],
  [/\p{Script=Thai}/u, "th"],
  [/\p{Script=Hangul}/u, "ko"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "ja"],
  [/\p{Script=Han}/u, "zh"],
];
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;
const BEYOND_LATIN = /[^\s\x20-\u02ff\u2000-\u206f]/u;
/** Letters sampled: enough to decide, bounded so a 5 MB seed costs nothing. */
const SAMPLE = 4000;

/**
 * Guesses direction (by majority of letters) and, where the dominant script implies it, the language.
 * @example detectScript("سوريا: تحالف المعارضة") // { lang: "ar", dir: "rtl" }
 * @example detectScript("Syria: rebels advance") // { lang: null, dir: "ltr" }
 */
export function detectScript(text: string): ScriptGuess {
  const head = text.slice(0, SAMPLE);
  // Fast path: nothing beyond Latin (U+02FF) but punctuation (U+2000–U+206F, no letters) is left-to-right
  // with no language to name.
  if (!BEYOND_LATIN.test(head))
    return { lang: null, dir: LETTER.test(head) ? "ltr" : null };
  let rtl = 0;
  let letters = 0;
  let sample = "";
  for (const char of head) {
    if (!LETTER.test(char)) continue;
    letters += 1;
    if (RTL_LETTER.test(char)) {
      rtl += 1;
      sample += char;
    } else if (char > "\u02ff") {
      sample += char;
    }
  }
  if (letters === 0) return { lang: null, dir: null };
  const dir: TextDirection = rtl * 2 > letters ? "rtl" : "ltr";
  // A language is named only when non-Latin letters are the majority of the text.
  if (sample.length * 2 <= letters) return { lang: null, dir };
  const match = SCRIPT_LANGS.find(([pattern]) => pattern.test(sample));
  return { lang: match ? match[1] : null, dir };
}
