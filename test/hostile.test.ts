import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { ROOT, tempDir } from "./helpers.js";
import { expectFinishesWithin } from "./work-budget.js";

const isRoot = process.getuid?.() === 0;

type Write = (path: string, content: string | Buffer) => void;
type Result = Awaited<ReturnType<typeof scan>>;
interface HostileCase {
  /** Writes the hostile file(s) under `dir` (each case its own folder, so all can share one tree). */
  write(w: Write, root: string): void;
  /** What the scan must show for it: a warning naming the file, or the file read correctly. */
  check(result: Result, warned: (file: string) => string): void;
}

const tools = (r: Result) => new Set(r.document.tools.map((t) => t.name));
/** The file a tool was found in: each case's tools are its own, so one case's file cannot stand in for another's in the shared tree. */
const sourceOf = (r: Result, name: string) => r.document.tools.find((t) => t.name === name)?.detection_source;

/** Every hostile input of issue 11, each in its own folder of one tree beside good manifests. */
const CASES: Record<string, HostileCase> = {
  "a YAML alias bomb": {
    write(w) {
      const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
      for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`);
      w("bomb/docker-compose.yml", bomb.join("\n") + "\nservices:\n  x:\n    image: *i\n");
    },
    check: (_r, warned) => expect(warned("bomb/docker-compose.yml")).toMatch(/aliases are expanded/),
  },
  "YAML nested 100,000 deep": {
    write: (w) => w("deepyaml/docker-compose.yml", "services: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"),
    check: (_r, warned) => expect(warned("deepyaml/docker-compose.yml")).toMatch(/malformed YAML|levels deep/),
  },
  "XML entity expansion and an external entity": {
    write: (w) =>
      w("xml/pom.xml", '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>\n<project><groupId>&lol3;</groupId><artifactId>&xxe;</artifactId><dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version></dependency></dependencies></project>'),
    check(r) {
      expect(sourceOf(r, "JUnit")).toBe("xml/pom.xml");
      expect(JSON.stringify(r)).not.toMatch(/lollollol|secret/);
    },
  },
  "JSON nested 100,000 deep": {
    write: (w) => w("deepjson/package.json", '{"dependencies":' + '{"a":'.repeat(100_000) + "1" + "}".repeat(100_001)),
    check: (_r, warned) => expect(warned("deepjson/package.json")).toMatch(/nested more than \d+ levels deep/),
  },
  "a sparse 1 GB lockfile": {
    write(w, root) {
      w("huge/package.json", JSON.stringify({ dependencies: { axios: "^1.6.0" } }));
      const fd = openSync(join(root, "huge/package-lock.json"), "w");
      ftruncateSync(fd, 1024 ** 3);
      closeSync(fd);
    },
    check(r, warned) {
      expect(warned("huge/package-lock.json")).toMatch(/byte limit/);
      expect(sourceOf(r, "axios")).toBe("huge/package.json");
    },
  },
  "a sparse 1 GB .gitignore": {
    write(w, root) {
      w("hugeignore/Gemfile", "gem 'puma', '6.4.0'\n");
      const fd = openSync(join(root, "hugeignore/.gitignore"), "w");
      ftruncateSync(fd, 1024 ** 3);
      closeSync(fd);
    },
    check: (r) => expect(sourceOf(r, "Puma")).toBe("hugeignore/Gemfile"),
  },
  "a 50 MB lockfile": {
    write(w) {
      w("big/yarn.lock", "# yarn lockfile v1\n" + "x".repeat(50 * 1024 * 1024));
      w("big/package.json", JSON.stringify({ dependencies: { lodash: "^4.17.0" } }));
    },
    check(r, warned) {
      expect(warned("big/yarn.lock")).toMatch(/byte limit/);
      expect(sourceOf(r, "Lodash")).toBe("big/package.json");
    },
  },
  "a binary file with a manifest's name": {
    write: (w) => w("binary/composer.json", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    check: (_r, warned) => expect(warned("binary/composer.json")).toMatch(/binary/),
  },
  "a UTF-16 manifest with a BOM": {
    write: (w) => w("utf16/package.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ dependencies: { koa: "2.15.0" } }), "utf16le")])),
    check: (r) => expect(sourceOf(r, "Koa")).toBe("utf16/package.json"),
  },
  "a Latin-1 manifest": {
    write: (w) => w("latin1/requirements.txt", Buffer.from("# caf\xe9 r\xe9sum\xe9\nfastapi==0.110.0\n", "latin1")),
    check(r, warned) {
      expect(warned("latin1/requirements.txt")).toMatch(/Latin-1/);
      expect(sourceOf(r, "FastAPI")).toBe("latin1/requirements.txt");
    },
  },
  "a UTF-8 BOM and CRLF line endings": {
    write: (w) => w("bom/Gemfile", "\ufeffsource 'https://rubygems.org'\r\ngem 'rails', '7.1.2'\r\n"),
    check: (r) => expect(r.document.tools.find((t) => t.name === "Rails")?.version).toBe("7.1.2"),
  },
  "XML manifests cut short after a closing tag": {
    write(w) {
      w("cutxml/pom.xml", '<?xml version="1.0"?>\n<project><modelVersion>4.0.0</modelVersion><dependencies><dependency><groupId>org.mockito</groupId><artifactId>mockito-core</artifactId><version>5.11.0</version></dependency>');
      w("cutxml/App/App.csproj", '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="Serilog" Version="3.1.1" />\n  </ItemGroup>\n');
    },
    check(r, warned) {
      expect(warned("cutxml/pom.xml")).toMatch(/truncated XML: <project> is never closed/);
      expect(warned("cutxml/App/App.csproj")).toMatch(/truncated XML: <Project> is never closed/);
      // What was read before the cut is still used.
      expect(sourceOf(r, "Mockito")).toBe("cutxml/pom.xml");
      expect(sourceOf(r, "Serilog")).toBe("cutxml/App/App.csproj");
    },
  },
  "NUL bytes in a manifest": {
    write: (w) => w("nul/Cargo.toml", '[package]\nname = "x"\u0000\n'),
    check: (_r, warned) => expect(warned("nul/Cargo.toml")).toMatch(/binary/),
  },
  "an unreadable file": {
    write(w, root) {
      w("locked/pom.xml", "<project/>");
      chmodSync(join(root, "locked/pom.xml"), 0o000);
    },
    // root reads through chmod 000, so the warning can only be asserted for other users.
    check: (_r, warned) => (isRoot ? undefined : expect(warned("locked/pom.xml")).toMatch(/not readable/)),
  },
  "an unreadable folder": {
    write(w, root) {
      w("sealed/package.json", "{}");
      chmodSync(join(root, "sealed"), 0o000);
    },
    check: (_r, warned) => (isRoot ? undefined : expect(warned("sealed")).toMatch(/folder not readable/)),
  },
  "FIFOs named as manifests": {
    write(w, root) {
      mkdirSync(join(root, "pipes"), { recursive: true });
      for (const name of ["package.json", "requirements.txt", "Dockerfile"]) execFileSync("mkfifo", [join(root, "pipes", name)]);
      // A running server's socket is no manifest: left out unsaid.
      execFileSync(process.execPath, ["-e", `require("net").createServer().listen(${JSON.stringify(join(root, "pipes", "puma.sock"))}, () => process.exit(0))`]);
    },
    // Never opened (so never waited on), and said.
    check(_r, warned) {
      for (const name of ["package.json", "requirements.txt", "Dockerfile"]) expect(warned(`pipes/${name}`)).toBe("not a regular file (a FIFO): not read");
      expect(warned("pipes/puma.sock")).toBe("");
    },
  },
  "a symbolic link loop": {
    write: (_w, root) => symlinkSync("..", join(root, "loop")),
    check: (r) => expect(r.document.tools.some((t) => t.detection_source?.startsWith("loop/"))).toBe(false),
  },
  "symbolic links out of the root": {
    write(_w, root) {
      symlinkSync("/etc", join(root, "outside"));
      symlinkSync("/etc/passwd", join(root, "requirements-prod.txt"));
    },
    check(r) {
      expect(r.document.tools.some((t) => t.detection_source?.startsWith("outside/") || t.detection_source === "requirements-prod.txt")).toBe(false);
      expect(JSON.stringify(r)).not.toMatch(/root:x:0/);
    },
  },
  "a `-r ../../x` include out of the root": {
    write: (w) => w("api/requirements.txt", "django==4.2.9\n-r ../../../etc/passwd\n"),
    check(r, warned) {
      expect(warned("api/requirements.txt")).toMatch(/outside the repository/);
      expect(sourceOf(r, "django")).toBe("api/requirements.txt"); // the package entry: requirements.txt names no Django tool
    },
  },
  "paths with spaces, newlines and non-ASCII": {
    write(w) {
      w("with space/package.json", JSON.stringify({ dependencies: { vue: "3.4.0" } }));
      w("new\nline/package.json", JSON.stringify({ dependencies: { svelte: "4.2.0" } }));
      w("ünïcødé/Gemfile", "gem 'sinatra', '3.1.0'\n");
    },
    check(r) {
      for (const [tool, file] of [["Vue.js", "with space/package.json"], ["Svelte", "new\nline/package.json"], ["Sinatra", "ünïcødé/Gemfile"]]) expect(sourceOf(r, tool!), tool).toBe(file);
    },
  },
  "case-colliding names": {
    write(w) {
      w("case/Dockerfile", "FROM node:20\n");
      w("case/dockerfile", "FROM python:3.12\n");
    },
    check(r) {
      expect(r.document.tools.find((t) => t.name === "Node.js")?.detection_source).toBe("case/Dockerfile");
      expect(sourceOf(r, "Python")).toBe("case/dockerfile");
    },
  },
};

/** Writes the given cases, plus good manifests whose tools must always be reported, into a new tree. */
function hostileTree(cases: HostileCase[]): string {
  const dir = tempDir("techstack-hostile-");
  const w: Write = (path, content) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  w("package.json", JSON.stringify({ dependencies: { express: "4.18.2" } }));
  w("go/go.mod", "module x\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n");
  for (const c of cases) c.write(w, dir);
  return dir;
}

/** Scans the tree of every case within `units` runs of the reference job (test/work-budget.ts), the tree's modes put back so that it can be removed. */
async function scanHostile(cases: HostileCase[], units: number): Promise<Result> {
  const dir = hostileTree(cases);
  try {
    return await expectFinishesWithin(() => scan(dir, { git: false }), units);
  } finally {
    for (const path of ["sealed", "locked/pom.xml"]) chmodSync(join(dir, path), 0o755); // so the temporary folder can be removed
  }
}

// One scan of a tree holding every case (each in its own folder) is asserted by each case's test:
// a scan per case wrote and read the 50 MB lockfile and the sparse 1 GB files twice. A case's
// check reads only its own folder's warnings and tools, and the last test asserts that only the
// hostile files warn, so a case that spoiled another's folder or the good files still fails.
describe("hostile input, every case in one tree", () => {
  let result: Result;
  const warned = (file: string) => result.warnings.filter((x) => x.file === file).map((x) => x.message).join("; ");
  beforeAll(async () => {
    result = await scanHostile(Object.values(CASES), 15);
  });

  for (const [name, hostile] of Object.entries(CASES)) {
    it(name, () => hostile.check(result, warned));
  }

  it("a warning per bad file, every good file still reported, at once", () => {
    for (const tool of ["ExpressJS", "Gin Gonic"]) expect(tools(result), tool).toContain(tool);
    // Only the hostile files warn, each once.
    const files = result.warnings.map((w) => w.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files.filter((f) => f === "package.json" || f.startsWith("go/"))).toEqual([]);
  });
});

describe("hostile input", () => {
  it("a detector that throws is blamed on the file it was reading, not on its first file", async () => {
    const source = new MemorySource({ "a/app.cfg": "name = a\n", "b/app.cfg": "name = b\n", "c/app.cfg": "{{ broken\n" });
    const fragile = {
      name: "fragile",
      files: ["*.cfg"],
      async detect(ctx: { files: readonly string[]; text(path: string): Promise<string | undefined> }) {
        for (const file of ctx.files) {
          const text = (await ctx.text(file)) ?? "";
          if (text.startsWith("{{")) throw new Error("unexpected '{{'");
        }
      },
    };
    const { warnings } = await scan(source, { git: false, disable: true, detectors: [fragile] });
    expect(warnings).toEqual([{ file: "c/app.cfg", message: "detector fragile failed: unexpected '{{'" }]);
    // One that throws before reading anything is blamed on its first file.
    const early = { name: "early", files: ["*.cfg"], detect: () => Promise.reject(new Error("no")) };
    expect((await scan(source, { git: false, disable: true, detectors: [early] })).warnings).toEqual([{ file: "a/app.cfg", message: "detector early failed: no" }]);
  });

  it("unreadable files and folders, as a user whom chmod 000 stops (root drops to nobody)", () => {
    const dir = tempDir("techstack-unreadable-");
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
    mkdirSync(join(dir, "sealed"));
    writeFileSync(join(dir, "sealed/package.json"), "{}");
    mkdirSync(join(dir, "locked"));
    writeFileSync(join(dir, "locked/pom.xml"), "<project/>");
    chmodSync(join(dir, "sealed"), 0o000);
    chmodSync(join(dir, "locked/pom.xml"), 0o000);
    // Root reads through any mode bits; a child running as nobody meets them as users do.
    const as = isRoot ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "detect", dir, "--format", "json", "--no-git"], { ...as, encoding: "utf8" });
    chmodSync(join(dir, "sealed"), 0o755);
    chmodSync(join(dir, "locked/pom.xml"), 0o644);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/sealed: folder not readable: EACCES/);
    expect(run.stderr).toMatch(/locked\/pom\.xml: not readable: EACCES/);
    expect(JSON.parse(run.stdout).tools.map((t: { name: string }) => t.name)).toContain("ExpressJS");
  });

  it("a scan folder that cannot be listed fails as a missing one does (exit 1): an empty stack would replace the real one", () => {
    const parent = tempDir("techstack-unlisted-");
    // The parent is writable by the user who runs the CLI, so only the scan can stop `write --out`.
    chmodSync(parent, 0o777);
    const dir = join(parent, "app");
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
    writeFileSync(join(dir, "techstack.yml"), "repo_name: app\ntools: []\n");
    chmodSync(dir, 0o311);
    const as = isRoot ? { uid: 65534, gid: 65534 } : {};
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args], { ...as, encoding: "utf8" });
    const detect = cli("detect", dir, "--format", "json", "--no-git");
    const write = cli("write", dir, "--no-git", "--out", join(parent, "out"));
    chmodSync(dir, 0o755);
    expect(detect.status).toBe(1);
    expect(detect.stdout).toBe("");
    expect(detect.stderr).toContain(`folder not readable: ${dir} (EACCES)`);
    expect(write.status).toBe(1);
    expect(write.stderr).toContain("folder not readable");
    expect(existsSync(join(parent, "out/techstack.yml"))).toBe(false);
  });

  it("a git checkout with a corrupt object: a warning naming the file, the rest reported", async () => {
    const dir = tempDir("techstack-corrupt-");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { react: "18.2.0" } }));
    writeFileSync(join(dir, "requirements.txt"), "flask==3.0.0\n");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "a", GIT_AUTHOR_EMAIL: "a@b", GIT_COMMITTER_NAME: "a", GIT_COMMITTER_EMAIL: "a@b" } });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "x");
    const blob = git("rev-parse", "HEAD:requirements.txt").trim();
    const objectFile = join(dir, ".git/objects", blob.slice(0, 2), blob.slice(2));
    chmodSync(objectFile, 0o644);
    writeFileSync(objectFile, "garbage that is not zlib");
    const { document, warnings } = await scan(dir, { rev: "HEAD", git: false });
    expect(document.tools.some((t) => t.name === "React")).toBe(true);
    expect(warnings.map((w) => w.file)).toContain("requirements.txt");
  });

  // 15 MB is some 230 pipe chunks: with each chunk joined onto the buffer again (the bug), 111
  // reference jobs against the budget of 40 (fixed: 9 to 12). The bytes are in long integrity
  // strings: 10,000 entries, not 40,000 of 300 characters, since the scan's work grows with entries.
  it("a 15 MB lockfile read through --rev, in many pipe chunks, gives what the folder gives", async () => {
    const dir = tempDir("techstack-bigblob-");
    const packages: Record<string, unknown> = { "": { dependencies: { express: "^4.18.0" } }, "node_modules/express": { version: "4.18.2" } };
    for (let i = 0; i < 10_000; i++) packages[`node_modules/p${i}`] = { version: `1.0.${i}`, integrity: `sha512-${"x".repeat(1_500)}` };
    const lock = JSON.stringify({ name: "x", lockfileVersion: 3, packages }, null, 2);
    expect(lock.length).toBeGreaterThan(15_000_000);
    writeFileSync(join(dir, "package-lock.json"), lock);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "^4.18.0" } }));
    execFileSync("git", ["-C", dir, "init", "-q"]);
    execFileSync("git", ["-C", dir, "add", "-A"]);
    execFileSync("git", ["-C", dir, "-c", "user.name=a", "-c", "user.email=a@b", "commit", "-q", "-m", "x"]);
    const fromGit = await expectFinishesWithin(() => scan(dir, { rev: "HEAD", git: false, timestamp: "2024-01-01T00:00:00+00:00" }), 40);
    const fromFolder = await scan(dir, { git: false, timestamp: "2024-01-01T00:00:00+00:00" });
    expect(fromGit.warnings).toEqual([]);
    expect(fromGit.document.tools.find((t) => t.name === "ExpressJS")?.version).toBe("4.18.2");
    expect(fromGit.document.tools).toEqual(fromFolder.document.tools);
  });

  // 30 trees hold every combination of the varying parts (i % 2, i % 3) five times over.
  it("30 scans at once give the documents sequential scans give", async () => {
    const trees = Array.from({ length: 30 }, (_, i) => ({
      "package.json": JSON.stringify({ dependencies: { [`pkg-${i}`]: `^1.${i}.0`, react: "^18.2.0" } }),
      "requirements.txt": `django==4.${i % 3}.0\n`,
      ...(i % 2 ? { "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n" } : {}),
    }));
    const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" };
    const sequential = [];
    for (const t of trees) sequential.push((await scan(new MemorySource(t), options)).document);
    const parallel = await Promise.all(trees.map((t) => scan(new MemorySource(t), options).then((r) => r.document)));
    expect(parallel).toEqual(sequential);
  });
});
