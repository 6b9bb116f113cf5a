import type { Detector } from "../../src/types.js";
import { baseName, dirOf, inFolder, nearestFolder, tomlKeyLines } from "../../src/kit.js";
import { cargoPackageName, lockedVersion, readCargoLock, readCargoManifest, readToolchain, requirementVersion } from "./cargo.js";
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
    const parsed = new Map<string, unknown>();
    for (const file of ctx.files.filter((f) => baseName(f) === "Cargo.toml")) {
      const data = await ctx.toml(file);
      if (data && typeof data === "object") parsed.set(file, data);
    }
    const locks = new Map<string, Map<string, string[]>>();
    for (const file of ctx.files.filter((f) => baseName(f) === "Cargo.lock")) {
      const data = await ctx.toml(file);
      if (data === undefined) continue;
      const versions = readCargoLock(data);
      if (!versions.size) ctx.warn(file, "no [[package]] entries");
      locks.set(dirOf(file), versions);
    }
    // The crates the repository holds itself: a path dependency on one of them (a workspace's
    // benchmarks and examples on its library) is the repository's own code, as a pnpm
    // `workspace:*` link or a go.work module is, and names no tool nor package.
    const ownCrates = new Set<string>();
    for (const data of parsed.values()) {
      const name = cargoPackageName(data);
      if (name !== undefined) ownCrates.add(name);
    }
    // Workspace roots and what they offer for inheritance.
    const workspaces = new Map<string, { dependencies: Record<string, unknown>; package: Record<string, unknown>; exclude: string[] }>();
    for (const [file, data] of parsed) {
      const manifest = readCargoManifest(data);
      if (!manifest.isWorkspace) continue;
      const exclude = (data as { workspace?: { exclude?: unknown } }).workspace?.exclude;
      const excluded = Array.isArray(exclude) ? exclude.filter((p): p is string => typeof p === "string").map((p) => p.replace(/^\.\//, "").replace(/\/+$/, "")) : [];
      workspaces.set(dirOf(file), { dependencies: manifest.workspaceDependencies, package: manifest.workspacePackage, exclude: excluded });
    }
    // A rust-toolchain file pins the Rust that builds its folder and everything below it (rustup
    // reads the nearest one up); a manifest's `rust-version` is only the oldest release the crate
    // supports, so under a numeric pin the manifest names Rust without a release.
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
    for (const [file, data] of parsed) {
      const rootDir = nearestFolder(dirOf(file), workspaces);
      const workspace = rootDir !== undefined ? workspaces.get(rootDir) : undefined;
      const manifest = readCargoManifest(data, workspace?.dependencies, workspace?.package);
      for (const problem of manifest.problems) ctx.warn(file, problem);
      // Cargo resolves a workspace member with the workspace root's Cargo.lock and never reads one
      // left in the member's own folder (a crate moved into the workspace keeps its stale lock);
      // a crate the workspace excludes is built on its own, with the lockfile nearest to it.
      const inside = rootDir === undefined ? "" : dirOf(file).slice(rootDir ? rootDir.length + 1 : 0);
      const member = rootDir !== undefined && locks.has(rootDir) && !workspace!.exclude.some((p) => inside === p || inside.startsWith(`${p}/`));
      const lockDir = member ? rootDir : nearestFolder(dirOf(file), locks);
      const lock = lockDir !== undefined ? locks.get(lockDir) : undefined;
      const ownKeys = new Set(manifest.dependencies.map((d) => d.key));
      const lineOf = tomlKeyLines((await ctx.text(file)) ?? "");
      for (const dep of manifest.dependencies) {
        // A renamed second copy of a crate the manifest also depends on under its own name
        // (`tokio02 = { package = "tokio", version = "0.2" }` beside `tokio = "1.35"`) is not the
        // crate the project builds on: that dependency gives its release.
        const secondCopy = dep.key !== dep.name && ownKeys.has(dep.name);
        if (dep.path && ownCrates.has(dep.name)) continue;
        const locked = lockedVersion(lock?.get(dep.name), dep.requirement);
        // A crate in a table of its own (`[dependencies.actix-web]`) writes its version on a line of that table.
        const line = lineOf(dep.section, dep.key);
        const versionLine = lineOf([...dep.section, dep.key], "version");
        if (!secondCopy) ctx.report({
          ref: `cargo:${dep.name}`,
          file,
          line,
          ...(line !== undefined && versionLine !== undefined && versionLine !== line ? { alsoDeclaredAt: [{ file, line: versionLine }] } : {}),
          declared: dep.requirement,
          version: locked ?? requirementVersion(dep.requirement),
          versionFile: locked ? inFolder(lockDir ?? "", "Cargo.lock") : undefined,
          direct: !dep.local,
          dev: dep.dev,
        });
        // A database-neutral crate names its database by feature (sqlx `postgres`, diesel `sqlite`),
        // whichever copy of it the feature is on.
        for (const feature of dep.features) ctx.report({ ref: `cargo-feature:${dep.name}/${feature}`, file });
      }
      if (manifest.packageName !== undefined || manifest.isWorkspace) {
        const pinned = nearestFolder(dirOf(file), toolchains) !== undefined;
        const rustVersion = pinned ? undefined : manifest.rustVersion;
        ctx.report({ ref: "runtime:rust", file, declared: rustVersion, version: rustVersion });
      }
    }
  },
};
