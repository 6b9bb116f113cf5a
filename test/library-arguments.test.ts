import { describe, expect, it } from "vitest";
import { coded } from "../src/errors.js";
import * as api from "../src/index.js";
import { builtinCatalog, catalogWith, detect, diff, formatDiff, isEmptyDiff, MemorySource, parse, render, resolve, scan, validate, type Detector } from "../src/index.js";
import { toolsOf } from "./helpers.js";

// What a JavaScript caller (no type checker) gets for a wrong argument: a TypeError that says
// what was expected, not one from deep inside ("Cannot read properties of undefined").
describe("library arguments", () => {
  it("detect without a folder or a file source", async () => {
    for (const bad of [undefined, null, 42, {}]) {
      await expect(detect(bad as never), String(bad)).rejects.toThrow(/expected a directory path or a FileSource/);
    }
    // An empty path (an unset variable) scanned the current folder.
    await expect(detect("")).rejects.toThrow(/^detect: expected a directory path, not an empty string \("\." is the current folder\)$/);
    await expect(scan("")).rejects.toThrow(/^scan: expected a directory path, not an empty string/);
    await expect(detect("", { git: false })).rejects.toBeInstanceOf(TypeError);
  });

  it("a timestamp that is not a date is refused by name, not written into the document or failed on deep inside", async () => {
    const source = new MemorySource({ "go.mod": "module x\n" });
    for (const bad of ["yesterday", "2024-02-30", new Date("x")]) {
      await expect(detect(source, { timestamp: bad }), String(bad)).rejects.toThrow(/timestamp: expected an ISO date and time/);
    }
    expect((await detect(source, { timestamp: "2024-05-01T12:00:00+00:00" })).timestamp).toBe("2024-05-01T12:00:00+00:00");
  });

  it("a timestamp string in another ISO form is written as the site writes it, as --timestamp writes it", async () => {
    const source = new MemorySource({ "go.mod": "module x\n" });
    for (const given of ["2024-05-01T14:00:00+02:00", "2024-05-01T12:00:00.123Z", "  2024-05-01T12:00:00Z\n", "2024-05-01t12:00:00z"]) {
      expect((await detect(source, { timestamp: given })).timestamp, given).toBe("2024-05-01T12:00:00+00:00");
    }
    expect((await detect(source, { timestamp: "2024-05-01" })).timestamp).toBe("2024-05-01T00:00:00+00:00");
  });

  it("options of the wrong kind are refused by name, not failed on deep inside or ignored", async () => {
    const source = new MemorySource({ "package.json": "{}" });
    await expect(detect(source, { include: "src/**" as never })).rejects.toThrow(/^include: expected a list of globs/);
    await expect(detect(source, { exclude: [1] as never })).rejects.toThrow(/^exclude: expected a list of globs/);
    await expect(detect(source, { disable: "docker" as never })).rejects.toThrow(/^disable: expected true or a list/);
    await expect(detect(source, { disable: ["dockr"] })).rejects.toThrow(/^disable: no built-in detector is named 'dockr' \(known: .*docker/);
    await expect(detect(source, { maxFileBytes: -1 })).rejects.toThrow(/^maxFileBytes: expected a number of bytes above 0/);
    await expect(detect(source, { rev: "HEAD" })).rejects.toThrow(/^rev: only a directory path has revisions/);
    // The right kinds still pass.
    expect((await detect(source, { include: ["**"], exclude: [], disable: ["docker"], maxFileBytes: 1024 })).tools.map((t) => t.name)).toContain("npm");
  });

  it("options that are not an object, and switches, callbacks and tables of the wrong kind, are refused by name too", async () => {
    const source = new MemorySource({ "package.json": "{}" });
    // A string or a list where the options go would otherwise be read as no options at all, and
    // null failed deep inside ("Cannot read properties of null").
    for (const bad of [null, "yaml", 42, ["--no-git"]]) {
      await expect(detect(source, bad as never), JSON.stringify(bad)).rejects.toThrow(/^options: expected an object of options/);
    }
    // A switch given as a string ("false" from an environment variable) would count as true: git
    // read, packages listed, against the caller's word.
    for (const key of ["git", "history", "packages", "allTools"]) {
      await expect(detect(source, { [key]: "false" } as never), key).rejects.toThrow(new RegExp(`^${key}: expected true or false, not "false"`));
    }
    await expect(detect(source, { onWarning: "console.warn" } as never)).rejects.toThrow(/^onWarning: expected a function/);
    await expect(detect(source, { detectors: {} as never })).rejects.toThrow(/^detectors: expected a list of detectors/);
    await expect(detect(source, { repo: "acme/shop" as never })).rejects.toThrow(/^repo: expected an object of header fields/);
    await expect(detect(source, { catalog: "techstack.catalog.yml" as never })).rejects.toThrow(/^catalog: expected catalog data/);
    await expect(detect(".", { rev: 2 as never })).rejects.toThrow(/^rev: expected a revision name/);
    // The right kinds still pass, undefined as if left out.
    const document = await detect(source, { git: false, history: true, packages: false, allTools: false, onWarning: () => {}, detectors: [], repo: { repo_name: "acme/shop" }, catalog: [{ tools: [] }], timestamp: undefined });
    expect(document.repo_name).toBe("acme/shop");
    expect((await detect(source, undefined)).tools.map((t) => t.name)).toContain("npm");
  });

  it("an option of another name (a typo, a flag's spelling) is refused by name, not ignored", async () => {
    // Each of these scanned as if the option had not been given: React's tool and its package
    // listed, the excluded folder read.
    const source = new MemorySource({ "package.json": '{"dependencies":{"react":"18.2.0"}}' });
    await expect(detect(source, { exlude: ["legacy/**"] } as never)).rejects.toThrow(/^options: no option 'exlude' \(known: detectors, disable, catalog, rev, git, history, timestamp, maxFileBytes, include, exclude, inheritedFrom, packages, allTools, previous, repo, onWarning, onProgress, signal, workspace\)$/);
    await expect(detect(source, { "all-tools": true } as never)).rejects.toThrow(/^options: no option 'all-tools' \(--all-tools is allTools: true\)$/);
    await expect(detect(source, { noPackages: true } as never)).rejects.toThrow(/^options: no option 'noPackages' \(--no-packages is packages: false\)$/);
    await expect(detect(source, { "no-git": true } as never)).rejects.toThrow(/^options: no option 'no-git' \(--no-git is git: false\)$/);
    await expect(detect(source, { maxfilebytes: 10 } as never)).rejects.toThrow(/^options: no option 'maxfilebytes' \(maxFileBytes\?\)$/);
    await expect(scan(source, { onwarning: () => {} } as never)).rejects.toThrow(/^options: no option 'onwarning' \(onWarning\?\)$/);
    // One left undefined changes nothing, as a known one left undefined does (a spread of optional settings).
    expect((await detect(source, { exlude: undefined } as never)).tools.map((t) => t.name)).toContain("React");
  });

  it("the header fields of repo are refused by name where they are no text or no field, not failed on deep inside or ignored", async () => {
    const source = new MemorySource({ "package.json": "{}" });
    // A number failed deep inside ('The "data" argument must be of type string'); a field of
    // another name was ignored.
    await expect(detect(source, { repo: { repo_name: 5 } } as never)).rejects.toThrow(/^repo: repo_name must be text, not 5$/);
    await expect(detect(source, { repo: { branch: ["main"] } } as never)).rejects.toThrow(/^repo: branch must be text, not a list$/);
    await expect(detect(source, { repo: { name: "acme/shop" } } as never)).rejects.toThrow(/^repo: no header field 'name' \(known: repo_name, provider, branch, requested_by, repo_type, web_url, folder\)$/);
    const document = await detect(source, { repo: { repo_name: "acme/shop", branch: "trunk", provider: "github", requested_by: "acme", repo_type: "Private", web_url: undefined } });
    expect([document.repo_name, document.branch, document.provider, document.requested_by, document.repo_type]).toEqual(["acme/shop", "trunk", "github", "acme", "Private"]);
  });

  it("a custom detector's finding without its file, or with a field of the wrong kind, fails that detector with a warning, not the scan", async () => {
    const source = new MemorySource({ "package.json": '{"dependencies":{"react":"18.2.0"}}' });
    const reporting = (finding: unknown): Detector => ({ name: "mine", files: ["package.json"], async detect(ctx) { ctx.report(finding as never); } });
    const tried = async (finding: unknown): Promise<{ warnings: string[]; extra: unknown[] }> => {
      const result = await scan(source, { detectors: [reporting(finding)] });
      expect(validate(result.document), JSON.stringify(finding)).toEqual([]);
      return { warnings: result.warnings.map((w) => `${w.file}: ${w.message}`), extra: result.document.tools.filter((t) => !["JavaScript", "React", "npm", "react"].includes(t.name)).map((t) => t.name) };
    };
    // Without its file the whole scan rejected ("Cannot read properties of undefined (reading
    // 'lastIndexOf')"); a number for a release or a file went into the document as a number.
    expect(await tried({ ref: "tool:redis" })).toEqual({ warnings: ["package.json: detector mine failed: report: a finding's file must be a path in the tree (text), not undefined"], extra: [] });
    expect(await tried({ ref: "tool:redis", file: 5 })).toEqual({ warnings: ["package.json: detector mine failed: report: a finding's file must be a path in the tree (text), not 5"], extra: [] });
    expect(await tried({ ref: "tool:redis", file: "" })).toEqual({ warnings: ['package.json: detector mine failed: report: a finding\'s file must be a path in the tree (text), not ""'], extra: [] });
    expect(await tried({ ref: "tool:redis", file: "package.json", version: 7 })).toEqual({ warnings: ["package.json: detector mine failed: report: a finding's version must be text, not 7"], extra: [] });
    expect(await tried({ ref: "tool:redis", file: "package.json", version: "7.2.4", versionFile: 3 })).toEqual({ warnings: ["package.json: detector mine failed: report: a finding's versionFile must be text, not 3"], extra: [] });
    expect(await tried({ ref: "tool:redis", file: "package.json", line: "3" })).toEqual({ warnings: ['package.json: detector mine failed: report: a finding\'s line must be a whole number above 0, not "3"'], extra: [] });
    // A well-formed one is taken, undefined fields as if left out.
    expect(await tried({ ref: "tool:redis", file: "package.json", line: 1, version: "7.2.4", declared: undefined })).toEqual({ warnings: [], extra: ["Redis"] });
  });

  it("a custom detector without its name, files or detect function is named as such", async () => {
    const source = new MemorySource({ "package.json": "{}" });
    await expect(detect(source, { detectors: [{} as Detector] })).rejects.toThrow(/detector 0.*name/);
    await expect(detect(source, { detectors: [{ name: "deno", detect() {} } as unknown as Detector] })).rejects.toThrow(/detector 'deno'.*files/);
    await expect(detect(source, { detectors: [{ name: "deno", files: ["deno.json"] } as unknown as Detector] })).rejects.toThrow(/detector 'deno'.*detect/);
  });

  it("render, diff and formatDiff name what they want for an argument that is no document or diff", () => {
    // These failed deep inside ("Cannot read properties of undefined (reading 'filter')"), or, for
    // render's YAML, wrote a blank line as the stack.
    for (const bad of [null, undefined, {}, { repo_name: "acme/shop" }, { tools: "React" }]) {
      expect(() => render(bad as never), JSON.stringify(bad)).toThrow(/^render: expected a stack document \(with its tools list\)/);
      expect(() => render(bad as never, "markdown"), JSON.stringify(bad)).toThrow(/^render: expected a stack document/);
      expect(() => diff(bad as never, parse("tools: []\n")), JSON.stringify(bad)).toThrow(/^diff: expected two stack documents \(with their tools lists\)/);
      expect(() => diff(parse("tools: []\n"), bad as never), JSON.stringify(bad)).toThrow(/^diff: expected two stack documents/);
      expect(() => formatDiff(bad as never), JSON.stringify(bad)).toThrow(/^formatDiff: expected a diff \(\{ added, removed, changed \}, as diff makes it\)/);
      expect(() => isEmptyDiff(bad as never), JSON.stringify(bad)).toThrow(/^isEmptyDiff: expected a diff/);
    }
    // A parsed file, even one listing no tool, is a document.
    const doc = parse("repo_name: acme/shop\ntools: []\n");
    expect(render(doc)).toContain("repo_name: acme/shop");
    expect(isEmptyDiff(diff(doc, doc))).toBe(true);
  });

  it("resolve, catalogWith and MemorySource name what they want, rather than fail deep inside", async () => {
    expect(() => resolve(builtinCatalog(), undefined as never)).toThrow(/^resolve: expected a name to look up \(a string\), not undefined/);
    expect(() => resolve(builtinCatalog(), 42 as never)).toThrow(/^resolve: expected a name to look up \(a string\), not 42/);
    // An options object, as the CLI's --limit suggests, read "not [object Object]".
    expect(() => resolve(builtinCatalog(), "postgres", { limit: 1 } as never)).toThrow(coded(new TypeError("resolve: limit must be a whole number of matches, not an object of limit (the count itself is the third argument: resolve(catalog, name, 3))"), "TECHSTACK_BAD_ARGUMENT"));
    expect(() => resolve(builtinCatalog(), "postgres", -1)).toThrow(coded(new TypeError("resolve: limit must be a whole number of matches, not -1"), "TECHSTACK_BAD_ARGUMENT"));
    expect(() => resolve({} as never, "postgres")).toThrow(/^resolve: expected a catalog \(builtinCatalog\(\) or catalogWith\(\.\.\.\)\)/);
    expect(() => catalogWith(null as never)).toThrow(/^catalogWith: expected catalog data \(\{ tools, matchers \}\), not null/);
    expect(() => catalogWith("tools: []" as never)).toThrow(/^catalogWith: expected catalog data/);
    expect(() => new MemorySource(null as never)).toThrow(/^MemorySource: expected the files as an object or a Map of paths to text or bytes, not null/);
    expect(() => new MemorySource({ "package.json": { dependencies: {} } } as never)).toThrow(/^MemorySource: 'package\.json' must be text or bytes, not an object/);
    // The right kinds still work, a catalog of the package's other build (CJS beside ESM: another
    // class of the same shape) too.
    expect(resolve(builtinCatalog(), "postgres")[0]!.tool.name).toBe("PostgreSQL");
    const { tools } = builtinCatalog();
    expect(resolve({ tools } as never, "postgres")[0]!.tool.name).toBe("PostgreSQL");
    expect(resolve(catalogWith({ tools: [] }), "")).toEqual([]);
    // A Map of paths to bytes is taken as the files (its label is a constant: it showed nothing).
    const fromMap = new MemorySource(new Map([["a.py", new Uint8Array([0x70])]]));
    expect(await fromMap.list()).toEqual([{ path: "a.py", size: 1 }]);
    expect(await fromMap.read("a.py")).toEqual(new Uint8Array([0x70]));
  });

  it("catalog data given in code is held to what a catalog file is held to, by name, not failed on deep inside or dropped", async () => {
    const source = new MemorySource({ "package.json": '{"dependencies":{"@acme/bus":"1.0.0"}}' });
    // catalogWith failed deep inside ("Cannot read properties of undefined (reading 'normalize')",
    // "object is not iterable"); detect dropped the tool without a word.
    expect(() => catalogWith({ tools: [{ name: "Acme Bus" }] } as never)).toThrow(coded(new TypeError("catalogWith: tools[0] has no id"), "TECHSTACK_INVALID_CATALOG"));
    expect(() => catalogWith({ tools: { "acme-bus": { name: "Acme Bus" } } } as never)).toThrow(coded(new TypeError("catalogWith: tools must be a list"), "TECHSTACK_INVALID_CATALOG"));
    expect(() => catalogWith({ tools: [{ id: "acme-bus" }] } as never)).toThrow(coded(new TypeError("catalogWith: tools[0] (acme-bus): a new tool needs a name"), "TECHSTACK_INVALID_CATALOG"));
    await expect(detect(source, { catalog: { tools: [{ name: "Acme Bus" }] } as never })).rejects.toThrow(coded(new TypeError("catalog: tools[0] has no id"), "TECHSTACK_INVALID_CATALOG"));
    await expect(detect(source, { catalog: [{ tools: [] }, { matchers: { npm: { "@acme/bus": 7 } } }] as never })).rejects.toThrow(/^catalog: matchers\.npm\.@acme\/bus must be a tool id or a list of them/);
    // Well-formed data still works, a built-in tool overridden without its name too.
    const acme = { tools: [{ id: "acme-bus", name: "Acme Bus" }, { id: "postgresql", category: "Data Stores" }], matchers: { npm: { "@acme/bus": ["acme-bus"] } } } as never;
    expect(resolve(catalogWith(acme), "acme bus")[0]!.tool.name).toBe("Acme Bus");
    expect((await detect(source, { catalog: acme })).tools.map((t) => t.name)).toContain("Acme Bus");
  });

  it("a FileSource of the caller's own without its label, or listing what is no entry, is refused by name; a read that gives no bytes is a warning", async () => {
    const text = '{"dependencies":{"react":"18.2.0"}}';
    const source = (list: unknown, read: (path: string) => unknown = () => new TextEncoder().encode(text)) =>
      ({
        label: "mine",
        list: async () => list,
        read: async (path: string) => {
          if (path !== "package.json") throw Object.assign(new Error(`no ${path}`), { code: "ENOENT" });
          return read(path);
        },
      }) as never;
    // Each failed deep inside: "Cannot read properties of undefined (reading 'split')" (no label),
    // "path.endsWith is not a function", "entries is not iterable".
    const unlabelled = { list: async () => [{ path: "package.json" }], read: async () => new TextEncoder().encode(text) };
    await expect(scan(unlabelled as never)).rejects.toThrow(coded(new TypeError("scan: a FileSource needs a label (text naming it in messages and as the document's repo_name), not undefined"), "TECHSTACK_BAD_FILE_SOURCE"));
    await expect(detect(unlabelled as never)).rejects.toThrow(/^detect: a FileSource needs a label/);
    await expect(scan(source({ "package.json": 1 }))).rejects.toThrow(coded(new TypeError("scan: the FileSource's list() gave an object of package.json, not a list of { path, size } entries"), "TECHSTACK_BAD_FILE_SOURCE"));
    await expect(scan(source(["package.json"]))).rejects.toThrow(coded(new TypeError('scan: the FileSource\'s list() entry 0 is "package.json", not { path, size }'), "TECHSTACK_BAD_FILE_SOURCE"));
    await expect(scan(source([{ path: 5 }]))).rejects.toThrow(coded(new TypeError("scan: the FileSource's list() entry 0 has a path of 5, not a path from the root (text)"), "TECHSTACK_BAD_FILE_SOURCE"));
    await expect(scan(source([{ path: "package.json", size: "35" }]))).rejects.toThrow(coded(new TypeError('scan: the FileSource\'s list() entry 0 (package.json) has a size of "35", not a number of bytes'), "TECHSTACK_BAD_FILE_SOURCE"));
    // A read that gives text, not bytes, was taken for binary content; nothing at all, for an empty file.
    const asText = await scan(source([{ path: "package.json" }], () => text));
    expect(asText.warnings).toEqual([{ file: "package.json", message: expect.stringMatching(/^not readable: read\(\) gave "\{.*\}", not bytes \(a Uint8Array\)$/) }]);
    const nothing = await scan(source([{ path: "package.json" }], () => undefined));
    expect(nothing.warnings).toEqual([{ file: "package.json", message: "not readable: read() gave undefined, not bytes (a Uint8Array)" }]);
    // A well-formed one is scanned, a Buffer being bytes.
    expect((await detect(source([{ path: "package.json", size: text.length }], () => Buffer.from(text)))).tools.map((t) => t.name)).toContain("React");
  });

  it("parse takes the bytes readFileSync gives without an encoding, and says what it wants otherwise", () => {
    const text = Buffer.from("repo_name: acme/shop\ntools:\n- name: React\n  version: 18.2.0\n");
    expect(toolsOf(parse(text as never)).map((t) => t.name)).toEqual(["React"]);
    expect(() => parse(undefined as never)).toThrow(/parse: expected the text of a techstack\.yml/);
  });

  // Every export that takes arguments, each argument given the wrong kind: a TypeError naming the
  // function and the argument and what it wants. Each of these failed deep inside ("Cannot read
  // properties of null (reading 'tools')", "range.trim is not a function"), or answered nonsense
  // (toYaml("x") was "0: x", parseCatalogFile(undefined) a file that is no mapping).
  const doc = { repo_name: "acme/shop", tools: [] };
  const wrong: Array<[string, () => unknown, RegExp]> = [
    ["toYaml(null)", () => api.toYaml(null as never), /^toYaml: document must be an object/],
    ["toYaml('x')", () => api.toYaml("x" as never), /^toYaml: document must be an object.*not "x"/],
    ["toYaml([])", () => api.toYaml([] as never), /^toYaml: document must be an object.*not a list/],
    ["toMarkdown(null)", () => api.toMarkdown(null as never), /^toMarkdown: doc must be a stack document.*not null/],
    ["toMarkdown({})", () => api.toMarkdown({} as never), /^toMarkdown: doc must be a stack document.*not an empty object/],
    ["toMarkdown(doc, {})", () => api.toMarkdown(doc as never, {} as never), /^toMarkdown: registries must be a Map/],
    ["toMarkdown(doc, map, 5)", () => api.toMarkdown(doc as never, new Map(), 5 as never), /^toMarkdown: path must be a string, not 5/],
    ["sectionOf(null)", () => api.sectionOf(null as never), /^sectionOf: tool must be a tool entry/],
    ["lowestVersion(5)", () => api.lowestVersion(5 as never), /^lowestVersion: range must be a string or undefined, not 5/],
    ["lowestVersion([])", () => api.lowestVersion([] as never), /^lowestVersion: range must be a string/],
    ["bestMatch(null, r)", () => api.bestMatch(null as never, "^1"), /^bestMatch: versions must be a list of strings, not null/],
    ["bestMatch([1], r)", () => api.bestMatch([1] as never, "^1"), /^bestMatch: versions must be a list of strings/],
    ["bestMatch(v, 5)", () => api.bestMatch(["1.0.0"], 5 as never), /^bestMatch: range must be a string or undefined, not 5/],
    ["fullVersion(undefined)", () => api.fullVersion(undefined as never), /^fullVersion: version must be a string, not undefined/],
    ["dirOf(null)", () => api.dirOf(null as never), /^dirOf: path must be a string, not null/],
    ["baseName([])", () => api.baseName([] as never), /^baseName: path must be a string, not a list/],
    ["lineOf(5, n)", () => api.lineOf(5 as never, "x"), /^lineOf: text must be a string, not 5/],
    ["lineOf(t, [])", () => api.lineOf("x", [] as never), /^lineOf: needle must be a string, not a list/],
    ["joinInside(5, r)", () => api.joinInside(5 as never, "a"), /^joinInside: dir must be a string, not 5/],
    ["joinInside(d, null)", () => api.joinInside("a", null as never), /^joinInside: relative must be a string, not null/],
    ["readCatalogDir(5)", () => api.readCatalogDir(5 as never), /^readCatalogDir: dir must be a string, not 5/],
    ["parseCatalogFile(undefined)", () => api.parseCatalogFile(undefined as never), /^parseCatalogFile: text must be a string.*not undefined/],
    ["parseCatalogFile(t, 5)", () => api.parseCatalogFile("tools: []\n", 5 as never), /^parseCatalogFile: filename must be a string, not 5/],
    ["new Catalog(null)", () => new api.Catalog(null as never), /^Catalog: source 0 must be catalog data.*not null/],
    ["catalog.extend(null)", () => new api.Catalog().extend(null as never), /^Catalog\.extend: source must be catalog data.*not null/],
    ["catalog.extend(text)", () => new api.Catalog().extend("tools: []" as never), /^Catalog\.extend: source must be catalog data.*not "tools: \[\]"/],
    ["new DirectorySource(5)", () => new api.DirectorySource(5 as never), /^DirectorySource: root must be a directory path \(a string\), not 5/],
    ["new DirectorySource(d, null)", () => new api.DirectorySource(".", null as never), /^DirectorySource: options must be an object/],
    ["new GitRevisionSource(5, r)", () => new api.GitRevisionSource(5 as never, "HEAD"), /^GitRevisionSource: repo must be a directory path \(a string\), not 5/],
    ["new GitRevisionSource(d, null)", () => new api.GitRevisionSource(".", null as never), /^GitRevisionSource: rev must be a revision name \(a string\), not null/],
    ["render(doc, 'markdown', 5)", () => api.render(doc as never, "markdown", 5 as never), /^render: options must be an object \(\{ catalog, registries, markdownPath \}\) or a Map of registries, not 5/],
    ["render(doc, 'markdown', { registries: {} })", () => api.render(doc as never, "markdown", { registries: {} as never }), /^render: registries must be a Map/],
    // A misspelt option name linked techstack.md's snippets to the default path, silently, where detect refuses its own.
    ["render(doc, 'markdown', { markdownpath })", () => api.render(doc as never, "markdown", { markdownpath: "docs/techstack.md" } as never), /^render: no option 'markdownpath' \(known: catalog, registries, markdownPath\)$/],
    ["render(doc, 'markdown', { catalog: {} })", () => api.render(doc as never, "markdown", { catalog: {} } as never), /^render: catalog must be a Catalog \(builtinCatalog\(\), catalogWith\(\.\.\.\)\), not /],
    ["toMarkdown(doc, registries, path, {})", () => api.toMarkdown(doc as never, new Map(), "techstack.md", {} as never), /^toMarkdown: catalog must be a Catalog/],
    ["sectionOf(tool, { tools })", () => api.sectionOf({ name: "Shell" } as never, { tools: new Map() } as never), /^sectionOf: catalog must be a Catalog/],
    ["render(doc, 'yaml', { format })", () => api.render(doc as never, "yaml", { format: "json" } as never), /^render: no option 'format' \(known: catalog, registries, markdownPath\)$/],
    ["new ParseError(m, null)", () => new api.ParseError("m", null as never), /^ParseError: options must be an object/],
  ];
  it.each(wrong)("%s is refused with a TypeError naming the argument", (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  // validate is the one export whose argument may be anything: judging a value read from elsewhere
  // (JSON.parse's, a hand-edited file's) is its work, so a value of the wrong kind is its answer's first problem.
  it("validate answers a value of the wrong kind with a problem at '/', never a TypeError", () => {
    for (const value of [5, null, undefined, [], "repo_name: acme/shop"]) expect(validate(value), JSON.stringify(value)).toEqual([{ path: "/", message: "must be object" }]);
    expect(validate({ repo_name: "acme/shop", tools: 5 })).toEqual([{ path: "/tools", message: "must be array" }]);
  });

  it("the same exports given the right kinds answer as before", () => {
    expect(api.toYaml({ a: 1 })).toBe("a: 1\n");
    expect(api.toMarkdown(doc as never, new Map(), "docs/techstack.md")).toContain("acme/shop");
    expect(api.sectionOf({ name: "PostgreSQL", category: "Data Stores" } as never)).toBe("Data");
    expect([api.lowestVersion("^18.2.0"), api.lowestVersion(undefined), api.bestMatch(["1.0.0", "1.2.0"], "^1"), api.bestMatch(["1.0.0"], undefined), api.fullVersion("v18")]).toEqual(["18.2.0", undefined, "1.2.0", "1.0.0", "18.0.0"]);
    expect([api.dirOf("a/b"), api.baseName("a/b"), api.lineOf("x\ny", "y"), api.joinInside("a", "../b")]).toEqual(["a", "b", 2, "b"]);
    expect(api.parseCatalogFile("tools: []\n", "x.yml").tools).toEqual([]);
    expect(new api.Catalog({ tools: [] }).tools.size).toBe(0);
    expect(new api.DirectorySource(".", undefined).label).toBe(process.cwd());
    expect(new api.GitRevisionSource(".", "HEAD").label).toBe(".@HEAD");
    expect(new api.ParseError("m", undefined).message).toBe("m");
  });
});

