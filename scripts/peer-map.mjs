// The pure part of scripts/peer-stack.mjs: turns what @specfy/stack-analyser reports (its
// technologies, each a key and a display name, and its dependencies) into a stack document whose
// tool names are the site's, so the corpus scorer can read it. No file system, no peer here:
// the catalog and techstack's `resolve` come in as arguments.

/** A peer technology maps to a catalog tool only by its exact name, an alias or a slug. */
export const EXACT = 0.99;

/** The peer's dependency types with a package registry the site links to; the others (docker, githubAction, terraform, deno) get no package entry. */
export const REGISTRY_OF = { npm: "npm", python: "pypi", ruby: "rubygems", php: "packagist", golang: "go", rust: "cargo" };

/** The catalog tool a peer technology is, tried by display name then key; undefined when neither is exact. */
export function toolFor(catalog, resolve, tech) {
  for (const query of [tech.name, tech.key]) {
    if (!query) continue;
    const best = resolve(catalog, query, 1)[0];
    if (best && best.score >= EXACT) return best.tool;
  }
  return undefined;
}

/**
 * A declared version as the site would write it without a lockfile: the version a plain range
 * starts at (`^1.2.3`, `~1.2`, `>=2.0.0`, `==3.1`), or none for `latest`, `*` and compound ranges.
 */
export function plainVersion(raw) {
  const v = String(raw ?? "").trim().replace(/^(\^|~=|~>|~|>=|==|=|v)\s*/, "");
  return /^\d+(\.\d+)*([-+][0-9A-Za-z.-]+)?$/.test(v) ? v : undefined;
}

/**
 * The stack document for one peer result.
 *   techs:        [{ key, name }] the peer's technologies (every component's, deduplicated by the caller or not)
 *   dependencies: [[type, name, version]] as the peer lists them
 * Returns { doc: { tools }, unmapped: [{ key, name }] }.
 */
export function peerDocument(catalog, resolve, techs, dependencies = []) {
  const tools = new Map();
  const unmapped = new Map();
  for (const tech of techs) {
    const tool = toolFor(catalog, resolve, tech);
    if (!tool) {
      unmapped.set(tech.key, tech);
      continue;
    }
    if (tools.has(tool.id)) continue;
    const entry = { name: tool.name };
    if (tool.category) entry.category = tool.category;
    if (tool.sub_category) entry.sub_category = tool.sub_category;
    tools.set(tool.id, entry);
  }
  const packages = new Map();
  for (const [type, name, version] of dependencies) {
    const registry = catalog.registries.get(REGISTRY_OF[type]);
    if (!registry?.package_url || !name) continue;
    const url = registry.package_url.replace("{name}", name);
    if (packages.has(url.toLowerCase())) continue;
    const entry = { name, package_url: url };
    const v = plainVersion(version);
    if (v) entry.version = v;
    entry.category = registry.category;
    entry.sub_category = registry.sub_category;
    packages.set(url.toLowerCase(), entry);
  }
  return { doc: { tools: [...tools.values(), ...packages.values()] }, unmapped: [...unmapped.values()] };
}
