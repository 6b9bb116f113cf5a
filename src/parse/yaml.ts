import yaml from "js-yaml";

/**
 * YAML with every scalar kept as a string (the failsafe schema): `python-version: 3.10` stays
 * "3.10", not the number 3.1, and nothing is turned into a date. Several documents in one file
 * (Kubernetes manifests) come back as an array when `all` is set.
 */
export function parseYaml(text: string, filename?: string): unknown {
  return yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA, filename, json: true });
}

export function parseYamlAll(text: string, filename?: string): unknown[] {
  return yaml.loadAll(text, undefined, { schema: yaml.FAILSAFE_SCHEMA, filename, json: true });
}
