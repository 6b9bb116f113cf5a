import type { DetectContext } from "../../src/types.js";
import { dirOf, inFolder, isRecord, lineOf, textLines, trimTrailing } from "../../src/kit.js";
import { readResolved } from "./swiftpm.js";

/** XcodeGen's platform names (a target's `platform`, `options.deploymentTarget`'s keys) to the catalog's `apple-platform` names. */
const PLATFORMS: Record<string, string> = { iOS: "ios" };

/**
 * XcodeGen's project spec (project.yml): the Xcode project is generated from it, so it holds what
 * a project.pbxproj would. Its `packages` are Swift packages (`url` or `github: owner/repo` with a
 * requirement: `from`, `majorVersion`, `minorVersion`, `exactVersion`, `version`, `minVersion`; a
 * `branch` or `revision` gives no release; a `path` is the repository's own package), at the
 * release the generated project's Package.resolved pins when one is committed; the target
 * platforms with their deployment targets. A project.yml without `targets` of XcodeGen's shape
 * (a `type` and a `platform`) is another tool's file and names nothing.
 */
export async function extractXcodeGenSpec(ctx: DetectContext, file: string): Promise<void> {
  // Only a file with a top-level `targets:` is parsed: other tools' project.yml are left unread.
  const text = (await ctx.text(file)) ?? "";
  if (!/^targets:/m.test(text)) return;
  const spec = await ctx.yaml(file);
  if (!isRecord(spec) || !isRecord(spec.targets)) return;
  const targets = Object.values(spec.targets).filter(isRecord);
  if (!targets.some((t) => typeof t.type === "string" && (t.platform !== undefined || t.supportedDestinations !== undefined))) return;
  const lines = textLines(text);
  const name = typeof spec.name === "string" ? spec.name : undefined;
  const resolvedPath = name ? inFolder(dirOf(file), `${name}.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved`) : undefined;
  const pins = resolvedPath && ctx.exists(resolvedPath) ? readResolved(await ctx.json(resolvedPath)) : new Map<string, string>();
  const identities = new Map<string, string>();
  for (const [key, pkg] of Object.entries(isRecord(spec.packages) ? spec.packages : {})) {
    if (!isRecord(pkg)) continue;
    const url = typeof pkg.url === "string" ? pkg.url : typeof pkg.github === "string" ? `https://github.com/${pkg.github}` : undefined;
    if (!url) continue;
    const at = lineOf(text, String(pkg.url ?? pkg.github));
    const identity = trimTrailing(url.replace(/\.git$/, ""), "/").split("/").pop()?.toLowerCase();
    if (!identity) continue;
    identities.set(key, identity);
    const requirementKey = ["exactVersion", "version", "from", "majorVersion", "minorVersion", "minVersion"].find((k) => typeof pkg[k] === "string" || typeof pkg[k] === "number");
    // An unquoted `from: 5.10` is a YAML number (5.1): the release is read as the line writes it.
    const written = requirementKey ? packageLines(lines, key).map((l) => new RegExp(`^\\s*${requirementKey}:\\s*["']?v?(\\d[\\w.-]*)`).exec(l)?.[1]).find(Boolean) : undefined;
    const declared = requirementKey === undefined ? undefined : typeof pkg[requirementKey] === "number" ? (written ?? String(pkg[requirementKey])) : String(pkg[requirementKey]);
    const pinned = pins.get(identity);
    ctx.report({ ref: `swiftpm:${identity}`, file, line: at, declared, version: pinned ?? declared, versionFile: pinned ? resolvedPath : undefined, direct: true });
  }
  // A target's `- package: Firebase` with `product: FirebaseAuth`: one product of a package, which
  // the catalog's `swiftpm-product` keys name where it is a product of its own.
  const products = new Set<string>();
  for (const target of targets) {
    for (const dep of Array.isArray(target.dependencies) ? target.dependencies : []) {
      if (!isRecord(dep) || typeof dep.package !== "string" || typeof dep.product !== "string") continue;
      const identity = identities.get(dep.package);
      if (identity) products.add(`${identity}/${dep.product}`);
    }
  }
  for (const product of products) {
    const identity = product.split("/")[0]!;
    const pinned = pins.get(identity);
    ctx.report({ ref: `swiftpm-product:${product}`, file, line: lineOf(text, product.split("/")[1]!), version: pinned, versionFile: pinned ? resolvedPath : undefined });
  }
  // The iOS deployment target (`options.deploymentTarget.iOS`), or a target built for iOS.
  const deployment = isRecord(spec.options) && isRecord(spec.options.deploymentTarget) ? spec.options.deploymentTarget : {};
  for (const [platform, id] of Object.entries(PLATFORMS)) {
    const targetVersion = targets.map((t) => (isRecord(t.deploymentTarget) ? t.deploymentTarget[platform] : t.platform === platform ? t.deploymentTarget : undefined)).find((v) => v !== undefined);
    let version = deployment[platform] ?? targetVersion;
    // An unquoted `iOS: 16.0` is the YAML number 16: the release is read as the file writes it.
    if (typeof version === "number") version = new RegExp(`^\\s*(?:${platform}|deploymentTarget):\\s*["']?(\\d+(?:\\.\\d+)*)`, "m").exec(text)?.[1] ?? String(version);
    const built = targets.some((t) => t.platform === platform || (Array.isArray(t.platform) && t.platform.includes(platform)) || (Array.isArray(t.supportedDestinations) && t.supportedDestinations.includes(platform)));
    if (version !== undefined || built) ctx.report({ ref: `apple-platform:${id}`, file, version: version === undefined ? undefined : String(version) });
  }
}

/** The lines of one package's block under `packages:` (its key's line to the next line indented no deeper). */
function packageLines(lines: string[], key: string): string[] {
  const top = lines.findIndex((l) => /^packages:/.test(l));
  if (top < 0) return [];
  const start = lines.findIndex((l, i) => i > top && new RegExp(`^\\s+["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?:\\s*$`).test(l));
  if (start < 0) return [];
  const indent = /^\s*/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && l.trim() !== "" && /^\s*/.exec(l)![0].length <= indent);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}
