import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { getSpeakerSlug } from "./speaker";

describe("getSpeakerSlug", () => {
  it("is the slug of the name", () => {
    expect(getSpeakerSlug("Assaad al-Achi")).toBe("assaad-al-achi");
    expect(getSpeakerSlug("Ana Pérez")).toBe("ana-perez");
  });

  it("never takes the index's own file name", () => {
    expect(getSpeakerSlug("Index")).toBe("speaker-index");
  });

  it("says speaker, not article, for a name with no letters", () => {
    expect(getSpeakerSlug("!!!")).toMatch(/^speaker-/);
  });

  test.prop([fc.string({ maxLength: 40 })])(
    "is never empty and is safe in a path",
    (name) => {
      const slug = getSpeakerSlug(name);
      expect(slug).not.toBe("");
      expect(slug).not.toBe("index");
      expect(slug).not.toMatch(/[/\s?#%]/);
    },
  );
});
