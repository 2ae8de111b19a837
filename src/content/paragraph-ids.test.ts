import { describe, expect, it } from "vitest";
import { hashText } from "./hash-text";
import { createParagraphIds } from "./paragraph-ids";

describe("hashText", () => {
  it("is a deterministic base-36 FNV-1a hash", () => {
    expect(hashText("Aleppo")).toBe("1yfaxjc");
    expect(hashText("")).toBe((0x811c9dc5).toString(36));
  });
});

describe("createParagraphIds", () => {
  it("derives ids from the text alone", () => {
    const [first] = createParagraphIds(["Alpha."]);
    expect(createParagraphIds(["Other.", "Alpha."])[1]).toBe(first);
    expect(first).toMatch(/^p-[0-9a-z]{1,7}$/u);
  });

  it("numbers repeated paragraphs in order", () => {
    const ids = createParagraphIds(["Same.", "Other.", "Same.", "Same."]);
    expect(ids[2]).toBe(`${ids[0] ?? ""}-2`);
    expect(ids[3]).toBe(`${ids[0] ?? ""}-3`);
    expect(new Set(ids).size).toBe(4);
  });
});
