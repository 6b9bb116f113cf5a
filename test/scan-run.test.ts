import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { MemorySource } from "../src/sources/memory.js";
import { extensionAsWritten, FILE_MATCHERS, runDetectors } from "../src/scan/run.js";
import type { DetectContext, Detector, FileEntry, FileSource } from "../src/types.js";

// The engine's scan loop (src/scan/run.ts) with detectors made for the test and a small catalog:
// which detector is handed which files, what its context gives, and in which order the findings
// and warnings come back whatever the timing.

const catalog = new Catalog({
  tools: [
    { id: "docker", name: "Docker" },
    { id: "heroku", name: "Heroku" },
    { id: "spring-framework", name: "Spring Framework" },
  ],
  matchers: { file: { Procfile: ["heroku"], "**/Dockerfile": ["docker"] }, docker: { postgres: ["docker"] } },
  families: { maven: { "org.springframework.boot:spring-boot-starter-web": "org.springframework.boot" } },
  kinds: { "server-release": ["docker"], "acme-queue-broker": { "Acme/Orders": "rabbitmq" } },
});

/** A detector that records the context it was handed and reports what `body` says. */
function probe(name: string, files: string[], body: (ctx: DetectContext) => Promise<void> | void = () => {}): Detector & { seen?: DetectContext } {
  const detector: Detector & { seen?: DetectContext } = {
    name,
    files,
    async detect(ctx) {
      detector.seen = ctx;
      await body(ctx);
    },
  };
  return detector;
}

const tree = {
  "package.json": '{"name":"shop"}',
  "api/package.json": '{"name":"api"}',
  "api/Dockerfile": "FROM node:20\n",
  Procfile: "web: node server.js\n",
  "compose.yaml": "services:\n  db:\n    image: postgres:16\n",
  "Cargo.toml": '[package]\nname = "x"\n',
  "pom.xml": "<project><artifactId>shop</artifactId></project>",
  "bin/run": "#!/usr/bin/env node\n",
};

describe("runDetectors", () => {
  it("hands each detector its files sorted, every path, and a context reading through the shared cache", async () => {
    const npm = probe("npm", ["package.json"], async (ctx) => {
      expect(ctx.exists("api/Dockerfile")).toBe(true);
      expect(ctx.exists("api/Gemfile")).toBe(false);
      expect(await ctx.text("package.json")).toBe('{"name":"shop"}');
      expect(await ctx.json("api/package.json")).toEqual({ name: "api" });
      expect(await ctx.yaml("compose.yaml")).toEqual({ services: { db: { image: "postgres:16" } } });
      expect(await ctx.toml("Cargo.toml")).toEqual({ package: { name: "x" } });
      expect(await ctx.xml("pom.xml")).toEqual({ project: [{ artifactId: ["shop"] }] });
      expect(await ctx.peek("bin/run")).toBe("#!/usr/bin/env node\n");
      expect(new TextDecoder().decode(await ctx.bytes("Procfile"))).toBe("web: node server.js\n");
      expect(ctx.lookup("docker", "postgres")).toEqual(["docker"]);
      expect(ctx.lookup("docker", "mysql")).toEqual([]);
      // Every miss is one shared, frozen empty list, not a new array per path asked about.
      const miss = ctx.lookup("docker", "mysql");
      expect(ctx.lookup("npm", "left-pad")).toBe(miss);
      expect(Object.isFrozen(miss)).toBe(true);
      expect(ctx.family("maven", "org.springframework.boot:spring-boot-starter-web")).toBe("org.springframework.boot");
      expect(ctx.family("maven", "junit:junit")).toBeUndefined();
      // A kinds table's text for a key, compared in lower case; a list of kinds is no table.
      expect(ctx.tableValue("acme-queue-broker", "acme/orders")).toBe("rabbitmq");
      expect(ctx.tableValue("acme-queue-broker", "ACME/Orders")).toBe("rabbitmq");
      expect(ctx.tableValue("acme-queue-broker", "acme/billing")).toBeUndefined();
      expect(ctx.tableValue("server-release", "docker")).toBeUndefined();
      expect(ctx.tableValue("no-such-table", "acme/orders")).toBeUndefined();
      expect("moduleResource" in ctx).toBe(false);
    });
    const run = await runDetectors(new MemorySource(tree), [npm], catalog);
    expect(npm.seen!.files).toEqual(["api/package.json", "package.json"]);
    expect([...npm.seen!.paths].sort()).toEqual(Object.keys(tree).sort());
    expect(run.entries.map((e) => e.path).sort()).toEqual(Object.keys(tree).sort());
    expect(run.warnings).toEqual([]);
    // Seven files read once each, whichever way they were asked for; the Dockerfile never.
    expect(run.filesRead).toBe(7);
  });

  it("a detector whose patterns select nothing is not called; one without patterns always is", async () => {
    const gems = probe("ruby", ["Gemfile"]);
    const all = probe("languages", []);
    await runDetectors(new MemorySource(tree), [gems, all], catalog);
    expect(gems.seen).toBeUndefined();
    expect(all.seen!.files).toEqual([]);
    expect(all.seen!.paths).toHaveLength(8);
  });

  it("hands every detector the paths grouped by extension as written, each group in the order of paths", async () => {
    const files = {
      "src/App.TSX": "",
      "src/app.test.ts": "",
      "src/main.ts": "",
      "lib/Main.java": "",
      ".java": "",
      "Main.JAVA": "",
      ".gitignore": "",
      "web/.gitignore": "",
      Makefile: "",
      "docs.v2/README": "",
      "notes.": "",
      "config/.env.local": "",
    };
    const a = probe("a", []);
    const b = probe("b", ["Makefile"]);
    await runDetectors(new MemorySource(files), [a, b], catalog);
    const { paths, byExtension } = a.seen!;
    expect(b.seen!.byExtension).toBe(byExtension);
    expect(Object.fromEntries([...byExtension].map(([k, group]) => [k, [...group].sort()]))).toEqual({
      ".TSX": ["src/App.TSX"],
      ".ts": ["src/app.test.ts", "src/main.ts"],
      ".java": [".java", "lib/Main.java"],
      ".JAVA": ["Main.JAVA"],
      ".gitignore": [".gitignore", "web/.gitignore"],
      "": ["Makefile", "docs.v2/README"],
      ".": ["notes."],
      ".local": ["config/.env.local"],
    });
    // Every path once, in the order of paths; a group holds exactly the paths that end with its key.
    for (const [key, group] of byExtension) {
      expect(group).toEqual(paths.filter((p) => extensionAsWritten(p) === key));
      if (key) expect(group).toEqual(paths.filter((p) => p.endsWith(key)));
    }
    expect([...byExtension.values()].flat().sort()).toEqual([...paths].sort());
  });

  it("a path's extension as written is its base name from the last dot on, none for a dot in a folder's name", () => {
    expect(extensionAsWritten("src/app.test.ts")).toBe(".ts");
    expect(extensionAsWritten("App.TSX")).toBe(".TSX");
    expect(extensionAsWritten(".gitignore")).toBe(".gitignore");
    expect(extensionAsWritten("a/.env.local")).toBe(".local");
    expect(extensionAsWritten("docs.v2/README")).toBe("");
    expect(extensionAsWritten("Makefile")).toBe("");
    expect(extensionAsWritten("notes.")).toBe(".");
  });

  it("exists knows every listed path, whatever its extension, and no other (the listing is asked by extension group)", async () => {
    const listed = { "docs.v2/README": "", "src/App.TSX": "", "a/.env.local": "", "src/app.test.ts": "", Makefile: "", "notes.": "", ".gitattributes": "" };
    const unlisted = ["docs.v2/README.md", "docs.v2", "a/.env", "src/app.ts", "src/App.tsx", "app.test.ts", "makefile", "notes", "", "src/.gitattributes"];
    const answers = new Map<string, boolean>();
    const d = probe("d", [], (ctx) => {
      for (const path of [...Object.keys(listed), ...unlisted]) answers.set(path, ctx.exists(path));
    });
    const run = await runDetectors(new MemorySource(listed), [d], catalog);
    expect(run.warnings).toEqual([]);
    expect(Object.fromEntries(answers)).toEqual(Object.fromEntries([...Object.keys(listed).map((p) => [p, true]), ...unlisted.map((p) => [p, false])]));
  });

  it("the catalog's file matchers name their tools from the paths alone, under their own detector name", async () => {
    const run = await runDetectors(new MemorySource(tree), [], catalog);
    expect(run.findings).toEqual([
      { ref: "tool:heroku", file: "Procfile", detector: FILE_MATCHERS },
      { ref: "tool:docker", file: "api/Dockerfile", detector: FILE_MATCHERS },
    ]);
    expect(FILE_MATCHERS).toBe("catalog-files");
  });

  it("a filter leaves paths out of the listing, the detectors' files and the entries", async () => {
    const npm = probe("npm", ["package.json"]);
    const run = await runDetectors(new MemorySource(tree), [npm], catalog, { filter: (path) => !path.startsWith("api/") });
    expect(npm.seen!.files).toEqual(["package.json"]);
    expect(npm.seen!.exists("api/package.json")).toBe(false);
    expect(run.entries.map((e) => e.path)).not.toContain("api/package.json");
    expect(run.findings.map((f) => f.file)).toEqual(["Procfile"]);
  });

  it("maxFileBytes reaches the file cache", async () => {
    const npm = probe("npm", ["package.json"], async (ctx) => {
      expect(await ctx.text("package.json")).toBeUndefined();
    });
    const run = await runDetectors(new MemorySource({ "package.json": '{"name":"a-long-name"}' }), [npm], catalog, { maxFileBytes: 10 });
    expect(run.warnings).toEqual([{ file: "package.json", message: "skipped: 22 bytes is over the 10-byte limit (raise it with --max-file-bytes N, max-file-bytes in techstack.config, or maxFileBytes from code)" }]);
  });

  it("a report without a kind in its ref, or with no ref, is dropped; others carry the detector's name", async () => {
    const d = probe("docker", ["compose.yaml"], (ctx) => {
      ctx.report({ ref: "postgres", file: "compose.yaml" });
      ctx.report({ ref: 42 as never, file: "compose.yaml" });
      ctx.report(undefined as never);
      ctx.report({ ref: "docker:postgres", file: "compose.yaml", line: 3, version: "16" });
    });
    const run = await runDetectors(new MemorySource({ "compose.yaml": "services: {}\n" }), [d], new Catalog({}));
    expect(run.findings).toEqual([{ ref: "docker:postgres", file: "compose.yaml", line: 3, version: "16", detector: "docker" }]);
  });

  it("findings come back by detector order, then file, ref and line, however the detectors interleave", async () => {
    const slow = probe("first", ["package.json"], async (ctx) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      ctx.report({ ref: "npm:b", file: "package.json", line: 9 });
      ctx.report({ ref: "npm:b", file: "package.json", line: 2 });
      ctx.report({ ref: "npm:a", file: "package.json" });
      ctx.report({ ref: "npm:z", file: "api/package.json", line: 1 });
    });
    const fast = probe("second", ["package.json"], (ctx) => {
      ctx.report({ ref: "npm:a", file: "package.json", line: 1 });
    });
    const run = await runDetectors(new MemorySource(tree), [slow, fast], new Catalog({}));
    expect(run.findings.map((f) => `${f.detector} ${f.file} ${f.ref} ${f.line ?? "-"}`)).toEqual([
      "first api/package.json npm:z 1",
      "first package.json npm:a -",
      "first package.json npm:b 2",
      "first package.json npm:b 9",
      "second package.json npm:a 1",
    ]);
  });

  it("the catalog's file findings come before every detector's", async () => {
    const npm = probe("npm", ["package.json"], (ctx) => ctx.report({ ref: "npm:express", file: "package.json" }));
    const run = await runDetectors(new MemorySource({ "package.json": "{}", Procfile: "web: x\n" }), [npm], catalog);
    expect(run.findings.map((f) => `${f.detector} ${f.ref}`)).toEqual(["catalog-files tool:heroku", "npm npm:express"]);
  });

  it("a detector that throws is one warning on the file it last read (else its first file), and the others go on", async () => {
    const readsThenThrows = probe("reader", ["package.json"], async (ctx) => {
      await ctx.json("package.json");
      throw new Error("no name");
    });
    const throwsAtOnce = probe("early", ["Cargo.toml", "compose.yaml"], () => {
      throw new Error("boom");
    });
    const throwsAString = probe("everywhere", [], () => {
      throw "a string";
    });
    const fine = probe("fine", ["Procfile"], (ctx) => ctx.report({ ref: "procfile:web", file: "Procfile" }));
    const run = await runDetectors(new MemorySource(tree), [readsThenThrows, throwsAtOnce, throwsAString, fine], new Catalog({}));
    expect(run.warnings).toEqual([
      { file: ".", message: "detector everywhere failed: a string" },
      { file: "Cargo.toml", message: "detector early failed: boom" },
      { file: "package.json", message: "detector reader failed: no name" },
    ]);
    expect(run.findings.map((f) => f.ref)).toEqual(["procfile:web"]);
  });

  it("warnings come back by file, then message; the source's own listing warnings first among them", async () => {
    const source: FileSource & { closed: number } = {
      label: "listing",
      closed: 0,
      warnings: [
        { file: "z", message: "folder not readable: EACCES" },
        { file: "a", message: "b" },
      ],
      async list(): Promise<FileEntry[]> {
        return [{ path: "package.json" }];
      },
      async read(): Promise<Uint8Array> {
        return new TextEncoder().encode("{}");
      },
      close() {
        this.closed++;
      },
    };
    const d = probe("npm", ["package.json"], (ctx) => {
      ctx.warn("m", "y");
      ctx.warn("a", "a");
      ctx.warn("m", "x");
    });
    const run = await runDetectors(source, [d], new Catalog({}));
    expect(run.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual(["a: a", "a: b", "m: x", "m: y", "z: folder not readable: EACCES"]);
    // The source is closed once the detectors are done (a git revision ends its cat-file process).
    expect(source.closed).toBe(1);
  });

  it("a finding reported again just as it was is kept once; one that differs in any field, or comes later, is kept", async () => {
    const framework = { ref: "dotnet-framework:net8.0", file: "App/App.csproj", line: 1, version: "8.0" };
    const lister = probe("dotnet", ["package.json"], (ctx) => {
      // A TargetFrameworks list a script wrote: the same framework 1,000 times in a row.
      for (let i = 0; i < 1000; i++) ctx.report({ ...framework });
      ctx.report({ ...framework, line: 2 });
      ctx.report({ ...framework, version: undefined });
      ctx.report({ ...framework });
      // One object changed and reported again is a new finding, not the copy already kept.
      const reused: { ref: string; file: string; version?: string } = { ref: "nuget:Serilog", file: "App/App.csproj" };
      ctx.report(reused);
      reused.version = "3.1.1";
      ctx.report(reused);
    });
    const run = await runDetectors(new MemorySource(tree), [lister], catalog);
    const shown = run.findings.filter((f) => f.detector === "dotnet").map((f) => `${f.ref} ${f.line ?? "-"} ${f.version ?? "-"}`);
    expect(shown.sort()).toEqual(["dotnet-framework:net8.0 1 -", "dotnet-framework:net8.0 1 8.0", "dotnet-framework:net8.0 1 8.0", "dotnet-framework:net8.0 2 8.0", "nuget:Serilog - -", "nuget:Serilog - 3.1.1"]);
  });
});
