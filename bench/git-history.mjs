// `node bench/git-history.mjs [--commits 100000]`: the cost of git facts on a long history.
// Builds (once, with git fast-import) a repository of N commits in which every commit changes a
// source file, a Gemfile changes halfway, and package.json / requirements.txt exist only in the
// first commit: the worst case for last_updated_*, as the walk must reach the root to see them.
// Then times whole `techstack detect` processes with and without git (median of three).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptArgs } from "../scripts/script-args.mjs";

const USAGE = `usage: git-history.mjs [--commits N]

The cost of git facts on a long history: a repository of N commits (default 100000, built once with
git fast-import), scanned by whole techstack detect processes with and without git. Build first.`;
const { values } = scriptArgs(USAGE, { commits: { type: "string", default: "100000" } });
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const commits = Number(values.commits);
if (!existsSync(join(root, "dist/cli.js"))) throw new Error("build first: npm run build");
const dir = join(tmpdir(), `techstack-history-${commits}`);

async function build() {
  mkdirSync(dir, { recursive: true });
  execFileSync("git", ["init", "-q", "-b", "main", dir]);
  const child = spawn("git", ["-C", dir, "fast-import", "--quiet"], { stdio: ["pipe", "inherit", "inherit"] });
  const out = child.stdin;
  const write = (s) => (out.write(s) ? undefined : new Promise((r) => out.once("drain", r)));
  const blob = (path, text) => `M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  const start = 1_500_000_000;
  for (let i = 1; i <= commits; i++) {
    const who = `Dev ${i % 97}`;
    const message = `change ${i}`;
    let body = `commit refs/heads/main\nauthor ${who} <dev${i % 97}@example.com> ${start + i * 60} +0000\ncommitter ${who} <dev${i % 97}@example.com> ${start + i * 60} +0000\ndata ${message.length}\n${message}\n`;
    if (i === 1) {
      body += blob("package.json", '{"name":"big","dependencies":{"react":"18.2.0","express":"4.18.2"}}');
      body += blob("requirements.txt", "django==4.2.7\ncelery==5.3.4\n");
    }
    if (i === 1 || i === Math.floor(commits / 2)) body += blob("Gemfile", `source "https://rubygems.org"\ngem "rails", "7.1.${i % 10}"\n`);
    body += blob(`src/module-${i % 500}.js`, `export const n = ${i};\n`);
    await write(body + "\n");
  }
  out.end();
  await new Promise((r) => child.on("close", r));
  execFileSync("git", ["-C", dir, "checkout", "-q", "-f", "main"]);
}

function time(argv) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(root, "dist/cli.js"), ...argv], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return runs.sort((a, b) => a - b)[1];
}

if (!existsSync(join(dir, ".git"))) {
  const t0 = Date.now();
  await build();
  console.log(`built ${commits} commits in ${((Date.now() - t0) / 1000).toFixed(1)} s at ${dir}`);
}
const stamp = ["--timestamp", "2024-01-01T00:00:00+00:00", "--format", "json"];
const withGit = time(["detect", dir, ...stamp]);
const noGit = time(["detect", dir, "--no-git", ...stamp]);
const rev = time(["detect", dir, "--rev", "HEAD", ...stamp]);
const doc = JSON.parse(spawnSync(process.execPath, [join(root, "dist/cli.js"), "detect", dir, ...stamp], { encoding: "utf8" }).stdout);
const dated = doc.tools.filter((t) => t.last_updated_on).map((t) => `${t.detection_source}: ${t.last_updated_by}, ${t.last_updated_on}`);
console.log(`commits: ${commits}`);
console.log(`detect with git facts: ${withGit.toFixed(2)} s`);
console.log(`detect --no-git:       ${noGit.toFixed(2)} s`);
console.log(`detect --rev HEAD:     ${rev.toFixed(2)} s`);
console.log(`git facts cost:        ${(withGit - noGit).toFixed(2)} s`);
console.log([...new Set(dated)].join("\n"));
