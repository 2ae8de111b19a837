/** Build-time settings Vite replaces in the bundle (see `createSiteConfig` in tooling/site-config.ts). */
interface ImportMetaEnv {
  /** The site's origin from SITE_URL (`https://news.example.org`), or "" when it is not set. */
  readonly SITE_URL: string;
}
