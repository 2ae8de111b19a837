import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { findDashDialogue } from "./dash-dialogue";
import { newsText } from "./test-arbitraries";

const spoken = (text: string): string[] =>
  findDashDialogue(text).map((quote) =>
    text
      .slice(quote.openIndex + quote.openMark.length, quote.closeIndex)
      .trim(),
  );

describe("findDashDialogue", () => {
  it("takes the words before a narrator's aside led by a reporting verb", () => {
    expect(spoken("—No tenemos miedo —dijo Rosa Martínez.")).toEqual([
      "No tenemos miedo",
    ]);
  });

  it("resumes the speech after an aside closed by a dash", () => {
    expect(
      spoken("—Ya no queda nada —dijo el pescador—. Todo se lo llevó el mar."),
    ).toEqual(["Ya no queda nada", "Todo se lo llevó el mar."]);
  });

  it("reads an indented paragraph the same, and never takes its opening dash for an aside", () => {
    expect(spoken(" —No tenemos miedo —dijo Rosa Martínez.")).toEqual([
      "No tenemos miedo",
    ]);
    expect(spoken(" —ya no queda nada —dijo él.")).toEqual([
      "ya no queda nada",
    ]);
    // Found by fast-check (seed 1780974195): the opening dash read as an aside gave a piece ending before it began.
    expect(findDashDialogue("\t—sagte")).toEqual([]);
  });

  it("marks every piece closed, since the aside or the paragraph end closes it", () => {
    expect(
      findDashDialogue("—Não sei —respondeu ela—, mas vou tentar.").every(
        (quote) => quote.closed === true,
      ),
    ).toBe(true);
  });

  it("ignores dash-led lines with no reporting aside, and dashes inside sentences", () => {
    expect(findDashDialogue("—Additional reporting by Jane Doe.")).toEqual([]);
    expect(findDashDialogue("— No space after the dash —dijo él.")).toEqual([]);
    expect(
      findDashDialogue("The plan — announced on Monday — was dropped."),
    ).toEqual([]);
  });

  test.prop([newsText])(
    "pieces are in order, inside the text and never overlap",
    (text) => {
      let last = 0;
      for (const quote of findDashDialogue(text)) {
        expect(quote.openIndex).toBeGreaterThanOrEqual(last);
        expect(quote.closeIndex).toBeGreaterThanOrEqual(quote.openIndex);
        expect(quote.closeIndex).toBeLessThanOrEqual(text.length);
        last = quote.closeIndex;
      }
    },
  );
});
