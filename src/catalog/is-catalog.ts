import type { Catalog } from "./catalog.js";

/**
 * Whether a value is a Catalog by what the functions that take one read of it (its tools and
 * registries, its techstack.md filing), not by its class: a catalog made by the package's other
 * build (a library's `require` beside an app's `import`, each bundle with its own Catalog class) is
 * one too, as the other build's ParseError is a ParseError.
 */
export function isCatalog(value: unknown): value is Catalog {
  const catalog = value as Partial<Catalog> | null | undefined;
  return catalog?.tools instanceof Map && catalog.registries instanceof Map && typeof catalog.markdownFiled === "function";
}
