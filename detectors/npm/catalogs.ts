import { isRecord } from "../../src/kit.js";

/**
 * pnpm catalogs: a workspace's pnpm-workspace.yaml names each shared dependency's range once
 * (`catalog:` for the default catalog, `catalogs: { react18: {...} }` for named ones), and
 * package.json files refer to it as `"react": "catalog:"` or `"catalog:react18"`.
 * Bun reads the same two keys from the root package.json, under `workspaces` or at its top.
 * Returns the range a `catalog:` spec stands for, or undefined.
 */
export function readPnpmCatalogs(data: unknown): (name: string, spec: string) => string | undefined {
  const doc = isRecord(data) ? data : {};
  const named = new Map<string, Record<string, unknown>>();
  if (isRecord(doc.catalog)) named.set("default", doc.catalog);
  if (isRecord(doc.catalogs)) {
    for (const [key, table] of Object.entries(doc.catalogs)) if (isRecord(table) && !named.has(key)) named.set(key, table);
  }
  return (name, spec) => {
    const m = /^catalog:(.*)$/.exec(spec.trim());
    if (!m) return undefined;
    const range = named.get(m[1]!.trim() || "default")?.[name];
    return typeof range === "string" ? range : undefined;
  };
}
