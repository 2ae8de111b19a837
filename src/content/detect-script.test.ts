import { describe, expect, it } from "vitest";
import { detectScript } from "./detect-script";

describe("detectScript", () => {
  it.each([
    ["سوريا: تحالف المعارضة يعلن", { lang: "ar", dir: "rtl" }],
    ["این یک خبر فارسی است که پیش می‌رود", { lang: "fa", dir: "rtl" }],
    ["חדשות היום בירושלים", { lang: "he", dir: "rtl" }],
    ["東京の天気はいいです", { lang: "ja", dir: "ltr" }],
    ["北京今天下雨", { lang: "zh", dir: "ltr" }],
    ["Syria: rebels advance", { lang: null, dir: "ltr" }],
    ["Новости дня", { lang: null, dir: "ltr" }],
    ["2016 — 42", { lang: null, dir: null }],
  ])("reads %s", (text, guess) => {
    expect(detectScript(text)).toEqual(guess);
  });

  it("leaves the language unset when the non-Latin script is a minority", () => {
    expect(
      detectScript("A long English story that quotes one Arabic word: حلب"),
    ).toEqual({ lang: null, dir: "ltr" });
  });
});
