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
 * YAML 1.1's merge key, which compose files (`<<: *airflow-common`, the shared `image` of Airflow's
 * own compose file), GitLab CI and Helm values use to share fields: `<<` is no key of theirs.
 */
const MERGE = (yaml as unknown as { types: { merge: yaml.Type } }).types.merge;
const MERGING = yaml.FAILSAFE_SCHEMA.extend({ implicit: [MERGE], explicit: localTags });

/** Read with merge keys applied; a `<<` that merges no mapping (`<<: 5`) is read as a plain key, as before. */
function withMerges<T>(load: (schema: yaml.Schema) => T): T {
  try {
    return load(MERGING);
  } catch (error) {
    if (error instanceof yaml.YAMLException && /cannot merge mappings/.test(error.reason ?? "")) return load(SCHEMA);
    throw error;
  }
}

/**
 * YAML with every scalar kept as a string (the failsafe schema): `python-version: 3.10` stays
 * "3.10", not the number 3.1, and nothing is turned into a date. Several documents in one file
 * (Kubernetes manifests) come back as an array when `all` is set.
 */
export function parseYaml(text: string, filename?: string): unknown {
  return withMerges((schema) => yaml.load(text, { schema, filename, json: true }));
}

export function parseYamlAll(text: string, filename?: string): unknown[] {
  return withMerges((schema) => yaml.loadAll(text, undefined, { schema, filename, json: true }));
}
