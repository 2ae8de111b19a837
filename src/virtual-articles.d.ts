/** Types of the module the articles plugin (`tooling/vite-plugin-articles.ts`) generates. */
declare module "virtual:articles" {
  /** Hash of every data file of this build; changes whenever any article or list page changes. */
  export const contentVersion: string;
  /** Fetches the build's data files (`data/list/<n>.json`, `data/article/<slug>.json`) under the base URL. */
  // An ambient module cannot `import` a relative path; an import type is the only way to name the interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see the line above
  export const source: import("./content/content-source").ContentSource;
}
