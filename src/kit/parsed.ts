/** Values parsed from JSON, YAML and TOML: tables, and a file's several YAML documents. */
import type { DetectContext } from "../types.js";
import { parseYamlEach, type BrokenDocument } from "../parse/yaml.js";
import { oversized } from "../scan/files.js";
import { firstLineOf } from "./text.js";

/** Why a parsed value is too large to walk (an alias bomb, nesting past any manifest's), for a detector that parses a file by its own call. */
export { oversized };

/** A plain object (not null, not an array): what a parsed JSON, YAML or TOML table is. */
export function isRecord<T = unknown>(value: unknown): value is Record<string, T> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether a parsed YAML switch is set on: `true` as the text the YAML reader gives every scalar, or
 * as a boolean. Compared, never converted: String() of a mapping with a `toString` key throws, and of
 * a TOML table (no prototype) too.
 */
export function isYamlTrue(value: unknown): boolean {
  return value === "true" || value === true;
}

/** A YAML file's documents as parseYamlDocuments reads them. `error`: why the whole did not parse. */
export interface ParsedYamlDocuments {
  docs?: unknown[];
  broken: BrokenDocument[];
  error?: unknown;
  /** Why the documents are too large to walk (oversized). */
  excess?: string;
}

/**
 * A YAML file of several documents parsed (parseYamlEach) and measured, without a word said: what
 * yamlDocuments reads, for a detector that reads a file in two passes (one that places manifests,
 * then the one that reports them) to parse it once.
 */
export function parseYamlDocuments(text: string, file: string): ParsedYamlDocuments {
  try {
    const { docs, broken } = parseYamlEach(text, file);
    return { docs, broken, excess: oversized(docs, true) };
  } catch (error) {
    return { broken: [], error };
  }
}

/**
 * The documents of a YAML file of several (`---` between them: Kubernetes manifests, Drone
 * pipelines), or undefined after a warning naming the file when it is malformed, or too large to
 * walk once its aliases are expanded (an alias bomb), as `ctx.yaml` refuses one. Where only some of
 * its documents are broken, the others are read and one warning names the file and the first broken
 * one's line (each stands as `null` in its place); `quiet` spares those warnings (a template's documents,
 * broken by design until rendered). `parsed`: the file's parseYamlDocuments, where a pass before made it.
 */
export function yamlDocuments(ctx: Pick<DetectContext, "warn">, file: string, text: string, options: { quiet?: boolean } = {}, parsed: ParsedYamlDocuments = parseYamlDocuments(text, file)): unknown[] | undefined {
  const { docs, broken, error, excess } = parsed;
  if (!docs) {
    if (!options.quiet) ctx.warn(file, `malformed YAML: ${firstLineOf(error)}`);
    return undefined;
  }
  // One warning a file: a file of thousands of templated documents is not warned of thousands of times.
  const [first, ...more] = broken;
  if (first && !options.quiet) ctx.warn(file, `malformed YAML: ${first.message}${more.length ? ` (and ${more.length} more broken document${more.length > 1 ? "s" : ""}, not read)` : ""}`);
  if (excess) ctx.warn(file, excess);
  return excess ? undefined : docs;
}
