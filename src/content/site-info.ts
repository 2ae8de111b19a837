/** The site's name: it ends every page title and names the feeds. */
export const SITE_NAME = "Broadsheet";

/** What the site is, for the home page's description and the feeds. */
export const SITE_DESCRIPTION =
  "The latest stories, with every quotation marked where it stands and who said it.";

/** Language of the site's own words (navigation, labels); an article may declare its own. */
export const SITE_LANG = "en";

/** One of the site's feeds: its file (relative to the site root), media type and name for `<link title>`. */
export interface FeedLink {
  path: string;
  type: string;
  title: string;
}

/** Every feed the build writes, in the order pages link them (RSS first: what most readers look for). */
export const FEEDS: readonly FeedLink[] = [
  { path: "feed.xml", type: "application/rss+xml", title: "Broadsheet (RSS)" },
  {
    path: "atom.xml",
    type: "application/atom+xml",
    title: "Broadsheet (Atom)",
  },
  {
    path: "feed.json",
    type: "application/feed+json",
    title: "Broadsheet (JSON Feed)",
  },
];

/** How many of the newest articles a feed carries, so a feed never grows with the archive. */
export const FEED_LIMIT = 50;
