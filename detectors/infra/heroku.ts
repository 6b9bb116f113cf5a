import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOf } from "../../src/kit.js";

/** Heroku's app.json: the keys only its manifest has (env vars, add-ons, buildpacks, dynos, deploy scripts). */
export function isHerokuApp(data: unknown): boolean {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const app = data as Record<string, unknown>;
  if (["addons", "buildpacks", "formation", "environments", "success_url", "stack"].some((k) => k in app)) return true;
  const scripts = app.scripts as Record<string, unknown> | undefined;
  if (typeof scripts === "object" && scripts !== null && ("postdeploy" in scripts || "pr-predestroy" in scripts)) return true;
  return typeof app.env === "object" && app.env !== null && !Array.isArray(app.env) && !("expo" in app);
}

/** The services of an app.json's add-ons, written `service` or `service:plan`, or as `{ plan }`. */
export function herokuAddons(data: unknown): string[] {
  const addons = (data as { addons?: unknown }).addons;
  if (!Array.isArray(addons)) return [];
  const plans = addons.map((a) => (typeof a === "string" ? a : typeof a === "object" && a !== null ? (a as { plan?: unknown }).plan : undefined));
  return [...new Set(plans.filter((p): p is string => typeof p === "string").map((p) => p.split(":")[0]!.trim().toLowerCase()).filter(Boolean))];
}

/** Heroku's build manifest, heroku.yml (the file names Heroku): the add-ons its `setup` section provisions. */
export async function reportHerokuYml(ctx: DetectContext, file: string): Promise<void> {
  const manifest = (await ctx.yaml(file)) as { setup?: unknown } | undefined;
  const setup = manifest && typeof manifest === "object" ? manifest.setup : undefined;
  for (const service of herokuAddons(setup ?? {})) ctx.report({ ref: `heroku-addon:${service}`, file });
}

/** An app.json: Heroku's app manifest (by the keys only it has), its add-ons and Heroku CI; Dokku's deploy hooks. */
export async function reportAppJson(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.json(file);
  // Dokku reads app.json too, its deploy hooks under `scripts.dokku` (a Heroku manifest has none).
  const scripts = isRecord(data) ? data.scripts : undefined;
  if (isRecord(scripts) && isRecord(scripts.dokku)) ctx.report({ ref: "format:dokku-app-manifest", file });
  if (isHerokuApp(data)) {
    ctx.report({ ref: "format:heroku-app-manifest", file });
    // Each add-on the app provisions (`heroku-postgresql:essential-0`): its service, before the plan.
    for (const service of herokuAddons(data)) ctx.report({ ref: `heroku-addon:${service}`, file });
    // An `environments.test` section is Heroku CI's configuration.
    const environments = (data as { environments?: unknown }).environments;
    if (typeof environments === "object" && environments !== null && "test" in environments) ctx.report({ ref: "format:heroku-ci-config", file });
  }
}

/**
 * A Procfile starting Heroku's PHP buildpack's web server scripts
 * (`web: vendor/bin/heroku-php-nginx -C nginx_app.conf public/`); other platforms' Procfiles do not.
 */
export async function reportProcfile(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const m = /\bheroku-php-(?:apache2|nginx)\b/.exec(text);
  if (m) ctx.report({ ref: "format:heroku-php-procfile", file, line: lineOf(text, m[0]) });
}
