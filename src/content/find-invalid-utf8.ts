/**
 * Byte offset of the first byte that breaks UTF-8 (a bad lead or continuation byte, an overlong form, a
 * surrogate, a code point above U+10FFFF, or a sequence cut off by the end), or -1 when the bytes are valid.
 * Used to give an invalid seed a line number; validity itself is decided by `TextDecoder` with `fatal`.
 * @example findInvalidUtf8(new Uint8Array([0x61, 0xff])) // 1
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;
    const second = bytes[index + 1] ?? 0;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, no surrogates, ≤ U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (length > 1 && (second < low || second > high)) return index;
    for (let next = index + 2; next < index + length; next += 1) {
      const byte = bytes[next] ?? 0;
      if (byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

/**
 * 1-based line number of a byte offset, counting LF, CRLF and lone CR line breaks before it.
 * @example getLineOfOffset(new TextEncoder().encode("a\nb"), 2) // 2
 */
export function getLineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a))
      line += 1;
  }
  return line;
}
