/** The site's name, as it ends every page title. */
export const SITE_NAME = "Broadsheet";

interface Props {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
}

/**
 * The page's `<title>` ("… — Broadsheet") and meta description. React 19 hoists both into `<head>` in the
 * browser; the prerenderer moves them there from the start of the rendered HTML.
 */
export function PageMeta({ title, description }: Props) {
  return (
    <>
      <title>{`${title} — ${SITE_NAME}`}</title>
      <meta name="description" content={description} />
    </>
  );
}
