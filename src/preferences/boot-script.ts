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
 * before the first paint (no flash of the wrong theme). Same bytes on every page, so a Content-Security-Policy
 * can allow it by one hash. It checks each value against the allowed choices with strict equality (as
 * `parsePreferences` does) and never throws, whatever storage holds or whether storage exists at all.
 */
export const BOOT_SCRIPT = `(function(d,o,s,k){try{s=JSON.parse(localStorage.getItem(${JSON.stringify(
  PREFERENCES_KEY,
)}));if(s&&s.v===${String(PREFERENCES_VERSION)})for(k in o)if(o[k].indexOf(s[k])>=0)d.setAttribute("data-"+k.replace(/[A-Z]/g,"-$&").toLowerCase(),s[k])}catch(e){}})(document.documentElement,${JSON.stringify(
  applied,
)})`;
