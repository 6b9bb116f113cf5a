/**
 * A matcher list's opening word for a package the site lists without naming a tool from it
 * (`requests: [package-only, requests]`): the catalog knows which tool the package is, the
 * document names it only when asked (`allTools`), and by default the package entry alone shows it.
 */
export const PACKAGE_ONLY = "package-only";

/** What a matcher's value says: the tool ids, and the two opening words `package-only` and `~`. */
export interface MatcherTargets {
  ids: string[];
  /** The list opens with `~` (after `package-only`, if any): the key's version is none of the tools'. */
  versionless: boolean;
  /** The list opens with `package-only`. */
  packageOnly: boolean;
}

/** Reads a matcher's value: a tool id, or a list of ids that may open with `package-only`, then `~`. */
export function matcherTargets(value: string | ReadonlyArray<string | null> | null): MatcherTargets {
  const list = Array.isArray(value) ? value : [value];
  const packageOnly = list[0] === PACKAGE_ONLY;
  const rest = packageOnly ? list.slice(1) : list;
  return { ids: rest.filter((id): id is string => typeof id === "string"), versionless: rest[0] === null, packageOnly };
}
