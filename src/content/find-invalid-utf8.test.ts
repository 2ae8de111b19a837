import { describe, expect, it } from "vitest";
import { findInvalidUtf8, getLineOfOffset } from "./find-invalid-utf8";

describe("findInvalidUtf8", () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xe2, 0x80, 0x9c], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x61, 0xff], 1],
    [[0xc0, 0xaf], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0x61, 0xe2, 0x80], 1],
    [[0xc3, 0x28], 0],
  ])("finds the first bad byte of %j at %i", (bytes, offset) => {
    expect(findInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});

describe("getLineOfOffset", () => {
  it("counts LF, CRLF and lone CR line breaks", () => {
    const bytes = new TextEncoder().encode("a\r\nb\rc\nd");
    expect(
      [0, 3, 5, 7].map((offset) => getLineOfOffset(bytes, offset)),
    ).toEqual([1, 2, 3, 4]);
  });
});
