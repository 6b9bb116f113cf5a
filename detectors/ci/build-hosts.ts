import type { DetectContext } from "../../src/types.js";
import { isRecord, lineCounter, lineOf, lineOfEach } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { gcpRuntime } from "../infra/gcp-runtime.js";

/**
 * netlify.toml: the Hugo release the build installs (`HUGO_VERSION` in `[build.environment]`, else in
 * a context's environment), the languages' releases it pins, and its build plugins.
 */
export async function readNetlify(ctx: DetectContext, file: string): Promise<void> {
  const data = (await ctx.toml(file)) as { build?: { environment?: Record<string, unknown> }; context?: Record<string, { environment?: Record<string, unknown> }>; plugins?: unknown } | undefined;
  if (!data || typeof data !== "object") return;
  // `[[plugins]] package = "netlify-plugin-cypress"`, for the catalog's `netlify-plugin` keys.
  const plugins = new Set((Array.isArray(data.plugins) ? data.plugins : []).map((p) => (isRecord(p) && typeof p.package === "string" ? p.package.trim() : "")).filter((p) => /^(@[\w.-]+\/)?[\w.-]+$/.test(p)));
  const environments = [data.build?.environment, ...Object.values(data.context ?? {}).map((c) => c?.environment)];
  const hugo = environments.map((e) => e?.HUGO_VERSION).find((v): v is string => typeof v === "string" && /^v?\d+(\.\d+){1,2}$/.test(v));
  const text = (await ctx.text(file)) ?? "";
  // Each plugin's first line through one lookup of the file (50,000 plugins each searched from the top took 78 s).
  const lineOfPlugin = lineOfEach(text);
  for (const plugin of plugins) ctx.report({ ref: `netlify-plugin:${plugin.toLowerCase()}`, file, line: lineOfPlugin(plugin) });
  if (hugo) ctx.report({ ref: "format:hugo-build-env", file, line: lineOf(text, "HUGO_VERSION"), version: hugo.replace(/^v/, "") });
  // The language releases the production build installs (`NODE_VERSION = "20"`, `PYTHON_VERSION`,
  // `GO_VERSION`, ...), pinned as a version manager's; an alias such as `lts/*` pins no release.
  const build = data.build?.environment;
  for (const [variable, language] of NETLIFY_RUNTIMES) {
    const value = build && typeof build === "object" ? build[variable] : undefined;
    const pinned = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : undefined;
    if (pinned && /^v?\d+(\.\d+){0,2}(\.x)?$/.test(pinned)) {
      // The variable as a whole word (HUGO_VERSION holds GO_VERSION).
      const at = new RegExp(`(^|[^A-Z_])${variable}[ \\t]*=`).exec(text);
      ctx.report({ ref: `version-manager:${language}`, file, line: at ? lineCounter(text)(at.index + at[1]!.length) : undefined, declared: pinned, version: versionFromTag(pinned.replace(/^v/, "").replace(/\.x$/, "")) });
    }
  }
}

/**
 * Netlify CMS's (Decap CMS's) admin/config.yml, which the CMS page served beside it (static/admin/
 * in a Hugo or Gatsby site, public/admin/ in a Vite or Next.js app, admin/ in a Jekyll one) loads:
 * a `backend` naming its Git backend and the `collections` it edits. A site that loads the CMS
 * from a CDN script declares no package, so this file is all that shows it.
 */
export async function readNetlifyCmsConfig(ctx: DetectContext, file: string): Promise<void> {
  const glance = await ctx.peek(file);
  if (!glance || !/^backend[ \t]*:/m.test(glance) || !/^collections[ \t]*:/m.test(glance)) return;
  const data = await ctx.yaml(file);
  if (!isRecord(data) || !isRecord(data.backend) || typeof data.backend.name !== "string" || !Array.isArray(data.collections)) return;
  ctx.report({ ref: "format:netlify-cms-config", file, line: lineOf(glance, "backend") });
}

/** The build environment variables Netlify's build image reads for a language's release. */
const NETLIFY_RUNTIMES: ReadonlyArray<readonly [string, string]> = [["NODE_VERSION", "nodejs"], ["PYTHON_VERSION", "python"], ["RUBY_VERSION", "ruby"], ["GO_VERSION", "golang"], ["PHP_VERSION", "php"]];

/**
 * firebase.json: the Firebase products the project deploys, one top-level key each (`hosting`,
 * `functions`, `firestore`, `database`), which the catalog's `firebase-product` keys name (Firebase
 * Hosting, Cloud Functions for Firebase, Cloud Firestore, the Realtime Database), and the runtime
 * its functions run on.
 */
export async function readFirebaseJson(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.json(file);
  if (!isRecord(data)) return;
  const text = (await ctx.text(file)) ?? "";
  const lineOfKey = lineOfEach(text);
  for (const key of Object.keys(data)) ctx.report({ ref: `firebase-product:${key.toLowerCase()}`, file, line: lineOfKey(`"${key}"`) });
  // The runtime each functions codebase deploys on (`"runtime": "nodejs20"`, Cloud Functions' IDs).
  for (const codebase of [data.functions].flat()) {
    const runtime = isRecord(codebase) ? codebase.runtime : undefined;
    const id = typeof runtime === "string" ? gcpRuntime(runtime) : undefined;
    if (id && typeof runtime === "string") ctx.report({ ref: `gcp-runtime:${id.language}`, file, line: lineOf(text, `"${runtime}"`), declared: runtime, version: id.version });
  }
}
