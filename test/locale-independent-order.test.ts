import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { comparePaths } from "../src/kit.js";
import { tempDir } from "./helpers.js";

// A scan's document must not depend on the machine's language settings. String#localeCompare
// without a locale sorts by the process's locale (LANG, LC_ALL): Danish puts "aa" after "ab",
// Lithuanian "y" before "k", so "the first file by path" changed with the runner's locale.

const ROOT = join(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith(".ts") ? [path] : [];
  });
}

describe("order that does not depend on the locale", () => {
  it("comparePaths orders by code units, as git lists paths", () => {
    expect(["ab/x", "aa/x", "B", "a", "y", "k"].sort(comparePaths)).toEqual(["B", "a", "aa/x", "ab/x", "k", "y"]);
    expect(comparePaths("same", "same")).toBe(0);
  });

  it("no source or detector sorts with the process's locale", () => {
    const offenders = [...sources(join(ROOT, "src")), ...sources(join(ROOT, "detectors"))].filter((file) => /\.localeCompare\(/.test(readFileSync(file, "utf8")));
    expect(offenders.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });

  it("a Gradle property set by two gradle.properties gives one version under a Danish locale as under C", () => {
    const dir = tempDir("techstack-locale-");
    mkdirSync(join(dir, "aa"));
    mkdirSync(join(dir, "ab"));
    writeFileSync(join(dir, "aa/gradle.properties"), "kotlinVersion=1.9.0\n");
    writeFileSync(join(dir, "ab/gradle.properties"), "kotlinVersion=1.8.0\n");
    writeFileSync(join(dir, "build.gradle"), 'dependencies {\n  implementation "org.jetbrains.kotlin:kotlin-stdlib:$kotlinVersion"\n}\n');
    const detect = (locale: string) =>
      execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), "detect", dir, "--format", "json", "--no-git", "--timestamp", "2024-01-01T00:00:00Z"], {
        env: { ...process.env, LANG: locale, LC_ALL: locale, NO_COLOR: "1" },
        encoding: "utf8",
      });
    const c = detect("C.UTF-8");
    expect(c).toContain('"1.9.0"');
    expect(detect("da_DK.UTF-8")).toBe(c);
  });
});
