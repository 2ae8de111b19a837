import type { ReactNode } from "react";
import type { ArticleView, ParagraphData } from "../content/article";
import {
  getQuoteCount,
  getQuoteIndexOf,
  isWholeArticle,
} from "../content/article-outline";
import { SITE_LANG } from "../content/site-info";
import { ArticleByline } from "./article-byline";
import { formatReadingTime, formatWordCount } from "./format";
import { HighlightToggle } from "./highlight-toggle";
import { QuotePanel } from "./quote-panel";
import styles from "./reading-view.module.css";
import { StoryHost } from "./story-host";
import type { ParagraphExtras } from "./story-text";

export type { ParagraphExtras } from "./story-text";

/** A press of one of a paragraph's buttons: highlight the paragraph, or its quotes. */
export type ParagraphAction = "toggle" | "quotes";

interface Props {
  /**
   * The whole article, or a prerendered page's outline (its paragraphs' text is on the page): the story then stays
   * the server's HTML until the whole article is given (decision 0023).
   */
  article: ArticleView;
  /** Reading progress (bar and time left), shown in the byline. */
  progress?: ReactNode;
  highlightQuotes: boolean;
  onHighlightQuotesChange: (highlightQuotes: boolean) => void;
  /** Whether the story renders its quotes highlighted; `highlightQuotes` unless the story must stay as prerendered. */
  storyHighlight?: boolean | undefined;
  /** The reader's highlights per paragraph id: segments to render and controls to show. */
  paragraphExtras?: ReadonlyMap<string, ParagraphExtras> | undefined;
  /** The controls of a paragraph `paragraphExtras` does not cover. */
  defaultControls?: ((paragraph: ParagraphData) => ReactNode) | undefined;
  /** Paragraphs whose highlight toggle the reader pressed while the story was still the prerendered page's HTML. */
  pressedParagraphs?: ReadonlySet<string> | undefined;
  /** A press of a paragraph's buttons while the story is still the prerendered page's HTML. */
  onParagraphAction?:
    ((action: ParagraphAction, paragraphId: string) => void) | undefined;
  /** Called when a prerendered story's nodes were lost before it hydrated (its whole article is needed). */
  onStoryMissing?: (() => void) | undefined;
  /** Called once the story's paragraphs are rendered or hydrated. */
  onStoryReady?: (() => void) | undefined;
  /**
   * Fetches the whole article, which then comes as `article`: the "Who said what" panel of an outline asks for it
   * when the reader opens it. Without it, an outline's panel says its quotes could not be loaded.
   */
  loadQuotes?: (() => Promise<unknown>) | undefined;
  /** Shown after the article (the reader's highlight panel and notices). */
  children?: ReactNode;
}

function noWholeArticle(): Promise<never> {
  return Promise.reject(new Error("No whole article to load"));
}

/** An article as the reader reads it: the page's only `<h1>`, a byline, and its paragraphs with quotes marked. */
export function ReadingView({
  article,
  progress,
  highlightQuotes,
  onHighlightQuotesChange,
  storyHighlight = highlightQuotes,
  paragraphExtras,
  defaultControls,
  pressedParagraphs,
  onParagraphAction,
  onStoryMissing,
  onStoryReady,
  loadQuotes = noWholeArticle,
  children,
}: Props) {
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
          <QuotePanel
            count={getQuoteCount(article)}
            index={getQuoteIndexOf(article)}
            onLoad={loadQuotes}
            lang={lang}
          />
        </header>
        <StoryHost
          paragraphs={isWholeArticle(article) ? article.paragraphs : null}
          highlight={storyHighlight}
          extras={paragraphExtras}
          defaultControls={defaultControls}
          pressedParagraphs={pressedParagraphs}
          onParagraphAction={onParagraphAction}
          onMissing={onStoryMissing}
          onReady={onStoryReady}
        />
      </article>
      {children}
    </>
  );
}
