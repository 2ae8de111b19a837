import { getPreferenceAttributes, type Preferences } from "./preferences";

/** Sets (or removes) the `data-*` attributes that apply `preferences` on `root`, normally `<html>`. */
export function applyPreferences(
  root: Element,
  preferences: Preferences,
): void {
  for (const [name, value] of Object.entries(
    getPreferenceAttributes(preferences),
  )) {
    if (value === null) root.removeAttribute(name);
    else if (root.getAttribute(name) !== value) root.setAttribute(name, value);
  }
}
