import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOf, lineOfEach } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";

/**
 * Travis CI's `language:` and the services the build starts. The language's version list
 * (`php: [7.3, 7.4]`, `rvm:`, `jdk:`) is the CI's test matrix, not the project's runtime: the site
 * lists the language with no release where one is pinned there (corpus goodwork, koel and
 * yubioath-desktop; held-out symfony-facades), as it gives Node.js none from `node_js:`.
 */
export function readTravis(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const config = (data ?? {}) as Record<string, unknown>;
  readTravisServices(ctx, config, file, text);
  const language = typeof config.language === "string" ? config.language.toLowerCase() : undefined;
  if (!language) return;
  ctx.report({ ref: `travis-language:${language}`, file, line: lineOf(text, "language") });
}

/**
 * The servers a Travis build starts beside the job: `services: [mongodb, redis-server]` (also a
 * single name, and per job under `jobs:`/`matrix:` `include:`), and the database addons that pin a
 * release (`addons: { postgresql: "9.6" }`).
 */
function readTravisServices(ctx: DetectContext, config: Record<string, unknown>, file: string, text: string): void {
  const configs = [config];
  for (const key of ["jobs", "matrix"]) {
    const include = (config[key] as { include?: unknown } | undefined)?.include;
    if (Array.isArray(include)) for (const job of include) if (!!job && typeof job === "object") configs.push(job as Record<string, unknown>);
  }
  const seen = new Set<string>();
  // Each kind's lines looked up in bounded work (30,000 services each searched from the top took 7 s).
  const lineOfService = lineOfEach(text);
  const lineOfDeploy = lineOfEach(text);
  for (const job of configs) {
    const services = typeof job.services === "string" ? [job.services] : Array.isArray(job.services) ? job.services : [];
    for (const service of services) {
      const name = typeof service === "string" ? service.trim() : "";
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      ctx.report({ ref: `travis-service:${name.toLowerCase()}`, file, line: lineOfService(name) });
    }
    const addons = job.addons && typeof job.addons === "object" ? (job.addons as Record<string, unknown>) : {};
    // The addons that run a service's scanner or tunnel (`sonarcloud`, `sauce_connect`), by their key.
    for (const name of Object.keys(addons)) {
      const key = name.toLowerCase();
      if (seen.has(`addon:${key}`) || ctx.lookup("travis-addon", key).length === 0) continue;
      seen.add(`addon:${key}`);
      ctx.report({ ref: `travis-addon:${key}`, file, line: lineOf(text, `${name}:`) });
    }
    // Where the build deploys (`deploy: { provider: heroku }`, or a list of them).
    for (const deploy of [job.deploy].flat()) {
      const written = isRecord(deploy) && typeof deploy.provider === "string" ? deploy.provider : "";
      const provider = written.trim().toLowerCase().split(":")[0]!;
      if (!provider || seen.has(`deploy:${provider}`)) continue;
      seen.add(`deploy:${provider}`);
      ctx.report({ ref: `travis-deploy:${provider}`, file, line: lineOfDeploy(written) });
    }
    for (const name of ["postgresql", "mariadb"]) {
      const release = addons[name];
      if (typeof release !== "string" && typeof release !== "number") continue;
      ctx.report({ ref: `travis-service:${name}`, file, line: lineOf(text, name), version: versionFromTag(String(release)) });
    }
  }
}
