import { optionValue } from "../../src/kit.js";

export interface MixProject {
  elixir?: string;
  /** `lockfile: "../../mix.lock"`: the lockfile an umbrella app shares, relative to its folder. */
  lockfile?: string;
  /** `name` is the app's name, as mix.lock keys it; `hexName` the Hex package it installs when `hex:` renames it. */
  deps: Array<{ name: string; requirement?: string; only: string[]; hexName?: string; git?: boolean; tag?: string }>;
}

/** mix.exs as text: `elixir: "~> 1.14"` and the Hex dependencies of `deps` tuples. */
export function readMixExs(text: string): MixProject {
  const code = text.replace(/#.*$/gm, "");
  const out: MixProject = { deps: [] };
  const seen = new Set<string>();
  const elixir = /\belixir:\s*"([^"]+)"/.exec(code);
  if (elixir) out.elixir = elixir[1];
  const lockfile = /\blockfile:\s*"([^"]+)"/.exec(code);
  if (lockfile) out.lockfile = lockfile[1];
  // Module attributes holding a requirement (`@phoenix_version "~> 1.7.14"`), as libraries write
  // `{:phoenix, @phoenix_version}`: the dependency's requirement is the attribute's string.
  const attributes = new Map<string, string>();
  for (const a of code.matchAll(/^[ \t]*@([a-z_][a-z0-9_]*)\s+"([^"]*)"/gm)) if (!attributes.has(a[1]!)) attributes.set(a[1]!, a[2]!);
  // No space run before the options: the options take it, so no two parts of the pattern can
  // share one (a tuple left open after a long run was tried at every split of it).
  for (const m of code.matchAll(/\{\s*:([a-z][a-z0-9_]*)\s*,(?:\s*"([^"]*)"|\s*@([a-z_][a-z0-9_]*)(?=\s*[,}]))?([^{}]*)\}/g)) {
    // An attribute set to no string (`@version Mix.Project.config()[:version]`) gives no requirement: the lock's release or none.
    const fromAttribute = m[3] !== undefined;
    const requirement = fromAttribute ? attributes.get(m[3]!) : m[2];
    const options = m[4]!;
    // path: and in_umbrella: dependencies are the repository's own code. A git: or github: one is
    // not from Hex but is the same library under its application's name (`{:phoenix, github:
    // "phoenixframework/phoenix"}` is Phoenix): it names its tool at no release (a branch or ref is none).
    if (/\b(path|in_umbrella):/.test(options)) continue;
    const fromGit = /\b(git|github):/.test(options);
    if (requirement === undefined && !fromGit && !fromAttribute && !/\b(only|runtime|optional|override|hex):/.test(options)) continue;
    // a requirement is a version constraint: `{:no_warn, "priv/plts/dialyzer.plt"}` is not a dependency
    if (requirement !== undefined && !/^\s*(?:(?:~>|>=|<=|==|!=|>|<)\s*)?\d/.test(requirement)) continue;
    const only = [...(optionValue(options, "only") ?? "").matchAll(/:(\w+)/g)].map((x) => x[1]!);
    // `{:jason_fork, "~> 1.4", hex: :jason}` installs the Hex package `jason` under another name.
    const hexName = /\bhex:\s*:([a-z][a-z0-9_]*)/.exec(options)?.[1];
    if (seen.has(m[1]!)) continue;
    seen.add(m[1]!);
    // A git dependency pinned to a release tag (`tag: "v2.1.1"`) is at that release; a branch or ref is at none.
    const tag = fromGit ? /\btag:\s*"v?(\d+(?:\.\d+)+)"/.exec(options)?.[1] : undefined;
    out.deps.push({ name: m[1]!, requirement: fromGit ? undefined : requirement, only, ...(hexName && hexName !== m[1] ? { hexName } : {}), ...(fromGit ? { git: true } : {}), ...(tag ? { tag } : {}) });
  }
  return out;
}

/** mix.lock: `"phoenix": {:hex, :phoenix, "1.7.10", ...}` gives phoenix 1.7.10. */
export function readMixLock(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/"([a-z][a-z0-9_]*)":\s*\{:hex,\s*:[a-z0-9_]+,\s*"([^"]+)"/g)) out.set(m[1]!, m[2]!);
  return out;
}
