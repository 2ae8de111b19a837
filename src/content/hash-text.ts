/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units, written in base 36 (one to seven characters).
 * Cheap, dependency-free and stable across runtimes, which is all a content id needs; it is not cryptographic.
 * @example hashText("Aleppo") // "1yfaxjc"
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
