/** Values parsed from JSON, YAML and TOML: tables, and a file's several YAML documents. */
import type { DetectContext } from "../types.js";
import { parseYamlAll } from "../parse/yaml.js";
import { oversized } from "../scan/files.js";
import { firstLineOf } from "./text.js";

/** A plain object (not null, not an array): what a parsed JSON, YAML or TOML table is. */
export function isRecord<T = unknown>(value: unknown): value is Record<string, T> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The documents of a YAML file of several (`---` between them: Kubernetes manifests, Drone
 * pipelines), or undefined after a warning naming the file when it is malformed, or too large to
 * walk once its aliases are expanded (an alias bomb), as `ctx.yaml` refuses one.
 */
export function yamlDocuments(ctx: Pick<DetectContext, "warn">, file: string, text: string): unknown[] | undefined {
  let docs: unknown[];
  try {
    docs = parseYamlAll(text, file);
  } catch (error) {
    ctx.warn(file, `malformed YAML: ${firstLineOf(error)}`);
    return undefined;
  }
  const excess = oversized(docs, true);
  if (excess) ctx.warn(file, excess);
  return excess ? undefined : docs;
}
