import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scriptArgs } from "../scripts/script-args.mjs";

// The scripts a user or the lead runs read their flags with util.parseArgs through scripts/script-args.mjs:
// --help prints the usage, and a flag a script does not take is a usage error, not a file name or
// nothing at all.

const ROOT = join(__dirname, "..");
const SCRIPTS = [
  "scripts/tool-tally.mjs",
  "scripts/resolve-answers.mjs",
  "scripts/version-share.mjs",
  "scripts/citation-share.mjs",
  // README's "How it is built" names the peer's runner among the scripts whose --help prints their usage.
  "scripts/peer-stack.mjs",
  "scripts/catalog/cloud-coverage.mjs",
  "scripts/catalog/coverage.mjs",
  "scripts/catalog/import-package-pages.mjs",
  "scripts/catalog/import-tools.mjs",
  "scripts/catalog/site-list-resolve.mjs",
  "scripts/catalog/site-tools.mjs",
  "bench/run.mjs",
  "bench/extremes.mjs",
  "bench/git-history.mjs",
];

const USAGE = "usage: tally.mjs [--top N] [--cases] SET.json ...";
const OPTIONS = { top: { type: "string", default: "0" }, cases: { type: "boolean" } } as const;

const originalArgv = process.argv;
afterEach(() => {
  process.argv = originalArgv;
  vi.restoreAllMocks();
});

/** scriptArgs over `args` as the command line: its answer, or the exit code and what it wrote. */
function run(args: string[], positionals: boolean | "unsaid" = true, usage = USAGE): { values?: Record<string, unknown>; positionals?: string[]; exit?: number; out: string; err: string } {
  process.argv = [process.execPath, "tally.mjs", ...args];
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  vi.spyOn(process, "exit").mockImplementation((code) => {
    throw Object.assign(new Error("exit"), { code });
  });
  try {
    return { ...(positionals === "unsaid" ? scriptArgs(usage, OPTIONS) : scriptArgs(usage, OPTIONS, { positionals })), out, err };
  } catch (error) {
    return { exit: (error as { code: number }).code, out, err };
  }
}

describe("scriptArgs", () => {
  it("reads flags before and after the arguments, with their defaults", () => {
    expect(run(["a.json", "--cases", "b.json=corpus"])).toMatchObject({ values: { top: "0", cases: true }, positionals: ["a.json", "b.json=corpus"] });
    expect(run(["--top", "5", "a.json"])).toMatchObject({ values: { top: "5" }, positionals: ["a.json"] });
  });

  it("--help prints the usage and exits 0", () => {
    expect(run(["--help"])).toEqual({ exit: 0, out: `${USAGE}\n`, err: "" });
    expect(run(["-h", "a.json"]).exit).toBe(0);
  });

  it("a flag the script does not take, a flag without its value or an argument a script takes none of: the error and the usage, exit 2", () => {
    const typo = run(["--min-owner", "2", "a.json"]);
    expect(typo.exit).toBe(2);
    expect(typo.err).toContain("--min-owner");
    expect(typo.err).toContain(USAGE);
    expect(run(["a.json", "--top"]).exit).toBe(2);
    expect(run(["a.json"], false).exit).toBe(2);
  });

  // cloud-coverage.mjs and coverage.mjs say nothing of arguments: a stray one is refused.
  it("takes no argument where the script does not say it takes some", () => {
    expect(run(["a.json"], "unsaid")).toMatchObject({ exit: 2, out: "" });
    expect(run(["--top", "3"], "unsaid")).toMatchObject({ values: { top: "3" }, positionals: [] });
  });

  it("prints a usage written on lines of its own (a template literal's first and last line breaks) with one line break at its end", () => {
    const written = `\n${USAGE}\n`;
    expect(run(["--help"], true, written)).toEqual({ exit: 0, out: `${USAGE}\n`, err: "" });
    expect(run(["--min-owner", "2"], true, written).err).toMatch(new RegExp(`\n\n${USAGE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\n$`));
  });
});

describe("the scripts a user runs", () => {
  it("each reads its arguments through scriptArgs, none from process.argv by hand", () => {
    const byHand = SCRIPTS.filter((file) => {
      const text = readFileSync(join(ROOT, file), "utf8");
      return !/import \{ scriptArgs \} from "[./]+(scripts\/)?script-args\.mjs"/.test(text) || /process\.argv/.test(text);
    });
    expect(byHand).toEqual([]);
  });
});
