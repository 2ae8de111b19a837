import { describe, expect, it } from "vitest";
import { isTypingTarget } from "./is-typing-target";

function element(html: string): Element {
  const template = document.createElement("template");
  template.innerHTML = html;
  const first = template.content.firstElementChild;
  if (!first) throw new Error(`no element in ${html}`);
  document.body.append(first);
  return first;
}

describe("isTypingTarget", () => {
  it.each([
    '<input type="text">',
    "<input>",
    '<input type="search">',
    "<textarea></textarea>",
    "<select><option>a</option></select>",
    '<div contenteditable="true"></div>',
  ])("is true for %s", (html) => {
    expect(isTypingTarget(element(html))).toBe(true);
  });

  it.each([
    '<input type="checkbox">',
    '<input type="radio">',
    "<button>b</button>",
    '<p tabindex="-1">text</p>',
    '<a href="#x">link</a>',
  ])("is false for %s", (html) => {
    expect(isTypingTarget(element(html))).toBe(false);
  });

  it("is false for the document and for nothing", () => {
    expect(isTypingTarget(document)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
