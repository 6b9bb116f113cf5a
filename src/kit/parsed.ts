/** Values parsed from JSON, YAML and TOML: tables, and a file's several YAML documents. */
import type { DetectContext } from "../types.js";
import { parseYamlEach } from "../parse/yaml.js";
import { oversized } from "../scan/files.js";
import { firstLineOf } from "./text.js";

/** Why a parsed value is too large to walk (an alias bomb, nesting past any manifest's), for a detector that parses a file by its own call. */
export { oversized };

/** A plain object (not null, not an array): what a parsed JSON, YAML or TOML table is. */
export function isRecord<T = unknown>(value: unknown): value is Record<string, T> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The documents of a YAML file of several (`---` between them: Kubernetes manifests, Drone
 * pipelines), or undefined after a warning naming the file when it is malformed, or too large to
 * walk once its aliases are expanded (an alias bomb), as `ctx.yaml` refuses one. Where only some of
 * its documents are broken, the others are read and one warning names the file and the first broken
 * one's line (each stands as `null` in its place); `quiet` spares those warnings (a template's documents,
 * broken by design until rendered).
 */
export function yamlDocuments(ctx: Pick<DetectContext, "warn">, file: string, text: string, options: { quiet?: boolean } = {}): unknown[] | undefined {
  let docs: unknown[];
  try {
    const each = parseYamlEach(text, file);
    docs = each.docs;
    // One warning a file: a file of thousands of templated documents is not warned of thousands of times.
    const [first, ...more] = each.broken;
    if (first && !options.quiet) ctx.warn(file, `malformed YAML: ${first.message}${more.length ? ` (and ${more.length} more broken document${more.length > 1 ? "s" : ""}, not read)` : ""}`);
  } catch (error) {
    if (!options.quiet) ctx.warn(file, `malformed YAML: ${firstLineOf(error)}`);
    return undefined;
  }
  const excess = oversized(docs, true);
  if (excess) ctx.warn(file, excess);
  return excess ? undefined : docs;
}
