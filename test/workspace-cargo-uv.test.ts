import { execFileSync } from "node:child_process";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { workspacePackages, workspaceScope } from "../src/cli/workspace.js";
import { workspaceMemberWarning } from "../src/cli/workspace-member.js";
import { scanOptions } from "../src/cli/scan-flags.js";
import { CliError } from "../src/cli/shared.js";
import { scan, type DetectOptions } from "../src/index.js";
import { fixture, tempDir } from "./helpers.js";

// `--workspace` scanned one package of an npm, yarn, pnpm or Bun monorepo only: a Cargo or uv
// workspace's member named by its crate or project name was refused ("no workspace package"), and
// one named by its folder was scanned without the root's Cargo.lock or uv.lock (releases at the
// ranges' floor) and without the root's [workspace.dependencies] (an inherited crate had no
// release, sqlx's inherited `postgres` feature no PostgreSQL).

const CARGO = fixture("cargo-workspace-root-crate");
const UV = fixture("uv-workspace");

type Tool = { name: string; version?: string; detection_source?: string; detection_source_url?: string; package_url?: string };

/** The document of a member's scan as `detect DIR --workspace NAME` makes it (`extra`: options over the flags'). */
async function memberTools(dir: string, workspace: string, extra: DetectOptions = {}): Promise<Tool[]> {
  const { document } = await scan(dir, { ...(await scanOptions(dir, { workspace, "no-git": true })), ...extra });
  return document.tools as Tool[];
}

const named = (tools: Tool[], name: string) => tools.find((t) => t.name === name);

/** A copy of a fixture in a fresh folder, to change or commit. */
function copyOf(source: string): string {
  const dir = join(tempDir("techstack-members-"), "repo");
  cpSync(source, dir, { recursive: true });
  return dir;
}

describe("a Cargo workspace's members", () => {
  it("are the folders `members` takes that `exclude` leaves, holding a Cargo.toml, named by [package] name; the root crate is none", async () => {
    const members = (await workspacePackages(CARGO)).sort((a, b) => a.folder.localeCompare(b.folder));
    expect(members).toEqual([
      { name: "courier-core", folder: "crates/courier-core", kind: "cargo" },
      { name: "courier-server", folder: "crates/courier-server", kind: "cargo" },
    ]);
  });

  it("a member's scan reads its folder, the root's Cargo.lock, toolchain files and Cargo.toml, the last for what it inherits alone", async () => {
    const scope = await workspaceScope(CARGO, "courier-server");
    expect(scope).toEqual({
      include: ["crates/courier-server/**", "Cargo.lock", "Cargo.toml", "rust-toolchain", "rust-toolchain.toml"],
      inheritedFrom: ["Cargo.toml"],
      siblings: { npm: [], pypi: [] },
    });
    // By folder, written any way, or by the folder's last part.
    for (const wanted of ["crates/courier-server", "./crates/courier-server/", "crates\\courier-server"]) expect((await workspaceScope(CARGO, wanted)).include[0], wanted).toBe("crates/courier-server/**");
  });

  it("the member's crates at the root Cargo.lock's releases, inherited ones with their features; not the root crate's, nor the root's CI", async () => {
    const server = await memberTools(CARGO, "courier-server");
    expect(named(server, "Tokio")).toMatchObject({ version: "1.35.1", detection_source: "crates/courier-server/Cargo.toml", detection_source_url: "Cargo.lock" });
    // `sqlx.workspace = true` takes [workspace.dependencies]' features: `postgres`.
    expect(named(server, "PostgreSQL")).toMatchObject({ detection_source: "crates/courier-server/Cargo.toml" });
    // [workspace.package] rust-version, which the member inherits, from the root that writes it.
    expect(named(server, "Rust")).toMatchObject({ version: "1.74" });
    // The root crate's own `redis` (a whole scan shows Redis from it), and the root's workflow, are not the member's.
    expect(server.map((t) => t.name).sort()).toEqual(["PostgreSQL", "Rust", "Serde", "Tokio"]);
    const core = await memberTools(CARGO, "crates/courier-core");
    expect(core.map((t) => t.name).sort()).toEqual(["Rust", "Serde"]);
    expect(named(core, "Serde")).toMatchObject({ version: "1.0.196", detection_source: "crates/courier-core/Cargo.toml", detection_source_url: "Cargo.lock" });
    // The whole repository still shows the root crate's Redis and the workflow.
    const { document } = await scan(CARGO, { git: false });
    expect(document.tools.map((t) => t.name)).toEqual(expect.arrayContaining(["Redis", "GitHub Actions"]));
  });

  it("of a crate Cargo.lock holds at two releases, each member takes the one its requirement allows", async () => {
    // base64 0.21.7 and 0.22.0: the server's own `0.21`, the core's inherited `0.22`. Named as a tool by a catalog of the caller's.
    const catalog = { tools: [{ id: "base64-crate", name: "base64 crate" }], matchers: { cargo: { base64: ["base64-crate"] } } };
    expect(named(await memberTools(CARGO, "courier-server", { catalog }), "base64 crate")).toMatchObject({ version: "0.21.7", detection_source_url: "Cargo.lock" });
    expect(named(await memberTools(CARGO, "courier-core", { catalog }), "base64 crate")).toMatchObject({ version: "0.22.0", detection_source_url: "Cargo.lock" });
  });

  it("a name no member has lists the members, the excluded crate and the root crate not among them", async () => {
    const refusal = await workspaceScope(CARGO, "courier-bench").then(() => undefined, (error: unknown) => error);
    expect(refusal).toBeInstanceOf(CliError);
    expect((refusal as CliError).message).toBe(`no workspace package 'courier-bench' in ${CARGO}; the workspaces are: courier-core (crates/courier-core), courier-server (crates/courier-server)`);
    await expect(workspaceScope(CARGO, "courier")).rejects.toThrow(/^no workspace package 'courier' in .*; the workspaces are: courier-core \(crates\/courier-core\), courier-server \(crates\/courier-server\)$/);
  });

  it("--rev: the members and manifests of the revision scanned, not the working tree's", async () => {
    const repo = copyOf(CARGO);
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Ann", "-c", "user.email=ann@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo, encoding: "utf8" });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "courier");
    // The working tree drops the workspace: the revision still has it.
    writeFileSync(join(repo, "Cargo.toml"), '[package]\nname = "courier"\nversion = "0.7.0"\n');
    rmSync(join(repo, "crates/courier-server"), { recursive: true });
    await expect(scanOptions(repo, { workspace: "courier-server" })).rejects.toThrow(/no workspace folder 'courier-server'/);
    const options = await scanOptions(repo, { workspace: "courier-server", rev: "HEAD", "no-git": true });
    expect(options).toMatchObject({ include: ["crates/courier-server/**", "Cargo.lock", "Cargo.toml", "rust-toolchain", "rust-toolchain.toml"], inheritedFrom: ["Cargo.toml"], rev: "HEAD" });
    const { document } = await scan(repo, options);
    expect(document.tools.map((t) => t.name).sort()).toEqual(["PostgreSQL", "Rust", "Serde", "Tokio"]);
    expect(named(document.tools as Tool[], "Tokio")).toMatchObject({ version: "1.35.1" });
  });

  it("a member's folder scanned by itself names the --workspace scan that sees the root", async () => {
    // The root as typed from the working folder.
    const root = relative(process.cwd(), CARGO);
    expect(await workspaceMemberWarning(join(CARGO, "crates/courier-server"))).toBe(
      `${join(CARGO, "crates/courier-server")}: a member of the Cargo workspace at ${root}, whose Cargo.lock and [workspace.dependencies] a scan of this folder cannot see: scan ${root} with --workspace crates/courier-server for the releases Cargo resolves`,
    );
  });
});

describe("a uv workspace's members", () => {
  it("are the folders `members` takes that `exclude` leaves, holding a pyproject.toml, named by [project] name", async () => {
    const members = (await workspacePackages(UV)).sort((a, b) => a.folder.localeCompare(b.folder));
    expect(members).toEqual([
      { name: "relay-api", folder: "packages/api", kind: "uv" },
      { name: "relay-tasks", folder: "packages/tasks", kind: "uv" },
    ]);
    expect(await workspaceScope(UV, "relay-api")).toEqual({
      include: ["packages/api/**", "uv.lock", "pyproject.toml", ".python-version"],
      inheritedFrom: ["pyproject.toml"],
      siblings: { npm: [], pypi: ["relay-tasks"] },
    });
  });

  it("a member's packages at uv.lock's releases; not the root's dev group and tool tables, nor the other member's packages", async () => {
    const api = await memberTools(UV, "relay-api");
    expect(named(api, "FastAPI")).toMatchObject({ version: "0.115.4", detection_source: "packages/api/pyproject.toml", detection_source_url: "uv.lock" });
    expect(named(api, "SQLAlchemy")).toMatchObject({ version: "2.0.36", detection_source_url: "uv.lock" });
    expect(named(api, "Python")).toMatchObject({ version: "3.12", detection_source_url: ".python-version" });
    const names = api.map((t) => t.name);
    // The root's dev group (pytest, ruff, mypy), its sibling relay-tasks (a workspace source the root declares), the other member's Redis and celery.
    for (const absent of ["pytest", "ruff", "mypy", "relay-tasks", "Redis", "celery", "GitHub Actions"]) expect(names, absent).not.toContain(absent);
    const tasks = await memberTools(UV, "packages/tasks");
    expect(tasks.map((t) => t.name)).toEqual(expect.arrayContaining(["Redis", "celery", "redis"]));
    expect(named(tasks, "celery")).toMatchObject({ version: "5.4.0", detection_source_url: "uv.lock" });
    expect(tasks.map((t) => t.name)).not.toContain("FastAPI");
  });

  it("without uv.lock, a sibling the root's [tool.uv.sources] takes from the workspace is still no PyPI package", async () => {
    const dir = copyOf(UV);
    rmSync(join(dir, "uv.lock"));
    const names = (await memberTools(dir, "relay-api")).map((t) => t.name);
    expect(names).toContain("fastapi");
    expect(names).not.toContain("relay-tasks");
  });

  it("a member's name is compared as uv compares names (PEP 503): relay_api and Relay.API are relay-api", async () => {
    for (const wanted of ["relay_api", "Relay.API"]) expect((await workspaceScope(UV, wanted)).include[0], wanted).toBe("packages/api/**");
    // A crate's name is Cargo's, exact.
    await expect(workspaceScope(CARGO, "courier_server")).rejects.toThrow(/^no workspace package 'courier_server'/);
  });

  it("a name no member has lists the members; the excluded one is none", async () => {
    await expect(workspaceScope(UV, "relay-legacy-worker")).rejects.toThrow(`no workspace package 'relay-legacy-worker' in ${UV}; the workspaces are: relay-api (packages/api), relay-tasks (packages/tasks)`);
  });

  it("a member's folder scanned by itself names the --workspace scan that sees the root", async () => {
    expect(await workspaceMemberWarning(join(UV, "packages/api"))).toMatch(/: a member of the uv workspace at .*: scan .* with --workspace packages\/api for the releases uv resolves$/);
  });
});

describe("the API's inheritedFrom", () => {
  it("gives the CLI's answer with include, and takes only a list of globs", async () => {
    const { document } = await scan(CARGO, { git: false, include: ["crates/courier-server/**", "Cargo.lock", "Cargo.toml"], inheritedFrom: ["Cargo.toml"] });
    expect(document.tools.map((t) => t.name).sort()).toEqual(["PostgreSQL", "Rust", "Serde", "Tokio"]);
    // Without it the root crate's own Redis comes in.
    const { document: whole } = await scan(CARGO, { git: false, include: ["crates/courier-server/**", "Cargo.lock", "Cargo.toml"] });
    expect(whole.tools.map((t) => t.name)).toContain("Redis");
    await expect(scan(CARGO, { inheritedFrom: "Cargo.toml" } as never)).rejects.toThrow(/^inheritedFrom: expected a list of globs/);
  });
});
