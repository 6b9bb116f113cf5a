import type { DetectContext } from "../../src/types.js";
import { yamlDocuments } from "../../src/kit.js";
import { parseYamlAll } from "../../src/parse/yaml.js";

/**
 * A YAML file's documents: several (`---` between them) read one by one, as a Kubernetes manifest
 * under a shipper's or collector's name holds; a Helm template that does not parse (`{{ .Values }}`)
 * passed over without a warning; anything else malformed warned about.
 */
export async function readDocuments(ctx: DetectContext, file: string, text: string): Promise<unknown[] | undefined> {
  if (text.includes("{{")) {
    try {
      return parseYamlAll(text, file);
    } catch {
      return undefined;
    }
  }
  return /^---/m.test(text) ? yamlDocuments(ctx, file, text) : [await ctx.yaml(file)];
}
