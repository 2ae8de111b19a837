import { describe, expect, it } from "vitest";
import { getSpeakerType } from "./get-speaker-type";

describe("getSpeakerType", () => {
  it.each([
    "SDF's Manbij Military Council",
    "Army of Conquest",
    "the Syrian Observatory for Human Rights",
    "Ministry of Defence",
    "The Foreign Office",
  ])("types %s as an Organization", (name) => {
    expect(getSpeakerType(name)).toBe("Organization");
  });

  it.each(["Assaad al-Achi", "Nadia Karam", "Theo Armytage", "Ana Pérez"])(
    "types %s as a Person",
    (name) => {
      expect(getSpeakerType(name)).toBe("Person");
    },
  );
});
