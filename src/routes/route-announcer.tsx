import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";

/**
 * After a client-side navigation to another page (not on first load, not for a change of `#hash` only), moves
 * focus to the new page's `<h1>` without scrolling (scroll restoration decides where the page sits) and
 * announces its title once through a polite live region.
 */
export function RouteAnnouncer() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  const [message, setMessage] = useState("");

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    // React has put the new page's <title> in place by the time effects run.
    setMessage(document.title);
  }, [pathname]);

  return (
    <p role="status" className="visually-hidden">
      {message}
    </p>
  );
}
