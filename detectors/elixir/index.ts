import type { Detector } from "../../src/types.js";
import { baseName, dirOf, inFolder, joinInside, lineCounter, nearestFolder, optionValue, textLines } from "../../src/kit.js";
import { lowerBound } from "../../src/versions/range.js";
import { isErlangMk, readErlangMk } from "./erlang-mk.js";
import { readGleamManifest, readGleamToml } from "./gleam.js";
import { readRebarConfig, readRebarLock } from "./rebar.js";
import { ELIXIR_FILES } from "../files.js";

/**
 * Elixir Mix projects, read as text: the `{:name, "~> 1.7"}` dependencies of mix.exs (umbrella
 * apps too) with versions from the mix.lock beside them or above, and the Elixir requirement;
 * the lockfile's other packages are reported as installed (they only lend a tool its release).
 * Path and in-umbrella dependencies are left out; git ones name their library at no release; the
 * file is never evaluated. A project's
 * config/config.exs gives the releases its asset installers fetch (`config :tailwind, version: "3.4.0"`).
 * Erlang's rebar3 projects likewise: rebar.config's Hex dependencies (a profile's are for
 * development, save `prod`'s) at the release rebar.lock beside it locked, and Erlang itself.
 * Gleam's gleam.toml too: its Hex dependencies at manifest.toml's releases (gleam.ts); and an
 * erlang.mk project's Makefile (erlang-mk.ts).
 */
export const elixirDetector: Detector = {
  name: "elixir",
  files: ELIXIR_FILES,
  async detect(ctx) {
    const locks = new Map<string, Map<string, string>>();
    for (const file of ctx.files.filter((f) => baseName(f) === "mix.lock")) {
      locks.set(dirOf(file), readMixLock((await ctx.text(file)) ?? ""));
    }
    const rebarLocks = new Map<string, ReturnType<typeof readRebarLock>>();
    for (const file of ctx.files.filter((f) => baseName(f) === "rebar.lock")) {
      rebarLocks.set(dirOf(file), readRebarLock((await ctx.text(file)) ?? ""));
    }
    for (const file of ctx.files.filter((f) => baseName(f) === "mix.exs")) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const project = readMixExs(text);
      // An umbrella app names the lockfile it shares (`lockfile: "../../mix.lock"`, as `mix new
      // --umbrella` writes it): Mix reads that one, not a mix.lock left in the app's own folder.
      const named = project.lockfile === undefined ? undefined : joinInside(dirOf(file), project.lockfile);
      const lockDir = named !== undefined && baseName(named) === "mix.lock" && locks.has(dirOf(named)) ? dirOf(named) : nearestFolder(dirOf(file), locks);
      const lock = lockDir === undefined ? undefined : locks.get(lockDir);
      const lockFile = lockDir === undefined ? undefined : inFolder(lockDir, "mix.lock");
      const lineAt = openingLines(text, /\{:([a-z][a-z0-9_]*),/g);
      for (const dep of project.deps) {
        // A git dependency's lock entry is a commit, not a release.
        const locked = dep.git ? undefined : lock?.get(dep.name);
        ctx.report({
          ref: `hex:${dep.hexName ?? dep.name}`,
          file,
          line: lineAt(dep.name),
          declared: dep.requirement,
          version: locked ?? dep.tag ?? lowerBound(dep.requirement),
          versionFile: locked ? lockFile : undefined,
          dev: dep.only.length > 0 && !dep.only.includes("prod"),
        });
      }
      // The packages the lockfile installed that this project does not declare (cowboy under
      // plug_cowboy): each may give its release to a tool the project shows without one.
      if (lock && lockDir !== undefined) {
        const declared = new Set(project.deps.map((d) => d.name));
        for (const [name, version] of lock) {
          if (declared.has(name) || ctx.lookup("hex", name).length === 0) continue;
          ctx.report({ ref: `hex:${name}`, file, version, versionFile: lockFile, installed: true });
        }
      }
      ctx.report({ ref: "runtime:elixir", file, declared: project.elixir });
    }
    for (const file of ctx.files.filter((f) => baseName(f) === "rebar.config")) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const config = readRebarConfig(text);
      for (const problem of config.problems) ctx.warn(file, problem);
      // rebar.lock sits beside rebar.config (an umbrella's apps/*/rebar.config share the root's).
      const lockDir = nearestFolder(dirOf(file), rebarLocks);
      const lock = lockDir === undefined ? undefined : rebarLocks.get(lockDir);
      const lockFile = lockDir === undefined ? undefined : inFolder(lockDir, "rebar.lock");
      // A profile's dependencies are written after `{profiles`: their lines are looked for there.
      const profilesAt = Math.max(0, text.indexOf("{profiles"));
      const lineAt = openingLines(text, /\{([a-z][A-Za-z0-9_@]*),/g);
      for (const dep of config.deps) {
        // Profile dependencies (test, dev) are not locked; a top-level one is, under its app name.
        const locked = dep.profile === undefined && !dep.vcs ? lock?.get(dep.name)?.version : undefined;
        ctx.report({
          ref: `hex:${dep.hexName ?? dep.name}`,
          file,
          line: lineAt(dep.name, dep.profile === undefined ? 0 : profilesAt),
          declared: dep.requirement,
          version: locked ?? dep.tag ?? lowerBound(dep.requirement),
          versionFile: locked ? lockFile : undefined,
          dev: dep.profile !== undefined && dep.profile !== "prod",
        });
      }
      if (lock && lockFile !== undefined) {
        const declared = new Set(config.deps.map((d) => d.name));
        for (const [name, { hexName, version }] of lock) {
          if (declared.has(name) || ctx.lookup("hex", hexName).length === 0) continue;
          ctx.report({ ref: `hex:${hexName}`, file, version, versionFile: lockFile, installed: true });
        }
      }
      // The minimum OTP release is the oldest it builds with, not the Erlang it runs on.
      ctx.report({ ref: "runtime:erlang", file, declared: config.minimumOtp });
    }
    // erlang.mk projects: the Makefile's DEPS (TEST_DEPS and the like for development), and Erlang.
    for (const file of ctx.files.filter((f) => baseName(f) === "Makefile" || baseName(f) === "GNUmakefile")) {
      const text = (await ctx.text(file)) ?? "";
      if (!isErlangMk(text)) continue;
      for (const dep of readErlangMk(text)) ctx.report({ ref: `hex:${dep.name}`, file, line: dep.line, version: dep.version, dev: dep.dev });
      ctx.report({ ref: "runtime:erlang", file });
    }
    // Gleam projects: gleam.toml's Hex dependencies at the releases manifest.toml beside it resolved.
    for (const file of ctx.files.filter((f) => baseName(f) === "gleam.toml")) {
      const deps = readGleamToml(await ctx.toml(file));
      const manifestFile = inFolder(dirOf(file), "manifest.toml");
      const manifest = ctx.exists(manifestFile) ? readGleamManifest(await ctx.toml(manifestFile)) : new Map<string, string>();
      for (const dep of deps) {
        const locked = dep.git ? undefined : manifest.get(dep.name);
        ctx.report({ ref: `hex:${dep.name}`, file, declared: dep.requirement, version: locked ?? lowerBound(dep.requirement), versionFile: locked ? manifestFile : undefined, dev: dep.dev });
      }
      // What the manifest installed that gleam.toml does not declare (pgo under gleam_pgo) only lends its release.
      const declared = new Set(deps.map((d) => d.name));
      for (const [name, version] of manifest) {
        if (declared.has(name) || ctx.lookup("hex", name).length === 0) continue;
        ctx.report({ ref: `hex:${name}`, file, version, versionFile: manifestFile, installed: true });
      }
    }
    // The Heroku (and Gigalixir) Elixir buildpack's settings: the Elixir and Erlang releases it
    // builds and runs the app with (`elixir_version=1.17.3`, `erlang_version=27.1`).
    for (const file of ctx.files.filter((f) => baseName(f) === "elixir_buildpack.config")) {
      for (const pin of readBuildpackConfig((await ctx.text(file)) ?? "")) ctx.report({ ref: `runtime:${pin.name}`, file, line: pin.line, declared: pin.declared, version: pin.version });
    }
    for (const file of ctx.files.filter((f) => /(^|\/)config\/[^/]+\.exs$/.test(f))) {
      if (!ctx.exists(inFolder(dirOf(dirOf(file)), "mix.exs"))) continue;
      const text = (await ctx.text(file)) ?? "";
      if (baseName(file) === "config.exs") {
        for (const { name, version, line } of readInstallerVersions(text)) ctx.report({ ref: `mix-config:${name}`, file, line, version });
      }
      // The mailer's adapter, in any environment's file (prod.exs, runtime.exs): the email service
      // the app sends through (`adapter: Swoosh.Adapters.Postmark`).
      for (const { adapter, line } of readMailerAdapters(text)) ctx.report({ ref: `elixir-mailer:${adapter}`, file, line });
    }
  },
};

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

/** config.exs as text: `config :tailwind, version: "3.4.0"` (the release an installer package fetches). */
export function readInstallerVersions(text: string): Array<{ name: string; version: string; line: number }> {
  const out: Array<{ name: string; version: string; line: number }> = [];
  const code = text.replace(/#.*$/gm, "");
  // Lines are counted on from the previous match, so many settings cost one pass over the text.
  const lineAt = lineCounter(code);
  for (const m of code.matchAll(/^[ \t]*config\s+:(\w+)\s*,\s*version:\s*"(\d[\w.-]*)"/gm)) {
    out.push({ name: m[1]!, version: m[2]!, line: lineAt(m.index!) });
  }
  return out;
}

/**
 * A Mix config file's mailer adapters, comments left out: Swoosh's (`Swoosh.Adapters.Sendgrid`) and
 * Bamboo's (`Bamboo.MailgunAdapter`), each once, at its first line.
 */
export function readMailerAdapters(text: string): Array<{ adapter: string; line: number }> {
  const out: Array<{ adapter: string; line: number }> = [];
  const code = text.replace(/#.*$/gm, "");
  const lineAt = lineCounter(code);
  const seen = new Set<string>();
  for (const m of code.matchAll(/\b(Swoosh\.Adapters\.[A-Z]\w*|Bamboo\.[A-Z]\w*Adapter)\b/g)) {
    if (seen.has(m[1]!)) continue;
    seen.add(m[1]!);
    out.push({ adapter: m[1]!, line: lineAt(m.index!) });
  }
  return out;
}

/**
 * elixir_buildpack.config as text: `elixir_version=1.17.3` and `erlang_version=27.1` (quoted or not;
 * `(tag v1.16.0)` builds that tag). A branch or commit (`(branch main)`) and Erlang's old R names
 * (`R16B03-1`) give no release.
 */
export function readBuildpackConfig(text: string): Array<{ name: "elixir" | "erlang"; declared: string; version?: string; line: number }> {
  const out: Array<{ name: "elixir" | "erlang"; declared: string; version?: string; line: number }> = [];
  textLines(text).forEach((raw, i) => {
    // The value cut at its comment and trimmed by hand: a lazy value before `\s*` and an optional
    // comment tried every split of a long blank run (100,000 blanks then a letter took 8 s).
    const m = /^\s*(elixir|erlang)_version\s*=(.*)$/.exec(raw);
    const value = m?.[2]!.split("#")[0]!.trim();
    if (!m || !value) return;
    const declared = value.replace(/^(["'])(.*)\1$/, "$2");
    const release = /^(?:\(\s*tag\s+)?(?:v|OTP-)?(\d+(?:\.\d+)*)\s*\)?$/.exec(declared)?.[1];
    out.push({ name: m[1] as "elixir" | "erlang", declared, version: release, line: i + 1 });
  });
  return out;
}

/**
 * The line of the first opening of a dependency at or after an offset (`{name,` in rebar.config,
 * `{:name,` in mix.exs; `opening` captures the name): the text is read once for all of them,
 * however many dependencies are looked up.
 */
function openingLines(text: string, opening: RegExp): (name: string, from?: number) => number | undefined {
  // The openings come in the text's order, so one forward line count places them all.
  const lineAt = lineCounter(text);
  const openings = new Map<string, Array<{ offset: number; line: number }>>();
  for (const m of text.matchAll(opening)) {
    const list = openings.get(m[1]!) ?? [];
    list.push({ offset: m.index!, line: lineAt(m.index!) });
    openings.set(m[1]!, list);
  }
  return (name, from = 0) => openings.get(name)?.find((o) => o.offset >= from)?.line;
}
