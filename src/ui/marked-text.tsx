import { Fragment } from "react";
import type { MarkedPiece } from "../content/mark-matches";

interface Props {
  pieces: readonly MarkedPiece[];
}

/** Text with the words a search matched in `<mark>`; every piece is rendered as text. */
export function MarkedText({ pieces }: Props) {
  return pieces.map((piece, index) =>
    piece.marked ? (
      <mark key={index}>{piece.text}</mark>
    ) : (
      <Fragment key={index}>{piece.text}</Fragment>
    ),
  );
}
