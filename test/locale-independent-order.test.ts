import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareCodeUnits, compareIgnoringCase, largestGroupsFirst } from "../src/kit.js";
import { ROOT, tempDir } from "./helpers.js";

// The orders that decide what techstack writes (src/kit/order.ts) must not depend on the locale or
// the ICU data of the Node.js build: the same repository gives the same bytes on every machine.
const TRICKY = ["b", "B", "a", "A", "ä", "á", "å", "Z", "z", "i", "I", "ı", "İ", "10", "9", "2", "a-b", "a_b", "a.b", "a/b", "ab", "aB", "aa"];

describe("the kit's orders", () => {
  it("compareCodeUnits: UTF-16 code units, upper case before lower, accents and Turkish i's after ASCII", () => {
    expect([...TRICKY].sort(compareCodeUnits)).toEqual(
      ["10", "2", "9", "A", "B", "I", "Z", "a", "a-b", "a.b", "a/b", "aB", "a_b", "aa", "ab", "b", "i", "z", "á", "ä", "å", "İ", "ı"],
    );
    // The site's order of names in one category: Yarn before npm, ESLint before Esbuild.
    expect(["npm", "Esbuild", "Yarn", "ESLint", "PhpSpec", "PHPUnit"].sort(compareCodeUnits)).toEqual(["ESLint", "Esbuild", "PHPUnit", "PhpSpec", "Yarn", "npm"]);
    expect(compareCodeUnits("a", "a")).toBe(0);
    expect(compareCodeUnits("a", "b")).toBe(-1);
    expect(compareCodeUnits("b", "a")).toBe(1);
  });

  it("compareIgnoringCase: Unicode's default lower case (no Turkish rule), ties by code units, never 0 for two strings", () => {
    expect([...TRICKY].sort(compareIgnoringCase)).toEqual(
      ["10", "2", "9", "A", "a", "a-b", "a.b", "a/b", "a_b", "aa", "aB", "ab", "B", "b", "I", "i", "İ", "Z", "z", "á", "ä", "å", "ı"],
    );
    expect(["StripeExample.Web.csproj", "packages.config"].sort(compareIgnoringCase)).toEqual(["packages.config", "StripeExample.Web.csproj"]);
    expect(compareIgnoringCase("React", "react")).toBe(-1);
    expect(compareIgnoringCase("react", "React")).toBe(1);
    expect(compareIgnoringCase("react", "react")).toBe(0);
  });

  it("largestGroupsFirst: groups by key, the largest first, ties by key in code units, items in their order", () => {
    const items = ["npm:b", "pypi:x", "npm:a", "Go:m", "go:k", "pypi:y", "npm:c", "go:j", "Go:n"];
    expect(largestGroupsFirst(items, (s) => s.split(":")[0]!)).toEqual([
      ["npm", ["npm:b", "npm:a", "npm:c"]],
      ["Go", ["Go:m", "Go:n"]],
      ["go", ["go:k", "go:j"]],
      ["pypi", ["pypi:x", "pypi:y"]],
    ]);
    expect(largestGroupsFirst([], String)).toEqual([]);
  });
});

const LOCALES = ["da_DK.UTF-8", "tr_TR.UTF-8", "C"];

/**
 * Two choices of a first file by path: of conda-lock's explicit files (neither of them Linux's
 * 64-bit one), and of two gradle.properties at one depth for a build no settings file covers.
 */
function fixture(dir: string): void {
  const files: Record<string, string> = {
    "environment.yml": "name: lab\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - numpy\n",
    // The first by name gives the releases: linux-aarch64 by code units, and in English; a Danish
    // collation puts `aa` after `z`, so localeCompare chose linux-ppc64le there.
    "conda-linux-aarch64.lock": explicitLock("linux-aarch64", "1.26.4"),
    "conda-linux-ppc64le.lock": explicitLock("linux-ppc64le", "1.26.0"),
    "build.gradle": 'dependencies {\n  implementation "org.jetbrains.kotlin:kotlin-stdlib:$kotlinVersion"\n}\n',
    "aab-bundle/gradle.properties": "kotlinVersion=1.9.22\n",
    "base/gradle.properties": "kotlinVersion=1.8.0\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function explicitLock(platform: string, numpy: string): string {
  return [
    `# platform: ${platform}`,
    "@EXPLICIT",
    `https://conda.anaconda.org/conda-forge/${platform}/python-3.11.7-h0_cpython.conda#27cf681282c11dba7b0b1fd266e8f289`,
    `https://conda.anaconda.org/conda-forge/${platform}/numpy-${numpy}-py311h0_0.conda#231eef4f33640338f64ef9ab690ba08d`,
    "",
  ].join("\n");
}

/** techstack.yml and techstack.md as `write` makes them of `dir` in a process under `locale`: one process writes both. */
function written(dir: string, locale: string): { yaml: string; markdown: string } {
  const out = tempDir("techstack-locale-out-");
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", LANG: locale, LC_ALL: locale, LC_COLLATE: locale, LANGUAGE: locale.slice(0, 2) };
  execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), "write", dir, "--out", out, "--no-git", "--timestamp", "2026-01-02T03:04:05Z"], { env, encoding: "utf8" });
  return { yaml: readFileSync(join(out, "techstack.yml"), "utf8"), markdown: readFileSync(join(out, "techstack.md"), "utf8") };
}

describe("detect under other locales", () => {
  // One write per locale (the locale is the process's, read at its start), compared with the
  // Danish one's: the collation that chose another conda lock file when the code sorted by it.
  it("writes the same techstack.yml and techstack.md whatever LANG and LC_ALL say", { timeout: 120_000 }, () => {
    const dir = tempDir("techstack-locale-");
    fixture(dir);
    const [first, ...others] = LOCALES;
    const { yaml, markdown } = written(dir, first!);
    expect(yaml).toMatch(/- name: NumPy\n(?:  .*\n)*?  version: 1\.26\.4\n(?:  .*\n)*?  detection_source_url: conda-linux-aarch64\.lock\n/);
    expect(yaml).toMatch(/- name: Kotlin\n(?:  .*\n)*?  version: 1\.9\.22\n/);
    expect(markdown).toContain("NumPy");
    for (const locale of others) expect(written(dir, locale), locale).toEqual({ yaml, markdown });
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith(".ts") ? [path] : [];
  });
}

describe("the code", () => {
  it("no source or detector sorts with the process's locale", () => {
    const files = [...sources(join(ROOT, "src")), ...sources(join(ROOT, "detectors"))];
    const offenders = files.filter((file) => /\.localeCompare\(/.test(readFileSync(file, "utf8")));
    expect(offenders.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
    // The sources were there to read (278 at stop 53), and the helper that orders them is among them.
    expect(files.length).toBeGreaterThan(200);
    expect(files.map((f) => f.slice(ROOT.length + 1))).toContain(join("src", "kit", "order.ts"));
  });
});
