import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, dirOf } from "../../src/kit.js";
import { cargoPackageName, readCargoLock, readToolchain } from "./cargo.js";
import { reportCargoManifest, type CargoTree } from "./crate-report.js";
import { rustVersionInherited, workspaceRoots } from "./workspace.js";
import { RUST_FILES } from "../files.js";

/**
 * Rust crates: Cargo.toml dependencies (normal, dev, build, target-specific, workspace
 * inheritance with `workspace = true`), versions from the Cargo.lock of the crate or its
 * workspace, and the Rust version of rust-toolchain(.toml) or the manifest's `rust-version`.
 */
export const rustDetector: Detector = {
  name: "rust",
  files: RUST_FILES,
  async detect(ctx) {
    const parsed = await readManifests(ctx);
    const locks = await readLocks(ctx);
    const workspaces = workspaceRoots(parsed);
    const toolchains = await reportToolchains(ctx);
    const tree: CargoTree = { locks, ownCrates: ownCrates(parsed), workspaces, rustInherited: rustVersionInherited(parsed, workspaces), toolchains };
    for (const [file, data] of parsed) await reportCargoManifest(ctx, file, data, tree);
  },
};

/** Each Cargo.toml parsed as a table, by file. */
async function readManifests(ctx: DetectContext): Promise<Map<string, unknown>> {
  const parsed = new Map<string, unknown>();
  for (const file of ctx.files.filter((f) => baseName(f) === "Cargo.toml")) {
    const data = await ctx.toml(file);
    if (data && typeof data === "object") parsed.set(file, data);
  }
  return parsed;
}

/** Each Cargo.lock's releases of each crate, by folder; a warning for one that lists no package. */
async function readLocks(ctx: DetectContext): Promise<Map<string, Map<string, string[]>>> {
  const locks = new Map<string, Map<string, string[]>>();
  for (const file of ctx.files.filter((f) => baseName(f) === "Cargo.lock")) {
    const data = await ctx.toml(file);
    if (data === undefined) continue;
    const versions = readCargoLock(data);
    if (!versions.size) ctx.warn(file, "no [[package]] entries");
    locks.set(dirOf(file), versions);
  }
  return locks;
}

/**
 * The crates the repository holds itself: a path dependency on one of them (a workspace's
 * benchmarks and examples on its library) is the repository's own code, as a pnpm
 * `workspace:*` link or a go.work module is, and names no tool nor package.
 */
function ownCrates(parsed: ReadonlyMap<string, unknown>): Set<string> {
  const names = new Set<string>();
  for (const data of parsed.values()) {
    const name = cargoPackageName(data);
    if (name !== undefined) names.add(name);
  }
  return names;
}

/**
 * Each rust-toolchain file's Rust, reported, and its release by folder. It pins the Rust that builds
 * its folder and everything below it (rustup reads the nearest one up); a manifest's `rust-version`
 * is only the oldest release the crate supports, so under a numeric pin the manifest names Rust
 * without a release.
 */
async function reportToolchains(ctx: DetectContext): Promise<Map<string, string>> {
  const toolchains = new Map<string, string>();
  for (const file of ctx.files.filter((f) => baseName(f).startsWith("rust-toolchain"))) {
    const text = await ctx.text(file);
    if (text === undefined) continue;
    const isToml = file.endsWith(".toml") || /^[ \t]*\[toolchain\]/m.test(text);
    const data = isToml ? await ctx.toml(file) : undefined;
    if (isToml && data === undefined) continue;
    const version = readToolchain(text, data);
    ctx.report({ ref: "runtime:rust", file, version });
    if (version) toolchains.set(dirOf(file), version);
  }
  return toolchains;
}
