import { describe, expect, it } from "vitest";
import { parse, ParseError } from "../src/index.js";

// parse() on a techstack.yml that git's merge left with conflict markers: which marker is named, on
// which line, as git writes them (merge and diff3 styles, a conflict half resolved by hand, CRLF).

const HEAD = "repo_name: acme/shop\nreport_id: 884ab743\nversion: 0.1\n";
const TOOLS = "tools:\n- name: ExpressJS\n  version: 4.18.2\n";

function thrown(text: string): ParseError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error("parsed without an error");
}

describe("a stack document with merge-conflict markers", () => {
  it("the first marker is named with its line and the first column", () => {
    const error = thrown(`${HEAD}<<<<<<< HEAD\ntimestamp: '2026-12-06T17:22:14+00:00'\n=======\ntimestamp: '2026-12-06T17:22:32+00:00'\n>>>>>>> main\n${TOOLS}`);
    expect([error.message, error.line, error.column]).toEqual(["an unresolved merge conflict: <<<<<<< on line 4", 4, 1]);
  });

  it("a conflict half resolved by hand (the opening marker and one side deleted): the separator, or the closing marker, is named", () => {
    expect(thrown(`${HEAD}timestamp: '2026-12-06T17:22:14+00:00'\n=======\ntimestamp: '2026-12-06T17:22:32+00:00'\n>>>>>>> main\n${TOOLS}`).message).toBe(
      "an unresolved merge conflict: ======= on line 5",
    );
    expect(thrown(`${HEAD}timestamp: '2026-12-06T17:22:32+00:00'\n>>>>>>> dependabot/npm_and_yarn/express-4.19.2\n${TOOLS}`).message).toBe(
      "an unresolved merge conflict: >>>>>>> on line 5",
    );
    // diff3's base marker left alone after the rest was deleted.
    expect(thrown(`${HEAD}||||||| 1f2e3d4\ntimestamp: '2026-12-01T09:00:00+00:00'\n${TOOLS}`).message).toBe("an unresolved merge conflict: ||||||| on line 4");
  });

  it("a marker alone on its line (no label), and lines counted alike in a CRLF file", () => {
    expect(thrown(`${HEAD}<<<<<<<\nreport_id: 1\n=======\nreport_id: 2\n>>>>>>>\n${TOOLS}`).message).toBe("an unresolved merge conflict: <<<<<<< on line 4");
    expect(thrown(`${HEAD}report_id: 1\n>>>>>>>\n${TOOLS}`).message).toBe("an unresolved merge conflict: >>>>>>> on line 5");
    expect(thrown(`${HEAD}||||||| base\n${TOOLS}`.replace(/\n/g, "\r\n")).message).toBe("an unresolved merge conflict: ||||||| on line 4");
  });

  it("lines that only look like markers leave YAML's own words and position", () => {
    // A heading's underline longer than a marker, a marker glued to text, a separator followed by text,
    // a marker indented, in a file that fails for another reason (a flow list left open).
    for (const line of ["========", "<<<<<<<HEAD", ">>>>>>>main", "======= x", "|||||||x", " <<<<<<< HEAD"]) {
      const error = thrown(`${HEAD}${line}\ntools: [\n`);
      expect(error.message, line).not.toContain("merge conflict");
      // YAML's position, 1-based as its message writes it (`... (5:6)`).
      const at = /\((\d+):(\d+)\)$/.exec(error.message);
      expect([error.line, error.column], line).toEqual([Number(at?.[1]), Number(at?.[2])]);
    }
  });
});
