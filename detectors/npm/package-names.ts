/** The package a declared dependency stands for: an npm alias's target, a wrapper's own package. */

/**
 * The package a wrapper is named after, when both reveal the same catalog tool; else undefined:
 * a scoped wrapper (`@nestjs/typeorm` wraps `typeorm`, `@nestjs/platform-express` wraps
 * `express`) or a framework's binding (`react-redux` binds `redux`, `react-i18next` `i18next`).
 */
export function wrappedPackage(name: string, lookup: (name: string) => readonly string[]): string | undefined {
  const m = /^@[^/]+\/(?:platform-)?([^/]+)$/.exec(name) ?? /^(?:react|vue|ng|angular|svelte|preact|solid)-([a-z0-9][\w.-]*)$/.exec(name);
  if (!m || name.startsWith("@types/")) return undefined;
  const own = m[1]!;
  const tools = lookup(name);
  if (tools.length === 0) return undefined;
  return lookup(own).some((id) => tools.includes(id)) ? own : undefined;
}

/**
 * The package a dependency installs: an npm alias (`"react": "npm:preact@^10.19"`,
 * `"tailwindcss": "npm:@tailwindcss/postcss7-compat@^2.2"`) puts another package under the
 * declared name, and that package, with its range, is what the project uses.
 */
export function aliasTarget(declaredName: string, range: string): { name: string; wanted: string } {
  // Yarn's `npm:` protocol before a bare range (`"lodash": "npm:^4.17.21"`) names no other package.
  const bare = /^npm:([\d^~<>=*].*)$/.exec(range.trim());
  if (bare) return { name: declaredName, wanted: bare[1]! };
  const alias = /^npm:((?:@[^/@\s]+\/)?[^@\s]+)(?:@(.*))?$/.exec(range.trim());
  return alias ? { name: alias[1]!, wanted: alias[2] || "*" } : { name: declaredName, wanted: range };
}
