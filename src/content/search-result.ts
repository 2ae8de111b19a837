import type { MarkedPiece } from "./mark-matches";

/** One search result, ready to render: the words that matched are marked pieces of text, never HTML. */
export interface SearchResult {
  /** Unique within one result list. */
  key: string;
  title: MarkedPiece[];
  /** The matching paragraph around its first match (the excerpt when the title matched). */
  snippet: MarkedPiece[];
  /** Site path of the article, with `#<paragraph id>` when a paragraph matched. */
  path: string;
  /** Language of the article, when known. */
  lang: string | null;
}
