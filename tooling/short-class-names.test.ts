import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createShortClassNames } from "./short-class-names";

describe("createShortClassNames", () => {
  it("gives a valid, short class name that is the same on every build", () => {
    const first = createShortClassNames("/project")(
      "paragraph",
      "/project/src/ui/a.module.css",
    );
    const again = createShortClassNames("/elsewhere")(
      "paragraph",
      "/elsewhere/src/ui/a.module.css",
    );
    expect(first).toMatch(/^_[0-9a-z]{5}$/);
    expect(again).toBe(first);
  });

  it("tells apart the same local name in two modules, and two names in one module", () => {
    const name = createShortClassNames("/p");
    const names = new Set([
      name("title", "/p/src/ui/a.module.css"),
      name("title", "/p/src/ui/b.module.css"),
      name("text", "/p/src/ui/a.module.css"),
    ]);
    expect(names.size).toBe(3);
  });

  it("ignores Vite's query suffix on the module's path", () => {
    const name = createShortClassNames("/p");
    expect(name("x", "/p/src/a.module.css?used")).toBe(
      name("x", "/p/src/a.module.css"),
    );
  });

  it("never gives two different class names the same short name (or fails loudly)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), {
          minLength: 2,
          maxLength: 200,
        }),
        (locals) => {
          const name = createShortClassNames("/p");
          const owners = new Map<string, string>();
          let outcome = "distinct";
          try {
            for (const local of locals) {
              const short = name(local, "/p/src/x.module.css");
              if ((owners.get(short) ?? local) !== local) outcome = "shared";
              owners.set(short, local);
            }
          } catch (error) {
            outcome = String(error).includes("both shorten to")
              ? "refused"
              : String(error);
          }
          expect(["distinct", "refused"]).toContain(outcome);
        },
      ),
    );
  });
});
