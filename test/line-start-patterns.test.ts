import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readModuleBazel, readWorkspace } from "../detectors/cpp/bazel.js";
import { tool } from "./helpers.js";
import { expectFinishesWithin } from "./work-budget.js";

// Line-start patterns written `^\s*` under the `m` flag let `\s` run across the line breaks that
// follow, so a file of blank lines was searched from every line to its end: 100,000 blank lines
// took 6 to 11 s per pattern (a Tuist manifest, a conanfile.py, an opam file), and a few thousand
// Bazel calls never closed were each read to the end of the file. Not a speed test: the old code
// ran for minutes on these inputs; the budget, counted in runs of a reference job timed just before
// (test/work-budget.ts), only tells "finished" from "stuck".
const BLANK = "\n".repeat(200_000);

describe("files of blank lines and unclosed calls are read at once", () => {
  it("a Tuist manifest, a conanfile.py and opam files of blank lines, with the real lines after them still read", async () => {
    const files = {
      "Project.swift": BLANK + 'import ProjectDescription\nlet project = Project(name: "App", packages: [.remote(url: "https://github.com/Alamofire/Alamofire", requirement: .upToNextMajor(from: "5.8.0"))])\n',
      "conanfile.py": BLANK + 'from conan import ConanFile\nclass App(ConanFile):\n    requires = "boost/1.84.0"\n',
      "app.opam": BLANK + 'opam-version: "2.0"\ndepends: [\n  "ocaml" {>= "4.14.0"}\n  "dream" {>= "1.0.0~alpha5"}\n]\n',
    };
    const { document } = await expectFinishesWithin(() => scan(new MemorySource(files), { git: false }), 5);
    expect(tool(document.tools, "Alamofire")).toBeDefined();
    expect(tool(document.tools, "Boost")).toBeDefined();
    expect(tool(document.tools, "OCaml")).toBeDefined();
  });

  it("Bazel calls that never close, or nest, are skipped at once; a closed call after them is read", () => {
    const tail = 'bazel_dep(name = "googletest", version = "1.14.0")\n';
    for (const text of ["bazel_dep(name=".repeat(60_000) + "\n" + tail, "bazel_dep(".repeat(40_000) + ")".repeat(40_000) + "\n" + tail]) {
      const deps = expectFinishesWithin(() => readModuleBazel(text), 5, text.slice(0, 16));
      expect(deps.map((d) => [d.name, d.version])).toContainEqual(["googletest", "1.14.0"]);
    }
    const archive = 'http_archive(\n    name = "com_google_googletest",\n    strip_prefix = "googletest-1.14.0",\n)\n';
    for (const text of ["http_archive(".repeat(60_000) + "\n" + archive, 'http_archive(name="a", '.repeat(30_000) + ")".repeat(30_000) + "\n" + archive]) {
      const archives = expectFinishesWithin(() => readWorkspace(text), 5, text.slice(0, 16));
      expect(archives.map((a) => [a.name, a.version])).toContainEqual(["com_google_googletest", "1.14.0"]);
    }
  });
});
