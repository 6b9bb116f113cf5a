import { isRecord } from "../../src/kit.js";

/**
 * The adapter types of a dbt `profiles.yml`: each top-level profile (the name a dbt_project.yml's
 * `profile:` points to) holds `outputs`, one target per environment, each with the `type` of the
 * warehouse it connects to (`snowflake`, `bigquery`, `postgres`, `redshift`, `databricks`, ...).
 * A file of any other shape gives none, so a profiles.yml that is not dbt's names nothing; a type
 * written as a Jinja expression (`"{{ env_var('DBT_TYPE') }}"`) is no name and is left out. The
 * legacy top-level `config:` block holds settings, not a profile.
 */
export function readDbtProfiles(doc: unknown): string[] {
  const types: string[] = [];
  if (!isRecord(doc)) return types;
  for (const [name, profile] of Object.entries(doc)) {
    if (name === "config" || !isRecord(profile) || !isRecord(profile.outputs)) continue;
    for (const target of Object.values(profile.outputs)) {
      const type = isRecord(target) && typeof target.type === "string" ? target.type.trim().toLowerCase() : "";
      if (/^[a-z][a-z0-9_]*$/.test(type) && !types.includes(type)) types.push(type);
    }
  }
  return types;
}
