import type { DetectContext } from "../../src/types.js";
import { blankComments, isRecord, lineCounter, lineOf, yamlDocuments } from "../../src/kit.js";

/**
 * The keys of electron-builder's configuration that may hold a `publish` setting of their own: the
 * platforms' and their targets' (a Snap published to the Snap Store, the rest to GitHub).
 */
const SCOPES = ["mac", "mas", "dmg", "pkg", "win", "nsis", "nsisWeb", "portable", "appx", "msi", "linux", "appImage", "snap", "deb", "rpm", "flatpak"];

/**
 * electron-builder's configuration file (YAML, JSON or JSON5, whose unquoted keys, single quotes
 * and trailing commas YAML's flow style reads once its comments are blanked): where the app's
 * releases and auto-updates are published (electron-updater reads the same setting back).
 */
export async function readElectronBuilderConfig(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const source = file.endsWith(".json5") || file.endsWith(".json") ? blankComments(text, { line: ["//"], block: ["/*", "*/"], quotes: `"'` }) : text;
  const config = yamlDocuments(ctx, file, source)?.[0];
  if (isRecord(config)) reportPublishers(ctx, file, text, config);
}

/**
 * A package.json's `build` table, electron-builder's configuration where no file of its own holds
 * it: read only where the manifest declares electron-builder (`build` is a common word).
 */
export async function readElectronBuilderTable(ctx: Pick<DetectContext, "text" | "report" | "lookup">, file: string, data: Record<string, unknown>): Promise<void> {
  const declares = ["dependencies", "devDependencies"].some((k) => isRecord(data[k]) && "electron-builder" in data[k]);
  if (!declares || !isRecord(data.build)) return;
  // The manifest's text, for the provider's line, only once the table is electron-builder's.
  const text = await ctx.text(file);
  if (text !== undefined) reportPublishers(ctx, file, text, data.build);
}

/**
 * Each publish provider the configuration names, at the top or under a platform or target: the
 * string form (`publish: github`), one table (`provider: s3`) or a list of either. An `s3` provider
 * with an `endpoint` of its own is another S3-compatible store (MinIO), not Amazon S3.
 */
function reportPublishers(ctx: Pick<DetectContext, "report" | "lookup">, file: string, text: string, config: Record<string, unknown>): void {
  const seen = new Set<string>();
  for (const holder of [config, ...SCOPES.map((k) => config[k])]) {
    if (!isRecord(holder)) continue;
    const publish = holder.publish;
    for (const entry of Array.isArray(publish) ? publish : [publish]) {
      const provider = typeof entry === "string" ? entry : isRecord(entry) && typeof entry.provider === "string" ? entry.provider : undefined;
      if (!provider || !/^[A-Za-z][\w-]*$/.test(provider)) continue;
      if (provider === "s3" && isRecord(entry) && entry.endpoint !== undefined) continue;
      if (seen.has(provider)) continue;
      seen.add(provider);
      // Only a provider the catalog names a tool for is lined and reported: a file listing thousands
      // of others (`github`, `generic`, made-up names) would search its text once for each.
      if (ctx.lookup("electron-publish", provider).length === 0) continue;
      ctx.report({ ref: `electron-publish:${provider}`, file, line: providerLine(text, provider) });
    }
  }
}

/**
 * The line that names a provider: a `provider` key's value, or the first value of a `publish` key
 * (`publish: s3`, `"publish": ["s3"]`, `publish:` then `- s3`); else the provider's name as a word
 * of its own after the first `publish` key (a later entry of a list); else its first mention. Its
 * name inside another word (`@aws-sdk/client-s3`, `com.acme.s3sync`) or a script's command is no
 * place that names it.
 */
function providerLine(text: string, provider: string): number | undefined {
  const lineAt = lineCounter(text);
  const valued = new RegExp(`(?<![\\w-])(?:provider|publish)["']?[ \\t]*:\\s*(?:\\[\\s*|-[ \\t]+)?["']?${provider}["']?(?![\\w./:-])`).exec(text);
  if (valued) return lineAt(valued.index + valued[0].lastIndexOf(provider));
  const key = /(?<![\w-])publish["']?[ \t]*:/.exec(text);
  if (key) {
    const word = new RegExp(`(?<![\\w./@:-])${provider}(?![\\w./:-])`, "g");
    word.lastIndex = key.index;
    const found = word.exec(text);
    if (found) return lineAt(found.index);
  }
  return lineOf(text, provider);
}
