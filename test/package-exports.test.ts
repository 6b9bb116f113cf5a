import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, localLinks, ROOT, runCommand, tempDir } from "./helpers.js";

/** A scratch project that depends on the built package (linked, as an install would place it). */
function scratch(): string {
  const dir = tempDir("techstack-consumer-");
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules/techstack"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  return dir;
}

const probe = `
  const doc = await t.detect(t.MemorySource ? new t.MemorySource({ "package.json": '{"dependencies":{"react":"^18.2.0"}}' }) : ".", { git: false });
  const out = { names: doc.tools.map((x) => x.name), yaml: t.render(doc, "yaml").startsWith("repo_name:"), valid: t.validate(doc).length, guard: [t.isStackDocument(doc), t.isStackDocument({ repo_name: "a/b", tools: 5 })], resolved: t.resolve(t.builtinCatalog(), "postgres")[0].tool.name, own: t.resolve(t.catalogWith(t.parseCatalogFile("tools:\\n  - id: acme-bus\\n    name: Acme Bus\\n")), "acme bus")[0].tool.name };
  console.log(JSON.stringify(out));
`;

/** The error codes each build throws, by what throws them, and its table: a second line after the probe's. */
const probeCodes = `
  const codeOf = async (run) => { try { await run(); return "returned"; } catch (e) { return [e.code, e.name, t.isTechstackError(e)].join(" "); } };
  const codes = {
    table: Object.keys(t.ERROR_CODES).length > 15 && Object.isFrozen(t.ERROR_CODES),
    missing: await codeOf(() => t.detect("./no-such-folder")),
    option: await codeOf(() => t.detect(new t.MemorySource({}), { exlude: [] })),
    format: await codeOf(() => t.render({ tools: [] }, "yml")),
    parse: await codeOf(() => t.parse("a: [b")),
    catalog: await codeOf(() => t.parseCatalogFile("tools:\\n  - name: X\\n")),
    shared: await codeOf(() => t.builtinCatalog().extend({})),
    aborted: await codeOf(() => t.detect(new t.MemorySource({}), { signal: AbortSignal.abort() })),
  };
  console.log(JSON.stringify(codes));
`;

/**
 * One workspace package of the monorepo probes() lays out (mono/), scanned by `workspace`, and the
 * option refused: a third line after the codes'.
 */
const probeWorkspace = `
  const web = await t.detect("mono", { git: false, workspace: "@acme/web" });
  const refused = await t.detect("mono", { workspace: "../x" }).then(() => "resolved", (e) => e.code);
  const missing = await t.detect("mono", { git: false, workspace: "nope" }).then(() => "resolved", (e) => e.code);
  console.log(JSON.stringify({ names: web.tools.map((x) => x.name), refused, missing }));
`;

/** A Yarn 1 monorepo of two packages, the web one depending on the ui one, as probeWorkspace scans it. */
function writeMonorepo(dir: string): void {
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ private: true, workspaces: ["packages/*"] }),
    "yarn.lock": '# yarn lockfile v1\n\n\nreact@^18.2.0:\n  version "18.2.0"\n',
    "packages/web/package.json": JSON.stringify({ name: "@acme/web", dependencies: { "@acme/ui": "^1.0.0", react: "^18.2.0" } }),
    "packages/ui/package.json": JSON.stringify({ name: "@acme/ui", dependencies: { vue: "^3.4.0" } }),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, "mono", path)), { recursive: true });
    writeFileSync(join(dir, "mono", path), text);
  }
}

/**
 * What the probe and the codes' probe say in a project that installed the packed tarball, from the
 * ESM build (import) and from the CommonJS one (require): a process each, shared by the tests that read
 * them (a Node.js process that loads the package and its catalog is half a second to a second of CPU).
 */
let probed: { esm: Probed; cjs: Probed } | undefined;
type Probed = { api: unknown; codes: unknown; workspace: unknown };
function probes(): NonNullable<typeof probed> {
  if (!probed) {
    const dir = installed();
    writeMonorepo(dir);
    writeFileSync(join(dir, "esm.mjs"), `import * as t from "techstack";\n${probe}\n${probeCodes}\n${probeWorkspace}`);
    writeFileSync(join(dir, "cjs.cjs"), `const t = require("techstack");\n(async () => {${probe}\n${probeCodes}\n${probeWorkspace}})();`);
    const read = (file: string) => {
      const [api, codes, workspace] = execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8" }).trim().split("\n").map((line) => JSON.parse(line) as unknown);
      return { api, codes, workspace };
    };
    probed = { esm: read("esm.mjs"), cjs: read("cjs.cjs") };
  }
  return probed;
}

describe("the published package", () => {
  it("names only conditions Node.js and TypeScript resolve in its exports map, each entry a packed path", () => {
    const { exports } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    const known = new Set(["types", "import", "require", "node", "default"]);
    const strays: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (typeof value === "string") {
        if (!value.startsWith("./")) strays.push(`${where}: ${value}`);
        return;
      }
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        if (!key.startsWith(".") && !known.has(key)) strays.push(`${where}/${key}`);
        walk(inner, `${where}/${key}`);
      }
    };
    walk(exports, "exports");
    // The map is there: the package's root entry at least.
    expect(Object.keys(exports)).toContain(".");
    // A field pasted into a condition object (typesVersions under "import") is read as a condition no resolver sets.
    expect(strays).toEqual([]);
  });

  it("imports as ESM and requires as CommonJS, with the same API", { timeout: 60_000 }, () => {
    // From a project that installed the packed tarball (what a user's npm install makes of it).
    const { esm, cjs } = probes();
    expect(esm.api).toEqual({ names: ["JavaScript", "React", "npm", "react"], yaml: true, valid: 0, guard: [true, false], resolved: "PostgreSQL", own: "Acme Bus" });
    expect(cjs.api).toEqual(esm.api);
    const schema = JSON.parse(execFileSync(process.execPath, ["-e", 'console.log(JSON.stringify(require("techstack/schema.json").title))'], { cwd: installed(), encoding: "utf8" }));
    expect(schema).toContain("techstack.yml");
  });
});

/**
 * The package packed once for the file (npm pack costs a second or more): the tarball in a temporary
 * folder and the paths it holds, from the package's root.
 */
let tarball: { dir: string; file: string; files: string[] } | undefined;
function packed(): { dir: string; file: string; files: string[] } {
  if (!tarball) {
    const dir = tempDir("techstack-packed-");
    const [made] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = { dir, file: join(dir, made!.filename), files: made!.files.map((f) => f.path) };
  }
  return tarball;
}

/** A project that installed the packed tarball, as npm install places it (node_modules/techstack), once for the file. */
let install: string | undefined;
function installed(): string {
  if (!install) {
    const { dir, file } = packed();
    const modules = join(dir, "node_modules");
    mkdirSync(modules);
    execFileSync("tar", ["xzf", file, "-C", modules]);
    execFileSync("mv", [join(modules, "package"), join(modules, "techstack")]);
    install = dir;
  }
  return install;
}

/**
 * Both builds loaded in one process, as an ESM app whose CommonJS dependency requires techstack too
 * loads them (each bundle has its own classes): what each says of the other's errors, and the names
 * the built classes log under. One process for the three tests that read it.
 */
let both: { across: boolean[]; subclass: boolean[]; names: string[]; guard: string; catalogs: string[] } | undefined;
function bothBuilds(): NonNullable<typeof both> {
  if (!both) {
    const code = `
      const esm = await import(${JSON.stringify(join(ROOT, "dist/index.js"))});
      const cjs = (await import("node:module")).createRequire(import.meta.url)(${JSON.stringify(join(ROOT, "dist/index.cjs"))});
      const { inspect } = await import("node:util");
      const thrown = (t) => { try { t.parse("a: [b"); } catch (e) { return e; } };
      const fromCjs = thrown(cjs), fromEsm = thrown(esm);
      console.log(JSON.stringify([fromCjs instanceof esm.ParseError, fromEsm instanceof cjs.ParseError, fromCjs instanceof Error,
        new TypeError("x") instanceof esm.ParseError, esm.ParseError === cjs.ParseError]));
      // A caller's subclass keeps the ordinary test.
      class Sub extends esm.ParseError {}
      console.log(JSON.stringify([new Sub("x") instanceof esm.ParseError, new Sub("x") instanceof cjs.ParseError, fromEsm instanceof Sub]));
      // console.log(error) and util.inspect name an error by its constructor, as a user sees it in a log.
      const logged = (t) => { try { t.parse("a: [b"); } catch (e) { return inspect(e).split("\\n")[0]; } };
      console.log(JSON.stringify([esm.ParseError.name, cjs.ParseError.name, logged(esm), logged(cjs), esm.MemorySource.name, esm.Catalog.name]));
      // One build's isTechstackError on the other's error.
      console.log(JSON.stringify([esm.isTechstackError(fromCjs), fromCjs instanceof esm.ParseError, fromCjs.code].join(" ")));
      // Each build's functions that take a catalog, given the other's (a library requiring techstack hands its catalog to an app importing it).
      const filed = (t, other) => { try { const doc = { tools: [{ name: "Shell", category: "Languages & Frameworks", sub_category: "Languages" }] }; return [t.sectionOf(doc.tools[0], other), t.render(doc, "markdown", { catalog: other }).includes("Shell"), t.toMarkdown(doc, undefined, undefined, other).includes("Shell"), t.resolve(other, "postgres")[0].tool.name].join(" "); } catch (e) { return e.code + " " + e.message; } };
      console.log(JSON.stringify([filed(esm, cjs.builtinCatalog()), filed(cjs, esm.builtinCatalog())]));
    `;
    const [across, subclass, names, guard, catalogs] = execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }).trim().split("\n").map((line) => JSON.parse(line));
    both = { across, subclass, names, guard, catalogs };
  }
  return both;
}

describe("both builds in one process", () => {
  it("a ParseError thrown by one build is an instance of the other's ParseError, as a caller catching it expects", () => {
    // An ESM app whose CommonJS dependency requires techstack too loads both bundles, each with its own class.
    const { across, subclass } = bothBuilds();
    expect(across).toEqual([true, true, true, false, false]);
    expect(subclass).toEqual([true, true, false]);
  });

  it("the built classes keep their own names: a logged ParseError reads 'ParseError', not the bundler's renamed '_ParseError'", () => {
    const [esmName, cjsName, esmLogged, cjsLogged, ...others] = bothBuilds().names;
    expect([esmName, cjsName]).toEqual(["ParseError", "ParseError"]);
    expect(esmLogged).toMatch(/^ParseError: /);
    expect(cjsLogged).toMatch(/^ParseError: /);
    expect(others).toEqual(["MemorySource", "Catalog"]);
  });

  it("render, toMarkdown, sectionOf and resolve take a catalog of the other build, as they read it, not by its class", () => {
    // Shell is filed under Other by the catalog's markdown_section, which only a catalog read gives.
    expect(bothBuilds().catalogs).toEqual(["Other true true PostgreSQL", "Other true true PostgreSQL"]);
  });
});

describe("the error codes, from the built packages", () => {
  it("ESM and CommonJS throw the same codes, list the same table, and each tells the other's errors by isTechstackError; the types name the union", { timeout: 120_000 }, () => {
    const { esm, cjs } = probes();
    expect(esm.codes).toEqual({
      table: true,
      missing: "TECHSTACK_NO_SUCH_DIRECTORY Error true",
      option: "TECHSTACK_BAD_OPTION TypeError true",
      format: "TECHSTACK_UNKNOWN_FORMAT TypeError true",
      parse: "TECHSTACK_PARSE_ERROR ParseError true",
      catalog: "TECHSTACK_INVALID_CATALOG Error true",
      shared: "TECHSTACK_SHARED_CATALOG TypeError true",
      aborted: "TECHSTACK_ABORTED AbortError true",
    });
    expect(cjs.codes).toEqual(esm.codes);
    // One build's isTechstackError on the other's error (an ESM app with a CommonJS dependency loads both).
    expect(bothBuilds().guard).toBe("true true TECHSTACK_PARSE_ERROR");
    // TypeScript narrows code to the union after isTechstackError; a code that is not one fails to compile.
    const { run, codes } = consumers();
    expect(diagnostics(run, [codes])).toEqual(compiled([codes]));
  });
});

describe("the package's code copied away from its catalog", () => {
  it("says that the package must stay external to a bundle, as a bundler that inlines it leaves dist/catalog.json behind", { timeout: 60_000 }, () => {
    // What esbuild or webpack does with a dependency: its code (the ESM entry and the chunks it
    // imports, or the CommonJS file) moves into the app's own file, away from dist/catalog.json.
    const dir = scratch();
    writeFileSync(join(dir, "main.mjs"), 'import { builtinCatalog } from "techstack";\nbuiltinCatalog();\n');
    writeFileSync(join(dir, "main.cjs"), 'require("techstack").builtinCatalog();\n');
    const esbuild = join(ROOT, "node_modules/.bin/esbuild");
    const out = join(dir, "out");
    mkdirSync(out);
    execFileSync(esbuild, ["main.mjs", "--bundle", "--platform=node", "--format=esm", `--outfile=${join(out, "app.mjs")}`, "--log-level=error"], { cwd: dir });
    execFileSync(esbuild, ["main.cjs", "--bundle", "--platform=node", "--format=cjs", `--outfile=${join(out, "app.cjs")}`, "--log-level=error"], { cwd: dir });
    // An app written with import and bundled to CommonJS takes the ESM build, whose import.meta.url is gone.
    execFileSync(esbuild, ["main.mjs", "--bundle", "--platform=node", "--format=cjs", `--outfile=${join(out, "esm-app.cjs")}`, "--log-level=error"], { cwd: dir });
    const run = (file: string) => {
      try {
        execFileSync(process.execPath, [file], { cwd: out, encoding: "utf8", stdio: "pipe" });
        return "";
      } catch (error) {
        return (error as { stderr: string }).stderr;
      }
    };
    for (const file of ["app.mjs", "app.cjs"]) {
      const stderr = run(file);
      expect(stderr, file).toContain(`techstack: its catalog (catalog.json and catalog.txt) is not beside its code in ${out}`);
      expect(stderr, file).toContain("leave techstack external");
    }
    expect(run("esm-app.cjs")).toContain("techstack: its catalog (catalog.json and catalog.txt) is not beside its code in the app's CommonJS bundle; a bundle must leave techstack external");
    // A copy that took catalog.json along but not catalog.txt is told the same, not a bare ENOENT.
    copyFileSync(join(ROOT, "dist/catalog.json"), join(out, "catalog.json"));
    expect(run("app.mjs")).toContain(`techstack: its catalog (catalog.json and catalog.txt) is not beside its code in ${out}`);
    // Left external, as the message says, the app runs.
    execFileSync(esbuild, ["main.mjs", "--bundle", "--platform=node", "--format=esm", "--external:techstack", `--outfile=${join(dir, "external.mjs")}`, "--log-level=error"], { cwd: dir });
    expect(run(join(dir, "external.mjs"))).toBe("");
  });
});

describe("the workspace option, from the installed package", () => {
  it("scans one package of a monorepo from the ESM and the CommonJS build alike, and refuses a workspace above the folder", { timeout: 60_000 }, () => {
    const { esm, cjs } = probes();
    // React from the package, Yarn from the root's lockfile; not the other package's Vue, nor it as a registry package.
    expect(esm.workspace).toEqual({ names: ["JavaScript", "React", "Yarn", "npm", "react"], refused: "TECHSTACK_BAD_OPTION", missing: "TECHSTACK_NO_SUCH_WORKSPACE" });
    expect(cjs.workspace).toEqual(esm.workspace);
  });
});

/**
 * The repository's pages the package leaves out: the project's history and measurements (accuracy,
 * held-out rounds, speed, mutation testing, the suite's time, audits), which no user of the package
 * needs (held-out-corpus.md alone was 680 KB of the 2.1 MB tarball). The README and the pages the
 * package ships may link to them: README.md says they are the repository's.
 */
const REPOSITORY_PAGES = [
  "docs/accuracy-history.md",
  "docs/catalog-audit-stop61.md",
  "docs/catalog-audit-stop62.md",
  "docs/catalog-audit-stop76.md",
  "docs/held-out-corpus.md",
  "docs/held-out-evidence.md",
  "docs/held-out-summary.md",
  "docs/knowledge-in-code-stop70.md",
  "docs/mutation-testing.md",
  "docs/peer-comparison.md",
  "docs/reliability-history.md",
  "docs/reliability.md",
  "docs/site-differences.md",
  "docs/speed-choices.md",
  "docs/speed-history.md",
  "docs/test-suite-time.md",
];

describe("the packed tarball", () => {
  it("ships what a user reads (README, licences, the API's, the command line's and the catalog's pages) beside dist/, and leaves the project's history pages in the repository", () => {
    const { files } = packed();
    expect(files.filter((f) => !f.startsWith("dist/")).sort()).toEqual([
      "LICENSE",
      "README.md",
      "catalog/LICENSE-ODbL.txt",
      "catalog/README.md",
      "docs/api.md",
      "docs/catalog.md",
      "docs/ci-setups.md",
      "docs/command-line.md",
      "docs/detectors.md",
      "docs/name-resolution-lists.md",
      "docs/techstack-md.md",
      "package.json",
    ]);
    expect(files).toEqual(expect.arrayContaining(["dist/schema.json", "dist/index.d.ts", "dist/index.d.cts", "dist/THIRD-PARTY-LICENSES.md"]));
    // Every page of docs/ is one or the other: a new page is shipped or kept by a decision made here.
    const pages = readdirSync(join(ROOT, "docs")).map((name) => `docs/${name}`);
    expect(pages.filter((page) => !files.includes(page)).sort()).toEqual(REPOSITORY_PAGES);
  });

  it("holds every file the README and the Markdown pages it ships link to, but the repository's own pages, so no other link is dead in node_modules", () => {
    const { files } = packed();
    const dead: string[] = [];
    for (const page of files.filter((f) => f.endsWith(".md"))) {
      for (const target of localLinks(readFileSync(join(ROOT, page), "utf8"))) {
        const path = posix.normalize(posix.join(posix.dirname(page), target));
        // A folder's link (docs/) is alive where the tarball holds a file inside it. (The registry's
        // page resolves relative links against package.json's repository, which it has none of.)
        const shipped = files.some((f) => f === path || f.startsWith(path.endsWith("/") ? path : `${path}/`));
        if (!shipped && !(REPOSITORY_PAGES.includes(path) && existsSync(join(ROOT, path)))) dead.push(`${page}: ${target}`);
      }
    }
    expect(files).toContain("README.md");
    expect(dead).toEqual([]);
    // The README tells a reader in node_modules where those pages are.
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toMatch(/history and measurement pages .*are the repository's, not the npm package's/s);
  });

  it("declares the licence of each licence text it ships: MIT for the code, ODbL 1.0 for the catalog data compiled into dist/", () => {
    const { files } = packed();
    const { license } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { license: string };
    expect(files).toEqual(expect.arrayContaining(["LICENSE", "catalog/LICENSE-ODbL.txt", "dist/catalog.json", "dist/catalog.txt"]));
    // An SPDX expression: a licence checker reads this field, not the README's paragraph on the data.
    expect(license).toBe("MIT AND ODbL-1.0");
  });

  it("is not packed from a clone that was never built: the package would install without its code", { timeout: 60_000 }, () => {
    const clone = tempDir("techstack-unbuilt-");
    for (const file of ["package.json", "README.md", "LICENSE", "catalog/LICENSE-ODbL.txt", "scripts/prepack.mjs"]) {
      if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(clone, file));
    }
    let stderr = "";
    try {
      execFileSync("npm", ["pack", "--dry-run"], { cwd: clone, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      stderr = (error as { stderr: string }).stderr;
    }
    expect(stderr).toContain("techstack: dist/index.js, dist/index.cjs, dist/index.d.ts, dist/index.d.cts, dist/cli.js, dist/catalog.json, dist/catalog.txt, dist/schema.json are missing: run npm run build before npm pack");
  });

  it("runs from an npm pack install with nothing else installed, so it declares no runtime dependency", { timeout: 120_000 }, () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    // Everything is bundled into dist/: a declared dependency would only cost every user an install.
    expect(manifest.dependencies ?? {}).toEqual({});
    const dir = installed();
    const modules = join(dir, "node_modules");
    // The licence package.json declares ships with the code, and the catalog's ODbL notice with its data.
    expect(readFileSync(join(modules, "techstack/LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the techstack authors\n/);
    expect(existsSync(join(modules, "techstack/catalog/LICENSE-ODbL.txt"))).toBe(true);
    // The library from that install, imported and required: the API test's processes (probes()).
    const { esm, cjs } = probes();
    expect(esm.api).toEqual({ names: ["JavaScript", "React", "npm", "react"], yaml: true, valid: 0, guard: [true, false], resolved: "PostgreSQL", own: "Acme Bus" });
    expect(cjs.api).toEqual(esm.api);
    const cli = join(modules, "techstack/dist/cli.js");
    const dry = execFileSync(process.execPath, [cli, "submit", "--manual", "postgres", "--dry-run"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    expect(JSON.parse(dry).document.tools[0].name).toBe("PostgreSQL");
    cpSync(fixture("nextjs-app"), join(dir, "app"), { recursive: true });
    execFileSync(process.execPath, [cli, "write", "app", "--no-git"], { cwd: dir, stdio: "ignore" });
    expect(execFileSync(process.execPath, [cli, "validate", "app/techstack.yml"], { cwd: dir, encoding: "utf8" })).toContain("valid");
  });
});

/** The ```ts blocks of the README, in order. */
function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
}

/**
 * The @example blocks of the published declarations, each with the imports it leaves out (a TSDoc
 * example names the API's functions bare): from techstack the exports it names, from node:fs the
 * functions it calls.
 */
function docExamples(declarations: string): string[] {
  const names = [...declarations.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(",")).map((n) => n.trim()).filter((n) => n && !n.startsWith("type "));
  expect(names.length).toBeGreaterThan(20);
  return [...declarations.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].map((m) => {
    const code = m[1]!.replace(/^\s*\* ?/gm, "");
    const used = (list: string[]) => list.filter((n) => new RegExp(`\\b${n}\\b`).test(code));
    const fs = used(["readFileSync", "writeFileSync"]);
    return `import { ${used(names).join(", ")} } from "techstack";\n${fs.length ? `import { ${fs.join(", ")} } from "node:fs";\n` : ""}${code}\nexport {};\n`;
  });
}

// The consumer projects the tests below compile: one `tsc -b` builds them all, as build mode checks
// several projects in one compiler process, which reads the lib and @types files once for all of them
// (the five projects: 12 s of CPU in one process, 18 s in the three the tests ran apart). Each test
// reads what tsc said while it built that test's projects.

const compilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  // The package's own declaration files are checked too, as a consumer without skipLibCheck does.
  skipLibCheck: false,
  // TypeScript's own lib.*.d.ts (lib.dom.d.ts alone is 1.9 MB) are no part of the package: a clash
  // with one is reported at the package's declaration as well.
  skipDefaultLibCheck: true,
  target: "es2022",
  types: ["node"],
  typeRoots: [join(ROOT, "node_modules/@types")],
};

/** A module project that narrows the error codes: the union after isTechstackError, and a code that is not one. */
function codesProject(): string {
  const dir = scratch();
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(
    join(dir, "codes.ts"),
    'import { detect, isTechstackError, ERROR_CODES, ParseError, type TechstackErrorCode } from "techstack";\nexport async function f(): Promise<TechstackErrorCode | undefined> {\n  try {\n    await detect("x");\n  } catch (error) {\n    if (isTechstackError(error)) return error.code;\n  }\n  const p: "TECHSTACK_PARSE_ERROR" = new ParseError("x").code;\n  void p;\n  // @ts-expect-error -- no such code\n  const wrong: TechstackErrorCode = "TECHSTACK_NOPE";\n  void wrong;\n  return Object.keys(ERROR_CODES).includes("TECHSTACK_BAD_OPTION") ? "TECHSTACK_BAD_OPTION" : undefined;\n}\n',
  );
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true, skipLibCheck: true, types: [], typeRoots: [join(ROOT, "node_modules/@types")] }, include: ["codes.ts"] }));
  return dir;
}

/**
 * A module project that reads a techstack.yml as a consumer does: what `parse` gives is typed as
 * a file may hold it (a hand-written one lacks the header fields, its `tools` may be no list), and
 * the functions that cope with such a file at run time (diff, render, validate, formatDiff, detect's
 * `previous`) take it as it is.
 */
function parsedProject(): string {
  const dir = scratch();
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(
    join(dir, "parsed.ts"),
    [
      'import { detect, diff, formatDiff, isStackDocument, parse, render, validate, type ParsedStackDocument, type StackDocument } from "techstack";',
      "export async function f(text: string): Promise<string> {",
      "  const committed: ParsedStackDocument = parse(text);",
      '  const d = diff(committed, await detect(".", { previous: committed }));',
      "  const problems = validate(committed).length;",
      "  // A scan's document is one a parsed file may be.",
      '  const scanned: ParsedStackDocument = await detect(".");',
      '  return `${problems}${formatDiff(d, "markdown")}${render(committed, "markdown")}${render(scanned)}`;',
      "}",
      'export function tools(text: string): number {',
      "  const doc = parse(text);",
      "  // @ts-expect-error -- a file's tools may be no list (tools: 5)",
      "  const count: number = doc.tools.length;",
      "  // @ts-expect-error -- a hand-written file may lack its header fields",
      "  const name: string = doc.repo_name;",
      "  // @ts-expect-error -- a parsed file is no StackDocument until it is checked",
      "  const whole: StackDocument = doc;",
      "  // Once isStackDocument holds, it is one: its tools a list of entries.",
      "  const checked: StackDocument | undefined = isStackDocument(doc) ? doc : undefined;",
      "  void name;",
      "  void whole;",
      "  void checked?.tools[0]?.name;",
      "  return Array.isArray(doc.tools) ? doc.tools.length + count : 0;",
      "}",
      "",
    ].join("\n"),
  );
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true, skipLibCheck: true, types: [], typeRoots: [join(ROOT, "node_modules/@types")] }, include: ["parsed.ts"] }));
  return dir;
}

/**
 * A CommonJS project of the older node10 resolution and an ESM one of nodenext, using the API and the
 * JSON Schema's path. Neither calls Node.js, so neither loads @types/node: checking it (skipLibCheck is
 * off) was some 2.7 s of CPU a project, and the package's declarations are checked beside it by the
 * examples' node16 project, which calls node:fs. Here they must compile without it, and without the
 * DOM lib, as a library compiled for Node.js alone is ("lib": ["es2022"]): the declarations name no
 * global of either (a scan's signal is a ScanSignal, its folder's URL a FileUrl).
 */
function resolutionProjects(): { legacy: string; next: string } {
  const dir = scratch();
  const options = { ...compilerOptions, types: [], lib: ["es2022"] };
  const api = 'export async function count(): Promise<number> {\n  const doc = await detect(new MemorySource({ "package.json": "{}" }), { git: false });\n  return validate(doc).length + doc.tools.length;\n}\nexport const title: string | undefined = typeof schemaFile.title === "string" ? schemaFile.title : schema.title;\n';
  // node10 reads no exports map: `techstack/schema.json` is looked for at the package's root.
  const legacy = join(dir, "node10");
  mkdirSync(legacy);
  writeFileSync(join(legacy, "consumer.ts"), `import { detect, MemorySource, schema, validate } from "techstack";\nimport schemaFile = require("techstack/schema.json");\n${api}`);
  writeFileSync(join(legacy, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...options, module: "commonjs", moduleResolution: "node10", resolveJsonModule: true, noEmit: true }, include: ["*.ts"] }));
  const next = join(dir, "nodenext");
  mkdirSync(next);
  writeFileSync(join(next, "package.json"), JSON.stringify({ name: "consumer-next", private: true, type: "module" }));
  writeFileSync(join(next, "consumer.ts"), `import { detect, MemorySource, schema, validate } from "techstack";\nimport schemaFile from "techstack/schema.json" with { type: "json" };\n${api}`);
  writeFileSync(join(next, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...options, module: "nodenext", moduleResolution: "nodenext", resolveJsonModule: true, noEmit: true }, include: ["*.ts"] }));
  return { legacy, next };
}

/**
 * The README's ```ts blocks and the declarations' @example blocks, each a file of a node16 project
 * (which emits them to out/, with a CommonJS consumer) and of a bundler-resolution one.
 */
function examplesProjects(): { dir: string; bundler: string; readme: string[]; examples: string[] } {
  const readme = tsBlocks(readFileSync(join(ROOT, "README.md"), "utf8"));
  const examples = docExamples(readFileSync(join(ROOT, "dist/index.d.ts"), "utf8"));
  const blocks = [...readme, ...examples];
  const dir = scratch();
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  blocks.forEach((code, i) => writeFileSync(join(dir, `example${i}.ts`), code));
  // A CommonJS consumer, through the package's require condition.
  writeFileSync(
    join(dir, "consumer.cts"),
    'import t = require("techstack");\nimport type { StackDocument, StackDiff } from "techstack";\nexport async function f(): Promise<StackDiff> {\n  const d: StackDocument = await t.detect(".", { git: false });\n  return t.diff(d, d);\n}\nexport const title: string = String(t.schema.title);\n',
  );
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...compilerOptions, module: "node16", moduleResolution: "node16", outDir: "out" }, include: ["*.ts", "*.cts"] }));
  const bundler = join(dir, "bundler");
  mkdirSync(bundler);
  blocks.forEach((code, i) => writeFileSync(join(bundler, `example${i}.ts`), code));
  // The examples under bundler resolution; the declaration files are the node16 project's to check.
  // dist/index.d.ts imports no module, so what tsc says of it does not hang on the resolution, and
  // with skipLibCheck off here too this program checked @types/node a second time (2 to 3 s of CPU).
  writeFileSync(join(bundler, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...compilerOptions, module: "esnext", moduleResolution: "bundler", noEmit: true, skipLibCheck: true }, include: ["*.ts"] }));
  return { dir, bundler, readme, examples };
}

/** What `tsc -b --verbose` printed while it built each project, by the project's folder, and what it printed outside any. */
interface Compile {
  said: Map<string, string>;
  stray: string;
}

function compile(dirs: string[]): Compile {
  let out = "";
  let code = 0;
  try {
    out = execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-b", "--verbose", ...dirs], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    code = e.status;
    out = e.stdout + e.stderr;
  }
  const said = new Map<string, string>();
  let current: string | undefined;
  let stray = "";
  for (const line of out.split(/\r?\n/)) {
    const building = /Building project '(.+)'\.\.\.$/.exec(line);
    if (building) {
      current = dirname(building[1]!);
      said.set(current, "");
      continue;
    }
    // --verbose's own lines: a time, " - ", then what it does; and the list under "Projects in this build".
    if (line.trim() === "" || / - (Projects in this build|Project '|Building project|Updating|Skipping)/.test(line) || /^ {4}\* /.test(line)) continue;
    if (current === undefined) stray += `${line}\n`;
    else said.set(current, `${said.get(current)}${line}\n`);
  }
  // A failure that printed nothing (the compiler itself crashed) still fails every test.
  if (code !== 0 && stray === "" && [...said.values()].every((text) => text === "")) stray = `tsc -b exited with ${code} and printed no diagnostic\n`;
  return { said, stray };
}

let consumersCompiled: { run: Compile; codes: string; parsed: string; legacy: string; next: string; examples: ReturnType<typeof examplesProjects> } | undefined;
/** Every consumer project, written and compiled once for the file. */
function consumers(): NonNullable<typeof consumersCompiled> {
  if (!consumersCompiled) {
    const codes = codesProject();
    const parsed = parsedProject();
    const { legacy, next } = resolutionProjects();
    const examples = examplesProjects();
    consumersCompiled = { run: compile([codes, parsed, legacy, next, examples.dir, examples.bundler]), codes, parsed, legacy, next, examples };
  }
  return consumersCompiled;
}

/** What tsc said of `dirs` ("not built" for one it never built), and outside any project. */
function diagnostics(run: Compile, dirs: string[]): Record<string, string> {
  return Object.fromEntries([...dirs.map((dir) => [dir, run.said.get(dir) ?? "not built"]), ["outside any project", run.stray]]);
}

/** diagnostics' answer when `dirs` compiled without a word. */
function compiled(dirs: string[]): Record<string, string> {
  return Object.fromEntries([...dirs.map((dir) => [dir, ""]), ["outside any project", ""]]);
}

describe("the published types", () => {
  it("exports every type its declarations define but the catalog's internals, so that a caller names what it narrows on (a resolution's matchedBy, a change's direction)", () => {
    const declarations = readFileSync(join(ROOT, "dist/index.d.ts"), "utf8");
    const exported = new Set([...declarations.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(",")).map((n) => n.trim().replace(/^type /, "")));
    const defined = [...declarations.matchAll(/^(?:declare )?(?:interface|type|class|const|function) (\w+)/gm)].map((m) => m[1]!);
    expect(defined.length).toBeGreaterThan(50);
    // Left out on purpose: the type of detect's `previous`, which a ParsedStackDocument fills. (What
    // Catalog's engine-facing members were typed by left with them: @internal, test/public-declarations.test.ts.)
    expect(defined.filter((name) => !exported.has(name)).sort()).toEqual(["EarlierDocument"]);
  });

  it("a CommonJS project of the older node10 resolution and an ESM one of nodenext compile against the API and the JSON Schema's path", { timeout: 120_000 }, () => {
    const { run, legacy, next } = consumers();
    expect(diagnostics(run, [legacy, next])).toEqual(compiled([legacy, next]));
  });

  it("parse's result is typed as a file may hold it (header fields optional, tools unknown), and diff, render, validate, formatDiff and detect's previous take it", { timeout: 120_000 }, () => {
    const { run, parsed } = consumers();
    expect(diagnostics(run, [parsed])).toEqual(compiled([parsed]));
  });

  it("the README's TypeScript examples and the declarations' @example blocks compile under strict node16 and bundler resolution, and run", { timeout: 120_000 }, async () => {
    const { run, examples: { dir, bundler, readme, examples } } = consumers();
    expect(readme.length).toBeGreaterThanOrEqual(3);
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(diagnostics(run, [dir, bundler])).toEqual(compiled([dir, bundler]));
    const blocks = [...readme, ...examples];

    // Run them where the files they name exist: a git repository my-repo/ on main, techstack.yml and a
    // repository catalog file.
    cpSync(fixture("nextjs-app"), join(dir, "my-repo"), { recursive: true });
    const git = (...args: string[]) => execFileSync("git", ["-C", join(dir, "my-repo"), "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false", ...args], { stdio: "ignore" });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "first");
    // The techstack.yml they read is set-up, not what is tested: written in-process.
    expect((await runCommand(["write", "my-repo", "--out", ".", "--no-git"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "techstack.catalog.yml"), "tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Data Stores\n    sub_category: Message Queue\n");
    mkdirSync(join(dir, "docs"));
    // One Node.js process runs the compiled examples in turn, as the reader's program would import
    // the package once (a process each cost half a second of CPU apiece, eleven of them). A line
    // before each says whose output follows; an example that throws stops the run, one that sets
    // an exit code is named.
    writeFileSync(
      join(dir, "run-examples.mjs"),
      `for (let i = 0; i < ${blocks.length}; i++) {\n  process.stdout.write(\`@@ example\${i}\\n\`);\n  await import(\`./out/example\${i}.js\`);\n  if (process.exitCode) throw new Error(\`example\${i} set the exit code \${process.exitCode}\`);\n}\nprocess.stdout.write("@@ done\\n");\n`,
    );
    const out = execFileSync(process.execPath, ["run-examples.mjs"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const parts = out.split(/^@@ /m).slice(1);
    expect(parts.map((part) => part.split("\n")[0])).toEqual([...blocks.map((_, i) => `example${i}`), "done"]);
    expect(parts[0]).toContain("name: Next.js");
  });
});
