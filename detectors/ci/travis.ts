import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOf, lineOfEach } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";

/**
 * The keys of a Travis language's version list where it is not the language's own name: Ruby's
 * releases are `rvm:` (`ruby:` is its alias), Java's `jdk:`, Erlang's `otp_release:`.
 */
const TRAVIS_VERSION_KEYS: Readonly<Record<string, readonly string[]>> = { ruby: ["rvm", "ruby"], java: ["jdk"], erlang: ["otp_release"] };

/** Travis CI's `language:` and its version list (`node_js: [18, 20]`), and the services the build starts. */
export function readTravis(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const config = (data ?? {}) as Record<string, unknown>;
  readTravisServices(ctx, config, file, text);
  const language = typeof config.language === "string" ? config.language.toLowerCase() : undefined;
  if (!language) return;
  const key = (TRAVIS_VERSION_KEYS[language] ?? [language]).find((k) => config[k] !== undefined);
  const versions = key === undefined ? undefined : config[key];
  const first = Array.isArray(versions) ? versions[0] : versions;
  // A JDK is named by its vendor and release (`openjdk17`, `oraclejdk11`). The YAML reader keeps
  // an unquoted `3.10` as written.
  const version = typeof first === "string" ? versionFromTag(first.replace(/^(?:open|oracle)jdk-?(?=\d)/i, "")) : undefined;
  ctx.report({ ref: `travis-language:${language}`, file, line: lineOf(text, "language"), version });
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
