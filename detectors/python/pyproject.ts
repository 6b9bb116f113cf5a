import { lineFinder, tomlKeyLines } from "../../src/kit.js";
import { normalizeName, parseRequirement } from "./pep508.js";
import { isDevelopmentExtra } from "./dev-extras.js";

export interface DeclaredDependency {
  name: string;
  specifier: string;
  group?: string;
  /**
   * Declared in a development-only section: a Poetry dev section (`[tool.poetry.dev-dependencies]`,
   * `[tool.poetry.group.*]`), a PEP 735 `[dependency-groups]` group, PDM's, uv's and Rye's
   * `dev-dependencies`, a Hatch environment's dependencies, Flit's `dev-requires`, or an extra named
   * for development (`test`, `docs`: dev-extras.ts): a package entry that names no tool. These
   * sections all hold what the project's developers install and the published package never
   * requires; the later formats met no stack file (the site's bot stopped
   * before PEP 735), so they follow the site's Poetry rule, and a project moving its dev group from
   * Poetry to uv or PDM keeps its stack. The site lists these packages and names no tool from them
   * in any of the 8 repositories we read that declare one (14 tools: flake8, mypy, pytest, Pylint,
   * pre-commit, IPython; corpus AgentGPT and configu; held-out cloudia-api, fileupload-fastapi,
   * kafka-site-monitoring, hubitatcontrol, and jejak-backend's and porch_light's Pipfile
   * dev-packages), while it names the same tools from main dependencies and requirements files
   * (pytest from cloudia-api's main section; flake8, mypy and tox from script-venv's
   * requirements_dev.txt; Pylint from MvKDiceBot's requirements.txt).
   */
  packageOnly?: boolean;
  /**
   * Where the file declares it, for its line: the string an array holds (`"fastapi==0.111.0"`), or
   * the table whose key it is (`["tool", "poetry", "dependencies"]`, key `django`).
   */
  at?: { item: string } | { table: string[]; key: string };
}

export interface Pyproject {
  dependencies: DeclaredDependency[];
  /**
   * The tools its build backend says (`poetry`, `hatch`, `flit`, `uv`), then the name of each
   * `[tool.*]` table (`black`, `pytest`, `setuptools_scm`): the catalog's `python-tool` keys say
   * which of them name a tool.
   */
  tools: string[];
  /** The release range a tool's own table requires of that tool, by the tool's name: uv's `required-version` (`>=0.5.0`). */
  required: Record<string, string>;
  python?: string;
}

type Table = Record<string, unknown>;

/** The dependencies of a parsed pyproject.toml: PEP 621, PEP 735 groups, Poetry, PDM, Hatch, uv. */
export function readPyproject(data: unknown): Pyproject {
  const doc = table(data);
  const project = table(doc.project);
  const tool = table(doc.tool);
  const out: Pyproject = { dependencies: [], tools: [], required: {} };
  const local = localNames(project, tool);
  const add = requirementAdder(out.dependencies, local);
  readProjectTables(doc, project, add, out);
  readFlitMetadata(table(table(tool.flit).metadata), local, add, out);
  readPoetryTables(table(tool.poetry), out);
  readDevTables(tool, add);
  out.tools.push(...buildTools(doc, tool));
  const uvRequired = table(tool.uv)["required-version"];
  if (typeof uvRequired === "string" && uvRequired.trim()) out.required.uv = uvRequired.trim();
  return out;
}

/** Adds a list of PEP 508 requirements to the dependencies, as declared in `group`, or in a development-only section. */
type AddRequirements = (list: unknown, group?: string, packageOnly?: boolean) => void;

/**
 * Dependencies that are folders of the repository, not PyPI packages: a uv source that is a
 * workspace member or a path, and the project itself, as an extra or a group names it to pull in
 * its other extras (`all = ["mypkg[plot,xgb]"]`).
 */
function localNames(project: Table, tool: Table): Set<string> {
  const local = new Set<string>();
  for (const [name, source] of Object.entries(table(table(tool.uv).sources))) if (isLocalSource(source)) local.add(normalizeName(name));
  if (typeof project.name === "string") local.add(normalizeName(project.name));
  return local;
}

/** Requirements' adder, leaving out the local names (as they stand when called) and a PEP 508 `name @ file:///...` (PDM's `${PROJECT_ROOT}` form). */
function requirementAdder(dependencies: DeclaredDependency[], local: ReadonlySet<string>): AddRequirements {
  return (list, group, packageOnly = false) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      const r = typeof item === "string" ? parseRequirement(item) : undefined;
      if (!r || local.has(normalizeName(r.name)) || r.url?.startsWith("file:")) continue;
      dependencies.push({ name: r.name, specifier: r.specifier, ...(group ? { group } : {}), ...(packageOnly ? { packageOnly } : {}), at: { item: item as string } });
    }
  };
}

/** PEP 621's `[project]` dependencies, extras and `requires-python`, and PEP 735's `[dependency-groups]`. */
function readProjectTables(doc: Table, project: Table, add: AddRequirements, out: Pyproject): void {
  add(project.dependencies);
  // Extras named for development (`test`, `docs`, `lint`) are dev sections under another name (dev-extras.ts).
  for (const [group, list] of Object.entries(table(project["optional-dependencies"]))) add(list, group, isDevelopmentExtra(group));
  for (const [group, list] of Object.entries(table(doc["dependency-groups"]))) add(list, group, true);
  if (typeof project["requires-python"] === "string") out.python = project["requires-python"];
}

/**
 * Flit's metadata before PEP 621 (flit_core still builds it): `[tool.flit.metadata]` with
 * `requires`, `requires-extra` (lists per extra), `dev-requires` and `requires-python`.
 */
function readFlitMetadata(flit: Table, local: Set<string>, add: AddRequirements, out: Pyproject): void {
  // The project itself, as an extra names it: its `dist-name`, else its module's.
  const flitName = flit["dist-name"] ?? flit.module;
  if (typeof flitName === "string") local.add(normalizeName(flitName));
  add(flit.requires);
  for (const [group, list] of Object.entries(table(flit["requires-extra"]))) add(list, group, isDevelopmentExtra(group));
  add(flit["dev-requires"], "dev", true);
  if (typeof flit["requires-python"] === "string") out.python ??= flit["requires-python"];
}

/** Poetry's dependency tables: its main one (with the Python range), `dev-dependencies` and each group's. */
function readPoetryTables(poetry: Table, out: Pyproject): void {
  const poetryTable = (path: string[], deps: unknown, group?: string, packageOnly = false): void => {
    for (const [name, value] of Object.entries(table(deps))) {
      const spec = typeof value === "string" ? value : typeof table(value).version === "string" ? (table(value).version as string) : "";
      if (name.toLowerCase() === "python") {
        out.python ??= spec;
        continue;
      }
      // `mylib = { path = "libs/mylib", develop = true }`: a folder of the repository.
      if (isLocalSource(value)) continue;
      out.dependencies.push({ name, specifier: spec === "*" ? "" : spec, ...(group ? { group } : {}), ...(packageOnly ? { packageOnly } : {}), at: { table: path, key: name } });
    }
  };
  poetryTable(["tool", "poetry", "dependencies"], poetry.dependencies);
  poetryTable(["tool", "poetry", "dev-dependencies"], poetry["dev-dependencies"], "dev", true);
  for (const [group, body] of Object.entries(table(poetry.group))) poetryTable(["tool", "poetry", "group", group, "dependencies"], table(body).dependencies, group, true);
}

/** The development dependencies of PDM, Hatch's environments, uv and Rye. */
function readDevTables(tool: Table, add: AddRequirements): void {
  for (const [group, list] of Object.entries(table(table(tool.pdm)["dev-dependencies"]))) add(list, group, true);
  // A Hatch environment's `dependencies`, and the `extra-dependencies` one adds to those it inherits.
  for (const [name, env] of Object.entries(table(table(tool.hatch).envs))) {
    add(table(env).dependencies, `hatch:${name}`, true);
    add(table(env)["extra-dependencies"], `hatch:${name}`, true);
  }
  add(table(tool.uv)["dev-dependencies"], "dev", true);
  // Rye's development dependencies, as uv's (whose table Rye's was before uv took it over).
  add(table(tool.rye)["dev-dependencies"], "dev", true);
}

/** Build backends whose names say a tool (`build-backend = "hatchling.build"`), then the names of the `[tool.*]` tables, each once. */
function buildTools(doc: Table, tool: Table): string[] {
  // Text only: String() of a table (TOML's have no prototype, so no toString) threw, and the whole file was left unread.
  const written = table(doc["build-system"])["build-backend"];
  const backend = typeof written === "string" ? written : "";
  const backends = BUILD_BACKENDS.filter(([pattern]) => pattern.test(backend)).map(([, name]) => name);
  return [...new Set([...backends, ...Object.keys(tool)])];
}

const BUILD_BACKENDS: ReadonlyArray<[RegExp, string]> = [
  [/^poetry/, "poetry"],
  [/^hatchling/, "hatch"],
  [/^pdm/, "pdm"],
  [/^flit/, "flit"],
  [/^setuptools/, "setuptools"],
  [/^maturin/, "maturin"],
  // uv's own build backend (`uv_build`), which `uv init` writes.
  [/^uv_build$/, "uv"],
];

function table(value: unknown): Table {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Table) : {};
}

/** A dependency's source table that is a folder of the repository (`{ path = "..." }`, `{ workspace = true }`). */
export function isLocalSource(value: unknown): boolean {
  const source = table(value);
  return typeof source.path === "string" || source.workspace === true;
}

/**
 * The line of a TOML manifest (pyproject.toml, Pipfile) that declares each of its dependencies, so
 * that a package is dated by its own line rather than by the file's first: an array's string is
 * found quoted as written, in the order asked (the order of the file), a table's key by its table.
 */
export function declarationLines(text: string): (at: DeclaredDependency["at"]) => number | undefined {
  const keyLine = tomlKeyLines(text);
  const find = lineFinder(text);
  return (at) => {
    if (!at) return undefined;
    if ("key" in at) return keyLine(at.table, at.key);
    return find(`"${at.item}"`) ?? find(`'${at.item}'`);
  };
}

/**
 * The line of a dependency's `version` key where it has a table of its own
 * (`[tool.poetry.dependencies.psycopg]` then `version = "3.1.19"`): part of its declaration.
 * Undefined for an array's string and a key whose version is on its own line.
 */
export function declarationVersionLines(text: string): (at: DeclaredDependency["at"]) => number | undefined {
  const keyLine = tomlKeyLines(text);
  return (at) => {
    if (!at || !("key" in at)) return undefined;
    const line = keyLine([...at.table, at.key], "version");
    return line === keyLine(at.table, at.key) ? undefined : line;
  };
}
