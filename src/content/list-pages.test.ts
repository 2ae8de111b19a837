import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { getListPagePath, parseListPageParam } from "./list-pages";

describe("getListPagePath", () => {
  it("puts page 1 at the home page and later pages under /page/<n>/", () => {
    expect(getListPagePath(1)).toBe("/");
    expect(getListPagePath(2)).toBe("/page/2/");
    expect(getListPagePath(500)).toBe("/page/500/");
  });
});

describe("parseListPageParam", () => {
  it("rejects page 1 (it lives at /), zero, signs, leading zeros and words", () => {
    for (const param of ["1", "0", "-2", "+2", "02", "2.0", "x", "", " 2"])
      expect(parseListPageParam(param)).toBeNull();
    expect(parseListPageParam(undefined)).toBeNull();
  });

  test.prop([fc.integer({ min: 2, max: 99_999_999 })])(
    "reads back the page number of every path it makes",
    (page) => {
      const param = /^\/page\/(\d+)\/$/.exec(getListPagePath(page))?.[1];
      expect(parseListPageParam(param)).toBe(page);
    },
  );
});
