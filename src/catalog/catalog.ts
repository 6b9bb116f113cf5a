import { coded } from "../errors.js";
import { checkArgument, isFields } from "../document/shape.js";
import type { CatalogSource, CatalogTool, MatcherTable, Registry } from "./types.js";
import { normalizeName } from "./normalize.js";
import { matcherTargets, namedIds, type MatcherTargets } from "./matcher-value.js";
import { rankTraits, type RankTraits } from "./rank-traits.js";
import { listedPath, packageName, pageSlug } from "./package-names.js";
import { longestPrefix as trieLongestPrefix, prefixTrie, type PrefixNode } from "./prefix-trie.js";
import { CompiledText, slugList, unreadText, unreadTools, type CompiledTools } from "./compiled.js";

/** How a registry makes names comparable (`pep503`, `lowercase`), if it does. */
type NormalizeRule = Registry["normalize"];

/** A key's tool ids and opening words (`matcher-value.ts`), frozen with its lists. */
type Ids = { readonly [F in keyof MatcherTargets]: MatcherTargets[F] extends string[] ? readonly string[] : MatcherTargets[F] };

/** `ids()`'s answer for a key naming no tool: one list for every miss, not a new one each time. */
const NO_IDS: readonly string[] = Object.freeze([]);

interface KindIndex {
  exact: Map<string, Ids>;
  /** Prefix keys (normalized, without their `*`). */
  prefixes: Map<string, Ids>;
  /** The prefix keys by character, made when a name is first looked up among them. */
  trie: PrefixNode<Ids> | undefined;
  /**
   * Tables added but not yet read into the maps above, in order, each with the normalization of its
   * time: a compiled catalog's as its JSON text (`compiled.ts`), parsed then.
   */
  pending: Array<{ table: MatcherTable | CompiledText; rule: NormalizeRule }>;
  /** Every key as written, for kinds whose keys are patterns (`file`). */
  raw: Map<string, readonly string[]>;
  /** The raw keys whose list opens with `~`: their version is none of their tools'. */
  rawVersionless: Set<string>;
  /** The raw keys whose list holds `cites`: a matched file is its tools' source over their package. */
  rawCites: Set<string>;
}

/** Catalogs every scan of the process reads (the built-in one), which no caller may extend. */
const SHARED = new WeakSet<Catalog>();

/**
 * Marks a catalog as shared by every scan: its `extend` refuses from now on, its tools and registries
 * maps refuse changes made past their ReadonlyMap type (a JavaScript caller's), and the registries
 * and categories it made from its sources are frozen.
 */
export function shareCatalog(catalog: Catalog): Catalog {
  SHARED.add(catalog);
  for (const map of [catalog.tools, catalog.registries] as Array<Map<unknown, unknown>>) {
    for (const method of ["set", "delete", "clear"] as const) {
      Object.defineProperty(map, method, {
        value: () => {
          throw coded(new TypeError(`Catalog: builtinCatalog() is shared by every scan of the process, so its maps cannot be changed (${method}); catalogWith(...sources) makes an extended copy`), "TECHSTACK_SHARED_CATALOG");
        },
      });
    }
  }
  for (const registry of catalog.registries.values()) deepFreeze(registry);
  deepFreeze(catalog.categories);
  return catalog;
}

/**
 * The built-in data's tool objects, which every catalog built on it shares (the built-in one, each
 * `catalogWith` copy): each is frozen, deeply, when a catalog first hands it out (a lookup, resolve,
 * the tools map), so a caller's `tool.name = "x"` cannot reach every later scan of the process.
 * Frozen on reading, not on loading: freezing all 2,476 at load cost more than the 2 ms allowed.
 */
const BUILTIN_TOOLS = new WeakSet<CatalogTool>();

/** Marks tools as the built-in data's, frozen when first handed out. */
export function markBuiltinTools(tools: readonly CatalogTool[]): void {
  for (const tool of tools) BUILTIN_TOOLS.add(tool);
}

/**
 * A catalog's tools as stored, for an index of all of them that hands out only what it finds (resolve
 * freezes those with `handOut`): freezing every tool up front made the first resolve 70 ms slower.
 */
export function* storedTools(catalog: Catalog): IterableIterator<CatalogTool> {
  const tools = catalog.tools as ToolMap;
  for (const id of tools.keys()) yield tools.stored(id)!;
}

/** A tool as a catalog hands it out: a built-in one frozen (a caller's own is left as given). */
export function handOut(tool: CatalogTool | undefined): CatalogTool | undefined {
  if (tool !== undefined && !Object.isFrozen(tool) && BUILTIN_TOOLS.has(tool)) deepFreeze(tool);
  return tool;
}

/** Freezes a value of parsed JSON or YAML and everything in it. */
export function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Array.isArray(value) ? value : Object.values(value)) if (typeof inner === "object" && inner !== null) deepFreeze(inner);
}

/** A compiled catalog's tool, not parsed yet: `ToolMap` holds it until the tool is first asked for. */
class UnreadTool {
  constructor(
    readonly store: CompiledTools,
    readonly i: number,
  ) {}
}

/** A catalog's tools by id, handing each out through `handOut`; a compiled catalog's parsed when first asked for. */
class ToolMap extends Map<string, CatalogTool> {
  /** A tool as stored, parsed if it was not yet (not handed out: not frozen). */
  stored(id: string): CatalogTool | undefined {
    const value = super.get(id) as CatalogTool | UnreadTool | undefined;
    if (!(value instanceof UnreadTool)) return value;
    const tool = value.store.tool(value.i);
    // Map's own set: the built-in catalog's map refuses a caller's (shareCatalog).
    Map.prototype.set.call(this, id, tool);
    return tool;
  }
  /** Adds a compiled catalog's tool, read when first asked for. */
  setUnread(id: string, store: CompiledTools, i: number): void {
    Map.prototype.set.call(this, id, new UnreadTool(store, i));
  }
  /** The tools as stored whose text may hold `needle`: of a compiled catalog's unread tools, only those whose text does are parsed. */
  *storedHolding(needle: string): IterableIterator<CatalogTool> {
    for (const id of super.keys()) {
      const value = super.get(id) as CatalogTool | UnreadTool;
      if (value instanceof UnreadTool && !value.store.textHolds(value.i, needle)) continue;
      yield this.stored(id)!;
    }
  }
  override get(id: string): CatalogTool | undefined {
    return handOut(this.stored(id));
  }
  override *values(): MapIterator<CatalogTool> {
    for (const id of super.keys()) yield handOut(this.stored(id))!;
  }
  override *entries(): MapIterator<[string, CatalogTool]> {
    for (const id of super.keys()) yield [id, handOut(this.stored(id))!];
  }
  override [Symbol.iterator](): MapIterator<[string, CatalogTool]> {
    return this.entries();
  }
  override forEach(callback: (tool: CatalogTool, id: string, map: Map<string, CatalogTool>) => void, thisArg?: unknown): void {
    for (const [id, tool] of this.entries()) callback.call(thisArg, tool, id, this);
  }
}

/**
 * The indexed catalog: tools by id, matchers by kind, registries. Lookups are map hits; a
 * name no key is equal to walks down its kind's prefix keys one character at a time.
 */
export class Catalog {
  /** Tools by id; read-only to callers (`extend` adds to them): the built-in catalog's serve every scan. */
  readonly tools: ReadonlyMap<string, CatalogTool> = new ToolMap();
  /** Registries by kind; read-only to callers, as `tools` are. */
  readonly registries: ReadonlyMap<string, Registry> = new Map<string, Registry>();
  readonly categories: NonNullable<CatalogSource["categories"]> = {};
  private readonly kinds = new Map<string, KindIndex>();
  /** `families`: by kind, a key as the kind normalizes it to a Maven group. */
  private readonly families = new Map<string, Map<string, string>>();
  /**
   * `pages`: by registry kind, the slugs of the packages the site has a page for, with the lists added
   * but not yet read into the set (a compiled catalog's as text), read when the kind is first asked.
   */
  private readonly pages = new Map<string, { slugs: Set<string>; pending: Array<readonly string[] | CompiledText> }>();
  /** A registry's `unlisted` names as it normalizes names, made when the kind is first asked (hasPage). */
  private readonly unlistedKeys = new Map<string, ReadonlySet<string>>();
  /** Finding kinds whose version is the release of the server they name (`kinds.yml`, `server-release`). */
  private readonly serverReleaseKinds = new Set<string>();
  /** Finding kinds whose package named as a server is that server (`kinds.yml`, `server-release-by-name`). */
  private readonly serverByNameKinds = new Set<string>();
  /** Finding kinds whose version is every tool's a key names (`kinds.yml`, `shared-release`). */
  private readonly sharedReleaseKinds = new Set<string>();
  /** `kinds.yml`'s `variant-files`: globs of files read only when asked for, ranked after their default. */
  private readonly variantFiles: string[] = [];
  /** `kinds.yml`'s `tag-release` and `project-pin`: kinds declaring an image tag, kinds pinning a project's runtime. */
  private readonly tagReleaseKinds = new Set<string>();
  private readonly projectPinKinds = new Set<string>();
  /** `kinds.yml`'s `workspace-pin`: kinds a workspace's root file pins for every member. */
  private readonly workspacePinKinds = new Set<string>();
  /** `kinds.yml`'s `ci-step`: kinds a CI file's steps name a tool by (a workflow's action, a Travis service). */
  private readonly ciStepKinds = new Set<string>();
  /** `kinds.yml`'s tables (its mappings, not its lists of kinds): by name, each key in lower case to its text as written. */
  private readonly tables = new Map<string, Map<string, string>>();
  /** The ranks' traits of files and kinds (`rankTraits`); built when first asked, dropped by `extend`. */
  private traits: RankTraits | undefined;
  /** By kind, every tool id some key of it reveals; built when first asked, dropped by `extend`. */
  private readonly revealed = new Map<string, Set<string>>();
  /** By name, the tools that give a techstack.md filing (`markdownFiled`); built when first asked, dropped by `extend`. */
  private filed: Map<string, CatalogTool> | undefined;

  constructor(...sources: CatalogSource[]) {
    sources.forEach((source, i) => checkArgument("Catalog", `source ${i}`, isFields(source), "catalog data ({ tools, matchers })", source));
    for (const source of sources) this.extend(source);
  }

  /**
   * Adds tools, matchers, registries and families; a later source overrides an earlier one's entries.
   * Throws a TypeError on `builtinCatalog()`, which every scan of the process reads: `catalogWith`
   * makes an extended copy.
   */
  extend(source: CatalogSource): this {
    if (SHARED.has(this)) throw coded(new TypeError("Catalog.extend: builtinCatalog() is shared by every scan of the process; catalogWith(...sources) makes an extended copy"), "TECHSTACK_SHARED_CATALOG");
    checkArgument("Catalog.extend", "source", isFields(source), "catalog data ({ tools, matchers })", source);
    this.revealed.clear();
    this.traits = undefined;
    this.filed = undefined;
    this.addTools(source);
    // A later source's fields replace an earlier one's (`pages: false` alone turns the page list off).
    for (const [kind, table] of Object.entries(source.registries ?? {})) (this.registries as Map<string, Registry>).set(kind, { ...this.registries.get(kind), ...table } as Registry);
    this.unlistedKeys.clear();
    // A compiled catalog's tables not read yet are taken as their text (`compiled.ts`): reading the
    // property would parse it.
    const matchers = source.matchers ?? {};
    for (const kind of Object.keys(matchers)) this.addMatchers(kind, unreadText(matchers, kind) ?? matchers[kind]!);
    this.addFamilies(source.families ?? {});
    this.addPages(source.pages ?? {});
    this.addKinds(source.kinds ?? {});
    Object.assign(this.categories, source.categories ?? {});
    return this;
  }

  /** A source's tools, each merged over the one of its id before it. */
  private addTools(source: CatalogSource): void {
    // A compiled catalog's tools not read yet are added unread (`compiled.ts`): reading the property would parse them all.
    const compiled = unreadTools(source);
    if (compiled) {
      compiled.ids.forEach((id, i) => {
        if (this.tools.has(id)) (this.tools as Map<string, CatalogTool>).set(id, mergedTool(this.tools.get(id)!, compiled.tool(i)));
        else (this.tools as ToolMap).setUnread(id, compiled, i);
      });
    }
    for (const tool of compiled ? [] : (source.tools ?? [])) {
      const previous = this.tools.get(tool.id);
      (this.tools as Map<string, CatalogTool>).set(tool.id, previous ? mergedTool(previous, tool) : tool);
    }
  }

  /** A source's families, by kind, their keys normalized as the kind's registry normalizes names. */
  private addFamilies(families: NonNullable<CatalogSource["families"]>): void {
    for (const [kind, table] of Object.entries(families)) {
      const known = this.families.get(kind) ?? new Map<string, string>();
      for (const [key, group] of Object.entries(table)) known.set(this.normalize(kind, key), group);
      this.families.set(kind, known);
    }
  }

  /** A source's page lists, kept unread until their kind is first asked about (`pageSlugs`). */
  private addPages(pages: NonNullable<CatalogSource["pages"]>): void {
    for (const kind of Object.keys(pages)) {
      const list = unreadText(pages, kind) ?? pages[kind]!;
      // A list that is none (a catalog file's `pages: {go: 3}`) fails here, as reading it at once did.
      if (!(list instanceof CompiledText)) for (const _ of list);
      const known = this.pages.get(kind);
      if (known) known.pending.push(list);
      else this.pages.set(kind, { slugs: new Set(), pending: [list] });
    }
  }

  /** `kinds.yml`'s lists of kinds by trait, and its tables. */
  private addKinds(kinds: NonNullable<CatalogSource["kinds"]>): void {
    for (const kind of kinds["server-release"] ?? []) this.serverReleaseKinds.add(kind);
    for (const kind of kinds["server-release-by-name"] ?? []) this.serverByNameKinds.add(kind);
    for (const kind of kinds["shared-release"] ?? []) this.sharedReleaseKinds.add(kind);
    for (const kind of kinds["tag-release"] ?? []) this.tagReleaseKinds.add(kind);
    for (const kind of kinds["project-pin"] ?? []) this.projectPinKinds.add(kind);
    for (const kind of kinds["workspace-pin"] ?? []) this.workspacePinKinds.add(kind);
    for (const kind of kinds["ci-step"] ?? []) this.ciStepKinds.add(kind);
    for (const glob of kinds["variant-files"] ?? []) if (!this.variantFiles.includes(glob)) this.variantFiles.push(glob);
    for (const [name, table] of Object.entries(kinds)) {
      if (typeof table !== "object" || table === null || Array.isArray(table)) continue;
      const values = this.tables.get(name) ?? new Map<string, string>();
      for (const [key, text] of Object.entries(table)) if (typeof text === "string") values.set(key.toLowerCase(), text);
      this.tables.set(name, values);
    }
  }

  /**
   * What the ranks and names weigh of a finding's file and kind: its registry's `peer_manifests`,
   * `cited_manifests`, `major_suffix` and `typings_prefix`, and `kinds.yml`'s `variant-files`, `tag-release`, `project-pin`, `workspace-pin` and `ci-step`.
   * @internal
   */
  get rankTraits(): RankTraits {
    if (!this.traits) {
      const peer = new Map<string, string[]>();
      const cited = new Map<string, string[]>();
      const majorSuffixes = new Map<string, string>();
      const typingsPrefixes = new Map<string, string>();
      for (const [kind, registry] of this.registries) {
        if (registry.peer_manifests?.length) peer.set(kind, registry.peer_manifests);
        if (registry.cited_manifests?.length) cited.set(kind, registry.cited_manifests);
        if (registry.major_suffix) majorSuffixes.set(kind, registry.major_suffix);
        if (registry.typings_prefix) typingsPrefixes.set(kind, registry.typings_prefix);
      }
      this.traits = rankTraits({ peer, cited, variants: this.variantFiles, tagged: this.tagReleaseKinds, pinning: this.projectPinKinds, workspacePinning: this.workspacePinKinds, steps: this.ciStepKinds, majorSuffixes, typingsPrefixes });
    }
    return this.traits;
  }

  /**
   * The tool named `name`, as written, where it gives how techstack.md files it otherwise than its
   * category says (`markdown_section`, `markdown_sub_category`); undefined for any other. Found
   * without parsing every tool of a compiled catalog: only those whose text names such a field.
   * @internal
   */
  markdownFiled(name: string): CatalogTool | undefined {
    if (!this.filed) {
      this.filed = new Map();
      for (const tool of (this.tools as ToolMap).storedHolding('"markdown_')) {
        const files = tool.markdown_section !== undefined || tool.markdown_sub_category !== undefined;
        if (files && !this.filed.has(tool.name)) this.filed.set(tool.name, tool);
      }
    }
    return handOut(this.filed.get(String(name)));
  }

  /**
   * The tools a `kind` key reveals: exact key first, else the longest matching prefix. The tools
   * after a matcher's `package-only` are revealed only with `allTools`; a key naming none without
   * it still hides a shorter prefix key.
   */
  match(kind: string, name: string, allTools = false): CatalogTool[] {
    const found = this.lookup(kind, name);
    return found ? this.toolsOf(namedIds(found, allTools)) : [];
  }

  /**
   * The ids of `match(kind, name)`, without making the tools' list first (detectors ask for every
   * path). A key naming no tool, the usual answer, gives one shared frozen empty list.
   */
  ids(kind: string, name: string): readonly string[] {
    const found = this.lookup(kind, name);
    if (!found) return NO_IDS;
    // The key's own list, frozen, where the catalog holds every tool it names (nearly always).
    const list = found.ids;
    let known = 0;
    while (known < list.length && this.tools.has(list[known]!)) known++;
    if (known === list.length) return known ? list : NO_IDS;
    const out = list.slice(0, known);
    for (let i = known + 1; i < list.length; i++) if (this.tools.has(list[i]!)) out.push(list[i]!);
    return out.length ? Object.freeze(out) : NO_IDS;
  }

  /** Whether some key of `kind` (exact or prefix) matches the name, also one revealing no tool (`[]`). */
  knows(kind: string, name: string): boolean {
    return this.lookup(kind, name) !== undefined;
  }

  /**
   * Whether the key's version belongs to none of the tools it reveals: its matcher list starts
   * with `~` (a Terraform provider's release is the plugin's, not Docker's or Helm's).
   */
  versionless(kind: string, name: string): boolean {
    return this.lookup(kind, name)?.versionless ?? false;
  }

  private lookup(kind: string, name: string): Ids | undefined {
    const index = this.index(kind);
    if (!index) return undefined;
    const key = this.normalize(kind, name);
    return index.exact.get(key) ?? longestPrefix(index, key)?.ids;
  }

  /**
   * The key `match(kind, name)` reads, normalized: the exact key, else the longest prefix (without its `*`).
   * @internal
   */
  matchedKey(kind: string, name: string): { key: string; prefix: boolean; ids: Ids } | undefined {
    const index = this.index(kind);
    if (!index) return undefined;
    const key = this.normalize(kind, name);
    const exact = index.exact.get(key);
    if (exact) return { key, prefix: false, ids: exact };
    const prefix = longestPrefix(index, key);
    return prefix && { key: prefix.key, prefix: true, ids: prefix.ids };
  }

  /**
   * Whether a finding of `kind` gives the release of the server it names (an image tag, a version pin), not a client's.
   * @internal
   */
  pinsServerRelease(kind: string): boolean {
    return this.serverReleaseKinds.has(kind);
  }

  /**
   * Whether a finding of `kind` gives its version to every tool its key names (a .NET target framework's release is .NET Core's and ASP.NET Core's), not to the first alone.
   * @internal
   */
  sharesRelease(kind: string): boolean {
    return this.sharedReleaseKinds.has(kind);
  }

  /**
   * Whether a package of `kind` named as a server is the server itself (conda's `postgresql`), not a client.
   * @internal
   */
  shipsServerByName(kind: string): boolean {
    return this.serverByNameKinds.has(kind);
  }

  /**
   * The text a `kinds.yml` table (one of its mappings, which detectors read: `terraform-module-resource`)
   * gives a key, keys compared in lower case; undefined for a key it lacks, or a name that is no table.
   */
  tableValue(table: string, key: string): string | undefined {
    return this.tables.get(table)?.get(key.toLowerCase());
  }

  /** The Maven group whose artifacts all take a key's version (`families`, exact keys), if any. */
  family(kind: string, name: string): string | undefined {
    return this.families.get(kind)?.get(this.normalize(kind, name));
  }

  /**
   * Whether a package of a registry gets its own entry: not if the registry lists it `unlisted`
   * (compared as the registry normalizes names: NuGet's ignore case); else always, unless the registry is marked
   * `pages: true` and the catalog holds its list of package pages, which must then have it. The site writes Maven
   * coordinates only for the packages it has a page for, so a pom's or Gradle script's other
   * dependencies (spring-boot-starter-webflux, jakarta.* APIs) are left out as it leaves them.
   * @internal
   */
  hasPage(kind: string, name: string): boolean {
    const registry = this.registries.get(kind);
    if (registry?.unlisted && this.unlistedOf(kind, registry.unlisted).has(this.normalize(kind, name))) return false;
    if (registry?.pages !== true) return true;
    const pages = this.pageSlugs(kind);
    // A registry whose entries the site names by a module's last path element has its pages so named.
    return !pages || pages.has(pageSlug(packageName(registry, listedPath(registry, name))));
  }

  /**
   * Whether some key of `kind` reveals the tool: `reveals("docker", "redis")`, the catalog knows an image of Redis.
   * @internal
   */
  reveals(kind: string, toolId: string): boolean {
    let ids = this.revealed.get(kind);
    if (!ids) {
      ids = new Set<string>();
      for (const list of this.entries(kind).values()) for (const id of list) ids.add(id);
      this.revealed.set(kind, ids);
    }
    return ids.has(toolId);
  }

  /**
   * Whether some key of `kind` reveals the tool with its own version: not a key opening with `~`
   * (`"squidfunk/mkdocs-material": [~, mkdocs]`, an image tagged with a theme's release, is no image
   * of MkDocs' own releases).
   * @internal
   */
  revealsVersioned(kind: string, toolId: string): boolean {
    const cacheKey = `${kind}\u0000versioned`;
    let ids = this.revealed.get(cacheKey);
    if (!ids) {
      ids = new Set<string>();
      const index = this.index(kind);
      for (const [key, list] of index?.raw ?? []) if (!index!.rawVersionless.has(key)) for (const id of list) ids.add(id);
      this.revealed.set(cacheKey, ids);
    }
    return ids.has(toolId);
  }

  /**
   * Whether a key of a kind declaring an image's tag (`kinds.yml`'s `tag-release`: `docker`)
   * reveals the tool and gives it its version: the catalog knows an image of it tagged with its release.
   * @internal
   */
  revealsVersionedImage(toolId: string): boolean {
    for (const kind of this.tagReleaseKinds) if (this.revealsVersioned(kind, toolId)) return true;
    return false;
  }

  /**
   * Every key of a kind as written (the `file` kind's keys are globs over paths), with the ids of the
   * tools it names by default: a copy of the catalog's map (a caller's change reaches no later lookup),
   * its lists the catalog's own, frozen.
   */
  entries(kind: string): ReadonlyMap<string, readonly string[]> {
    return new Map(this.index(kind)?.raw);
  }

  /**
   * Whether a raw key of a kind (a `file` glob as written) holds `cites` (see matcher-value.ts).
   * @internal
   */
  cites(kind: string, rawKey: string): boolean {
    return this.index(kind)?.rawCites.has(rawKey) ?? false;
  }

  kindNames(): string[] {
    return [...this.kinds.keys()];
  }

  toolsOf(ids: readonly string[]): CatalogTool[] {
    const out: CatalogTool[] = [];
    for (const id of ids) {
      const tool = this.tools.get(id);
      if (tool) out.push(tool);
    }
    return out;
  }

  private unlistedOf(kind: string, unlisted: readonly string[]): ReadonlySet<string> {
    let keys = this.unlistedKeys.get(kind);
    if (!keys) this.unlistedKeys.set(kind, (keys = new Set(unlisted.map((n) => this.normalize(kind, n)))));
    return keys;
  }

  normalize(kind: string, name: string): string {
    return normalizeName(name, this.registries.get(kind)?.normalize);
  }

  /** A registry kind's page slugs, with the lists added since it was last asked about read in; undefined where the catalog has no list. */
  private pageSlugs(kind: string): Set<string> | undefined {
    const pages = this.pages.get(kind);
    if (!pages) return undefined;
    if (pages.pending.length > 0) {
      const pending = pages.pending;
      pages.pending = [];
      for (const list of pending) for (const slug of list instanceof CompiledText ? slugList(list.text) : list) pages.slugs.add(slug);
    }
    return pages.slugs;
  }

  /**
   * Tables are read into a kind's maps when the kind is first asked about: a scan asks about a
   * few dozen of the catalog's kinds, and reading all of them was most of the catalog's load.
   */
  private addMatchers(kind: string, table: MatcherTable | CompiledText): void {
    let index = this.kinds.get(kind);
    if (!index) {
      index = { exact: new Map(), prefixes: new Map(), raw: new Map(), rawVersionless: new Set(), rawCites: new Set(), trie: undefined, pending: [] };
      this.kinds.set(kind, index);
    }
    // A table that is no object at all (null) fails here, as reading it at once did.
    if (typeof table !== "object" || table === null) Object.entries(table);
    index.pending.push({ table, rule: this.registries.get(kind)?.normalize });
  }

  /** A kind's maps, with the tables added since it was last asked about read into them. */
  private index(kind: string): KindIndex | undefined {
    const index = this.kinds.get(kind);
    if (index && index.pending.length > 0) {
      const pending = index.pending;
      index.pending = [];
      for (const { table, rule } of pending) readMatchers(index, table, rule);
    }
    return index;
  }
}

function readMatchers(index: KindIndex, table: MatcherTable | CompiledText, rule: NormalizeRule): void {
  // A later prefix key replaces an earlier identical one.
  const prefixes = index.prefixes;
  index.trie = undefined;
  for (const [rawKey, value] of Object.entries(table instanceof CompiledText ? (JSON.parse(table.text) as MatcherTable) : table)) {
    // Frozen, its lists too: `ids`, `entries` and `matchedKey` hand them to callers.
    const ids = frozenTargets(matcherTargets(value));
    // `entries` and `reveals` answer for the tools a key names by default.
    index.raw.set(rawKey, ids.ids);
    if (ids.versionless) index.rawVersionless.add(rawKey);
    else index.rawVersionless.delete(rawKey);
    if (ids.cites) index.rawCites.add(rawKey);
    else index.rawCites.delete(rawKey);
    if (rawKey.endsWith("*") && !rawKey.slice(0, -1).includes("*")) {
      prefixes.set(normalizeName(rawKey.slice(0, -1), rule), ids);
    } else {
      index.exact.set(normalizeName(rawKey, rule), ids);
    }
  }
}

function frozenTargets(targets: MatcherTargets): Ids {
  Object.freeze(targets.ids);
  Object.freeze(targets.packageOnlyIds);
  return Object.freeze(targets);
}

/** The longest prefix key `key` starts with, by the kind's trie (made at the first look-up). */
function longestPrefix(index: KindIndex, key: string): { key: string; ids: Ids } | undefined {
  if (index.prefixes.size === 0) return undefined;
  const found = trieLongestPrefix((index.trie ??= prefixTrie(index.prefixes)), key);
  return found && { key: found.key, ids: found.value };
}

/**
 * `tool`'s fields over `previous`'s. A category of its own without a sub-category leaves the old
 * sub-category out, which belongs to the other category (React moved to Application Utilities is
 * not "Application Utilities / Javascript UI Libraries", a pair the site does not have).
 */
function mergedTool(previous: CatalogTool, tool: CatalogTool): CatalogTool {
  const merged = { ...previous, ...tool };
  if (tool.category !== undefined && tool.category !== previous.category && tool.sub_category === undefined) delete merged.sub_category;
  return merged;
}
