/** What a Render Blueprint (`render.yaml`) deploys. */
export interface RenderBlueprint {
  /** The language runtimes of its web services and workers (`node`, `python`, `docker`, ...). */
  runtimes: string[];
  /** Redis instances it provisions (services of `type: redis`). */
  redis: boolean;
  /** Its PostgreSQL databases, with the major version they pin where they do. */
  databases: Array<{ version?: string }>;
}

/**
 * A Render Blueprint: `services` (each with a `runtime`, or `env` in older files, and a `type`:
 * web, worker, cron, pserv, redis) and `databases`, which are PostgreSQL (`postgresMajorVersion`).
 * Render's `static` runtime serves built files and names no language.
 */
export function readRenderBlueprint(doc: unknown): RenderBlueprint {
  const blueprint: RenderBlueprint = { runtimes: [], redis: false, databases: [] };
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return blueprint;
  const { services, databases } = doc as { services?: unknown; databases?: unknown };
  for (const service of Array.isArray(services) ? services : []) {
    const s = service as { type?: unknown; runtime?: unknown; env?: unknown } | null;
    if (s?.type === "redis") blueprint.redis = true;
    const runtime = typeof s?.runtime === "string" ? s.runtime : typeof s?.env === "string" ? s.env : undefined;
    if (runtime && runtime !== "static" && !blueprint.runtimes.includes(runtime.toLowerCase())) blueprint.runtimes.push(runtime.toLowerCase());
  }
  for (const database of Array.isArray(databases) ? databases : []) {
    const d = database as { postgresMajorVersion?: unknown } | null;
    const version = typeof d?.postgresMajorVersion === "string" || typeof d?.postgresMajorVersion === "number" ? String(d.postgresMajorVersion) : undefined;
    blueprint.databases.push({ version });
  }
  return blueprint;
}
