import type { DetectContext } from "../../src/types.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { reportImageRefs } from "../docker/image-findings.js";

/** What a DigitalOcean App Platform spec deploys. */
export interface AppSpec {
  /** Its databases: the engine (`pg`, `mysql`, `redis`, ...), the release it pins, and whether it is a Managed Databases cluster. */
  databases: Array<{ engine: string; version?: string; managed: boolean }>;
  /** The prebuilt images of its services, workers and jobs (`image: { registry_type, registry, repository, tag }`). */
  images: string[];
}

/** The component lists of an app spec that may run a prebuilt image. */
const COMPONENTS = ["services", "workers", "jobs"] as const;

/**
 * An App Platform app spec: `databases` (each an `engine`, PG, MYSQL, REDIS, MONGODB, KAFKA or
 * OPENSEARCH, with a `version`; `production: true` or a `cluster_name` for a Managed Databases cluster,
 * else a dev database in the app) and components deploying an image from Docker Hub, GHCR or DOCR.
 */
export function readAppSpec(doc: unknown): AppSpec {
  const spec: AppSpec = { databases: [], images: [] };
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return spec;
  const o = doc as Record<string, unknown>;
  for (const database of Array.isArray(o.databases) ? o.databases : []) {
    const d = database as { engine?: unknown; version?: unknown; production?: unknown; cluster_name?: unknown } | null;
    if (typeof d?.engine !== "string" || !/^[A-Za-z]+$/.test(d.engine)) continue;
    const version = typeof d.version === "string" || typeof d.version === "number" ? String(d.version) : undefined;
    spec.databases.push({ engine: d.engine.toLowerCase(), version, managed: d.production === true || typeof d.cluster_name === "string" });
  }
  for (const list of COMPONENTS) {
    for (const component of Array.isArray(o[list]) ? (o[list] as unknown[]) : []) {
      const image = (component as { image?: unknown } | null)?.image as { registry_type?: unknown; registry?: unknown; repository?: unknown; tag?: unknown } | undefined;
      if (!image || typeof image !== "object" || typeof image.repository !== "string" || !/^[\w./-]+$/.test(image.repository)) continue;
      // A DOCR image lives in the account's own registry and names nothing beyond its repository.
      const registry = typeof image.registry === "string" && image.registry_type !== "DOCR" && /^[\w.-]+$/.test(image.registry) ? `${image.registry}/` : "";
      const tag = typeof image.tag === "string" && /^[\w.-]+$/.test(image.tag) ? `:${image.tag}` : "";
      spec.images.push(`${registry}${image.repository}${tag}`);
    }
  }
  return spec;
}

/**
 * A DigitalOcean App Platform spec (`.do/app.yaml`; the Deploy to DigitalOcean button's
 * `.do/deploy.template.yaml` holds it under `spec`): the databases it provisions, by their
 * engine at the release they pin, and the prebuilt images its components deploy.
 */
export async function reportAppSpec(ctx: DetectContext, file: string): Promise<void> {
  const doc = (await ctx.yaml(file)) as { spec?: unknown } | undefined;
  const spec = readAppSpec(doc && typeof doc === "object" && "spec" in doc ? doc.spec : doc);
  for (const db of spec.databases) {
    ctx.report({ ref: `do-app-database:${db.engine}`, file, declared: db.version, version: versionFromTag(db.version) });
    // A production database is a Managed Databases cluster; a dev database (PostgreSQL only) runs in the app.
    if (db.managed) ctx.report({ ref: "format:digitalocean-managed-database", file });
  }
  reportImageRefs(ctx, file, spec.images);
}
