import { describe, expect, it } from "vitest";
import { createPageShape, readPageShape } from "./page-shape";

const shapesOf = (html: string) => [...readPageShape(html).elements.values()];

describe("readPageShape", () => {
  it("reads every class of every class attribute, and nothing from other attributes or text", () => {
    const html = `<div class="_a  _b"><p class="visually-hidden" data-class="_x">class="_y" in text</p><i class=""></i></div>`;
    expect(readPageShape(html).classes).toEqual(
      new Set(["_a", "_b", "visually-hidden"]),
    );
  });

  it("reads each element's classes, its ARIA states and whether it is empty, each kind of element once", () => {
    const html =
      '<button class="_b _a" aria-pressed="true" aria-label="One">One</button><button class="_a _b" aria-pressed="true" aria-label="Two">Two</button><div role="alert" class="_alert"></div><input class="_in" type="search"/>';
    expect(shapesOf(html)).toEqual([
      {
        classes: ["_a", "_b"],
        states: { "aria-pressed": "true" },
        empty: false,
      },
      { classes: ["_alert"], states: {}, empty: true },
      { classes: ["_in"], states: {}, empty: true },
    ]);
  });

  it("skips what a closed <details> hides behind its summary, and what scripts and styles hold", () => {
    const html =
      '<details class="_panel"><summary class="_summary">Who said what</summary><ol class="_list"></ol></details>' +
      "<script>document.body.insertAdjacentHTML('beforeend','<p class=\"_late\"></p>')</script><style>._x{color:red}</style>" +
      '<details open class="_panel"><summary class="_summary">More</summary><p class="_shown">Text</p></details>';
    expect(readPageShape(html).classes).toEqual(
      new Set(["_panel", "_summary", "_shown"]),
    );
  });

  it("counts an element holding only comments as empty, as :empty does", () => {
    expect(shapesOf('<span class="_sep"><!-- --></span>')).toEqual([
      { classes: ["_sep"], states: {}, empty: true },
    ]);
  });

  it("adds pages up into one shape", () => {
    const shape = createPageShape();
    readPageShape('<p class="_a" aria-expanded="false">A</p>', shape);
    readPageShape('<p class="_a" aria-expanded="true">B</p>', shape);
    expect([...shape.elements.values()].map(({ states }) => states)).toEqual([
      { "aria-expanded": "false" },
      { "aria-expanded": "true" },
    ]);
  });
});
