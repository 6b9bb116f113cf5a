import type { DetectContext } from "../../src/types.js";
import { dirOf, inFolder, isRecord, lineOfEach } from "../../src/kit.js";
import { packageIdentity, readResolved } from "./swiftpm.js";

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
  const pins = await resolvedPins(ctx, file, spec);
  const identities = reportPackages(ctx, file, text, spec, pins);
  reportProducts(ctx, file, text, targetProducts(targets, identities), pins);
  reportPlatforms(ctx, file, spec, targets);
}

type Spec = Record<string, unknown>;

/** The releases the generated project's Package.resolved pins, by package identity, and the path it would have (none where the spec names no project). */
type ResolvedPins = { versions: Map<string, string>; path?: string };

/** The pins of `<name>.xcodeproj`'s Package.resolved beside the spec, where one is committed. */
async function resolvedPins(ctx: DetectContext, file: string, spec: Spec): Promise<ResolvedPins> {
  const name = typeof spec.name === "string" ? spec.name : undefined;
  const path = name ? inFolder(dirOf(file), `${name}.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved`) : undefined;
  const versions = path && ctx.exists(path) ? readResolved(await ctx.json(path)) : new Map<string, string>();
  return { versions, path };
}

/** Reports the spec's `packages` as Swift packages; returns each one's identity by its key in the spec. */
function reportPackages(ctx: DetectContext, file: string, text: string, spec: Spec, pins: ResolvedPins): Map<string, string> {
  const identities = new Map<string, string>();
  // Each package's and product's line looked up in bounded work (30,000 of them each searched from the top took over 40 s).
  const lineOfPackage = lineOfEach(text);
  for (const [key, pkg] of Object.entries(isRecord(spec.packages) ? spec.packages : {})) {
    if (!isRecord(pkg)) continue;
    const fromUrl = typeof pkg.url === "string";
    const written = fromUrl ? (pkg.url as string) : typeof pkg.github === "string" ? pkg.github : undefined;
    if (!written) continue;
    const url = fromUrl ? written : `https://github.com/${written}`;
    // The line of the text the spec writes (a `url` that is no text is passed over for `github`).
    const at = lineOfPackage(written);
    const identity = packageIdentity(url);
    if (!identity) continue;
    identities.set(key, identity);
    // Scalars are read as text (an unquoted `from: 5.10` stays "5.10"), never as numbers.
    const requirement = ["exactVersion", "version", "from", "majorVersion", "minorVersion", "minVersion"].map((k) => pkg[k]).find((v) => typeof v === "string");
    const declared = requirement as string | undefined;
    const pinned = pins.versions.get(identity);
    ctx.report({ ref: `swiftpm:${identity}`, file, line: at, declared, version: pinned ?? declared, versionFile: pinned ? pins.path : undefined, direct: true });
  }
  return identities;
}

/**
 * A target's `- package: Firebase` with `product: FirebaseAuth`: one product of a package, which
 * the catalog's `swiftpm-product` keys name where it is a product of its own. As `identity/product`.
 */
function targetProducts(targets: readonly Spec[], identities: ReadonlyMap<string, string>): Set<string> {
  const products = new Set<string>();
  for (const target of targets) {
    for (const dep of Array.isArray(target.dependencies) ? target.dependencies : []) {
      if (!isRecord(dep) || typeof dep.package !== "string" || typeof dep.product !== "string") continue;
      const identity = identities.get(dep.package);
      if (identity) products.add(`${identity}/${dep.product}`);
    }
  }
  return products;
}

/** Reports each `identity/product` at its package's pinned release. */
function reportProducts(ctx: DetectContext, file: string, text: string, products: ReadonlySet<string>, pins: ResolvedPins): void {
  const lineOfProduct = lineOfEach(text);
  for (const product of products) {
    const identity = product.split("/")[0]!;
    const pinned = pins.versions.get(identity);
    ctx.report({ ref: `swiftpm-product:${product}`, file, line: lineOfProduct(product.split("/")[1]!), version: pinned, versionFile: pinned ? pins.path : undefined });
  }
}

/** The iOS deployment target (`options.deploymentTarget.iOS`), or a target built for iOS. */
function reportPlatforms(ctx: DetectContext, file: string, spec: Spec, targets: readonly Spec[]): void {
  const deployment = isRecord(spec.options) && isRecord(spec.options.deploymentTarget) ? spec.options.deploymentTarget : {};
  for (const [platform, id] of Object.entries(PLATFORMS)) {
    const targetVersion = targets.map((t) => (isRecord(t.deploymentTarget) ? t.deploymentTarget[platform] : t.platform === platform ? t.deploymentTarget : undefined)).find((v) => v !== undefined);
    // An unquoted `iOS: 16.0` is read as the text "16.0" (YAML's scalars stay strings here).
    const written = deployment[platform] ?? targetVersion;
    const version = typeof written === "string" ? written : undefined;
    const built = targets.some((t) => t.platform === platform || (Array.isArray(t.platform) && t.platform.includes(platform)) || (Array.isArray(t.supportedDestinations) && t.supportedDestinations.includes(platform)));
    if (version !== undefined || built) ctx.report({ ref: `apple-platform:${id}`, file, version });
  }
}
