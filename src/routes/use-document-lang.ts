import { useEffect } from "react";
import { SITE_LANG } from "../content/site-info";

/**
 * Keeps `<html lang>` on the page's language (an article's own, else the site's) after client-side
 * navigation; the prerenderer writes the same value into each page's HTML.
 */
export function useDocumentLang(lang: string | null): void {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang ?? SITE_LANG;
    return () => {
      root.lang = SITE_LANG;
    };
  }, [lang]);
}
