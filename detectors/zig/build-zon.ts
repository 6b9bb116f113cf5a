import { parseZon, ZonError, type ZonValue } from "./zon.js";

/** What build.zig.zon says that names tools: the oldest Zig it builds with, and the packages it fetches. */
export interface BuildZon {
  /** `.minimum_zig_version = "0.14.0"`, with its line. */
  minimumZigVersion?: { text: string; line: number };
  dependencies: ZigDependency[];
}

/** A `.dependencies` entry fetched from a URL (one with only a local `.path` is the project's own code). */
export interface ZigDependency {
  /** The name the manifest gives it (`.zap`, `.@"known-folders"`). */
  name: string;
  line: number;
  /** Where it comes from, host and repository in lower case: `github.com/zigzap/zap`. */
  source: string;
}

/** build.zig.zon's fields, or a `ZonError` for a file that is no ZON struct. */
export function readBuildZon(text: string): BuildZon {
  const root = parseZon(text);
  if (root.kind !== "struct") throw new ZonError("the top-level value is not a struct `.{ ... }`");
  const out: BuildZon = { dependencies: [] };
  const minimum = root.fields.get("minimum_zig_version");
  if (minimum?.value.kind === "string" && minimum.value.text.trim()) out.minimumZigVersion = { text: minimum.value.text.trim(), line: minimum.line };
  const deps = root.fields.get("dependencies")?.value;
  if (deps?.kind !== "struct") return out;
  for (const [name, { value, line }] of deps.fields) {
    const url = stringField(value, "url");
    const source = url === undefined ? undefined : sourceOf(url);
    if (source) out.dependencies.push({ name, line, source });
  }
  return out;
}

function stringField(value: ZonValue, name: string): string | undefined {
  const field = value.kind === "struct" ? value.fields.get(name)?.value : undefined;
  return field?.kind === "string" ? field.text : undefined;
}

/**
 * A dependency URL's host and first two path segments, the repository on a forge, without `.git`:
 * `git+https://github.com/rockorager/zeit?ref=v0.4.4#5041c7c` and
 * `https://github.com/zigzap/zap/archive/refs/tags/v0.9.1.tar.gz` are `github.com/rockorager/zeit` and
 * `github.com/zigzap/zap`. Undefined for text that is no http(s) or git URL with such a path.
 */
export function sourceOf(url: string): string | undefined {
  const match = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/?#\s]*@)?([^/?#:\s]+)(?::\d+)?\/([^/?#\s]+)\/([^/?#\s]+)/i.exec(url.trim());
  if (!match) return undefined;
  const repository = match[3]!.replace(/\.git$/i, "").replace(/\.tar\.gz$|\.tgz$|\.zip$/i, "");
  return repository ? `${match[1]}/${match[2]}/${repository}`.toLowerCase() : undefined;
}
