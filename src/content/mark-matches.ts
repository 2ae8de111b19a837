import { tokenize } from "./search-text";

/** A run of text, marked when it is a word the search matched. Joining every piece gives the text back. */
export interface MarkedPiece {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` into pieces, marking each word whose search term is in `terms`. Never changes the text.
 * @example markMatches("Assad said", ["assad"]) // [{ text: "Assad", marked: true }, { text: " said", marked: false }]
 */
export function markMatches(
  text: string,
  terms: Iterable<string>,
): MarkedPiece[] {
  const wanted = new Set(terms);
  const pieces: MarkedPiece[] = [];
  let at = 0;
  for (const { term, start, end } of tokenize(text)) {
    if (!wanted.has(term)) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/**
 * A window of about `maxLength` characters around the first marked piece, with "…" where text was cut, so a
 * long paragraph shows where it matched. Pieces are cut, never rewritten; marked words are never split.
 */
export function clipAroundMatch(
  pieces: readonly MarkedPiece[],
  maxLength = 200,
): MarkedPiece[] {
  const total = pieces.reduce((sum, piece) => sum + piece.text.length, 0);
  if (total <= maxLength) return [...pieces];
  let offset = 0;
  let matchAt = 0;
  for (const piece of pieces) {
    if (piece.marked) {
      matchAt = offset;
      break;
    }
    offset += piece.text.length;
  }
  const from = Math.max(0, Math.min(matchAt - 60, total - maxLength));
  const to = from + maxLength;
  const clipped: MarkedPiece[] = [];
  let at = 0;
  for (const piece of pieces) {
    const start = at;
    const end = at + piece.text.length;
    at = end;
    if (end <= from || start >= to) continue;
    if (piece.marked) clipped.push(piece);
    else
      clipped.push({
        text: piece.text.slice(Math.max(0, from - start), to - start),
        marked: false,
      });
  }
  if (from > 0) clipped.unshift({ text: "…", marked: false });
  if (to < total) clipped.push({ text: "…", marked: false });
  return clipped;
}
