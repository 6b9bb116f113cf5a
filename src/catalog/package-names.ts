// How the site names a registry's packages: the name, the path it lists, the page slug.
import type { Registry } from "./types.js";
import { withoutMajorSuffix } from "./major-suffix.js";

/**
 * A module path's last element, the name people call it by: github.com/spf13/cobra is "cobra".
 * A major-version suffix (the registry's `major_suffix`) is not a name: with `/v{n}`,
 * github.com/go-chi/chi/v5 is "chi", not "v5". A last element the registry's `names_with_owner`
 * lists is called by its owner too: with `go`, github.com/json-iterator/go is "json-iterator/go";
 * a host's own module (cloud.google.com/go, no owner between) keeps the bare name.
 */
export function shortName(path: string, rules: Pick<Registry, "major_suffix" | "names_with_owner"> = {}): string {
  const parts = withoutMajorSuffix(path, rules.major_suffix).split("/");
  const last = parts[parts.length - 1]!;
  if (parts.length >= 3 && rules.names_with_owner?.includes(last)) return `${parts[parts.length - 2]}/${last}`;
  return last;
}

/** The path the site lists a package under: the package inside it the registry's `package_paths` gives, else its own name. */
export function listedPath(registry: Registry, name: string): string {
  return registry.package_paths?.[name] ?? name;
}

/** A package's name in the document: the registry's own name for it, else its last path element where the registry names so, else as declared. */
export function packageName(registry: Registry, name: string): string {
  return registry.names?.[name] ?? (registry.short_name ? shortName(name, registry) : name);
}

/** A package's page slug as the site writes it: lowercase, each run of other than a-z, 0-9 and _ as `-`. */
export function pageSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_]+/g, "-");
}
