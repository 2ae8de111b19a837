/**
 * jsdom has `<dialog>` without `showModal()` and `close()`. This stand-in does what tests observe: `open`, the
 * `close` event, and Escape closing a modal dialog. Focus trapping is the browser's job, tested in Chromium.
 */
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  if (typeof proto.showModal === "function") return;
  HTMLDialogElement.prototype.showModal = function showModal(
    this: HTMLDialogElement,
  ) {
    this.setAttribute("open", "");
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      document.removeEventListener("keydown", onKeyDown);
      this.close();
    };
    document.addEventListener("keydown", onKeyDown);
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute("open")) return;
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}
