import { createHash } from "node:crypto";
import { relative } from "node:path";

/**
 * A CSS Modules `generateScopedName` for the built site: `_` plus 5 base-36 characters of a hash of the module's
 * path (from `root`) and the local name. The same on every build and machine, so the client and server builds
 * agree. Names like `_paragraph_1fk0q_1` appear on every element of every page; short ones keep the HTML, CSS
 * and JS small. Two names that hash alike fail the build instead of sharing styles.
 */
export function createShortClassNames(
  root: string,
): (local: string, file: string) => string {
  const taken = new Map<string, string>();
  return (local, file) => {
    const id = `${relative(root, file.split("?")[0] ?? file)}:${local}`;
    const digest = createHash("sha256").update(id).digest();
    const name = `_${(digest.readUInt32BE(0) % 36 ** 5).toString(36).padStart(5, "0")}`;
    const owner = taken.get(name);
    if (owner !== undefined && owner !== id)
      throw new Error(
        `CSS class names ${owner} and ${id} both shorten to ${name}: rename one`,
      );
    taken.set(name, id);
    return name;
  };
}
