import type { ArticleData } from "../content/article";
import {
  getArticleJsonLd,
  serializeJsonLd,
} from "../content/get-article-json-ld";

interface Props {
  article: ArticleData;
  /** The page's absolute URL, when the site knows its address. */
  url?: string | null;
}

/**
 * The article's schema.org JSON-LD as a data block. It is never executed, so a strict CSP allows it. React writes
 * a script's text as it is, unescaped: `serializeJsonLd` escapes every `<`, so no article text can end the element.
 */
export function ArticleJsonLd({ article, url = null }: Props) {
  return (
    <script type="application/ld+json">
      {serializeJsonLd(getArticleJsonLd(article, { url }))}
    </script>
  );
}
