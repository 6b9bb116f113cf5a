import type { Detector, DetectContext } from "../../src/types.js";
import { fullVersion } from "../../src/versions/range.js";
import { baseName, dirOf, lineOf, isRecord, textLines } from "../../src/kit.js";

/**
 * Version managers' pins: asdf's `.tool-versions` (`nodejs 20.11.0`, one tool a line, the first
 * version the preferred one) and mise's `mise.toml` / `.mise.toml` (`[tools]` with `node = "22"`,
 * a list, or `{ version = "22" }`), FVM's Flutter pin, tfenv's `.terraform-version` (also read by
 * tenv and Terraform's setup actions) `.xcode-version` (the Xcode release xcodes, xcenv and
 * fastlane's xcodes action install and select) and `.swift-version` (swiftenv's pin, which
 * CocoaPods also reads for a pod's Swift), proto's `.prototools` (top-level `node = "20.12.2"`) and
 * moon's `.moon/toolchain.yml` (`node: { version: "20.12.2", packageManager: "pnpm", pnpm: { version } }`),
 * whose releases proto installs, and Bazelisk's `.bazelversion` (the Bazel release it runs), and
 * Devbox's `devbox.json` (`"packages": ["python@3.11", "postgresql@15"]`, or a map of a name to
 * its version or `{ "version" }`), whose Nix packages it installs. Each names the runtime a
 * project is developed and built with.
 */
export const toolVersionsDetector: Detector = {
  name: "tool-versions",
  files: [".tool-versions", "mise.toml", ".mise.toml", ".fvmrc", "**/.fvm/fvm_config.json", ".terraform-version", ".xcode-version", ".swift-version", ".prototools", ".moon/toolchain.{yml,yaml}", ".bazelversion", "devbox.json"],
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
        const text = (await ctx.text(file)) ?? "";
        for (const [name, value] of Object.entries(isRecord(data) ? data : {})) {
          if (typeof value === "string") pin(ctx, file, lineOf(text, name), name, value);
        }
      } else if (base === "toolchain.yml" || base === "toolchain.yaml") {
        // moon's toolchain: each language's `version`, and Node.js's package manager's own.
        const data = await ctx.yaml(file);
        const text = (await ctx.text(file)) ?? "";
        if (!isRecord(data)) continue;
        for (const [language, settings] of Object.entries(data)) {
          if (!isRecord(settings)) continue;
          if (typeof settings.version === "string") pin(ctx, file, lineOf(text, `${language}:`), language, settings.version);
          const manager = language === "node" && typeof settings.packageManager === "string" ? settings.packageManager : undefined;
          const managerSettings = manager ? settings[manager] : undefined;
          if (manager && isRecord(managerSettings) && typeof managerSettings.version === "string") pin(ctx, file, lineOf(text, `${manager}:`), manager, managerSettings.version);
          else if (manager) ctx.report({ ref: `version-manager:${manager}`, file, line: lineOf(text, "packageManager") });
        }
      } else if (base === "devbox.json") {
        const data = await ctx.json(file);
        const text = (await ctx.text(file)) ?? "";
        for (const { name, version } of readDevboxPackages(data)) {
          // Only a package the catalog knows by name: a Nix attribute path (`python311Packages.pip`)
          // or a flake reference (`github:nixos/nixpkgs#hello`) is none of a version manager's names.
          if (!/^[a-z][\w-]*$/i.test(name) || ctx.lookup("version-manager", name.toLowerCase()).length === 0) continue;
          pin(ctx, file, lineOf(text, `"${name}`), name, version ?? "latest");
        }
      } else if (base === ".fvmrc" || base === "fvm_config.json") {
        // FVM, Flutter's version manager: `.fvmrc` (FVM 3, `{"flutter": "3.16.9"}`) and the
        // `.fvm/fvm_config.json` FVM 2 wrote (`{"flutterSdkVersion": "3.16.9"}`).
        const data = await ctx.json(file);
        const text = (await ctx.text(file)) ?? "";
        const key = base === ".fvmrc" ? "flutter" : "flutterSdkVersion";
        const value = isRecord(data) ? data[key] : undefined;
        // `3.16.0@beta` is that release taken from a named channel (`fvm use 3.16.0@beta`).
        if (typeof value === "string") pin(ctx, file, lineOf(text, `"${key}"`), "flutter", value.replace(/@[a-z]+$/i, ""));
      } else if (base === ".terraform-version" || base === ".xcode-version" || base === ".swift-version" || base === ".bazelversion") {
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
        else if (/^\d+(\.\d+){0,2}$/.test(value)) pin(ctx, file, index + 1, "xcode", value);
        else ctx.report({ ref: "version-manager:xcode", file, line: index + 1 });
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
        const text = (await ctx.text(file)) ?? "";
        for (const [name, value] of Object.entries(tools)) {
          const first = Array.isArray(value) ? value[0] : isRecord(value) ? value.version : value;
          if (typeof first !== "string") continue;
          pin(ctx, file, lineOf(text, name), name, first);
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

