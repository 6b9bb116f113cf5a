import type { Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import { splitImage } from "../kit/image-reference.js";
import type { Index } from "./resolve-index.js";
import { normalize } from "./name-keys.js";
import { PatternIndex } from "../scan/select.js";
import { fileMatchersOf, indexFileMatchers } from "./file-matchers.js";

/** No package or image name is longer (npm's limit is 214); a longer query is no package name. */
export const MAX_PACKAGE_LENGTH = 256;

/**
 * The kinds whose keys are names people copy from a manifest, a compose file or a workflow: the
 * registries' packages, container images, GitHub Actions (`actions/setup-go@v5`) and Gradle plugin
 * ids (`org.jetbrains.kotlin.jvm`).
 */
const PACKAGE_KINDS = ["npm", "pypi", "rubygems", "packagist", "go", "cargo", "nuget", "maven", "pub", "cocoapods", "hex", "cran", "docker", "action", "gradle-plugin"];

/**
 * The tools a typed package or image name reveals, each with whether it is the first a key names
 * (the package's own tool). Every registry is asked, as typed and lower-cased, with a release after
 * `@` (`react@18`, `@angular/core@17`) or an image's tag and registry (`node:18-alpine`,
 * `mcr.microsoft.com/mssql/server`) left off; a Maven artifact id alone is its one key's. Prefix
 * keys only where `prefixes`.
 */
export function packageTools(catalog: Catalog, index: Index, typed: string, prefixes: boolean): Map<CatalogTool, boolean> {
  const out = new Map<CatalogTool, boolean>();
  // No registry's package or image name holds white space: words typed apart are none, though a
  // prefix key would take their first ("Firebase Crashlytics" is no pod under Firebase/).
  if (typeof catalog.matchedKey !== "function" || /\s/.test(typed)) return out;
  const unpinned = PINNED_PACKAGE.exec(typed)?.[1] ?? typed;
  const names = new Set([typed, unpinned, unpinned.toLowerCase()]);
  const image = splitImage(typed)?.name;
  for (const kind of PACKAGE_KINDS) {
    const asked = kind === "docker" ? (image ? [image] : []) : kind === "maven" ? [...names, index.artifacts.get(unpinned.toLowerCase()) ?? ""] : [...names];
    for (const name of asked) {
      // A prefix key reveals a typed name only at a word's end ("@angular/*" takes "@angular/core",
      // "NEST*", the .NET Elasticsearch client's packages, no "nestj"), and not a misspelling of a
      // name ("react-native-ui-kitte" is react-native-ui-kitten, no React Native package).
      const key = name && catalog.matchedKey(kind, name);
      if (!key || (key.prefix && !(prefixes && atBoundary(catalog.normalize(kind, name), key.key)))) continue;
      const named = catalog.match(kind, name);
      const all = catalog.match(kind, name, true);
      all.forEach((tool, i) => {
        const first = named.length ? named[0] === tool : i === 0;
        if (!out.get(tool)) out.set(tool, first);
      });
    }
  }
  return out;
}

const fileIndexes = new WeakMap<Catalog, { index: PatternIndex; anyCase: PatternIndex | undefined; ids: Array<readonly string[]>; extensionOnly: boolean[] }>();

/**
 * Web domains products are named with ("Copy.ai", "Socket.io", "Chart.js", "Fly.dev"): a typed name
 * ending in one is a product's, no file, so a glob of an extension alone (`*.ai`, Adobe Illustrator's
 * documents) does not read it. A glob naming a whole file (`Chart.yaml`) still does.
 */
const PRODUCT_DOMAIN = /\.(?:ai|io|js|app|dev|so|sh|co|me|ly|gg|im|fm|tv|to|cc|xyz|run|cloud|tech|com|net|org)$/i;

/** A glob of an extension alone, in any folder: `*.ai`, `**\/*.sketch`. */
const EXTENSION_ONLY = /^(?:\*\*\/)?\*\.[^*/]+$/;

/**
 * The tools a typed file name or path reveals, as a scan would from a file so named (the catalog's
 * `file` matchers: `Chart.yaml`, `main.tf`, `.circleci/config.yml`, `netlify.toml`; its `file-any-case`
 * ones in any case: `ChocolateyInstall.PS1`), each with whether it is
 * the first its glob names. A path is read from the repository's root (`./` or `/` before it left off).
 */
export function fileTools(catalog: Catalog, typed: string): Map<CatalogTool, boolean> {
  const out = new Map<CatalogTool, boolean>();
  const path = typed.replace(/^\.?\//, "");
  if (!path || /\s/.test(path) || path.endsWith("/")) return out;
  let files = fileIndexes.get(catalog);
  if (!files) {
    const matchers = fileMatchersOf(catalog);
    const index = new PatternIndex();
    const anyCase = new PatternIndex();
    const blind = indexFileMatchers(matchers, index, anyCase);
    files = { index, anyCase: blind ? anyCase : undefined, ids: matchers.map((m) => m.ids), extensionOnly: matchers.map((m) => EXTENSION_ONLY.test(m.glob)) };
    fileIndexes.set(catalog, files);
  }
  const productName = !path.includes("/") && PRODUCT_DOMAIN.test(path);
  for (const owner of [...files.index.match(path), ...(files.anyCase?.match(path.toLowerCase()) ?? [])]) {
    if (productName && files.extensionOnly[owner]) continue;
    catalog.toolsOf(files.ids[owner]!).forEach((tool, i) => {
      if (!out.get(tool)) out.set(tool, i === 0);
    });
  }
  return out;
}

/**
 * Whether a typed name is a file of a kind that holds data or settings, not code (`README.md`,
 * `turbo.json`, `Chart.yaml`): its name before the dot is no package named after a tool (`readme` is
 * no ReadMe.io); only a file matcher, above, reads it.
 */
export function isDataFileName(typed: string): boolean {
  return /^[^\s@:]+\.(?:md|markdown|rst|txt|json|json5|ya?ml|toml|xml|ini|cfg|conf|lock|tf|hcl|csv|log|env)$/i.test(typed.trim());
}

/** Whether a prefix key ends at a word's end of the name it matched: its own last character, or the name's next one, is no letter or digit. */
function atBoundary(name: string, prefix: string): boolean {
  return name.length === prefix.length || /[^\p{L}\p{N}]$/u.test(prefix) || /^[^\p{L}\p{N}]/u.test(name.slice(prefix.length));
}

/**
 * A package or typed name's opening runs of words, longest first, normalized, each shorter than the
 * whole: "spring-boot-starter-web" gives "springbootstarter", "springboot", "spring". A host that
 * opens a module path (github.com/, gorm.io/), an npm scope's `@` and `@types/`, a Maven group, an
 * image's registry and tag, and a release after `@` are left off first.
 */
export function leadingStems(typed: string): string[] {
  let name = typed.replace(/(?:@|==)[^@\s/=]*$/, (m) => (m === typed ? m : ""));
  if (/^[^\s:/]+:[^\s:/]+(:[^\s:/]+)?$/.test(name) && name.split(":")[0]!.includes(".")) name = name.split(":")[1]!;
  // An npm scope is never a host, though some hold a dot (`@socket.io/`, `@nuxt.js/`): its name is the tool's.
  name = name.replace(/:[^/\s]*$/, "");
  name = name.startsWith("@") ? name.slice(1) : name.replace(/^[^\s/]+\.[a-z]{2,}\//i, "");
  const stems: string[] = [];
  // DefinitelyTyped's `@types/node` types Node.js: the package it types is named whole.
  if (name.startsWith("types/")) {
    name = name.slice("types/".length);
    stems.push(normalize(name));
  }
  const words = name.split(/[\s/_.:-]+/).filter(Boolean).slice(0, 8);
  for (let n = words.length - 1; n >= 1; n--) {
    const stem = normalize(words.slice(0, n).join(" "));
    if (stem.length >= 2) stems.push(stem);
  }
  return stems;
}

/**
 * A requirements.txt line as the package it installs: its extras (`uvicorn[standard]`, `uvicorn
 * [standard]`) install more of the same package, and a range (`celery>=5.3,<6`), an environment
 * marker (`; python_version < "3.8"`) or a URL (`@ https://...`) is no part of its name. A lone
 * `==` pin stays, for resolve()'s pinned reading; any other text is as typed.
 */
export function pipRequirementName(query: string): string {
  // Read a piece at a time, not by one pattern: a pasted text of many thousand spaces is read once.
  const head = /^\s*[A-Za-z0-9][\w.-]*/.exec(query);
  if (!head) return query;
  const name = head[0].trim();
  let rest = query.slice(head[0].length);
  const marker = rest.indexOf(";");
  if (marker >= 0) rest = rest.slice(0, marker);
  rest = rest.trim();
  let extras = false;
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0 || !/^[\w\s,.-]*$/.test(rest.slice(1, close))) return query;
    extras = true;
    rest = rest.slice(close + 1).trim();
  }
  if (!rest) return extras || marker >= 0 ? name : query;
  if (/^@\s*[a-z][\w+.-]*:\/\/\S*$/i.test(rest)) return name;
  const clauses = rest.split(",").map((clause) => clause.trim());
  if (!clauses.every((clause) => PIP_CLAUSE.test(clause))) return query;
  const pin = clauses.length === 1 ? /^==\s*(\S+)$/.exec(clauses[0]!) : null;
  return pin ? `${name}==${pin[1]}` : name;
}

/** One clause of a pip version specifier: `>=5.3`, `~= 2.0`, `!=5.0.1`, `==4.*`. */
const PIP_CLAUSE = /^(?:===?|!=|~=|<=?|>=?)\s*(?:v?\d|\*)[\w.*+!-]*$/;

/** A package name with a release pinned after @ (npm) or == (pip), the name first: "react@18.2.0", "psycopg2==2.9.9". */
export const PINNED_PACKAGE = /^(@?[^@\s=]+)(?:@|==)[^@\s/=]*$/;
