import type { FeedHref } from "../content/site-url";
import { SITE_NAME } from "../content/site-info";

export { SITE_NAME };

interface Props {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  /** Absolute URL of the page (canonical, og:url); null or absent when the site's URL is unknown. */
  canonical?: string | null;
  /** The site's feeds, linked as `<link rel="alternate">`. */
  feeds?: readonly FeedHref[];
  /** OpenGraph type: `article` for a story, `website` for everything else. */
  type?: "website" | "article";
  /** Story metadata, for `article:published_time` and `author`. */
  published?: string | null;
  author?: string | null;
  /** Asks search engines not to index the page (the 404 and error pages). */
  noindex?: boolean;
}

/**
 * The page's head: `<title>` ("… — Broadsheet"), description, canonical link, OpenGraph tags, the Twitter card
 * type (its title and description fall back to OpenGraph's) and links to the feeds. React 19 hoists them into `<head>` in the browser; the prerenderer moves them there
 * from the start of the rendered HTML. Tags that need an absolute URL are left out without one.
 */
export function PageMeta({
  title,
  description,
  canonical = null,
  feeds = [],
  type = "website",
  published = null,
  author = null,
  noindex = false,
}: Props) {
  return (
    <>
      <title>{`${title} — ${SITE_NAME}`}</title>
      <meta name="description" content={description} />
      {noindex ? <meta name="robots" content="noindex" /> : null}
      {author === null ? null : <meta name="author" content={author} />}
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:type" content={type} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {published === null ? null : (
        <meta property="article:published_time" content={published} />
      )}
      {/* Twitter takes the title and description from og:title and og:description. */}
      <meta name="twitter:card" content="summary" />
      {canonical === null ? null : (
        <>
          <meta property="og:url" content={canonical} />
          <link rel="canonical" href={canonical} />
        </>
      )}
      {feeds.map((feed) => (
        <link
          key={feed.href}
          rel="alternate"
          type={feed.type}
          title={feed.title}
          href={feed.href}
        />
      ))}
    </>
  );
}
