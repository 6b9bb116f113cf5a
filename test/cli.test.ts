import { execFile, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StackDocument } from "../src/types.js";
import { fixture, type Outcome, ROOT, runCommand, runMainHere, tempDir } from "./helpers.js";

const CLI = join(ROOT, "dist/cli.js");

function run(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as NodeJS.ErrnoException & { code?: number }).code as unknown as number) ?? 1 : 0, stdout, stderr });
    });
  });
}

/**
 * The command called in-process, its output caught: for cases where the process itself (the bin, its
 * exit code, environment or streams) is not what is tested. Those still spawn dist/cli.js.
 */
const runHere = (args: string[]): Promise<Outcome> => runCommand(args);
/** main.ts's routing and its words for an error (`techstack: ...`, the exit code), in-process. */
const runMain = (args: string[]): Promise<Outcome> => runMainHere(args, { env: { NO_COLOR: "1" } });

function copy(name: string): string {
  const dir = tempDir(`techstack-cli-${name}-`);
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

describe("command line", () => {
  it("--version and --help answer; a bad command or option is a usage error", async () => {
    // main.ts's routing and words, in-process; the two spawns below check the exit codes through the bin.
    expect((await runMain(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect((await runMain(["--help"])).stdout).toContain("techstack <command>");
    const bad = await runMain(["detect", "--format", "xml", "."]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format must be one of");
    expect((await runMain(["frobnicate"])).code).toBe(2);
    const none = await runMain([]);
    expect(none).toMatchObject({ code: 2, stdout: "" });
    expect(none.stderr).toContain("Usage: techstack <command>");
    const missing = await runMain(["detect", "/no/such/dir"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no such directory: /no/such/dir");
    // (In-process, the usage's version is the source's 0.0.0-dev, so the usage is compared below its first line.)
    const spawned = await run(["frobnicate"]);
    expect(spawned).toMatchObject({ code: 2, stdout: "" });
    expect(spawned.stderr.split("\n").slice(3)).toEqual((await runMain(["frobnicate"])).stderr.split("\n").slice(3));
    expect(spawned.stderr).toMatch(/^techstack: unknown command 'frobnicate'\n\ntechstack \d+\.\d+\.\d+: /);
    expect(await run(["detect", "/no/such/dir"])).toEqual(missing);
  });

  it("bad numbers and dates are usage errors naming the flag, and an ISO timestamp is written as the site writes it", async () => {
    for (const [args, flag] of [
      [["detect", fixture("nextjs-app"), "--max-file-bytes", "abc"], "--max-file-bytes"],
      [["detect", fixture("nextjs-app"), "--timestamp", "yesterday"], "--timestamp"],
      // Dates JavaScript rolls over or guesses: 30 February (1 March), "5" (1 May 2001).
      [["detect", fixture("nextjs-app"), "--timestamp", "2024-02-30"], "--timestamp"],
      [["detect", fixture("nextjs-app"), "--timestamp", "5"], "--timestamp"],
      [["detect", fixture("nextjs-app"), "--timestamp", "2024-05-01T25:00:00Z"], "--timestamp"],
      [["resolve", "vue", "--limit", "x"], "--limit"],
      [["resolve", "vue", "--limit=0"], "--limit"],
      [["batch", "/dev/null", "--workers", "many"], "--workers"],
    ] as const) {
      const r = await runHere([...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain(flag);
    }
    const fixed = await runHere(["detect", fixture("nextjs-app"), "--no-git", "--timestamp", "2024-05-01T14:00:00+02:00"]);
    expect(fixed.stdout).toContain("timestamp: '2024-05-01T12:00:00+00:00'");
  });

  it("a reader that closes the pipe early (| head) ends it quietly, without a stack trace", async () => {
    const child = spawn(process.execPath, [CLI, "resolve", "postgres", "vue", "k8s", "reactjs"], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy(); // closed before the first line is written
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("a current folder that was deleted (a checkout that removed it) is said in words, not as 'uv_cwd'", () => {
    const gone = join(tempDir(), "gone");
    mkdirSync(gone);
    const inGone = (...args: string[]) =>
      spawnSync("sh", ["-c", 'cd "$0" && rmdir "$0" && exec "$@"', gone, process.execPath, CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const message = "techstack: the current folder no longer exists (deleted, or removed by a checkout): cd into the repository again\n";
    for (const args of [["detect"], ["resolve", "postgres"]]) {
      mkdirSync(gone, { recursive: true });
      const result = inGone(...args);
      expect([result.status, result.stderr], args.join(" ")).toEqual([1, message]);
    }
  });

  it("check fails after a dependency is added and passes after write", async () => {
    const dir = copy("nextjs-app");
    expect((await runHere(["write", dir, "--no-git"])).code).toBe(0);
    expect(existsSync(join(dir, "techstack.yml")) && existsSync(join(dir, "techstack.md"))).toBe(true);
    expect((await runHere(["check", dir, "--no-git"])).code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    pkg.dependencies.zod = "^3.22.4";
    writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
    const stale = await runHere(["check", dir, "--no-git"]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("+ Zod 3.22.4");
    expect((await runHere(["write", dir, "--no-git"])).code).toBe(0);
    expect((await runHere(["check", dir, "--no-git"])).code).toBe(0);
  });

  it("write keeps tools added by hand", async () => {
    const dir = copy("laravel-app");
    await runHere(["write", dir, "--no-git"]);
    const file = join(dir, "techstack.yml");
    writeFileSync(file, readFileSync(file, "utf8") + "- name: Sentry\n  detection_source: manual\n");
    await runHere(["write", dir, "--no-git"]);
    // Filled in from the catalog: Sentry's page, logo and category.
    expect(readFileSync(file, "utf8")).toMatch(/- name: Sentry\n  website_url: https:\/\/sentry.io\/\n(  .*\n)*?  detection_source: manual\n/);
    expect((await runHere(["check", dir, "--no-git"])).code).toBe(0);
  });

  it("write keeps a hand-written version as typed: 3.10 stays 3.10 (not the number 3.1), and the file stays valid", async () => {
    const dir = copy("laravel-app");
    await runHere(["write", dir, "--no-git"]);
    const file = join(dir, "techstack.yml");
    writeFileSync(file, readFileSync(file, "utf8") + "- name: Python\n  version: 3.10\n  detection_source: manual\n- name: Terraform\n  version: 1\n  detection_source: manual\n");
    await runHere(["write", dir, "--no-git"]);
    const written = readFileSync(file, "utf8");
    expect(written).toMatch(/- name: Python\n  website_url: \S+\n  version: '3.10'\n(  .*\n)*?  detection_source: manual\n/);
    expect(written).toMatch(/- name: Terraform\n  website_url: \S+\n  version: '1'\n(  .*\n)*?  detection_source: manual\n/);
    expect((await runHere(["validate", file])).code).toBe(0);
    expect((await runHere(["check", dir, "--no-git"])).code).toBe(0);
  });

  it("validate, diff and resolve", async () => {
    const dir = copy("rails-app");
    await runHere(["write", dir, "--no-git"]);
    expect((await runHere(["validate", join(dir, "techstack.yml")])).code).toBe(0);
    writeFileSync(join(dir, "bad.yml"), "repo_name: x\ntools:\n- version: 1\n");
    const invalid = await runHere(["validate", join(dir, "bad.yml")]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain("/tools/0");
    const changed = await runHere(["diff", join(dir, "techstack.yml"), fixture("laravel-app"), "--format", "json"]);
    expect(JSON.parse(changed.stdout).added.map((t: { name: string }) => t.name)).toContain("Laravel");
    const resolved = await runHere(["resolve", "postgres", "--json"]);
    expect(JSON.parse(resolved.stdout)[0].matches[0]).toMatchObject({ id: "postgresql", name: "PostgreSQL" });
  });

  it("validate - and batch - read standard input, as a pipe gives it", async () => {
    const dir = copy("rails-app");
    await runHere(["write", dir, "--no-git"]);
    const env = { ...process.env, NO_COLOR: "1" };
    // '-' was taken for a file of that name: "ENOENT: no such file or directory, open '-'".
    const valid = spawnSync(process.execPath, [CLI, "validate", "-"], { input: readFileSync(join(dir, "techstack.yml")), env, encoding: "utf8" });
    expect([valid.status, valid.stdout]).toEqual([0, expect.stringMatching(/^standard input: valid \(\d+ tools\)\n$/)]);
    const invalid = spawnSync(process.execPath, [CLI, "validate", "-"], { input: "repo_name: x\ntools:\n- version: 1\n", env, encoding: "utf8" });
    expect([invalid.status, invalid.stdout]).toEqual([1, expect.stringContaining("standard input:3: /tools/0")]);
    // The scan flags reach the worker threads with each job.
    const batch = spawnSync(process.execPath, [CLI, "batch", "-", "--workers", "1", "--no-git", "--no-packages", "--timestamp", "2026-01-02T03:04:05Z"], { input: `${dir}\n`, env, encoding: "utf8" });
    expect(batch.status).toBe(0);
    const lines = batch.stdout.trim().split("\n").map((line) => JSON.parse(line) as { entry: string; ok: boolean; document: StackDocument });
    expect(lines.map((r) => [r.entry, r.ok])).toEqual([[dir, true]]);
    expect(lines[0]!.document.timestamp).toMatch(/^2026-01-02/);
    expect(lines[0]!.document.tools.filter((t) => t.package_url)).toEqual([]);
  });

  it("batch scans every entry once, resumes, and shards", async () => {
    const dir = tempDir();
    const list = join(dir, "list.txt");
    // A repository whose configuration keeps a vendored demo out of its stack.
    const configured = join(dir, "configured");
    mkdirSync(join(configured, "demo"), { recursive: true });
    writeFileSync(join(configured, "package.json"), JSON.stringify({ dependencies: { react: "^18.3.1" } }));
    writeFileSync(join(configured, "demo/package.json"), JSON.stringify({ dependencies: { express: "^4.19.2" } }));
    writeFileSync(join(configured, "techstack.config.json"), JSON.stringify({ exclude: ["demo/**"] }));
    writeFileSync(list, [fixture("rails-app"), fixture("laravel-app"), "/no/such/repo", configured].join("\n"));
    const out = join(dir, "out.jsonl");
    // One entry fails (no such folder): the run says so with exit 1.
    expect((await run(["batch", list, "--out", out, "--no-git", "--workers", "2"])).code).toBe(1);
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.ok).sort()).toEqual([false, true, true, true]);
    const own = lines.find((l) => l.repo === configured).document.tools.map((t: { name: string }) => t.name);
    expect(own).toContain("React");
    expect(own).not.toContain("ExpressJS");
    // A run with every entry done or failed scans nothing and starts no worker thread: in-process.
    await runHere(["batch", list, "--out", out, "--no-git"]);
    expect(readFileSync(out, "utf8").trim().split("\n")).toHaveLength(4);
    // The shards through the bin, one worker each: the run above showed two workers' lines merged.
    const shards = await Promise.all([1, 2].map((k) => run(["batch", list, "--shard", `${k}/2`, "--no-git", "--workers", "1"])));
    expect(shards.map((s) => s.stdout.trim().split("\n").filter(Boolean).length).reduce((a, b) => a + b)).toBe(4);
  });
});

describe("submit against a server on loopback", () => {
  const TOKEN = "s3cret-token-value";
  async function server(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
    const requests: Array<{ auth?: string; body: string }> = [];
    const srv = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        requests.push({ auth: req.headers.authorization, body });
        handler(req, res, body);
      });
    });
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/stacks`;
    return { url, requests, close: () => new Promise<void>((r) => srv.close(() => r())) };
  }
  const env = { TECHSTACK_TOKEN: TOKEN };
  /** submit in-process with the token set: what is sent, retried and said is the command's, not the process's. */
  const here = (args: string[], variables: Record<string, string>): Promise<Outcome> => runCommand(args, { env: variables });

  it("sends the document with the bearer token, and never prints it", async () => {
    const s = await server((_q, res) => res.writeHead(201).end("{}"));
    const result = await run(["submit", "--manual", "postgres", "vue", "--endpoint", s.url], env);
    await s.close();
    expect(result.code).toBe(0);
    expect(s.requests[0]!.auth).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(s.requests[0]!.body).document.tools.map((t: { name: string }) => t.name).sort()).toEqual(["PostgreSQL", "Vue.js"]);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    expect(result.stdout).toBe("submitted 2 tools (201)\n");
    const one = await server((_q, res) => res.writeHead(201).end("{}"));
    // The singular's wording is the command's: asked in-process.
    expect((await here(["submit", "--manual", "redis", "--endpoint", one.url], env)).stdout).toBe("submitted 1 tool (201)\n");
    await one.close();
  });

  it("stops on an authentication failure with the server's message", async () => {
    const s = await server((_q, res) => res.writeHead(401).end(`bad token ${TOKEN}`));
    const result = await here(["submit", "--manual", "redis", "--endpoint", s.url, "--retry-delay-ms", "10"], env);
    await s.close();
    expect(result.code).toBe(1);
    expect(s.requests).toHaveLength(1);
    expect(result.stderr).toContain("refused the submission (401 Unauthorized): bad token ***");
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it("retries server errors, then succeeds", async () => {
    let calls = 0;
    const s = await server((_q, res) => (++calls < 3 ? res.writeHead(503).end("busy") : res.writeHead(200).end("ok")));
    const result = await here(["submit", "--manual", "redis", "--endpoint", s.url, "--retry-delay-ms", "10"], env);
    await s.close();
    expect(result.code).toBe(0);
    expect(s.requests).toHaveLength(3);
    expect(result.stderr).toContain("retrying (2)");
  });

  it("gives up on a server that never answers", async () => {
    const s = await server(() => {
      /* never answers */
    });
    const result = await here(["submit", "--manual", "redis", "--endpoint", s.url, "--timeout", "0.2", "--retries", "1", "--retry-delay-ms", "10"], env);
    await s.close();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("failed after 2 attempts");
  });

  it("--verbose and --dry-run show the attempts and headers with the token hidden", async () => {
    let calls = 0;
    // The server echoes the authorization header back: a leak through the answer must be caught too.
    const s = await server((req, res) => (++calls < 2 ? res.writeHead(500).end(`oops ${req.headers.authorization}`) : res.writeHead(201).end(`saved for ${req.headers.authorization}`)));
    const verbose = await here(["submit", "--manual", "redis", "--endpoint", s.url, "--retry-delay-ms", "10", "--verbose"], env);
    await s.close();
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toContain(`POST ${s.url} (attempt 2 of 4`);
    expect(verbose.stderr).toContain('"authorization":"Bearer ***"');
    expect(verbose.stderr).toContain("saved for Bearer ***");
    expect(verbose.stdout + verbose.stderr).not.toContain(TOKEN);
    const dry = await here(["submit", "--manual", "redis", "--endpoint", "http://127.0.0.1:9/x", "--dry-run"], env);
    expect(dry.stderr).toContain('would POST to http://127.0.0.1:9/x with headers {"content-type":"application/json","user-agent":"techstack","authorization":"Bearer ***"}');
    expect(dry.stdout + dry.stderr).not.toContain(TOKEN);
  });

  it("bad numbers are usage errors", async () => {
    expect((await here(["submit", "--manual", "redis", "--timeout", "0", "--endpoint", "http://127.0.0.1:9/"], env)).code).toBe(2);
    expect((await here(["submit", "--manual", "redis", "--retries", "many", "--endpoint", "http://127.0.0.1:9/"], env)).code).toBe(2);
  });

  it("--dry-run sends nothing; an ambiguous name without a terminal is an error", async () => {
    const dry = await here(["submit", "--manual", "postgres", "--dry-run"], env);
    expect(JSON.parse(dry.stdout).document.tools[0].name).toBe("PostgreSQL");
    // Through the bin, its standard input a pipe: no terminal to ask on.
    const ambiguous = await run(["submit", "--manual", "amazon", "--dry-run"], env);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("'amazon' is ambiguous");
    // --yes takes only a name that resolves surely: the vendor alone is no tool of its.
    const unsure = await here(["submit", "--manual", "amazon", "--dry-run", "--yes"], env);
    expect(unsure.code).toBe(2);
    expect(unsure.stdout).toBe("");
    expect(unsure.stderr).toContain("(TECHSTACK_UNSURE_NAME)");
  });

  it("--auto takes the scan options (a missing folder is exit 1); --manual refuses them", async () => {
    const dir = copy("nextjs-app");
    const names = async (...extra: string[]) => {
      const r = await here(["submit", dir, "--auto", "--dry-run", "--no-git", ...extra], env);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout).document.tools as Array<{ name: string }>).map((t) => t.name);
    };
    expect(await names()).toContain("Next.js");
    expect(await names("--no-packages")).not.toContain("next");
    expect(await names("--exclude", "package.json", "--exclude", "package-lock.json")).not.toContain("Next.js");
    expect((await here(["submit", join(dir, "nowhere"), "--auto", "--dry-run"], env)).code).toBe(1);
    const manual = await here(["submit", "--manual", "redis", "--no-git", "--dry-run"], env);
    expect(manual.code).toBe(2);
    expect(manual.stderr).toContain("--no-git is for --auto");
  });

  it("manual names: a guessed spelling is shown, every bad name is listed at once, and no entry links to a file", async () => {
    const guessed = await here(["submit", "--manual", "kubernets", "postgres", "--dry-run"], env);
    expect(guessed.code).toBe(0);
    expect(guessed.stderr).toContain("'kubernets' taken as Kubernetes");
    expect(guessed.stderr).not.toContain("'postgres' taken");
    const tools = JSON.parse(guessed.stdout).document.tools as Array<Record<string, unknown>>;
    expect(tools.map((t) => t.name).sort()).toEqual(["Kubernetes", "PostgreSQL"]);
    // Found in no file: no detection_source_url (it used to say "manual", or a /blob/main/manual link).
    for (const t of tools) expect(t).toMatchObject({ detection_source: "manual" });
    for (const t of tools) expect(t).not.toHaveProperty("detection_source_url");
    const bad = await here(["submit", "--manual", "zzqqxxjj", "amazon", "redis", "--dry-run"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("no tool matches 'zzqqxxjj'");
    expect(bad.stderr).toContain("'amazon' is ambiguous");
    expect(bad.stdout).toBe("");
  });
});
