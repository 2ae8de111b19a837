import { useState, type ReactNode } from "react";
import type { ArticleData } from "../content/article";
import { SITE_LANG } from "../content/site-info";
import { ArticleByline } from "./article-byline";
import type { OverlaySegment } from "../highlights/overlay-segments";
import { ArticleParagraph } from "./article-paragraph";
import { copyText } from "./copy-text";
import { formatReadingTime, formatWordCount } from "./format";
import { HighlightToggle } from "./highlight-toggle";
import { QuotePanel } from "./quote-panel";
import styles from "./reading-view.module.css";

interface Props {
  article: ArticleData;
  /** Reading progress (bar and time left), shown in the byline. */
  progress?: ReactNode;
  highlightQuotes: boolean;
  onHighlightQuotesChange: (highlightQuotes: boolean) => void;
  /** The reader's highlights per paragraph id: segments to render and controls to show. */
  paragraphExtras?: ReadonlyMap<string, ParagraphExtras> | undefined;
  /** Shown after the article (the reader's highlight panel and notices). */
  children?: ReactNode;
}

/** What the reader's own highlights add to one paragraph. */
export interface ParagraphExtras {
  overlay?: readonly OverlaySegment[] | undefined;
  controls?: ReactNode;
}

/** An article as the reader reads it: the page's only `<h1>`, a byline, and its paragraphs with quotes marked. */
export function ReadingView({
  article,
  progress,
  highlightQuotes,
  onHighlightQuotesChange,
  paragraphExtras,
  children,
}: Props) {
  const [announcement, setAnnouncement] = useState("");

  function handleCopyLink(url: string) {
    // Emptying the region first makes a second "Link copied" in a row a change that is announced again.
    setAnnouncement("");
    void copyText(url).then((copied) => {
      if (copied) setAnnouncement("Link copied");
    });
  }

  // The article element carries the story's language and direction; the byline and controls, in the site's
  // language, say so themselves.
  const lang = article.lang ?? undefined;
  return (
    <>
      <article
        className={styles.article}
        lang={lang}
        dir={article.dir ?? undefined}
      >
        <header className={styles.header}>
          <h1 className={styles.title} lang={lang} dir="auto" tabIndex={-1}>
            {article.title}
          </h1>
          <ArticleByline
            author={article.author}
            source={article.source}
            date={article.date}
            className={styles.credit}
          />
          <div className={styles.byline} lang={SITE_LANG} dir="ltr">
            <p className={styles.meta}>
              {`${formatWordCount(article.wordCount)} · ${formatReadingTime(article.readingMinutes)}`}
            </p>
            {progress}
            <HighlightToggle
              pressed={highlightQuotes}
              onPressedChange={onHighlightQuotesChange}
            />
          </div>
          {/* The panel's own words are the site's; it marks the quoted words with the article's lang. */}
          <div lang={SITE_LANG} dir="ltr">
            <QuotePanel index={article.quoteIndex} lang={lang} />
          </div>
        </header>
        <div>
          {article.paragraphs.map((paragraph) => (
            <ArticleParagraph
              key={paragraph.id}
              paragraph={paragraph}
              highlight={highlightQuotes}
              onCopyLink={handleCopyLink}
              overlay={paragraphExtras?.get(paragraph.id)?.overlay}
              controls={paragraphExtras?.get(paragraph.id)?.controls}
            />
          ))}
        </div>
      </article>
      {children}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
