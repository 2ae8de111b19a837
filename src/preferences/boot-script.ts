import {
  PREFERENCE_CHOICES,
  PREFERENCES_KEY,
  PREFERENCES_VERSION,
} from "./preferences";

// Only the values that become an attribute: the `system` theme is the absence of `data-theme`.
const applied = Object.fromEntries(
  Object.entries(PREFERENCE_CHOICES).map(([name, choices]) => [
    name,
    (choices as readonly (string | number)[]).filter(
      (choice) => choice !== "system",
    ),
  ]),
);

/**
 * The inline script the prerenderer puts in every page's `<head>`: it applies the stored preferences to `<html>`
 * before the first paint (no flash of the wrong theme). Same bytes on every page. It checks each value against
 * the allowed choices with strict equality (as `parsePreferences` does) and never throws, whatever storage holds
 * or whether storage exists at all. A stored `null` throws on `s.v`, inside the `try`; `dataset.textSize` is the
 * `data-text-size` attribute. It is an expression whose value is truthy when it set an attribute: the page then
 * loads the rules of those preferences before its first paint (tooling/optimize-template.ts). Written terse (it is in every page's HTML) in the syntax of the app's build target:
 * a browser that cannot parse it never ran the app, so never stored a preference.
 */
export const BOOT_SCRIPT = `((p,s,k,a)=>{try{s=JSON.parse(localStorage.getItem(${JSON.stringify(
  PREFERENCES_KEY,
)}));if(s.v===${String(PREFERENCES_VERSION)})for(k in p)p[k].includes(s[k])&&(a=document.documentElement.dataset[k]=s[k])}catch{}return a})(${JSON.stringify(
  applied,
).replace(/"(\w+)":/g, "$1:")})`;
