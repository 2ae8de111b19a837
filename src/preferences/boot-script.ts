import {
  DEFAULT_PREFERENCES,
  PREFERENCE_CHOICES,
  PREFERENCES_KEY,
  PREFERENCES_VERSION,
} from "./preferences";

/**
 * The values each preference's attribute can take that no stylesheet rule matches: the defaults, and the light
 * theme (the inline CSS is light; `data-theme="light"` only keeps the system's dark theme off).
 */
const PLAIN_VALUES: Readonly<Record<string, unknown>> = {
  ...DEFAULT_PREFERENCES,
  theme: "light",
};

// Only the values that become an attribute (the `system` theme is the absence of `data-theme`), the plain one
// first: the script needs the stylesheet for a value found at a later index.
const applied = Object.fromEntries(
  Object.entries(PREFERENCE_CHOICES).map(([name, choices]) => [
    name,
    (choices as readonly (string | number)[])
      .filter((choice) => choice !== "system")
      .sort(
        (a, b) =>
          Number(b === PLAIN_VALUES[name]) - Number(a === PLAIN_VALUES[name]),
      ),
  ]),
);

/**
 * The inline script the prerenderer puts in every page's `<head>`: it applies the stored preferences to `<html>`
 * before the first paint (no flash of the wrong theme). Same bytes on every page. It checks each value against
 * the allowed choices with strict equality (as `parsePreferences` does) and never throws, whatever storage holds
 * or whether storage exists at all. A stored `null` throws on `s.v`, inside the `try`; `dataset.textSize` is the
 * `data-text-size` attribute. It is an expression whose value is truthy when it set an attribute that a rule of
 * the full stylesheet matches (a value other than `PLAIN_VALUES`): the page then loads those rules before its
 * first paint (tooling/optimize-template.ts). A reader whose stored choices are all plain (say, quotes shown
 * plain, every layout choice at its default) waits for nothing. Written terse (it is in every page's HTML) in the syntax of the app's build target:
 * a browser that cannot parse it never ran the app, so never stored a preference.
 */
export const BOOT_SCRIPT = `((p,s,k,i,a)=>{try{s=JSON.parse(localStorage.getItem(${JSON.stringify(
  PREFERENCES_KEY,
)}));if(s.v===${String(PREFERENCES_VERSION)})for(k in p)~(i=p[k].indexOf(s[k]))&&(document.documentElement.dataset[k]=s[k],a|=i)}catch{}return a})(${JSON.stringify(
  applied,
).replace(/"(\w+)":/g, "$1:")})`;
