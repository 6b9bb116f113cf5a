import type { Detector } from "../../src/types.js";
import { baseName, dirOf } from "../../src/kit.js";

type Table = Record<string, unknown>;

/**
 * Rust crates: Cargo.toml dependencies (normal, dev, build, target-specific, workspace
 * inheritance with `workspace = true`), versions from the Cargo.lock of the crate or its
 * workspace, and the toolchain channel of rust-toolchain(.toml).
 */
export const rustDetector: Detector = {
  name: "rust",
  files: ["Cargo.toml", "Cargo.lock", "rust-toolchain", "rust-toolchain.toml"],
  async detect(ctx) {
    const manifests = new Map<string, Table>();
    for (const file of ctx.files.filter((f) => baseName(f) === "Cargo.toml")) {
      const data = await ctx.toml(file);
      if (data && typeof data === "object") manifests.set(file, data as Table);
    }
    const locks = new Map<string, Map<string, string>>();
    for (const file of ctx.files.filter((f) => baseName(f) === "Cargo.lock")) {
      const data = (await ctx.toml(file)) as { package?: unknown } | undefined;
      const versions = new Map<string, string>();
      if (Array.isArray(data?.package)) {
        for (const p of data.package) {
          const { name, version } = (p ?? {}) as { name?: unknown; version?: unknown };
          if (typeof name === "string" && typeof version === "string" && !versions.has(name)) versions.set(name, version);
        }
      }
      locks.set(dirOf(file), versions);
    }
    const workspaceDeps = new Map<string, Table>();
    for (const [file, data] of manifests) {
      const deps = table(table(data.workspace).dependencies);
      if (Object.keys(deps).length) workspaceDeps.set(dirOf(file), deps);
    }
    for (const [file, data] of manifests) {
      const lockDir = nearest(dirOf(file), locks);
      const lock = lockDir !== undefined ? locks.get(lockDir) : undefined;
      const inherited = workspaceDeps.get(nearest(dirOf(file), workspaceDeps) ?? "\0") ?? {};
      const sections: Array<[Table, boolean]> = [
        [table(data.dependencies), false],
        [table(data["dev-dependencies"]), true],
        [table(data["build-dependencies"]), true],
      ];
      for (const target of Object.values(table(data.target))) {
        sections.push([table(table(target).dependencies), false], [table(table(target)["dev-dependencies"]), true]);
      }
      for (const [deps, dev] of sections) {
        for (const [key, spec] of Object.entries(deps)) {
          let declared = spec;
          if (table(spec).workspace === true) declared = inherited[key] ?? spec;
          const name = typeof table(declared).package === "string" ? (table(declared).package as string) : key;
          const range = typeof declared === "string" ? declared : typeof table(declared).version === "string" ? (table(declared).version as string) : undefined;
          const local = typeof table(declared).path === "string";
          const locked = lock?.get(name);
          ctx.report({
            ref: `cargo:${name}`,
            file,
            declared: range,
            version: locked ?? (range ? range.replace(/^[\^~=>\s]+/, "").split(",")[0]!.trim() : undefined),
            versionFile: locked ? `${lockDir ? lockDir + "/" : ""}Cargo.lock` : undefined,
            direct: !local,
            dev,
          });
        }
      }
      const edition = table(data.package).edition;
      if (typeof edition === "string" || Object.keys(table(data.package)).length) ctx.report({ ref: "runtime:rust", file });
    }
    for (const file of ctx.files.filter((f) => baseName(f).startsWith("rust-toolchain"))) {
      const text = (await ctx.text(file)) ?? "";
      const channel = /channel\s*=\s*"([^"]+)"/.exec(text)?.[1] ?? text.trim().split(/\s/)[0];
      ctx.report({ ref: "runtime:rust", file, version: channel && /^\d/.test(channel) ? channel : undefined });
    }
  },
};

function table(value: unknown): Table {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Table) : {};
}

function nearest<T>(dir: string, map: Map<string, T>): string | undefined {
  for (let d: string | undefined = dir; d !== undefined; d = d ? dirOf(d) : undefined) if (map.has(d)) return d;
  return undefined;
}
