import yaml from "js-yaml";

/**
 * Local tags (`!Ref Table`, `!GetAtt Table.Arn`, `!Sub …` in CloudFormation, SAM and Serverless
 * files; `!reference [.setup, script]` in GitLab CI; `!include` elsewhere) are read as the plain
 * value they tag, so a file that uses them is still read rather than rejected.
 */
const localTags = (["scalar", "sequence", "mapping"] as const).map(
  (kind) => new yaml.Type("!", { kind, multi: true, construct: (data: unknown) => data ?? (kind === "scalar" ? "" : kind === "sequence" ? [] : {}) }),
);
const SCHEMA = yaml.FAILSAFE_SCHEMA.extend(localTags);

/**
 * YAML with every scalar kept as a string (the failsafe schema): `python-version: 3.10` stays
 * "3.10", not the number 3.1, and nothing is turned into a date. Several documents in one file
 * (Kubernetes manifests) come back as an array when `all` is set.
 */
export function parseYaml(text: string, filename?: string): unknown {
  return yaml.load(text, { schema: SCHEMA, filename, json: true });
}

export function parseYamlAll(text: string, filename?: string): unknown[] {
  return yaml.loadAll(text, undefined, { schema: SCHEMA, filename, json: true });
}
