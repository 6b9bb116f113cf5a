

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
