/**
 * Copies `text` to the clipboard. Resolves false, never rejects, when the browser has no clipboard API (an
 * insecure origin, an old browser) or refuses the write.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
