import type { DetectContext } from "../../src/types.js";
import { fullVersion } from "../../src/versions/range.js";

/** mise backends that install a registry's package (`"npm:prettier" = "3.2.5"`): the registry kind it is. */
const BACKENDS: Record<string, string> = { npm: "npm", pipx: "pypi", cargo: "cargo", gem: "rubygems", go: "go" };

/** A version manager's pin of a tool (or a registry's package, by a mise backend), reported with its release where the value names one. */
export function pin(ctx: DetectContext, file: string, line: number | undefined, name: string, value: string): void {
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
  const version = pinnedRelease(name, value);
  ctx.report(version === undefined ? { ref, file, line } : { ref, file, line, version });
}

/** The release a version manager's value pins for the tool `name` (see pin), undefined where it names none; a bare major padded (`20` -> 20.0.0). */
export function pinnedRelease(name: string, value: string): string | undefined {
  const m = /^(?:([a-z]+(?:-[a-z]+)*)-)?v?(\d+(?:\.\d+){0,2})(?=$|[-+_.])/i.exec(value.trim());
  if (!m || (m[1] !== undefined && name.toLowerCase() !== "java")) return undefined;
  return /^\d+$/.test(m[2]!) ? fullVersion(m[2]!) : m[2]!;
}

