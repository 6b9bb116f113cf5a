/**
 * The word in a matcher's list before the tools the site does not name from the key, though the
 * package is that tool (`requests: [package-only, requests]`; `spring-boot-starter-security:
 * [~, spring-framework, package-only, spring-security]`): the document names them only when
 * asked (`allTools`); by default the package entry alone shows them.
 */
export const PACKAGE_ONLY = "package-only";

/**
 * The word in a `file` matcher's list that makes the file the tool's source over a package that
 * declares it in the same folder, the package still giving the release (`.babelrc: [babel, cites]`):
 * the site cites the configuration file there.
 */
export const CITES = "cites";

/** What a matcher's value says. */
export interface MatcherTargets {
  /** The tools the key names. */
  ids: string[];
  /** The tools it names only with `allTools` (after `package-only`). */
  packageOnlyIds: string[];
  /** The list opens with `~`: the key's version is none of its tools'. */
  versionless: boolean;
  /** The list holds `cites`: a file it matches is its tools' source over their package (see CITES). */
  cites?: true;
}

/**
 * Reads a matcher's value: a tool id, or a list of ids that may open with `~` and may hold
 * `package-only` once, before the ids named only on request, and `cites` anywhere.
 */
export function matcherTargets(value: string | ReadonlyArray<string | null> | null): MatcherTargets {
  const written = Array.isArray(value) ? value : [value];
  const cites = written.includes(CITES);
  const list = cites ? written.filter((v) => v !== CITES) : written;
  const split = list.indexOf(PACKAGE_ONLY);
  const named = split < 0 ? list : list.slice(0, split);
  const asked = split < 0 ? [] : list.slice(split + 1);
  const isId = (id: string | null): id is string => typeof id === "string";
  const ids = named.filter(isId);
  const targets: MatcherTargets = { ids, packageOnlyIds: asked.filter(isId), versionless: list[0] === null };
  if (cites) targets.cites = true;
  return targets;
}

/** The tools a matcher names: by default, or with `allTools` those after `package-only` too. */
export function namedIds(targets: { readonly ids: readonly string[]; readonly packageOnlyIds: readonly string[] }, allTools: boolean): readonly string[] {
  return allTools && targets.packageOnlyIds.length ? [...targets.ids, ...targets.packageOnlyIds] : targets.ids;
}
