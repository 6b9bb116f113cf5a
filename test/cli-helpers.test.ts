import { describe, expect, it, vi } from "vitest";
import { answerMessage, answerPlace } from "../src/cli/submit-answer.js";
import { CliError, closest, color, fitted, parseOptions, plural, printWarnings, progress, wholeNumber } from "../src/cli/shared.js";
import { colourLines } from "../src/cli/commands/diff.js";
import { manualEntries } from "../src/cli/manual-entries.js";
import type { StackDocument } from "../src/types.js";

// The command line's small helpers called as functions: the server's answer to a submission
// (src/cli/submit-answer.ts), option parsing, suggestions, numbers and colour (src/cli/shared.ts),
// diff colouring and the manual entries write keeps.

const ENDPOINT = "https://api.example/stacks";

describe("the server's message", () => {
  it("each JSON field in turn: message, error (text or object), detail, errors[0] (text or object), title", () => {
    expect(answerMessage('{"message":"m","error":"e","detail":"d","title":"t"}')).toBe("m");
    expect(answerMessage('{"message":"  ","error":"e","detail":"d"}')).toBe("e");
    expect(answerMessage('{"error":{"message":"nested"},"detail":"d"}')).toBe("nested");
    expect(answerMessage('{"error":{"code":5},"detail":"d"}')).toBe("d");
    expect(answerMessage('{"errors":["first","second"],"title":"t"}')).toBe("first");
    expect(answerMessage('{"errors":[{"message":"object"}],"title":"t"}')).toBe("object");
    expect(answerMessage('{"errors":[],"title":"Bad Request"}')).toBe("Bad Request");
    expect(answerMessage('{"errors":"not a list","title":"t"}')).toBe("t");
    expect(answerMessage('{"message":404}')).toBe("404");
    expect(answerMessage('{"message":"  padded\\n text  "}')).toBe("padded text");
    expect(answerMessage("[1,2]")).toBeUndefined();
    expect(answerMessage("null")).toBe("null");
  });

  it("an HTML page's title, trimmed and short; a page without one gives nothing", () => {
    expect(answerMessage('  <!doctype html><html><head><TITLE lang="en"> 502 Bad Gateway </TITLE></head></html>')).toBe("502 Bad Gateway");
    expect(answerMessage("<html><title>   </title></html>")).toBeUndefined();
    expect(answerMessage(`<title>${"t".repeat(300)}</title>`)).toBe(`${"t".repeat(199)}…`);
  });

  it("plain text on one line, cut to 200 characters with an ellipsis; blank text gives nothing", () => {
    expect(answerMessage("x".repeat(200))).toBe("x".repeat(200));
    expect(answerMessage("x".repeat(201))).toBe(`${"x".repeat(199)}…`);
    expect(answerMessage(" \n\t ")).toBeUndefined();
    expect(answerMessage("")).toBeUndefined();
    expect(answerMessage("  Service\r\n\tUnavailable  ")).toBe("Service Unavailable");
    // A `<` inside the text does not make it a page.
    expect(answerMessage("upload refused: the file must be < 1 MB")).toBe("upload refused: the file must be < 1 MB");
    // A JSON string or number is no object: it is said as the server wrote it.
    expect(answerMessage('"rate limited"')).toBe('"rate limited"');
  });
});

describe("where the stack went", () => {
  it("a URL field of the body, its data or its stack, in the order url, html_url, web_url, link", () => {
    expect(answerPlace('{"url":"https://a.example/1","html_url":"https://b.example/1"}', null, ENDPOINT)).toBe("https://a.example/1");
    expect(answerPlace('{"html_url":"https://b.example/1","web_url":"https://c.example/1"}', null, ENDPOINT)).toBe("https://b.example/1");
    expect(answerPlace('{"web_url":"https://c.example/1","link":"https://d.example/1"}', null, ENDPOINT)).toBe("https://c.example/1");
    expect(answerPlace('{"link":"HTTP://d.example/1"}', null, ENDPOINT)).toBe("HTTP://d.example/1");
    expect(answerPlace('{"data":{"url":"https://e.example/1"}}', null, ENDPOINT)).toBe("https://e.example/1");
    expect(answerPlace('{"stack":{"web_url":"https://f.example/1"}}', null, ENDPOINT)).toBe("https://f.example/1");
    expect(answerPlace('{"data":[{"url":"https://g.example/1"}]}', null, ENDPOINT)).toBeUndefined();
    expect(answerPlace('{"url":"  https://h.example/1 "}', null, ENDPOINT)).toBe("https://h.example/1");
    // Only an absolute URL: a path that merely mentions one gives way to the Location header.
    expect(answerPlace('{"url":"/login?next=https://i.example/1"}', "https://s.example/9", ENDPOINT)).toBe("https://s.example/9");
    // A body of `null`, or of a bare string, holds no place.
    expect(answerPlace("null", null, ENDPOINT)).toBeUndefined();
    expect(answerPlace('"https://j.example/1"', null, ENDPOINT)).toBeUndefined();
  });

  it("else the Location header, resolved against the endpoint; an unreadable one is left out", () => {
    expect(answerPlace("", "/stacks/42", ENDPOINT)).toBe("https://api.example/stacks/42");
    expect(answerPlace('{"url":"ftp://x.example/1"}', "https://s.example/9", ENDPOINT)).toBe("https://s.example/9");
    expect(answerPlace('{"id":7}', "http://[broken", ENDPOINT)).toBe("id 7");
    expect(answerPlace("", "", ENDPOINT)).toBeUndefined();
  });

  it("else the id the body gives: id, report_id or stack_id, at the top or below", () => {
    expect(answerPlace('{"id":"abc","report_id":"r"}', undefined, ENDPOINT)).toBe("id abc");
    expect(answerPlace('{"report_id":12}', undefined, ENDPOINT)).toBe("id 12");
    expect(answerPlace('{"data":{"stack_id":"s-1"}}', undefined, ENDPOINT)).toBe("id s-1");
    expect(answerPlace('{"id":"  "}', undefined, ENDPOINT)).toBeUndefined();
    expect(answerPlace("not json", undefined, ENDPOINT)).toBeUndefined();
  });
});

describe("option parsing and suggestions", () => {
  const HELP = "Usage: techstack demo\n\nThe rest of its help.";
  // A usage error gives the usage line and where the help is, not the help itself.
  const USAGE = "Usage: techstack demo\n(techstack demo --help gives the options and examples)";
  const OPTIONS = { format: { type: "string" }, "exit-code": { type: "boolean" } } as const;

  it("gives the values, positionals and -h", () => {
    const { values, positionals } = parseOptions(["a", "--format", "json", "b", "-h"], OPTIONS, HELP);
    expect(values).toEqual({ format: "json", help: true });
    expect(positionals).toEqual(["a", "b"]);
  });

  it("an unknown option is a usage error suggesting the one meant, with the help", () => {
    const error = (() => {
      try {
        parseOptions(["--fromat=json"], OPTIONS, HELP);
      } catch (e) {
        return e as CliError;
      }
    })();
    expect(error).toBeInstanceOf(CliError);
    expect(error!.exitCode).toBe(2);
    expect(error!.message).toBe(`unknown option '--fromat' (did you mean --format?)\n\n${USAGE}`);
    expect(() => parseOptions(["--zzzzzzz"], OPTIONS, HELP)).toThrow(new CliError(`unknown option '--zzzzzzz'\n\n${USAGE}`));
    expect(() => parseOptions(["--hlep"], OPTIONS, HELP)).toThrow(/did you mean --help\?/);
  });

  it("another parse error in one line of its own (test/option-values-in-words), with the help", () => {
    expect(() => parseOptions(["--format"], OPTIONS, HELP)).toThrow(/^--format needs a value\n\nUsage: techstack demo\n\(techstack demo --help gives the options and examples\)$/);
  });

  it("closest: within two edits (the nearest, case aside), else the only candidate the word begins", () => {
    expect(closest("--formt", ["--format", "--fork"])).toBe("--format");
    expect(closest("--FORMAT", ["--format"])).toBe("--format");
    expect(closest("--fo", ["--format", "--exit-code"])).toBe("--format");
    expect(closest("--f", ["--format", "--force"])).toBeUndefined();
    expect(closest("ab", ["abcdef"])).toBeUndefined();
    expect(closest("abc", ["abcdef"])).toBe("abcdef");
    expect(closest("wxyz", ["abcd"])).toBeUndefined();
    expect(closest("abce", ["abcd", "abed"])).toBe("abcd");
    expect(closest("abxx", ["zzcd", "abxy"])).toBe("abxy");
    // Two edits still suggest; of two as near, the first listed; a nearer one later wins.
    expect(closest("--farmet", ["--format"])).toBe("--format");
    expect(closest("--cat", ["--bat", "--hat"])).toBe("--bat");
    expect(closest("--formats", ["--format", "--formats"])).toBe("--formats");
  });
});

describe("numbers, plurals and colour", () => {
  it("a whole number above 0, spaces around it allowed; anything else names the flag", () => {
    expect(wholeNumber("--max-file-bytes", "1024")).toBe(1024);
    expect(wholeNumber("--max-file-bytes", " 7 ")).toBe(7);
    expect(wholeNumber("--n", "1")).toBe(1);
    for (const bad of ["0", "-3", "1.5", "1e3", "", "x", "99999999999999999999"]) {
      expect(() => wholeNumber("--max-file-bytes", bad), bad).toThrow(new CliError(`--max-file-bytes takes a whole number above 0, not '${bad}'`));
    }
  });

  it("plural: one without an s, any other count with one", () => {
    expect(plural(1, "tool")).toBe("1 tool");
    expect(plural(0, "tool")).toBe("0 tools");
    expect(plural(2, "tool")).toBe("2 tools");
  });

  it("colour only on a terminal without NO_COLOR", () => {
    const terminal = { isTTY: true } as NodeJS.WriteStream;
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      expect(color(31, "stale", terminal)).toBe("\x1b[31mstale\x1b[0m");
      expect(color(31, "stale", pipe)).toBe("stale");
      process.env.NO_COLOR = "1";
      expect(color(31, "stale", terminal)).toBe("stale");
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });

  it("progress: a line after 400 ms on a terminal, wiped when done; nothing off a terminal or under CI", () => {
    onTerminal((out) => {
      const quick = progress("scanning");
      vi.advanceTimersByTime(399);
      quick();
      expect(out.text).toBe("\r\x1b[K");
      out.text = "";
      const slow = progress("scanning");
      vi.advanceTimersByTime(400);
      expect(out.text).toBe("scanning...");
      slow();
      expect(out.text).toBe("scanning...\r\x1b[K");
      out.text = "";
      // One line at a time: check's line holds while the scan inside it runs (was "checking ....scanning ....").
      const outer = progress("checking .");
      const inner = progress("scanning .");
      vi.advanceTimersByTime(400);
      inner();
      expect(out.text).toBe("checking ....");
      outer();
      expect(out.text).toBe("checking ....\r\x1b[K");
      const after = progress("scanning");
      vi.advanceTimersByTime(400);
      after();
      expect(out.text).toBe("checking ....\r\x1b[Kscanning...\r\x1b[K");
      out.text = "";
      process.env.CI = "true";
      const ciDone = progress("scanning");
      vi.advanceTimersByTime(1000);
      ciDone();
      delete process.env.CI;
      Object.defineProperty(process.stderr, "isTTY", { value: false, configurable: true });
      const pipeDone = progress("scanning");
      vi.advanceTimersByTime(1000);
      pipeDone();
      expect(out.text).toBe("");
    });
  });

  // On a terminal 40 columns wide, "scanning /home/ada/src/github.com/acme/storefront..." wrapped,
  // and the wipe (\r\x1b[K, the cursor's row only) left its first row on screen.
  it("progress: a line longer than the terminal is cut to fit, its first word and its end kept", () => {
    onTerminal((out) => {
      const columns = process.stderr.columns;
      Object.defineProperty(process.stderr, "columns", { value: 40, configurable: true });
      try {
        const done = progress("scanning /home/ada/src/github.com/acme/storefront");
        vi.advanceTimersByTime(400);
        done();
        expect(out.text).toBe("scanning …github.com/acme/storefront...\r\x1b[K");
        expect("scanning …github.com/acme/storefront...".length).toBe(39);
      } finally {
        Object.defineProperty(process.stderr, "columns", { value: columns, configurable: true });
      }
    });
    expect(fitted("scanning .", 40)).toBe("scanning .");
    expect(fitted("scanning /a/b", undefined)).toBe("scanning /a/b");
    expect(fitted("scanning /a/b/c", 8)).toBe("scannin");
    expect(fitted("x".repeat(50), 11)).toBe(`…${"x".repeat(9)}`);
    // No room beside the first word for the ellipsis and a character of the end: cut plainly. A
    // terminal that reports one column (no room at all) gets the line whole rather than nothing.
    expect(fitted("scanning /a/b/c", 11)).toBe("scanning /");
    expect(fitted("scanning /a/b/c", 1)).toBe("scanning /a/b/c");
  });

  // README: warnings go to stderr, one per line. A scan's warnings were written while its progress
  // line was up, so on a terminal the first ran into it: "scanning .....warning: a/package.json: ...".
  it("a warning written while the progress line is up wipes it, takes its own line, and draws it again below", () => {
    const warning = { file: "sub/package.json", message: "malformed JSON" };
    onTerminal((out) => {
      const slow = progress("scanning .");
      vi.advanceTimersByTime(400);
      printWarnings([warning, { ...warning, file: "b.toml" }]);
      slow();
      expect(out.text).toBe("scanning ....\r\x1b[Kwarning: sub/package.json: malformed JSON\nscanning ....\r\x1b[Kwarning: b.toml: malformed JSON\nscanning ....\r\x1b[K");
      out.text = "";
      // Before the line shows, and after it is wiped, a warning is just its line.
      const quick = progress("scanning .");
      printWarnings([warning]);
      quick();
      printWarnings([warning]);
      expect(out.text).toBe("warning: sub/package.json: malformed JSON\n\r\x1b[Kwarning: sub/package.json: malformed JSON\n");
    });
  });

  it("a CliError is exit 2 unless told", () => {
    expect(new CliError("usage").exitCode).toBe(2);
    expect(new CliError("failed", 1).exitCode).toBe(1);
    expect(new CliError("usage").message).toBe("usage");
  });
});

describe("diff colours and manual entries", () => {
  it("added lines green, removed red, changed yellow, detected from another file cyan, other lines as they are (off a terminal, plain)", () => {
    const text = "Tools:\n+ Redis 7.2\n- MySQL\n~ React 18.2.0 -> 18.3.1\n> NGINX moved from Dockerfile to Dockerfile.web\n  unchanged\n+not a change line\n  a note - with a dash\n";
    const isTTY = process.stdout.isTTY;
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      Object.defineProperty(process.stdout, "isTTY", { value: true, configurable: true });
      expect(colourLines(text)).toBe(
        "Tools:\n\x1b[32m+ Redis 7.2\x1b[0m\n\x1b[31m- MySQL\x1b[0m\n\x1b[33m~ React 18.2.0 -> 18.3.1\x1b[0m\n\x1b[36m> NGINX moved from Dockerfile to Dockerfile.web\x1b[0m\n  unchanged\n+not a change line\n  a note - with a dash\n",
      );
      Object.defineProperty(process.stdout, "isTTY", { value: false, configurable: true });
      expect(colourLines(text)).toBe(text);
    } finally {
      Object.defineProperty(process.stdout, "isTTY", { value: isTTY, configurable: true });
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });

  it("the entries marked detection_source: manual, and only those", () => {
    const doc = {
      tools: [
        { name: "Figma", detection_source: "manual" },
        { name: "React", detection_source: "package.json" },
        { name: "Slack", detection_source: "Manual" },
        { name: "Jira" },
      ],
    } as unknown as StackDocument;
    expect(manualEntries(doc).map((t) => t.name)).toEqual(["Figma"]);
  });
});

/**
 * Runs `body` with stderr a terminal outside CI, its writes gathered in `out.text`, on fake timers;
 * puts all three back after.
 */
function onTerminal(body: (out: { text: string }) => void): void {
  vi.useFakeTimers();
  const isTTY = process.stderr.isTTY;
  const ci = process.env.CI;
  const out = { text: "" };
  const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((out.text += String(chunk)), true));
  try {
    delete process.env.CI;
    Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
    body(out);
  } finally {
    write.mockRestore();
    vi.useRealTimers();
    Object.defineProperty(process.stderr, "isTTY", { value: isTTY, configurable: true });
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  }
}
