import type { Detector } from "../../src/types.js";
import { baseName, lineOf } from "../../src/kit.js";
import { fullVersion } from "../../src/versions/range.js";

/**
 * What asdf's plugin names (mise reads the same names) mean: the runtime and engine kinds the
 * language detectors report, so that a pin here weighs as .nvmrc or .python-version do, or a
 * catalog tool for what no detector pins.
 */
const PLUGINS: Record<string, string> = {
  nodejs: "engine:node",
  node: "engine:node",
  npm: "engine:npm",
  yarn: "engine:yarn",
  pnpm: "engine:pnpm",
  python: "runtime:python",
  ruby: "runtime:ruby",
  golang: "runtime:go",
  go: "runtime:go",
  rust: "runtime:rust",
  php: "runtime:php",
  java: "runtime:java",
  scala: "runtime:scala",
  gradle: "runtime:gradle",
  maven: "runtime:maven",
  elixir: "runtime:elixir",
  r: "runtime:r",
  erlang: "tool:erlang",
  kotlin: "tool:kotlin",
  dart: "tool:dart",
  flutter: "tool:flutter",
  dotnet: "tool:dot-net",
  "dotnet-core": "tool:dot-net",
  deno: "tool:deno",
  bun: "tool:bun",
  terraform: "tool:terraform",
  helm: "tool:helm",
  // Plugins that install a local server for development.
  postgres: "tool:postgresql",
  redis: "tool:redis",
};

/**
 * Version managers' pins: asdf's `.tool-versions` (`nodejs 20.11.1`, one tool a line, the first
 * version the default) and mise's `[tools]` table (`.mise.toml`, `mise.toml`). A vendor prefix is
 * not part of the version (`java temurin-17.0.8+7` is Java 17.0.8); `system`, `latest`, `ref:`
 * and `path:` name none.
 */
export const versionManagersDetector: Detector = {
  name: "version-managers",
  files: [".tool-versions", ".mise.toml", "mise.toml", ".config/mise.toml"],
  async detect(ctx) {
    for (const file of ctx.files) {
      if (baseName(file) === ".tool-versions") {
        const text = await ctx.text(file);
        if (text === undefined) continue;
        for (const line of text.split(/\r?\n/)) {
          const m = /^\s*([\w.-]+)\s+(\S+)/.exec(line.replace(/#.*$/, ""));
          if (m) pin(file, m[1]!, m[2]!, lineOf(text, line));
        }
      } else {
        const data = (await ctx.toml(file)) as { tools?: unknown } | undefined;
        const tools = data?.tools;
        if (!tools || typeof tools !== "object" || Array.isArray(tools)) continue;
        for (const [name, value] of Object.entries(tools as Record<string, unknown>)) {
          const first = Array.isArray(value) ? value[0] : value && typeof value === "object" ? (value as { version?: unknown }).version : value;
          if (typeof first === "string") pin(file, name, first, undefined);
        }
      }
    }

    function pin(file: string, plugin: string, raw: string, line: number | undefined): void {
      const ref = PLUGINS[plugin.toLowerCase()];
      if (!ref) return;
      const version = /^[a-z][\w.]*-(?=\d)/i.test(raw) ? raw.replace(/^[a-z][\w.]*-(?=\d)/i, "") : raw;
      // The release as written (`3.11` stays 3.11, as .python-version gives it); a lone major is
      // padded as .nvmrc's is (`nodejs 20` is 20.0.0).
      const release = /^v?\d+(\.\d+)*([-+_][0-9A-Za-z.+-]*)?$/.test(version) ? version.replace(/^v/, "").replace(/[-+_].*$/, "") : undefined;
      const numeric = release && /^\d+$/.test(release) ? fullVersion(release) : release;
      ctx.report({ ref, file, line, declared: raw, version: numeric });
    }
  },
};
