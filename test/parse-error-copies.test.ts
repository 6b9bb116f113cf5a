import { describe, expect, it } from "vitest";
import { parse, ParseError } from "../src/document/parse.js";

// Two copies of techstack in one process (its ESM and CommonJS builds, or two installed versions)
// each have their own ParseError class. `instanceof ParseError` holds for either copy's error, and only
// for ParseError itself: a caller's subclass keeps the ordinary prototype test, and no other value
// passes. test/package-exports checks it across the built files; this checks src's code in-process, with
// a second copy of the module loaded under another URL.
const thrown = (read: (text: string) => unknown): unknown => {
  try {
    read("a: [b");
  } catch (error) {
    return error;
  }
  return undefined;
};

// The same file under another URL: the module loader gives it a module of its own, with its own class.
const SECOND_COPY = "../src/document/parse.js?second-copy";
const secondCopy = async () => (await import(/* @vite-ignore */ SECOND_COPY)) as typeof import("../src/document/parse.js");

describe("ParseError across copies of the module", () => {
  it("an error from either copy is an instance of the other's ParseError", async () => {
    const other = await secondCopy();
    expect(other.ParseError).not.toBe(ParseError);
    const fromOther = thrown(other.parse);
    const fromHere = thrown(parse);
    expect([fromOther instanceof ParseError, fromHere instanceof other.ParseError, fromHere instanceof ParseError]).toEqual([true, true, true]);
    // Not through the prototype: the other copy's error has its own class.
    expect(Object.getPrototypeOf(fromOther)).not.toBe(ParseError.prototype);
  });

  it("a subclass keeps the prototype test; other errors and non-objects are no ParseError", async () => {
    const other = await secondCopy();
    class Located extends ParseError {}
    expect([new Located("x") instanceof ParseError, new Located("x") instanceof Located]).toEqual([true, true]);
    expect([new ParseError("x") instanceof Located, thrown(other.parse) instanceof Located]).toEqual([false, false]);
    expect([new TypeError("x"), new SyntaxError("a: [b"), null, undefined, "ParseError", 0, { name: "ParseError", message: "x" }].map((v) => v instanceof ParseError)).toEqual([false, false, false, false, false, false, false]);
  });
});
