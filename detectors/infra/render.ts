import type { DetectContext } from "../../src/types.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { reportImageRefs } from "../docker/image-findings.js";

/** What a Render Blueprint (`render.yaml`) deploys. */
export interface RenderBlueprint {
  /** The language runtimes of its web services and workers (`node`, `python`, `docker`, ...). */
  runtimes: string[];
  /** Redis instances it provisions (services of `type: redis`). */
  redis: boolean;
  /** Its PostgreSQL databases, with the major version they pin where they do. */
  databases: Array<{ version?: string }>;
  /** The prebuilt images its services of `runtime: image` deploy (`image.url`, `docker.io/getmeili/meilisearch:v1.8`). */
  images: string[];
  /** The language releases its services pin through Render's `PYTHON_VERSION`, `NODE_VERSION`, `ELIXIR_VERSION` and `ERLANG_VERSION` variables. */
  pins: Array<{ language: string; version: string }>;
}

/** The environment variables Render's native runtimes read for the language's release. */
const PINS: Readonly<Record<string, string>> = { PYTHON_VERSION: "python", NODE_VERSION: "nodejs", ELIXIR_VERSION: "elixir", ERLANG_VERSION: "erlang" };

/**
 * A Render Blueprint: `services` (each with a `runtime`, or `env` in older files, and a `type`:
 * web, worker, cron, pserv, redis) and `databases`, which are PostgreSQL (`postgresMajorVersion`).
 * Render's `static` runtime serves built files and names no language; its `image` runtime deploys the
 * prebuilt image of `image.url`, which names the software it runs. A `keyvalue` service (Render Key
 * Value, the name of its Redis since 2025) runs Valkey on new instances, which is no Redis: not read.
 */
export function readRenderBlueprint(doc: unknown): RenderBlueprint {
  const blueprint: RenderBlueprint = { runtimes: [], redis: false, databases: [], images: [], pins: [] };
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return blueprint;
  const { services, databases } = doc as { services?: unknown; databases?: unknown };
  for (const service of Array.isArray(services) ? services : []) {
    const s = service as { type?: unknown; runtime?: unknown; env?: unknown; image?: unknown; envVars?: unknown } | null;
    if (s?.type === "redis") blueprint.redis = true;
    for (const envVar of Array.isArray(s?.envVars) ? s.envVars : []) {
      const e = envVar as { key?: unknown; value?: unknown } | null;
      const language = typeof e?.key === "string" ? PINS[e.key] : undefined;
      const value = typeof e?.value === "string" || typeof e?.value === "number" ? String(e.value).trim() : undefined;
      if (language && value && /^\d+(\.\d+){0,2}$/.test(value) && !blueprint.pins.some((p) => p.language === language && p.version === value)) blueprint.pins.push({ language, version: value });
    }
    const runtime = typeof s?.runtime === "string" ? s.runtime : typeof s?.env === "string" ? s.env : undefined;
    if (runtime?.toLowerCase() === "image") {
      const url = (s?.image as { url?: unknown } | null | undefined)?.url;
      if (typeof url === "string" && url.trim() && !blueprint.images.includes(url.trim())) blueprint.images.push(url.trim());
      continue;
    }
    if (runtime && runtime !== "static" && !blueprint.runtimes.includes(runtime.toLowerCase())) blueprint.runtimes.push(runtime.toLowerCase());
  }
  for (const database of Array.isArray(databases) ? databases : []) {
    const d = database as { postgresMajorVersion?: unknown } | null;
    const version = typeof d?.postgresMajorVersion === "string" || typeof d?.postgresMajorVersion === "number" ? String(d.postgresMajorVersion) : undefined;
    blueprint.databases.push({ version });
  }
  return blueprint;
}

/** A Render Blueprint at the root (render.yaml): the runtimes its services run on, its Redis and PostgreSQL. */
export async function reportRenderBlueprint(ctx: DetectContext, file: string): Promise<void> {
  const blueprint = readRenderBlueprint(await ctx.yaml(file));
  for (const runtime of blueprint.runtimes) ctx.report({ ref: `render-blueprint:${runtime}`, file });
  if (blueprint.redis) ctx.report({ ref: "render-blueprint:redis", file });
  for (const db of blueprint.databases) ctx.report({ ref: "render-blueprint:postgres", file, declared: db.version, version: versionFromTag(db.version) });
  // The language releases its services pin (`PYTHON_VERSION: 3.12.3`), as a version manager's pin.
  for (const pin of blueprint.pins) ctx.report({ ref: `version-manager:${pin.language}`, file, declared: pin.version, version: versionFromTag(pin.version) });
  // The prebuilt images its services deploy, at their tag's release (`getmeili/meilisearch:v1.8`).
  reportImageRefs(ctx, file, blueprint.images);
}
