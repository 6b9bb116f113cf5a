import { execFileSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync, readdirSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { tempDir } from "./helpers.js";

const isRoot = process.getuid?.() === 0;

/** A tree holding every hostile input of issue 11 beside a few good manifests. */
function hostileTree(): string {
  const dir = tempDir("techstack-hostile-");
  const w = (path: string, content: string | Buffer) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  // Good files whose tools must still be reported.
  w("package.json", JSON.stringify({ dependencies: { express: "4.18.2" } }));
  w("api/requirements.txt", "django==4.2.9\n-r ../../../etc/passwd\n");
  w("go/go.mod", "module x\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n");
  // YAML: an alias bomb and deep nesting.
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`);
  w("bomb/docker-compose.yml", bomb.join("\n") + "\nservices:\n  x:\n    image: *i\n");
  w("deep/.github/workflows/deep.yml", "jobs: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
  // XML: entity expansion and an external entity.
  w("xml/pom.xml", '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>\n<project><groupId>&lol3;</groupId><artifactId>&xxe;</artifactId><dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version></dependency></dependencies></project>');
  // JSON nested 100,000 deep.
  w("deepjson/package.json", '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000));
  // A sparse 1 GB file and a 50 MB lockfile.
  mkdirSync(join(dir, "huge"), { recursive: true });
  const fd = openSync(join(dir, "huge/package-lock.json"), "w");
  ftruncateSync(fd, 1024 ** 3);
  writeFileSync(join(dir, "huge/package.json"), JSON.stringify({ dependencies: { axios: "^1.6.0" } }));
  closeSync(fd);
  w("big/yarn.lock", "# yarn lockfile v1\n" + "x".repeat(50 * 1024 * 1024));
  w("big/package.json", JSON.stringify({ dependencies: { lodash: "^4.17.0" } }));
  // Binary, encodings, line endings, NUL.
  w("binary/composer.json", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  w("utf16/package.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ dependencies: { koa: "2.15.0" } }), "utf16le")]));
  w("latin1/requirements.txt", Buffer.from("# caf\xe9 r\xe9sum\xe9\nflask==3.0.0\n", "latin1"));
  w("bom/Gemfile", "\ufeffsource 'https://rubygems.org'\r\ngem 'rails', '7.1.2'\r\n");
  w("nul/Cargo.toml", "[package]\nname = \"x\"\u0000\n");
  // Unreadable file and folder.
  w("locked/pom.xml", "<project/>");
  chmodSync(join(dir, "locked/pom.xml"), 0o000);
  mkdirSync(join(dir, "sealed"));
  w("sealed/package.json", "{}");
  chmodSync(join(dir, "sealed"), 0o000);
  // Symlinks: a loop, and links out of the root.
  symlinkSync("..", join(dir, "loop"));
  symlinkSync("/etc", join(dir, "outside"));
  symlinkSync("/etc/passwd", join(dir, "requirements-prod.txt"));
  // Awkward names.
  w("with space/package.json", JSON.stringify({ dependencies: { vue: "3.4.0" } }));
  w("new\nline/package.json", JSON.stringify({ dependencies: { svelte: "4.2.0" } }));
  w("ünïcødé/Gemfile", "gem 'sinatra', '3.1.0'\n");
  w("case/Dockerfile", "FROM node:20\n");
  w("case/dockerfile", "FROM python:3.12\n");
  return dir;
}

describe("hostile input", () => {
  it("a tree of hostile files: a warning per bad file, every good file still reported, within 10 s", async () => {
    const dir = hostileTree();
    const started = Date.now();
    const { document, warnings } = await scan(dir, { git: false });
    const seconds = (Date.now() - started) / 1000;
    try {
      chmodSync(join(dir, "sealed"), 0o755);
      chmodSync(join(dir, "locked/pom.xml"), 0o644);
    } catch {
      // best effort
    }
    expect(seconds).toBeLessThan(10);
    const names = new Set(document.tools.map((t) => t.name));
    for (const tool of ["ExpressJS", "Django", "Gin Gonic", "Koa", "Flask", "Rails", "Vue.js", "Svelte", "Sinatra", "JUnit", "Lodash", "axios"]) expect(names, tool).toContain(tool);
    const warned = (file: string) => warnings.filter((w) => w.file === file).map((w) => w.message).join("; ");
    expect(warned("bomb/docker-compose.yml")).toMatch(/aliases/);
    // V8 parses JSON 100,000 deep without recursion; it declares nothing, so it shows nothing.
    expect(document.tools.some((t) => t.detection_source === "deepjson/package.json")).toBe(false);
    expect(warned("huge/package-lock.json")).toMatch(/byte limit/);
    expect(warned("big/yarn.lock")).toMatch(/byte limit/);
    expect(warned("binary/composer.json")).toMatch(/binary/);
    expect(warned("nul/Cargo.toml")).toMatch(/binary/);
    expect(warned("latin1/requirements.txt")).toMatch(/Latin-1/);
    expect(warned("api/requirements.txt")).toMatch(/outside the repository/);
    if (!isRoot) {
      expect(warned("locked/pom.xml")).toMatch(/not readable/);
      expect(warned("sealed")).toMatch(/folder not readable/);
    }
    // Nothing outside the root was read, nothing was fetched or expanded.
    expect(JSON.stringify(document)).not.toMatch(/root:x:0|lollollol|secret/);
    expect(document.tools.some((t) => t.detection_source?.startsWith("loop/") || t.detection_source?.startsWith("outside/"))).toBe(false);
    expect(document.tools.find((t) => t.name === "Node.js")?.detection_source).toBe("case/Dockerfile");
    expect(document.tools.find((t) => t.name === "Python")).toBeDefined();
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

  it("100 scans at once give the documents sequential scans give", async () => {
    const trees = Array.from({ length: 100 }, (_, i) => ({
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
