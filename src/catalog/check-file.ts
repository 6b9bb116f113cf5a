import type { CatalogSource } from "./types.js";
import { matcherTargets, PACKAGE_ONLY } from "./matcher-value.js";
import { editDistance } from "../edit-distance.js";
import { isMajorSuffix } from "./major-suffix.js";
import type { KnownCategories } from "./known-categories.js";
import type { YamlStep } from "../kit/yaml-lines.js";
import { MARKDOWN_SECTIONS } from "../document/markdown-sections.js";
import { isYearLines, YEAR_RELEASES } from "./year-releases.js";
import { FILE_GLOB_KINDS } from "./file-matchers.js";

/** A problem of catalog data, and the path in it to what it is about (`["tools", 2, "open_source"]`), to find its line in the file. */
export interface CatalogNote {
  message: string;
  at: YamlStep[];
}

const note = (at: YamlStep[], message: string): CatalogNote => ({ message, at });

/** The keys a catalog file (`techstack.catalog.yml`, a configuration's `catalog:`) may have. */
const KEYS = ["tools", "matchers", "registries", "families", "kinds"] as const;

/** The longest matcher key a catalog file may hold. */
const MAX_KEY_LENGTH = 1000;

/**
 * The most `*` or `!(` a file glob may have in one name (a folder's or the file's; a `**` folder
 * aside): each is a lazy run the glob engine tries at every place, so `*a*a*a*a*c` took 38 s on one
 * file name of 250 letters, 0.7 s with three (`x!(a)!(a)!(a)!(a)c` 1.2 s, a minute with five). No built-in glob has more than two (`*requirements*.txt`).
 */
const MAX_STARS_PER_NAME = 2;

/** Whether a file glob has more than MAX_STARS_PER_NAME `*` or `!(` in one name. */
const tooManyStars = (glob: string): boolean => glob.split("/").some((name) => name !== "**" && (name.match(/\*|!\(/g)?.length ?? 0) > MAX_STARS_PER_NAME);
const shortened = (glob: string): string => (glob.length > 40 ? `${glob.slice(0, 40)}...` : glob);

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isMatcherTarget = (v: unknown): boolean => v === null || typeof v === "string";
/** A list of base names (no slash): a registry's manifests, Go's names written after their owner. */
const isBaseNames = (v: unknown): boolean => Array.isArray(v) && v.every((n) => typeof n === "string" && n && !n.includes("/"));
const isGlobList = (v: unknown): v is string[] => Array.isArray(v) && v.every((g) => typeof g === "string" && g);
/** A glob of a list too long or with too many stars to match fast, if any. */
const slowGlob = (globs: readonly string[]): string | undefined => globs.find((g) => g.length > MAX_KEY_LENGTH || tooManyStars(g));

/**
 * The first thing in a catalog file's data that the catalog cannot use, said with its place
 * (`tools[2]: no id`) and with the path to it, or undefined when it is well formed. `knownTool` says whether an id is a
 * built-in tool, which an entry may override without repeating its name.
 */
export function catalogFileProblemAt(data: unknown, knownTool: (id: string) => boolean): CatalogNote | undefined {
  if (data === null || data === undefined) return undefined; // an empty file
  if (!isMapping(data)) return note([], "expected a mapping with tools, matchers, registries, families or kinds");
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) return note([key], `unknown key '${key}' (known: ${KEYS.join(", ")})`);
  }
  const { tools, matchers, registries, families, kinds } = data as Record<(typeof KEYS)[number], unknown>;
  return toolsProblem(tools, knownTool) ?? matchersProblem(matchers) ?? registriesProblem(registries, families) ?? kindsProblem(kinds);
}

/** catalogFileProblemAt's message alone: what is wrong with catalog data given in code, which has no lines. */
export function catalogFileProblem(data: unknown, knownTool: (id: string) => boolean): string | undefined {
  return catalogFileProblemAt(data, knownTool)?.message;
}

/** The first problem of the file's `tools`, a list of tool entries. */
function toolsProblem(tools: unknown, knownTool: (id: string) => boolean): CatalogNote | undefined {
  if (tools === undefined || tools === null) return undefined;
  if (!Array.isArray(tools)) return note(["tools"], "tools must be a list");
  for (const [i, tool] of tools.entries()) {
    const problem = toolProblem(tool, i, knownTool);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** The first problem of `tools[i]`: a field of the wrong type, or a new tool without a name. */
function toolProblem(tool: unknown, i: number, knownTool: (id: string) => boolean): CatalogNote | undefined {
  const entry = (message: string, field?: string): CatalogNote => note(field === undefined ? ["tools", i] : ["tools", i, field], message);
  if (!isMapping(tool)) return entry(`tools[${i}] must be a mapping`);
  if (typeof tool.id !== "string" || !tool.id) return entry(`tools[${i}] has no id`);
  // Each is copied into the document as written, where the schema wants these types.
  for (const field of ["name", "category", "sub_category", "website_url", "license", "image_url", "description", "markdown_section", "markdown_sub_category"]) {
    if (tool[field] !== undefined && typeof tool[field] !== "string") return entry(`tools[${i}] (${tool.id}): ${field} must be a string`, field);
  }
  for (const field of ["open_source", "hosted_saas", "no_release"]) {
    if (tool[field] !== undefined && typeof tool[field] !== "boolean") return entry(`tools[${i}] (${tool.id}): ${field} must be true or false`, field);
  }
  if (tool.popularity !== undefined && !(typeof tool.popularity === "number" && Number.isFinite(tool.popularity))) return entry(`tools[${i}] (${tool.id}): popularity must be a number`, "popularity");
  if (tool.aliases !== undefined && !(Array.isArray(tool.aliases) && tool.aliases.every((a) => typeof a === "string"))) return entry(`tools[${i}] (${tool.id}): aliases must be a list of strings`, "aliases");
  if (tool.cited_files !== undefined) {
    if (!isGlobList(tool.cited_files)) return entry(`tools[${i}] (${tool.id}): cited_files must be a list of file globs`, "cited_files");
    const slow = slowGlob(tool.cited_files);
    if (slow !== undefined) return entry(`tools[${i}] (${tool.id}): cited_files: a glob longer than ${MAX_KEY_LENGTH} characters or of more than ${MAX_STARS_PER_NAME} * or !( in one name: ${shortened(slow)}`, "cited_files");
  }
  if (tool.cited_order !== undefined && tool.cited_order !== "first" && tool.cited_order !== "last") return entry(`tools[${i}] (${tool.id}): cited_order must be first or last`, "cited_order");
  // A section techstack.md has no table for would drop the tool's card from it.
  const sections = MARKDOWN_SECTIONS.map((s) => s.title);
  if (tool.markdown_section !== undefined && !sections.includes(tool.markdown_section as string)) return entry(`tools[${i}] (${tool.id}): markdown_section must be one of ${sections.join(", ")}`, "markdown_section");
  if (!knownTool(tool.id) && !(typeof tool.name === "string" && tool.name.trim())) return entry(`tools[${i}] (${tool.id}): a new tool needs a name`);
  return undefined;
}

/** The first problem of the file's `matchers`: kinds, each a mapping of keys (packages, images, file globs) to tool ids. */
function matchersProblem(matchers: unknown): CatalogNote | undefined {
  if (matchers === undefined || matchers === null) return undefined;
  if (!isMapping(matchers)) return note(["matchers"], "matchers must be a mapping of kinds (npm, pypi, docker, ...)");
  for (const [kind, table] of Object.entries(matchers)) {
    if (!isMapping(table)) return note(["matchers", kind], `matchers.${kind} must be a mapping of keys to tool ids`);
    for (const [key, value] of Object.entries(table)) {
      // No package, image or file name is this long; a glob past it would not compile.
      if (key.length > MAX_KEY_LENGTH) return note(["matchers", kind], `matchers.${kind}: a key of ${key.length} characters (at most ${MAX_KEY_LENGTH}): ${key.slice(0, 40)}...`);
      if (FILE_GLOB_KINDS.includes(kind) && tooManyStars(key)) return note(["matchers", kind, key], `matchers.${kind}: a glob of more than ${MAX_STARS_PER_NAME} * or !( in one name: ${shortened(key)}`);
      const list = Array.isArray(value) ? value : [value];
      const words = list.filter((v) => v === PACKAGE_ONLY).length;
      const ok = list.every(isMatcherTarget) && list.every((v, i) => v !== null || i === 0) && words <= 1 && list[list.length - 1] !== PACKAGE_ONLY;
      if (!ok) return note(["matchers", kind, key], `matchers.${kind}.${key} must be a tool id or a list of them (opening with ~ if at all; ${PACKAGE_ONLY} once, before the tools it marks)`);
    }
  }
  return undefined;
}

/** The first problem of the file's `registries` and `families` (each a mapping of kinds to mappings), then of each registry's settings. */
function registriesProblem(registries: unknown, families: unknown): CatalogNote | undefined {
  for (const [name, value] of Object.entries({ registries, families })) {
    if (value === undefined || value === null) continue;
    if (!isMapping(value) || !Object.values(value).every(isMapping)) return note([name], `${name} must be a mapping of kinds to mappings`);
  }
  if (!isMapping(registries)) return undefined;
  for (const [kind, registry] of Object.entries(registries)) {
    const problem = registryProblem(kind, registry as Record<string, unknown>);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** The first setting of `registries.<kind>` the catalog cannot use. */
function registryProblem(kind: string, registry: Record<string, unknown>): CatalogNote | undefined {
  const setting = (field: string, message: string): CatalogNote => note(["registries", kind, field], `registries.${kind}.${field} ${message}`);
  for (const field of ["peer_manifests", "cited_manifests"]) {
    const names = registry[field];
    if (names !== undefined && !isBaseNames(names)) return setting(field, "must be a list of file names (package.json, pom.xml)");
  }
  const suffix = registry.major_suffix;
  if (suffix !== undefined && !isMajorSuffix(suffix)) return setting("major_suffix", "must be a name's ending holding {n} once for the major's digits (/v{n})");
  const owned = registry.names_with_owner;
  if (owned !== undefined && !isBaseNames(owned)) return setting("names_with_owner", "must be a list of names without a slash (go)");
  const paths = registry.package_paths;
  if (paths !== undefined && !(isMapping(paths) && Object.entries(paths).every(([from, to]) => typeof to === "string" && to.length > from.length && to.startsWith(`${from}/`)))) return setting("package_paths", "must map a package to a path inside it (github.com/golang/protobuf: github.com/golang/protobuf/proto)");
  const typings = registry.typings_prefix;
  if (typings !== undefined && !(typeof typings === "string" && typings && typings.length <= MAX_KEY_LENGTH)) return setting("typings_prefix", "must be the start of a package name (@types/)");
  return undefined;
}

/** The first problem of the file's `kinds`: lists of kinds, variant file globs, module addresses' resources, and tools' year-named lines. */
function kindsProblem(kinds: unknown): CatalogNote | undefined {
  if (kinds === undefined || kinds === null) return undefined;
  const lists = isMapping(kinds) ? [kinds["server-release"], kinds["server-release-by-name"], kinds["shared-release"], kinds["tag-release"], kinds["project-pin"], kinds["workspace-pin"], kinds["ci-step"]] : [];
  const isKindList = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((k) => typeof k === "string"));
  if (!isMapping(kinds) || !lists.every(isKindList)) return note(["kinds"], "kinds must be a mapping (server-release, server-release-by-name, shared-release: lists of kinds)");
  const variants = kinds["variant-files"];
  if (variants !== undefined && !isGlobList(variants)) return note(["kinds", "variant-files"], "kinds.variant-files must be a list of file globs");
  const slow = variants === undefined ? undefined : slowGlob(variants);
  if (slow !== undefined) return note(["kinds", "variant-files"], `kinds.variant-files: a glob longer than ${MAX_KEY_LENGTH} characters or of more than ${MAX_STARS_PER_NAME} * or !( in one name: ${shortened(slow)}`);
  const modules = kinds["terraform-module-resource"];
  const resource = /^[a-z][\w-]*(?: [\w-]+\??=\S+)*$/;
  if (modules !== undefined && modules !== null && !(isMapping(modules) && Object.entries(modules).every(([address, value]) => address.length <= MAX_KEY_LENGTH && typeof value === "string" && resource.test(value)))) {
    return note(["kinds", "terraform-module-resource"], "kinds.terraform-module-resource must map module addresses to a resource type, then any name=value settings (or name?=value defaults) (acme/postgres/aws: aws_db_instance)");
  }
  const years = kinds[YEAR_RELEASES];
  if (years !== undefined && years !== null && !(isMapping(years) && Object.entries(years).every(([id, lines]) => id.length <= MAX_KEY_LENGTH && isYearLines(lines)))) {
    return note(["kinds", YEAR_RELEASES], `kinds.${YEAR_RELEASES} must map tool ids to their lines, each \`year=release\` and space-separated (microsoft-sql-server: 2019=15.0 2022=16.0)`);
  }
  return undefined;
}

/** Each matcher of `source` that names a tool `hasTool` does not know, as `npm 'express' names no tool 'expresss'`. */
export function unknownMatcherTargets(source: CatalogSource, hasTool: (id: string) => boolean): CatalogNote[] {
  const out: CatalogNote[] = [];
  for (const [kind, table] of Object.entries(source.matchers ?? {})) {
    for (const [key, value] of Object.entries(table)) {
      const targets = matcherTargets(value);
      for (const id of [...targets.ids, ...targets.packageOnlyIds]) {
        if (!hasTool(id)) out.push(note(["matchers", kind, key], `the matcher ${kind} '${key}' names no tool '${id}'`));
      }
    }
  }
  return out;
}

/** The fields a tool of a catalog file may have (catalog/README.md, "A tool"). */
const TOOL_FIELDS = ["id", "name", "category", "sub_category", "website_url", "open_source", "hosted_saas", "license", "image_url", "description", "aliases", "popularity", "cited_files", "cited_order", "no_release", "markdown_section", "markdown_sub_category"];

/**
 * What a well-formed catalog file holds that the scan will not use as its author meant, each said
 * with its place (and the path to it): a tool field no one reads (`colour`), a category the site does not have (its
 * cards would go under Other, and the site knows no such category), a sub-category its category
 * does not have (`subCategories`: each category's, by its name), a matcher kind no built-in
 * detector reports (`npmm`: its keys would never match, unless a custom detector reports it), a
 * Docker image key with a registry host or capitals (images are matched without their host, in
 * lower case: `ghcr.io/acme/bus` is `acme/bus`).
 */
export function catalogFileNotes(source: CatalogSource, known: { categories: KnownCategories; kinds: readonly string[] }): CatalogNote[] {
  const out: CatalogNote[] = [];
  const firstIndex = new Map<string, number>();
  for (const [i, tool] of (source.tools ?? []).entries()) {
    // Two entries of one id merge field by field, the later winning, as a file's tool merges over a built-in.
    const earlier = firstIndex.get(tool.id);
    if (earlier !== undefined) out.push(note(["tools", i, "id"], `tools[${i}] (${tool.id}): the id is also tools[${earlier}]'s: the two entries merge, this one's fields winning`));
    else firstIndex.set(tool.id, i);
    for (const field of Object.keys(tool)) {
      if (!TOOL_FIELDS.includes(field)) out.push(note(["tools", i, field], `tools[${i}] (${tool.id}): unknown field '${field}' ignored${suggestion(field, TOOL_FIELDS)} (known: ${TOOL_FIELDS.join(", ")})`));
    }
    const mismatch = typeof tool.category === "string" ? categoryMismatch(tool.category, tool.sub_category, known.categories, "the site's") : undefined;
    if (mismatch) out.push(note(["tools", i, mismatch.field], `tools[${i}] (${tool.id}): ${mismatch.field} ${mismatch.message}`));
  }
  for (const [kind, table] of Object.entries(source.matchers ?? {})) {
    if (!known.kinds.includes(kind)) out.push(note(["matchers", kind], `matchers.${kind}: no built-in detector reports the kind '${kind}'${suggestion(kind, known.kinds)}, so its keys match only what a custom detector reports`));
    if (kind !== "docker") continue;
    for (const key of Object.keys(table)) {
      const parts = key.split("/");
      const host = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!);
      if (host || key !== key.toLowerCase()) {
        const plain = (host ? parts.slice(1) : parts).join("/").toLowerCase();
        out.push(note(["matchers", "docker", key], `the matcher docker '${key}' never matches: images are matched without their registry host, in lower case ('${plain}')`));
      }
    }
  }
  return out;
}

/** ` (did you mean X, of category Y?)` for the sub-category of any category closest to `word`, when one is close. */
function elsewhere(word: string, subCategories: KnownCategories): string {
  const owners = new Map<string, string>();
  for (const [category, subs] of subCategories) for (const sub of subs) if (!owners.has(sub)) owners.set(sub, category);
  const best = closest(word, [...owners.keys()]);
  return best === undefined ? "" : ` (did you mean ${best}, of category ${owners.get(best)}?)`;
}

/** ` (did you mean X?)` for the known word closest to `word`, when one is close. */
function suggestion(word: string, known: readonly string[]): string {
  const best = closest(word, known);
  return best === undefined ? "" : ` (did you mean ${best}?)`;
}

/**
 * The known word closest to `word` (case aside), when one is close. A name of several words is also
 * compared by as many of its first words as `word` has: `Languges` is close to `Languages & Frameworks`.
 */
function closest(word: string, known: readonly string[]): string | undefined {
  if (word.trim() === "") return undefined;
  let best: string | undefined;
  let distance = Infinity;
  const typed = word.toLowerCase();
  // First words only for a word of 4 letters or more: `CD` is within 2 edits of the first word of many names.
  const words = typed.length >= 4 ? typed.split(" ").length : 0;
  for (const k of known) {
    const name = k.toLowerCase();
    const d = Math.min(editDistance(typed, name), words ? editDistance(typed, name.split(" ").slice(0, words).join(" ")) : Infinity);
    if (d < distance) [best, distance] = [k, d];
  }
  // Fewer edits than half the word's letters: `CD` is two from `CRM`, a different word, not a slip.
  return best !== undefined && distance <= Math.max(2, Math.floor(word.length / 4)) && distance * 2 < word.length ? best : undefined;
}

/**
 * What is amiss with a tool's category and sub-category among the known ones (`whose` they are:
 * "the site's"): the field and its message, with the name meant where one is close (a sub-category
 * of another category among them), or undefined when both are known. A sub-category is judged only
 * under a known category: under one of its own, a sub-category files the card apart from its kind.
 */
export function categoryMismatch(category: string, subCategory: unknown, known: KnownCategories, whose: string): { field: "category" | "sub_category"; message: string } | undefined {
  const subs = known.get(category);
  if (!subs) return { field: "category", message: `'${category}' is none of ${whose} categories${suggestion(category, [...known.keys()])}` };
  if (typeof subCategory !== "string" || subs.has(subCategory)) return undefined;
  // Another category's own sub-category, word for word (case aside), is the likelier meaning than a near name of this one.
  // A sub-category of this category itself, only cased otherwise, keeps its own category's hint.
  const lower = subCategory.toLowerCase();
  const named = (its: ReadonlySet<string>) => [...its].some((sub) => sub.toLowerCase() === lower);
  const exact = !named(subs) && [...known].some(([other, its]) => other !== category && named(its));
  const hint = exact ? elsewhere(subCategory, known) : suggestion(subCategory, [...subs]) || elsewhere(subCategory, known);
  return { field: "sub_category", message: `'${subCategory}' is none of ${whose} sub-categories of ${category}${hint}` };
}
