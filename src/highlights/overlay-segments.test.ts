import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Segment } from "../content/article";
import { getSegmentsText } from "../content/segment-paragraph";
import { overlaySegments, type OverlaySegment } from "./overlay-segments";
import { getQuoteRanges } from "./quote-ranges";

const segments: Segment[] = [
  { type: "text", text: "He said " },
  {
    type: "quote",
    quoteId: "q1",
    kind: "speech",
    speaker: "Ali",
    open: "“",
    close: "”",
    children: [{ type: "text", text: "we will win" }],
  },
  { type: "text", text: " today." },
];
const TEXT = getSegmentsText(segments);

function joinText(list: readonly OverlaySegment[]): string {
  return list
    .map((segment) =>
      segment.type === "quote"
        ? segment.open + joinText(segment.children) + segment.close
        : segment.text,
    )
    .join("");
}

function pieces(list: readonly OverlaySegment[]): string[] {
  return list.flatMap((segment) =>
    segment.type === "highlight"
      ? [`${segment.first ? "*" : ""}${segment.text}`]
      : segment.type === "quote"
        ? pieces(segment.children)
        : [],
  );
}

describe("overlaySegments", () => {
  it("splits text where a highlight starts and ends, across a quote", () => {
    const start = TEXT.indexOf("said");
    const end = TEXT.indexOf(" win");
    const result = overlaySegments(segments, [
      { id: "h-1", start, end, color: "yellow", label: "Important" },
    ]);
    expect(pieces(result)).toEqual(["*said ", "we will"]);
    expect(joinText(result)).toBe(TEXT);
  });

  test.prop([fc.nat({ max: TEXT.length }), fc.nat({ max: TEXT.length })])(
    "always joins back to the paragraph text",
    (a, b) => {
      const [start, end] = a < b ? [a, b] : [b, a];
      const result = overlaySegments(segments, [
        { id: "h", start, end, color: "blue", label: "Question" },
      ]);
      expect(joinText(result)).toBe(TEXT);
    },
  );
});

describe("getQuoteRanges", () => {
  it("gives the words of each speech quote, without the marks", () => {
    const [range] = getQuoteRanges(segments);
    expect(range && TEXT.slice(range.start, range.end)).toBe("we will win");
    expect(range?.speaker).toBe("Ali");
  });
});
