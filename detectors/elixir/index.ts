import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, dirOf, inFolder, lineCounter, reportUndeclaredInstalled, textLines } from "../../src/kit.js";
import { lowerBound } from "../../src/versions/range.js";
import { isErlangMk, readErlangMk } from "./erlang-mk.js";
import { readGleamManifest, readGleamToml } from "./gleam.js";
import { readRebarLock } from "./rebar.js";
import { readMixLock } from "./mix.js";
import { reportMixProject } from "./mix-project.js";
import { reportRebarProject } from "./rebar-project.js";
import { ELIXIR_FILES } from "../files.js";

export { readMixExs, readMixLock, type MixProject } from "./mix.js";

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
    const mixLocks = await readLocks(ctx, "mix.lock", readMixLock);
    const rebarLocks = await readLocks(ctx, "rebar.lock", readRebarLock);
    for (const file of filesNamed(ctx, "mix.exs")) await reportMixProject(ctx, file, mixLocks);
    for (const file of filesNamed(ctx, "rebar.config")) await reportRebarProject(ctx, file, rebarLocks);
    for (const file of ctx.files.filter((f) => baseName(f) === "Makefile" || baseName(f) === "GNUmakefile")) await reportErlangMk(ctx, file);
    for (const file of filesNamed(ctx, "gleam.toml")) await reportGleamProject(ctx, file);
    for (const file of filesNamed(ctx, "elixir_buildpack.config")) await reportBuildpackConfig(ctx, file);
    for (const file of ctx.files.filter((f) => /(^|\/)config\/[^/]+\.exs$/.test(f))) await reportMixConfig(ctx, file);
  },
};

/** The files of the tree under one name, in the tree's order. */
function filesNamed(ctx: DetectContext, name: string): string[] {
  return ctx.files.filter((f) => baseName(f) === name);
}

/** Each lockfile of one name (mix.lock, rebar.lock) read, by its folder. */
async function readLocks<T>(ctx: DetectContext, name: string, read: (text: string) => T): Promise<Map<string, T>> {
  const locks = new Map<string, T>();
  for (const file of filesNamed(ctx, name)) {
    locks.set(dirOf(file), read((await ctx.text(file)) ?? ""));
  }
  return locks;
}

/** An erlang.mk project's Makefile: its DEPS (TEST_DEPS and the like for development), and Erlang. */
async function reportErlangMk(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  if (!isErlangMk(text)) return;
  for (const dep of readErlangMk(text)) ctx.report({ ref: `hex:${dep.name}`, file, line: dep.line, version: dep.version, dev: dep.dev });
  ctx.report({ ref: "runtime:erlang", file });
}

/** A Gleam project: gleam.toml's Hex dependencies at the releases manifest.toml beside it resolved. */
async function reportGleamProject(ctx: DetectContext, file: string): Promise<void> {
  const deps = readGleamToml(await ctx.toml(file));
  const manifestFile = inFolder(dirOf(file), "manifest.toml");
  const manifest = ctx.exists(manifestFile) ? readGleamManifest(await ctx.toml(manifestFile)) : new Map<string, string>();
  for (const dep of deps) {
    const locked = dep.git ? undefined : manifest.get(dep.name);
    ctx.report({ ref: `hex:${dep.name}`, file, declared: dep.requirement, version: locked ?? lowerBound(dep.requirement), versionFile: locked ? manifestFile : undefined, dev: dep.dev });
  }
  reportUndeclaredInstalled(ctx, "hex", file, manifestFile, deps.map((d) => d.name), manifest);
}

/**
 * The Heroku (and Gigalixir) Elixir buildpack's settings: the Elixir and Erlang releases it
 * builds and runs the app with (`elixir_version=1.17.3`, `erlang_version=27.1`).
 */
async function reportBuildpackConfig(ctx: DetectContext, file: string): Promise<void> {
  for (const pin of readBuildpackConfig((await ctx.text(file)) ?? "")) ctx.report({ ref: `runtime:${pin.name}`, file, line: pin.line, declared: pin.declared, version: pin.version });
}

/**
 * A Mix project's config file (config/*.exs beside its mix.exs): config.exs's asset installer
 * releases, and the mailer's adapter in any environment's file (prod.exs, runtime.exs): the email
 * service the app sends through (`adapter: Swoosh.Adapters.Postmark`).
 */
async function reportMixConfig(ctx: DetectContext, file: string): Promise<void> {
  if (!ctx.exists(inFolder(dirOf(dirOf(file)), "mix.exs"))) return;
  const text = (await ctx.text(file)) ?? "";
  if (baseName(file) === "config.exs") {
    for (const { name, version, line } of readInstallerVersions(text)) ctx.report({ ref: `mix-config:${name}`, file, line, version });
  }
  for (const { adapter, line } of readMailerAdapters(text)) ctx.report({ ref: `elixir-mailer:${adapter}`, file, line });
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
