import type { Detector, DetectContext } from "../../src/types.js";
import { fullVersion } from "../../src/versions/range.js";
import { baseName, blankText, compareCodeUnits, dirOf, globMatches, isRecord, lineFinder, lineOf, offsetLines, textLines } from "../../src/kit.js";
import { TOOL_VERSIONS_FILES } from "../files.js";
import { reportNixPackage } from "./nix-report.js";
import { sdkmanRelease } from "./sdkman-release.js";
import { readNixPackages } from "./nix-packages.js";

/**
 * Version managers' pins: asdf's `.tool-versions` (`nodejs 20.11.0`, one tool a line, the first
 * version the preferred one), SDKMAN!'s `.sdkmanrc` (`java=21.0.2-tem`, `gradle=8.5`) and mise's `mise.toml` / `.mise.toml` (`[tools]` with `node = "22"`,
 * a list, or `{ version = "22" }`), FVM's Flutter pin, tfenv's `.terraform-version` (also read by
 * tenv and Terraform's setup actions) `.xcode-version` (the Xcode release xcodes, xcenv and
 * fastlane's xcodes action install and select) and `.swift-version` (swiftenv's pin, which
 * CocoaPods also reads for a pod's Swift), proto's `.prototools` (top-level `node = "20.12.2"`) and
 * moon's `.moon/toolchain.yml` (`node: { version: "20.12.2", packageManager: "pnpm", pnpm: { version } }`),
 * whose releases proto installs, Bazelisk's `.bazelversion` (the Bazel release it runs), dvm's
 * `.dvmrc` and `.bun-version` (Deno's and Bun's release on one line, the files setup-deno's
 * `deno-version-file` and setup-bun's `bun-version-file` read), Devbox's `devbox.json`
 * (`"packages": ["python@3.11", "postgresql@15"]`, or a map of a name to its version or
 * `{ "version" }`), whose Nix packages it installs, and devenv's `devenv.nix` (the `languages.*`
 * and `services.*` it enables, read as text: `languages.python = { enable = true; version =
 * "3.11"; };`), the packages a flake.nix's, shell.nix's, devenv.nix's or a dev shell's default.nix list (`packages = with pkgs; [ nodejs_20 ];`,
 * nix-packages.ts), and aqua's `aqua.yaml` (`packages: [{ name: hashicorp/terraform@v1.7.5 }]`, the
 * registry packages it installs, with those of the files its `import` globs name). Each names the runtime a project is developed and built with.
 */
export const toolVersionsDetector: Detector = {
  name: "tool-versions",
  files: TOOL_VERSIONS_FILES,
  async detect(ctx) {
    // mise reads a folder's .tool-versions below its own configuration: where both pin a tool, the
    // mise.toml pin is the release it installs. So mise files are read first, and the tools each
    // pins (by folder: `.config/mise.toml` is its parent's) leave .tool-versions' pins of them out.
    const misePins = new Map<string, Set<string>>();
    const isAsdf = (f: string) => baseName(f) === ".tool-versions";
    const pinnedByMise = (file: string, name: string) => ctx.lookup("version-manager", name.toLowerCase()).some((id) => misePins.get(dirOf(file))?.has(id));
    for (const file of [...ctx.files.filter((f) => !isAsdf(f)), ...ctx.files.filter(isAsdf)]) {
      const base = baseName(file);
      if (base === ".prototools") {
        // Tables (`[plugins]`, `[settings]`) hold no pins; a top-level string is a tool's release.
        const data = await ctx.toml<Record<string, unknown>>(file);
        const lineOfName = lineFinder((await ctx.text(file)) ?? "");
        for (const [name, value] of Object.entries(isRecord(data) ? data : {})) {
          if (typeof value === "string") pin(ctx, file, lineOfName(name), name, value);
        }
      } else if (base === "toolchain.yml" || base === "toolchain.yaml") {
        // moon's toolchain: each language's `version`, and Node.js's package manager's own.
        const data = await ctx.yaml(file);
        const text = (await ctx.text(file)) ?? "";
        if (!isRecord(data)) continue;
        const lineOfName = lineFinder(text);
        for (const [language, settings] of Object.entries(data)) {
          if (!isRecord(settings)) continue;
          if (typeof settings.version === "string") pin(ctx, file, lineOfName(`${language}:`), language, settings.version);
          const manager = language === "node" && typeof settings.packageManager === "string" ? settings.packageManager : undefined;
          const managerSettings = manager ? settings[manager] : undefined;
          if (manager && isRecord(managerSettings) && typeof managerSettings.version === "string") pin(ctx, file, lineOf(text, `${manager}:`), manager, managerSettings.version);
          else if (manager) ctx.report({ ref: `version-manager:${manager}`, file, line: lineOf(text, "packageManager") });
        }
      } else if (/^\.?aqua\.ya?ml$/.test(base)) {
        // aqua's configuration: `packages` of its registry, `- name: hashicorp/terraform@v1.7.5` (or a
        // `version` beside the name), the same `owner/repo` packages mise's `aqua:` backend installs.
        // Its `import` entries (`- import: aqua/*.yaml`) list more packages in files beside it.
        for (const imported of await readAquaPackages(ctx, file)) await readAquaPackages(ctx, imported);
      } else if (base === "devbox.json") {
        const data = await ctx.json(file);
        const lineOfName = lineFinder((await ctx.text(file)) ?? "");
        for (const { name, version } of readDevboxPackages(data)) {
          // Only a package the catalog knows by name: a Nix attribute path (`python311Packages.pip`)
          // or a flake reference (`github:nixos/nixpkgs#hello`) is none of a version manager's names.
          if (!/^[a-z][\w-]*$/i.test(name) || ctx.lookup("version-manager", name.toLowerCase()).length === 0) continue;
          pin(ctx, file, lineOfName(`"${name}`), name, version ?? "latest");
        }
      } else if (base === "devenv.nix") {
        const text = await ctx.text(file);
        if (text === undefined) continue;
        for (const { name, version, line } of readDevenv(text)) {
          if (ctx.lookup("version-manager", name.toLowerCase()).length > 0) pin(ctx, file, line, name, version ?? "latest");
        }
        // Its `packages = [ pkgs.nodejs_20 ]`, as a shell's.
        for (const item of readNixPackages(text)) reportNixPackage(ctx, file, item);
      } else if (base === "flake.nix" || base === "shell.nix" || base === "default.nix") {
        // A default.nix is read only where it makes a dev shell (older projects' `nix-shell` reads
        // one): elsewhere it packages software, or configures a machine.
        const text = await ctx.text(file);
        if (text !== undefined && (base !== "default.nix" || /\bmkShell\b/.test(text))) for (const item of readNixPackages(text)) reportNixPackage(ctx, file, item);
      } else if (base === ".fvmrc" || base === "fvm_config.json") {
        // FVM, Flutter's version manager: `.fvmrc` (FVM 3, `{"flutter": "3.16.9"}`) and the
        // `.fvm/fvm_config.json` FVM 2 wrote (`{"flutterSdkVersion": "3.16.9"}`).
        const data = await ctx.json(file);
        const text = (await ctx.text(file)) ?? "";
        const key = base === ".fvmrc" ? "flutter" : "flutterSdkVersion";
        const value = isRecord(data) ? data[key] : undefined;
        // `3.16.0@beta` is that release taken from a named channel (`fvm use 3.16.0@beta`).
        if (typeof value === "string") pin(ctx, file, lineOf(text, `"${key}"`), "flutter", value.replace(/@[a-z]+$/i, ""));
      } else if ([".terraform-version", ".xcode-version", ".swift-version", ".bazelversion", ".dvmrc", ".bun-version"].includes(base)) {
        // tfenv's pin: its first line, a release (`1.7.5`) or a rule tfenv resolves itself
        // (`latest`, `latest:^1.7`, `min-required`), which names Terraform without a release.
        // .xcode-version likewise: `15.2`, or a beta (`15.3 Beta 2`) that names Xcode without one.
        const text = await ctx.text(file);
        if (text === undefined) continue;
        const lines = textLines(text);
        const index = lines.findIndex((l) => l.trim() !== "" && !l.trim().startsWith("#"));
        const value = index >= 0 ? lines[index]!.trim() : undefined;
        if (value === undefined) continue;
        if (base === ".terraform-version") pin(ctx, file, index + 1, "terraform", value);
        // swiftenv's `5.10.1`, or a snapshot (`DEVELOPMENT-SNAPSHOT-2024-03-01-a`), which is no release.
        else if (base === ".swift-version") pin(ctx, file, index + 1, "swift", value);
        // Bazelisk's `7.1.1`; a candidate (`7.2.0rc1`), `latest`, `7.x`, `last_green`, a commit or
        // a fork's `org/7.1.1` name Bazel without a release.
        else if (base === ".bazelversion") ctx.report({ ref: "version-manager:bazel", file, line: index + 1, version: /^\d+\.\d+\.\d+$/.test(value) ? value : undefined });
        // dvm's and Bun's `2.1.4`, `v1.46.3`; a range (`1.x`), `latest` or `canary` names the runtime without a release.
        else if (base === ".dvmrc" || base === ".bun-version") ctx.report({ ref: `version-manager:${base === ".dvmrc" ? "deno" : "bun"}`, file, line: index + 1, version: /^v?\d+\.\d+\.\d+$/.test(value) ? value.replace(/^v/, "") : undefined });
        else if (/^\d+(\.\d+){0,2}$/.test(value)) pin(ctx, file, index + 1, "xcode", value);
        else ctx.report({ ref: "version-manager:xcode", file, line: index + 1 });
      } else if (base === ".sdkmanrc") {
        // SDKMAN!'s project pins (`sdk env` installs and selects them): `candidate=version` a line,
        // `java=21.0.2-tem` (the vendor after the release; see sdkmanRelease).
        const text = await ctx.text(file);
        if (text === undefined) continue;
        textLines(text).forEach((raw, i) => {
          const m = /^\s*([a-z][\w-]*)\s*=\s*(\S+)/i.exec(raw.replace(/#.*/, ""));
          if (!m) return;
          const [, name, value] = m;
          ctx.report({ ref: `version-manager:${name!.toLowerCase()}`, file, line: i + 1, version: sdkmanRelease(name!, value!) });
        });
      } else if (base === ".tool-versions") {
        const text = await ctx.text(file);
        if (text === undefined) continue;
        textLines(text).forEach((raw, i) => {
          const [name, version] = raw.replace(/#.*/, "").trim().split(/\s+/);
          if (name && version && !pinnedByMise(file, name)) pin(ctx, file, i + 1, name, version);
        });
      } else {
        const data = await ctx.toml<{ tools?: unknown }>(file);
        const tools = data && typeof data === "object" && isRecord(data.tools) ? data.tools : {};
        const lineOfName = lineFinder((await ctx.text(file)) ?? "");
        for (const [name, value] of Object.entries(tools)) {
          const first = Array.isArray(value) ? value[0] : isRecord(value) ? value.version : value;
          if (typeof first !== "string") continue;
          pin(ctx, file, lineOfName(name), name, first);
          const folder = dirOf(file).replace(/(^|\/)\.config$/, "");
          const ids = misePins.get(folder) ?? new Set<string>();
          for (const id of ctx.lookup("version-manager", name.toLowerCase())) ids.add(id);
          misePins.set(folder, ids);
        }
      }
    }
  },
};

/**
 * A devbox.json's packages: `["python@3.11", "nodejs"]` (the version after the last `@`), or a map
 * of each name to its version, or to `{ "version": "3.11", "platforms": [...] }`.
 */
export function readDevboxPackages(data: unknown): Array<{ name: string; version?: string }> {
  const packages = isRecord(data) ? data.packages : undefined;
  const out: Array<{ name: string; version?: string }> = [];
  if (Array.isArray(packages)) {
    for (const item of packages) {
      if (typeof item !== "string" || !item.trim()) continue;
      const at = item.lastIndexOf("@");
      out.push(at > 0 ? { name: item.slice(0, at).trim(), version: item.slice(at + 1).trim() } : { name: item.trim() });
    }
  } else if (isRecord(packages)) {
    for (const [name, value] of Object.entries(packages)) {
      const version = typeof value === "string" ? value : isRecord(value) && typeof value.version === "string" ? value.version : undefined;
      out.push(version === undefined ? { name } : { name, version });
    }
  }
  return out;
}

const MAX_DEVENV_LENGTH = 64 * 1024;

/** How many `import` globs of an aqua.yaml are matched against the tree, and how many files they read at the most. */
const MAX_AQUA_IMPORT_GLOBS = 20;
const MAX_AQUA_IMPORTS = 100;

/**
 * One aqua configuration's packages, each pinned at its line: `- name: hashicorp/terraform@v1.7.5`
 * (or a `version` beside the name). Returns the files of the repository its `import` entries'
 * globs match (relative to its folder), for the caller to read in turn (one level: aqua's own).
 */
async function readAquaPackages(ctx: DetectContext, file: string): Promise<string[]> {
  const data = await ctx.yaml(file);
  const text = (await ctx.text(file)) ?? "";
  const packages = isRecord(data) && Array.isArray(data.packages) ? data.packages : [];
  // Each package's line, found in one pass (a lookup from the top per package would be
  // quadratic in a long file).
  const lines = new Map<string, number>();
  textLines(text).forEach((l, i) => {
    const named = /^[\s-]*name:\s*["']?([^\s"'@#]+)/.exec(l);
    if (named && !lines.has(named[1]!)) lines.set(named[1]!, i + 1);
  });
  const imports = new Set<string>();
  for (const item of packages) {
    if (isRecord(item) && typeof item.import === "string" && imports.size < MAX_AQUA_IMPORT_GLOBS) imports.add(item.import.trim());
    if (!isRecord(item) || typeof item.name !== "string") continue;
    const m = /^([\w.-]+\/[\w.-]+(?:\/[\w.-]+)*)(?:@(\S+))?$/.exec(item.name.trim());
    if (!m) continue;
    const tag = m[2] ?? (typeof item.version === "string" ? item.version : undefined);
    // A project's own tag form that opens with its name (golang/go's `go1.22.2`, jqlang/jq's
    // `jq-1.7.1`) is that release.
    const last = m[1]!.slice(m[1]!.lastIndexOf("/") + 1).toLowerCase();
    const version = tag !== undefined && tag.toLowerCase().startsWith(last) && /^-?\d/.test(tag.slice(last.length)) ? tag.slice(last.length).replace(/^-/, "") : tag;
    pin(ctx, file, lines.get(m[1]!), `aqua:${m[1]!}`, version ?? "latest");
  }
  const folder = dirOf(file);
  const out = new Set<string>();
  for (const glob of imports) {
    // Within the repository only, a few stars at the most (`aqua/*.yaml`, `aqua/**/*.yaml`).
    if (!glob || glob.startsWith("/") || glob.split("/").includes("..") || (glob.match(/\*+/g)?.length ?? 0) > 4) continue;
    const pattern = (folder ? `${folder}/${glob}` : glob).replace(/(^|\/)\.\//g, "$1");
    const prefix = pattern.slice(0, pattern.includes("*") ? pattern.indexOf("*") : pattern.length);
    for (const path of ctx.paths) {
      if (out.size >= MAX_AQUA_IMPORTS) break;
      // A configuration of its own (`aqua/aqua.yaml`) is read as one.
      if (!path.startsWith(prefix) || !/\.ya?ml$/.test(path) || /^\.?aqua\.ya?ml$/.test(baseName(path))) continue;
      if (globMatches(pattern.split("/"), path.split("/"))) out.add(path);
    }
  }
  return [...out].sort(compareCodeUnits);
}

/**
 * The languages and services a devenv.nix enables, read as text (Nix, never evaluated), each with
 * the `version` set for it and the line it is enabled on: `languages.python.enable = true;`,
 * `services.postgres = { enable = true; };` and `languages = { rust.enable = true; };`, with
 * `languages.python.version = "3.11";` or a `version` in its own set. Comments are left out; one
 * set to `false` is not enabled.
 */
export function readDevenv(text: string): Array<{ name: string; version?: string; line: number }> {
  // A devenv.nix is a page or two: a far longer one (generated, or no devenv file) is not read, so
  // no nesting of sets can make the reading slow.
  if (text.length > MAX_DEVENV_LENGTH) return [];
  // `#` and `/* */` comments blanked (not inside a string: `"#"` is kept); then, to find the
  // structure, each string's content masked (`"echo services.x.enable = true;"` enables nothing,
  // a `${...}` in one opens no set), while a version is taken from the unmasked text.
  // A string that never closes is matched to the end at once (`open`), as read before: no later
  // quote could open one that closes, and trying each of them read the rest again (seconds for a
  // page of `\"`); the rest is read with its comments blanked, and is not masked.
  const blank = (m: string) => blankText(m);
  const comments = (rest: string) => rest.replace(/\/\*[\s\S]*?\*\/|#[^\n]*/g, blank);
  const code = text.replace(/("(?:[^"\\]|\\[\s\S])*")|("(?:[^"\\]|\\[\s\S])*\\?$)|\/\*[\s\S]*?\*\/|#[^\n]*/g, (m, str: string | undefined, open: string | undefined) =>
    str ?? (open !== undefined ? `"${comments(open.slice(1))}` : blank(m)),
  );
  const masked = code.replace(/("(?:[^"\\]|\\[\s\S])*")|"(?:[^"\\]|\\[\s\S])*\\?$/g, (m, str: string | undefined) => (str === undefined ? m : `"${blankText(m.slice(1, -1), "_")}"`));
  const enabled = new Map<string, number>();
  const versions = new Map<string, string>();
  const lineAt = offsetLines(code);
  /** Where the `{ ... }` set opening at `open` closes (its nested sets included), or the text's end. */
  const closeOf = (open: number): number => {
    let depth = 0;
    for (let i = open; i < masked.length; i++) {
      if (masked[i] === "{") depth++;
      else if (masked[i] === "}" && --depth === 0) return i;
    }
    return masked.length;
  };
  /** `name.enable = true;` and `name.version = "...";` in masked[from, to) (`name.` empty: a set's own). */
  const readAttributes = (from: number, to: number, prefix: string, fixed?: string) => {
    // Matched in the range's own text (a search from `from` would run on past `to` each time).
    const attribute = new RegExp(`(?<![\\w.])${prefix}(enable|version)\\s*=\\s*(true|"[^"]*")\\s*;`, "gd");
    for (const m of masked.slice(from, to).matchAll(attribute)) {
      const name = fixed ?? m[1]!;
      const key = fixed ? m[1]! : m[2]!;
      const value = fixed ? m[2]! : m[3]!;
      const [at, end] = m.indices![fixed ? 2 : 3]!;
      if (key === "enable") enabled.set(name, lineAt(from + m.index));
      else if (value !== "true") versions.set(name, code.slice(from + at + 1, from + end - 1));
    }
  };
  /** A language's or service's own set: its top-level attributes, its nested sets left out. Where it closes. */
  const readSet = (name: string, open: number): number => {
    const close = closeOf(open);
    let from = open + 1;
    for (let i = from; i <= close; i++) {
      if (masked[i] === "{" || i === close) {
        readAttributes(from, i, "", name);
        if (i < close) {
          i = closeOf(i);
          from = i + 1;
        }
      }
    }
    return close;
  };
  // Each set is read once: a match inside one already read (a nested `x = {`) is passed over, so
  // the reading stays linear however deep the sets nest.
  let readTo = -1;
  const named = "([A-Za-z][\\w-]*)\\.";
  for (const m of masked.matchAll(/(?<![\w.])(?:languages|services)\s*=\s*\{/g)) {
    // languages = { ruby.enable = true; python = { enable = true; }; };
    if (m.index < readTo) continue;
    const open = m.index + m[0].length - 1;
    const close = closeOf(open);
    readTo = close;
    readAttributes(open + 1, close, named);
    let childTo = -1;
    for (const e of masked.slice(open + 1, close).matchAll(/(?<![\w.])([A-Za-z][\w-]*)\s*=\s*\{/g)) {
      if (open + 1 + e.index >= childTo) childTo = readSet(e[1]!, open + 1 + e.index + e[0].length - 1);
    }
  }
  // languages.python.enable = true;  languages.python.version = "3.11";
  readAttributes(0, masked.length, `(?:languages|services)\\.${named}`);
  // languages.python = { enable = true; version = "3.11"; };
  readTo = -1;
  for (const m of masked.matchAll(/(?<![\w.])(?:languages|services)\.([A-Za-z][\w-]*)\s*=\s*\{/g)) {
    if (m.index >= readTo) readTo = readSet(m[1]!, m.index + m[0].length - 1);
  }
  return [...enabled].map(([name, line]) => (versions.has(name) ? { name, version: versions.get(name)!, line } : { name, line }));
}

/** mise backends that install a registry's package (`"npm:prettier" = "3.2.5"`): the registry kind it is. */
const BACKENDS: Record<string, string> = { npm: "npm", pipx: "pypi", cargo: "cargo", gem: "rubygems", go: "go" };

function pin(ctx: DetectContext, file: string, line: number | undefined, name: string, value: string): void {
  // mise's `core:node` is the core plugin of `node`; `npm:prettier` a package of a registry, which
  // shows its tool as a dependency of that name does (no package entry: the project does not depend on it).
  const backend = /^([a-z]+):(.+)$/.exec(name);
  if (backend?.[1] === "core") return pin(ctx, file, line, backend[2]!, value);
  // Which tool a plugin name means is catalog data (catalog/matchers/version-managers.yml).
  const ref = backend && BACKENDS[backend[1]!] ? `${BACKENDS[backend[1]!]}:${backend[2]!.replace(/@[^/@]*$/, "")}` : `version-manager:${name.toLowerCase()}`;
  // `20.11.0`, `v20`, a Java distribution's release (`temurin-21.0.2+13.0.LTS`, `temurin-jre-21.0.2`,
  // `openjdk-17.0.2`), Elixir's `1.16.1-otp-26`; `lts`, `latest`, `system`, `ref:...` and `path:...`
  // name none. Other plugins' prefixes name another implementation, numbered on its own
  // (`jruby-9.4.5.0`, `truffleruby-23.1.1`, `mambaforge-22.9.0-3`): that number is not the tool's.
  const m = /^(?:([a-z]+(?:-[a-z]+)*)-)?v?(\d+(?:\.\d+){0,2})(?=$|[-+_.])/i.exec(value.trim());
  if (!m || (m[1] !== undefined && name.toLowerCase() !== "java")) {
    ctx.report({ ref, file, line });
    return;
  }
  const version = /^\d+$/.test(m[2]!) ? fullVersion(m[2]!) : m[2]!;
  ctx.report({ ref, file, line, version });
}

