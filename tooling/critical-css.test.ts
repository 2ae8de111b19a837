import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { extractCriticalCss } from "./critical-css";
import { readPageShape } from "./page-shape";

// A page whose one element has every class in `names` (and content): as the build reads pages.
const on = (...names: string[]) =>
  readPageShape(`<div class="${names.join(" ")}">text</div>`);

describe("extractCriticalCss", () => {
  it("keeps the rules of classes on the page and drops those of classes it does not use", () => {
    const css = "._title{font-size:2rem}._dialog{position:fixed}";
    expect(extractCriticalCss(css, on("_title"))).toBe(
      "._title{font-size:2rem}",
    );
  });

  it("keeps rules a first paint may need without any class: elements, ids, the system's dark theme", () => {
    const css =
      "body{background:var(--bg);margin:0}#main{padding:1rem}@media (prefers-color-scheme:dark){:root:not([data-theme]){--bg:#000}}";
    expect(extractCriticalCss(css, on())).toBe(css);
  });

  it("leaves the rules of stored preferences to the full stylesheet, which the page then loads before its paint", () => {
    const css =
      ':root{--bg:#fff;--scale:1}:root[data-theme=dark]{--bg:#000}:root[data-text-size="5"]{--scale:1.25}body{background:var(--bg);font-size:calc(1rem*var(--scale))}';
    expect(extractCriticalCss(css, on())).toBe(
      ":root{--bg:#fff;--scale:1}body{background:var(--bg);font-size:calc(1rem*var(--scale))}",
    );
  });

  it("needs a stored preference only where :root itself has the attribute, not elsewhere in the selector", () => {
    const css =
      ":root:not([data-theme]) body[data-state=ready]{color:red}:root[data-theme=dark] body{color:#fff}";
    expect(extractCriticalCss(css, on())).toBe(
      ":root:not([data-theme]) body[data-state=ready]{color:red}",
    );
  });

  it("keeps only the custom properties some kept rule reads, directly or through another one, in every block, and every other property", () => {
    const css =
      ":root{--text:#111;--size:1rem;--line:calc(var(--size)*1.5);--mark:#ff0}@media (prefers-color-scheme:dark){:root:not([data-theme]){--text:#eee;--mark:#440}}body{color:var(--text);line-height:var(--line)}h1{text-wrap:balance}._mark{background:var(--mark)}";
    expect(extractCriticalCss(css, on())).toBe(
      ":root{--text:#111;--size:1rem;--line:calc(var(--size)*1.5)}@media (prefers-color-scheme:dark){:root:not([data-theme]){--text:#eee}}body{color:var(--text);line-height:var(--line)}h1{text-wrap:balance}",
    );
  });

  it("leaves to the full stylesheet what only a reader's action shows (hover, focus, press), not a link's target", () => {
    const css =
      "._a{color:red}._a:hover{color:#00f}._a:focus-visible{outline:2px solid}p:focus-within ._a{color:green}._a:active{color:#000}._a:target{color:gray}";
    expect(extractCriticalCss(css, on("_a"))).toBe(
      "._a{color:red}._a:target{color:gray}",
    );
  });

  it("needs every class a selector names (descendant or compound), but not those inside :not() or :is()", () => {
    const css =
      "._a ._b{margin:0}._a._c{padding:0}._a:not(._d){color:red}._a:is(._e,._f){color:#00f}";
    expect(extractCriticalCss(css, on("_a", "_b"))).toBe(
      "._a ._b{margin:0}._a:not(._d){color:red}._a:is(._e,._f){color:#00f}",
    );
  });

  it("keeps a rule on an ARIA state or emptiness only when an element is served with its class in that state", () => {
    const page = readPageShape(
      '<button class="_toggle" aria-pressed="true">Quotes</button><button class="_button" aria-pressed="false">Paragraph 1</button><div class="_open" aria-expanded="false"></div><div role="alert" class="_alert"></div>',
    );
    const css =
      '._toggle[aria-pressed=true]{color:red}._button[aria-pressed=true]{color:red}._open[aria-expanded=true]:after{content:"▾"}._alert:not(:empty){border:1px solid}._alert:empty{display:none}._button[aria-label]{color:green}._toggle ._button[aria-pressed=false]{color:#00f}';
    expect(extractCriticalCss(css, page)).toBe(
      "._toggle[aria-pressed=true]{color:red}._alert:empty{display:none}._button[aria-label]{color:green}._toggle ._button[aria-pressed=false]{color:#00f}",
    );
  });

  it("keeps a rule whole when one of its selectors may match", () => {
    expect(extractCriticalCss("._gone,._here{margin:0}", on("_here"))).toBe(
      "._gone,._here{margin:0}",
    );
  });

  it("prunes inside media queries and drops a media query left empty", () => {
    const css =
      "@media (width>=40rem){._a{padding:2rem}._b{padding:1rem}}@media print{._b{display:none}}";
    expect(extractCriticalCss(css, on("_a"))).toBe(
      "@media (width>=40rem){._a{padding:2rem}}",
    );
  });

  it("leaves print and motion-preference rules to the full stylesheet: nothing prints or moves at first paint", () => {
    const css =
      "@media print{._a{display:none}}@media (prefers-reduced-motion:reduce){*{transition-duration:.01ms}}@media (prefers-reduced-motion:no-preference) and (width>=40rem){html{scroll-behavior:smooth}}@media not print{._a{color:red}}@media (prefers-color-scheme:dark){:root{--bg:#000}}._a{background:var(--bg)}";
    expect(extractCriticalCss(css, on("_a"))).toBe(
      "@media not print{._a{color:red}}@media (prefers-color-scheme:dark){:root{--bg:#000}}._a{background:var(--bg)}",
    );
  });

  it("keeps the keyframes of kept rules only", () => {
    const css =
      "@keyframes _in{0%{opacity:0}to{opacity:1}}@keyframes _flash{0%{color:red}}._a{animation:.2s _in}._b{animation-name:_flash}";
    const critical = extractCriticalCss(css, on("_a"));
    expect(critical).toContain("@keyframes _in");
    expect(critical).not.toContain("_flash");
  });

  it("keeps custom properties and var() references as written", () => {
    const css =
      "._a{margin-block:calc(-1 * var(--space-4)) var(--space-4);color:var(--text,#000)}";
    expect(extractCriticalCss(css, on("_a"))).toBe(
      "._a{margin-block:calc(-1 * var(--space-4)) var(--space-4);color:var(--text,#000)}",
    );
  });

  const className = fc.constantFrom<string>("_a", "_b", "_c", "_d", "_e", "_f");
  const stylesheet = fc
    .uniqueArray(className, { minLength: 1 })
    .map((names) =>
      names.map((name, index) => `.${name}{order:${String(index)}}`).join(""),
    );

  test.prop([stylesheet, fc.uniqueArray(className)])(
    "a class's rule is in the critical CSS exactly when the page uses that class",
    (css, used) => {
      const critical = extractCriticalCss(css, on(...used));
      for (const rule of css.split("}").filter(Boolean)) {
        const name = rule.slice(1, rule.indexOf("{"));
        expect(critical.includes(`${rule}}`)).toBe(used.includes(name));
      }
    },
  );

  test.prop([stylesheet, fc.uniqueArray(className), fc.uniqueArray(className)])(
    "a page with more classes never gets less CSS, and extracting twice changes nothing",
    (css, some, more) => {
      const small = extractCriticalCss(css, on(...some));
      const large = extractCriticalCss(css, on(...some, ...more));
      for (const rule of small.split("}").filter(Boolean))
        expect(large).toContain(`${rule}}`);
      expect(extractCriticalCss(small, on(...some))).toBe(small);
    },
  );
});
