import { describe, expect, it } from "vitest";
import { languagesDetector } from "../detectors/languages/index.js";
import { interpreterOf } from "../detectors/languages/read-files.js";
import { overridesFor, readGitattributes } from "../detectors/languages/gitattributes.js";
import { hasExtension } from "../detectors/languages/ambiguous.js";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The language reader rule by rule: .gitattributes lines as repositories write them (root and
// nested files, `=false`, comments, other attributes on the same line), shared extensions settled
// from the rest of the tree, source maps, interpreter lines and the trace threshold.

const names = async (files: Record<string, string>, options: { maxFileBytes?: number } = {}) => {
  const { document, warnings } = await scan(new MemorySource(files), { git: false, ...options });
  const languages = document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
  return { languages, warnings: warnings.map((w) => `${w.file}: ${w.message}`) };
};
const languagesOf = async (files: Record<string, string>) => (await names(files)).languages;
/** The detector's own findings, unresolved: `tool:<id>` and where it came from. */
const findingsOf = async (files: Record<string, string>) => {
  const { findings, warnings } = await detectorFindings(languagesDetector, files, "file, ref, line");
  expect(warnings).toEqual([]);
  return findings.map((f) => `${compact([f])[0]} ${f.file}`);
};

describe(".gitattributes as linguist reads it", () => {
  it("keeps only linguist lines: comments, blank lines, text/eol/diff/merge settings and bare patterns give no rule", () => {
    const text = [
      "# Auto detect text files and perform LF normalization",
      "* text=auto eol=lf",
      "",
      "*.png binary",
      "*.sln merge=union",
      "*.pbxproj -diff",
      "# *.js linguist-vendored",
      "Makefile",
      "   *.inc   linguist-language=PHP   ",
      "*.min.js -diff linguist-generated",
    ].join("\n");
    const rules = readGitattributes(text, "");
    expect(rules.map(({ match: _, ...r }) => r)).toEqual([{ language: "php" }, { generated: true }]);
    expect(rules[0]!.match("lib/util.inc")).toBe(true);
    expect(rules[1]!.match("public/app.min.js")).toBe(true);
    expect(readGitattributes("", "")).toEqual([]);
  });

  it("reads set, `=true`, `=false`, unset with `-` and `!`, and a language name without its value", () => {
    const rules = readGitattributes(
      "vendor/** -linguist-vendored\ndocs/** linguist-documentation=false\ngen/** linguist-generated=true\nlegacy/** !linguist-vendored\n*.tpl -linguist-language\n",
      "",
    );
    expect(rules.map(({ match: _, ...r }) => r)).toEqual([{ vendored: false }, { documentation: false }, { generated: true }, { vendored: false }, {}]);
  });

  it("a nested .gitattributes reaches only its own folder, patterns with a slash anchored there, `/` at the start included", () => {
    const [anchored, rooted, anywhere] = readGitattributes("static/** linguist-vendored\n/gen/*.ts linguist-generated\n*.sql linguist-language=PLpgSQL\n", "web");
    expect(anchored!.match("web/static/lib.js")).toBe(true);
    expect(anchored!.match("static/lib.js")).toBe(false);
    expect(anchored!.match("api/web/static/lib.js")).toBe(false);
    expect(rooted!.match("web/gen/api.ts")).toBe(true);
    expect(rooted!.match("web/src/gen/api.ts")).toBe(false);
    expect(anywhere!.match("web/db/schema.sql")).toBe(true);
    expect(anywhere!.match("db/schema.sql")).toBe(false);
    // `*` matches a leading dot, as git's patterns do.
    const [js] = readGitattributes("*.js linguist-vendored\n", "");
    expect(js!.match(".eslintrc.js")).toBe(true);
  });

  it("a pattern without glob characters matches as its glob would, and is found by lookup among other rules, in line order", async () => {
    const [path, base, nestedBase] = readGitattributes("gen/api.ts linguist-generated\nschema.sql linguist-vendored\n", "").concat(readGitattributes("Makefile linguist-vendored\n", "web"));
    expect(path!.literal).toEqual({ path: "gen/api.ts" });
    expect([path!.match("gen/api.ts"), path!.match("src/gen/api.ts"), path!.match("gen/api.tsx")]).toEqual([true, false, false]);
    expect(base!.literal).toEqual({ base: "schema.sql" });
    expect([base!.match("schema.sql"), base!.match("db/schema.sql"), base!.match("db/myschema.sql")]).toEqual([true, true, false]);
    expect([nestedBase!.match("web/x/Makefile"), nestedBase!.match("Makefile"), nestedBase!.match("webby/Makefile")]).toEqual([true, false, false]);
    expect(readGitattributes("gen/*.ts linguist-generated\n", "")[0]!.literal).toBeUndefined();
    // A literal rule between two globs: the last line matching a path still wins.
    expect(await languagesOf({ ".gitattributes": "*.py linguist-vendored\napp.py -linguist-vendored\nlib/*.py linguist-vendored\n", "app.py": "", "lib/app.py": "", "main.go": "" })).toEqual([
      "Git",
      "Golang",
      "Python",
    ]);
    expect(await languagesOf({ ".gitattributes": "*.py linguist-vendored\napp.py -linguist-vendored\nlib/*.py linguist-vendored\n", "lib/app.py": "", "main.go": "" })).toEqual(["Git", "Golang"]);
  });

  it("a generated .gitattributes of 10,000 paths is found by lookup: a path asks only its own rules and the globs", async () => {
    // The rules asked are counted, so 10,000 paths show the lookup as 100,000 did (stop 72: 1.1 s of CPU less).
    const text = Array.from({ length: 10_000 }, (_, i) => `gen/f${i}.ts linguist-generated`).join("\n") + "\n*.min.js linguist-vendored\n";
    const rules = readGitattributes(text, "");
    let asked = 0;
    const counted = rules.map((r) => ({ ...r, match: (p: string) => (asked++, r.match(p)) }));
    const rulesFor = overridesFor(counted);
    expect(rulesFor("gen/f42.ts", "f42.ts").map((r) => r.literal)).toEqual([{ path: "gen/f42.ts" }]);
    expect(rulesFor("web/app.min.js", "app.min.js")).toHaveLength(1);
    expect(asked).toBe(2); // the one glob, once a path; no literal path rule is tested
    // and the scan of such a tree still leaves the generated files out
    const files: Record<string, string> = { ".gitattributes": text };
    for (let i = 0; i < 2_000; i++) files[`gen/f${i}.ts`] = "";
    files["cmd/main.go"] = "";
    expect(await languagesOf(files)).toEqual(["Git", "Golang"]);
  });

  it("in a tree: a root `/` pattern, `=false` taking a folder back, a nested file overriding the root whichever is listed first", async () => {
    expect(
      await languagesOf({
        ".gitattributes": "* text=auto\n/generated/** linguist-generated\ndocs/** linguist-documentation=false\n",
        "generated/api.ts": "",
        "docs/tool.py": "",
        "cmd/main.go": "",
      }),
    ).toEqual(["Git", "Golang", "Python"]);
    const monorepo = {
      "web/.gitattributes": "*.js -linguist-vendored\n",
      ".gitattributes": "*.js linguist-vendored\n",
      "web/app.js": "",
      "tools/bundle.js": "",
      "api/main.rb": "",
    };
    expect(await languagesOf(monorepo)).toEqual(["Git", "JavaScript", "Ruby"]);
    expect(await languagesOf({ ...monorepo, "web/.gitattributes": "" })).toEqual(["Git", "Ruby"]);
    // `*.js` reaches dotfiles: an ESLint config is the only JavaScript here.
    expect(await languagesOf({ ".gitattributes": "*.js linguist-vendored\n", ".eslintrc.js": "", "src/app.ts": "" })).toEqual(["Git", "TypeScript"]);
  });

  it("`linguist-detectable=false` leaves a language out of the bar, whatever line comes after", async () => {
    // A Flask app keeping its static scripts out of the bar, and a folder of analysis notebooks.
    const app = { "app/main.py": "", "app/static/app.js": "", "notebooks/eda.R": "" };
    expect(await languagesOf(app)).toEqual(["JavaScript", "Python", "R Language"]);
    expect(await languagesOf({ ...app, ".gitattributes": "*.js linguist-detectable=false\nnotebooks/** -linguist-detectable\nnotebooks/** -linguist-vendored\n" })).toEqual(["Git", "Python"]);
    // `linguist-detectable` set brings no vendored file in.
    expect(await languagesOf({ "app/main.py": "", ".gitattributes": "*.rb linguist-detectable\n", "third_party/gems/x.rb": "" })).toEqual(["Git", "Python"]);
    expect(readGitattributes("*.html linguist-detectable=false\n*.sql linguist-detectable\n", "").map(({ match: _, ...r }) => r)).toEqual([{ detectable: false }, { detectable: true }]);
  });

  it("a language override leaves a vendored file vendored", async () => {
    // Many C++ projects tell linguist their headers are C++; the vendored library's stay out.
    // (vendor/ itself is never listed: third_party/ is listed, and left out of the bar.)
    expect(await languagesOf({ ".gitattributes": "*.h linguist-language=C++\n", "third_party/zlib/zlib.h": "", "src/main.c": "" })).toEqual(["C lang", "Git"]);
    expect(await languagesOf({ ".gitattributes": "*.h linguist-language=C++\n", "third_party/zlib/zlib.h": "", "src/main.c": "", "src/main.h": "" })).toEqual(["C lang", "C++", "Git"]);
  });

  it("only .gitattributes files are read for rules, not a README quoting one", async () => {
    const readme = "Mark notebooks as documentation:\n\n*.py linguist-documentation\n";
    expect(await languagesOf({ "README.md": readme, "docs/setup.md": readme, "app/main.py": "" })).toEqual(["Python"]);
  });

  it("a pattern the glob engine refuses is left out with a warning naming its line; the other lines still apply", async () => {
    const huge = `${"a".repeat(70_000)}* linguist-vendored`;
    const { languages, warnings } = await names({ ".gitattributes": `*.js linguist-vendored\n${huge}\n`, "src/app.js": "", "src/main.go": "" });
    expect(languages).toEqual(["Git", "Golang"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\.gitattributes: line 2 left out: .+/);
    expect(warnings[0]!.length).toBeLessThanOrEqual(".gitattributes: line 2 left out: ".length + 120);
  });

  it("a .gitattributes too large to read is skipped with the scan's warning, languages still counted", async () => {
    const { languages, warnings } = await names({ ".gitattributes": `${"*.js linguist-vendored\n".repeat(10)}`, "src/app.js": "" }, { maxFileBytes: 100 });
    expect(languages).toEqual(["Git", "JavaScript"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\.gitattributes: /);
  });
});

describe("shared extensions", () => {
  it("a .m file is Objective-C beside any sign of Xcode, MATLAB otherwise", async () => {
    expect(await languagesOf({ "ios/App/main.m": "", "ios/App/AppDelegate.mm": "" })).toEqual(["Objective-C"]);
    expect(await languagesOf({ "Sources/main.m": "", "App.xcodeproj/project.pbxproj": "" })).toEqual(["Objective-C"]);
    expect(await languagesOf({ "Sources/ViewController.m": "", "Base.lproj/Main.storyboard": "" })).toEqual(["Objective-C"]);
    expect(await languagesOf({ "Sources/ViewController.m": "", "Resources/MainWindow.xib": "" })).toEqual(["Objective-C"]);
    expect(await languagesOf({ "Sources/main.m": "", "Info.plist": "" })).toEqual(["Objective-C"]);
    expect(await languagesOf({ "toolbox/filter_design.m": "", "README.md": "" })).toEqual(["MATLAB"]);
  });

  it("a .fs file is F# beside a project or F# scripts, a fragment shader beside other shaders only", async () => {
    // `.vs` vertex shaders are no language of their own: the .fs beside them is the GLSL.
    expect(await languagesOf({ "shaders/basic.vs": "", "shaders/basic.fs": "" })).toEqual(["GLSL"]);
    // (The project file itself names F# through the .NET reader: the language reader's own findings tell.)
    expect(await findingsOf({ "shaders/basic.vs": "", "src/Game.fs": "", "src/Game.fsproj": "" })).toEqual([`tool:f-sharp ${REPO_METADATA}`]);
    expect(await languagesOf({ "shaders/basic.vs": "", "src/Game.fs": "", "src/Game.fsi": "" })).toEqual(["F#"]);
    expect(await languagesOf({ "shaders/basic.vs": "", "src/Game.fs": "", "build.fsx": "" })).toEqual(["F#"]);
    expect(await languagesOf({ "shaders/light.frag": "", "shaders/light.fs": "" })).toEqual(["GLSL"]);
    expect(await languagesOf({ "src/Program.fs": "" })).toEqual(["F#"]);
  });

  it("a .tpl is Smarty, a Helm chart's templates/_helpers.tpl too, as GitHub's language bar counts it", async () => {
    // A PrestaShop theme: templates/ beside the theme's own files, no Chart.yaml.
    const theme = { "themes/classic/preview.png": "", "themes/classic/templates/index.tpl": "", "themes/classic/templates/layouts/layout-both-columns.tpl": "" };
    expect(await languagesOf(theme)).toEqual(["Smarty"]);
    // A Go service with its chart: the site names Smarty from the language statistics of four
    // repositories of four owners whose only .tpl is a chart's helpers (docs/site-differences.md).
    const helpers = '{{- define "shop.fullname" -}}\n{{- .Release.Name | trunc 63 | trimSuffix "-" }}\n{{- end }}\n';
    expect(await findingsOf({ "deploy/chart/Chart.yaml": "name: shop\n", "deploy/chart/templates/_helpers.tpl": helpers, "main.go": "" })).toEqual([
      `tool:golang ${REPO_METADATA}`,
      `tool:smarty ${REPO_METADATA}`,
    ]);
  });
});

describe("counting", () => {
  it("a name that only starts with a dot has no extension, for counting and for the shared extensions' facts alike", async () => {
    expect(hasExtension("main.m", ".m")).toBe(true);
    expect(hasExtension(".m", ".m")).toBe(false);
    expect(hasExtension(".gitignore", ".gitignore")).toBe(false);
    expect(hasExtension("Makefile", "")).toBe(false);
    // A lone `.m` is no MATLAB file; a lone `.frag` is no shader beside a `.fs`, which stays F#.
    expect(await languagesOf({ ".m": "", "main.go": "" })).toEqual(["Golang"]);
    expect(await languagesOf({ ".frag": "", "src/Program.fs": "" })).toEqual(["F#"]);
    expect(await languagesOf({ "light.frag": "", "src/Program.fs": "" })).toEqual(["GLSL"]);
  });

  it("a compiled .js or .css needs its own map; .mjs, .cjs and TypeScript declarations with maps are counted", async () => {
    // tsc's declarationMap writes index.d.ts.map beside index.d.ts; linguist reads only .js and .css for a map.
    expect(await languagesOf({ "lib/index.d.ts": "", "lib/index.d.ts.map": "", "README.md": "" })).toEqual(["TypeScript"]);
    expect(await languagesOf({ "lib/index.mjs": "", "lib/index.mjs.map": "", "lib/index.cjs": "", "lib/index.cjs.map": "" })).toEqual(["JavaScript"]);
    expect(await languagesOf({ "lib/index.cjs": "", "lib/index.cjs.map": "" })).toEqual(["JavaScript"]);
    expect(await languagesOf({ "public/app.JS": "", "public/app.JS.map": "", "public/site.CSS": "", "public/site.CSS.map": "", "main.go": "" })).toEqual(["Golang"]);
  });

  it("names are read as written where case or a leading dot matters: maps, twins, attribute files", async () => {
    // A map is a file ending in `.map`, as written: `.MAP` is none, a file named `.map` is one.
    expect(await languagesOf({ "css/site.css": "", "css/site.css.MAP": "", "main.go": "" })).toEqual(["CSS 3", "Golang"]);
    expect(await languagesOf({ "css/site.css": "", "css/site.css.map": "", "main.go": "" })).toEqual(["Golang"]);
    // A header's Objective-C twin ends in `.m` or `.mm`, as written: `Foo.M` is none.
    expect(await languagesOf({ "ios/App/Foo.h": "", "ios/App/Foo.M": "", "ios/App/Bar.mm": "" })).toEqual(["C lang", "Objective-C"]);
    // Only a file named .gitattributes holds rules, not one whose name ends with it.
    expect(await languagesOf({ "notes.gitattributes": "*.go linguist-vendored\n", "main.go": "" })).toEqual(["Golang"]);
    // A name that only starts with a dot has no extension: `.py` is no Python file.
    expect(await languagesOf({ ".py": "", "main.go": "" })).toEqual(["Golang"]);
  });

  it("the manifest showing a language is the shallowest, then the first by path", async () => {
    const js = async (files: Record<string, string>) => {
      const { document } = await scan(new MemorySource(files), { git: false });
      return document.tools.find((t) => t.name === "JavaScript")?.detection_source;
    };
    expect(await js({ "packages/ui/package.json": "{}", "frontend/package.json": "{}", "frontend/src/main.ts": "" })).toBe("frontend/package.json");
    expect(await js({ "web/package.json": "{}", "admin/package.json": "{}", "web/src/main.ts": "" })).toBe("admin/package.json");
    expect(await js({ "admin/package.json": "{}", "web/package.json": "{}", "web/src/main.ts": "" })).toBe("admin/package.json");
  });

  it("a single file is a trace only above 5,000 counted files; files of no language and unread scripts are not counted", async () => {
    const tree = (n: number, extension: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`assets/img${i}${extension}`, ""]));
    // 4,999 scripts and one Ruby file: 5,000 counted, Ruby stays.
    expect(await languagesOf({ ...tree(4999, ".js"), "tools/one.rb": "" })).toEqual(["JavaScript", "Ruby"]);
    // Images are no language: one Ruby file among 6,000 PNGs is the repository's only language.
    expect(await languagesOf({ ...tree(6000, ".png"), "tools/one.rb": "" })).toEqual(["Ruby"]);
    // Scripts without an interpreter line are not counted either.
    const binaries = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`bin/tool${i}`, "\u007fELF"]));
    expect(await languagesOf({ ...tree(4900, ".js"), ...binaries, "tools/one.rb": "" })).toEqual(["JavaScript", "Ruby"]);
    // A script read by its interpreter line counts once: the 5,001st file, a lone shell script, is a trace.
    expect(await languagesOf({ ...tree(5000, ".js"), "bin/setup": "#!/usr/bin/env bash\n" })).toEqual(["JavaScript"]);
    expect(await languagesOf({ ...tree(4999, ".js"), "bin/setup": "#!/usr/bin/env bash\n" })).toEqual(["JavaScript", "Shell"]);
  });
});

describe("interpreter lines", () => {
  it("scripts in vendored folders are not read; extensionless files elsewhere are, as linguist reads them", async () => {
    // A vendored tool's scripts and a documentation tree's stay out like the rest of their folders.
    expect(await languagesOf({ "third_party/bin/phpunit": "#!/usr/bin/env php\n", "docs/scripts/build": "#!/usr/bin/env python3\n", "src/main.go": "" })).toEqual(["Golang"]);
    // Outside bin/ and scripts/ too: linguist's interpreter strategy applies to any file.
    expect(await languagesOf({ "src/notes": "#!/usr/bin/env python3\n", "src/main.go": "" })).toEqual(["Golang", "Python"]);
    expect(await languagesOf({ "src/NOTES": "remember the milk\n", "src/main.go": "" })).toEqual(["Golang"]);
  });

  it("at most 200 scripts are read, the first by path", async () => {
    const scripts: Record<string, string> = { "bin/zz-deploy": "#!/usr/bin/env ruby\n" };
    for (let i = 0; i < 200; i++) scripts[`bin/task${String(i).padStart(3, "0")}`] = "#!/bin/sh\n";
    expect(await languagesOf(scripts)).toEqual(["Shell"]);
    // Listed in another order, the same 200 are read.
    const { "bin/zz-deploy": last, ...rest } = scripts;
    expect(await languagesOf({ ...rest, "bin/zz-deploy": last! })).toEqual(["Shell"]);
  });

  it("a script without an interpreter line gives no language, not an unknown one", async () => {
    expect(await findingsOf({ "bin/tool": "\u007fELF", "bin/run": "echo hi\n", "main.go": "" })).toEqual([`tool:golang ${REPO_METADATA}`]);
  });

  it("reads the first line only, with env, options and versioned interpreters", () => {
    expect(interpreterOf("#!/usr/bin/env -S node --no-warnings\nconsole.log(1)\n")).toBe("node");
    expect(interpreterOf("#!/usr/bin/python3.11\n")).toBe("python");
    expect(interpreterOf("#! /usr/local/bin/ruby2.7 -w\r\n")).toBe("ruby");
    expect(interpreterOf("#!/usr/bin/env\n")).toBeUndefined();
    expect(interpreterOf("#!\n")).toBeUndefined();
    expect(interpreterOf("#!")).toBeUndefined();
    expect(interpreterOf("echo\n#!/bin/sh\n")).toBeUndefined();
    expect(interpreterOf(undefined)).toBeUndefined();
  });
});

describe("extensions of the smaller ecosystems", () => {
  it("a Clojure library of .cljc files and a Haskell binding of .hsc files name their languages", async () => {
    expect(await languagesOf({ "src/time/core.cljc": "(ns time.core)\n", "src/time/format.cljc": "(ns time.format)\n" })).toEqual(["Clojure"]);
    expect(await languagesOf({ "src/Sys/Stat.hsc": "module Sys.Stat where\n", "src/Sys/Fd.hsc": "module Sys.Fd where\n" })).toEqual(["Haskell"]);
  });
});
