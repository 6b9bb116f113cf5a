import { execFileSync } from "node:child_process";
import { existsSync, lstatSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { readRegularFile } from "../io/read-regular.js";
import yaml from "js-yaml";
import type { DetectOptions } from "../detect.js";
import { parseCatalogFile } from "../catalog/load.js";
import { CliError } from "./shared.js";
import { builtinDetectors } from "../../detectors/index.js";
import { gitArgs, gitEnv } from "../git/run.js";

/** What techstack.config.(json|yml) or package.json's `techstack` key may set. */
export interface TechstackConfig {
  exclude?: string[];
  include?: string[];
  /** Extra catalog file (same format as techstack.catalog.yml), relative to the repository. */
  catalog?: string;
  disable?: string[];
  endpoint?: string;
  /** Name the tools of package-only matchers too (`--all-tools`). */
  "all-tools"?: boolean;
  /** `false` leaves out package entries (`--no-packages`). */
  packages?: boolean;
}

const FILES = ["techstack.config.json", "techstack.config.yml", "techstack.config.yaml"];
/** As for a repository's techstack.catalog.yml. */
const MAX_CONFIG_BYTES = 1 << 20;
/** The scan's own limit for a file. */
const MAX_PACKAGE_JSON_BYTES = 20 << 20;

/** Whether a path exists, a link (even a dangling one) included. */
function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A bare repository's files at a revision (its HEAD unless `--rev` names another), read with git
 * as the scan reads them; undefined for a folder that is not a bare repository, whose files are
 * read from disk. A bare repository has no working tree, so its configuration is the one committed.
 */
export interface RevisionFiles {
  /** The file's text at the revision, or undefined where the revision holds none. */
  read(path: string, maxBytes: number): string | undefined;
}

/** The files of `dir` at `rev` when `dir` is a bare repository (HEAD, objects and refs at its top). */
export function bareRepositoryFiles(dir: string, rev = "HEAD"): RevisionFiles | undefined {
  if (!["HEAD", "objects", "refs"].every((name) => lexists(join(dir, name))) || lexists(join(dir, ".git"))) return undefined;
  const git = (args: string[], maxBuffer = 1 << 20) => execFileSync("git", gitArgs(dir, args), { encoding: "utf8", env: gitEnv(), maxBuffer, stdio: ["ignore", "pipe", "ignore"] });
  try {
    if (git(["rev-parse", "--is-bare-repository"]).trim() !== "true") return undefined;
  } catch {
    return undefined;
  }
  return {
    read(path, maxBytes) {
      let size: number;
      try {
        // a path the revision does not hold (or a folder there) is no file
        if (git(["cat-file", "-t", `${rev}:${path}`]).trim() !== "blob") return undefined;
        size = Number(git(["cat-file", "-s", `${rev}:${path}`]).trim());
      } catch {
        return undefined;
      }
      if (size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
      return git(["cat-file", "blob", `${rev}:${path}`], maxBytes + 1);
    },
  };
}

/**
 * The repository's configuration; flags override it, and it overrides defaults. In a bare
 * repository (`revision`), the one committed at the revision scanned.
 */
export function loadConfig(dir: string, revision: RevisionFiles | undefined = undefined): TechstackConfig {
  if (revision) return loadCommittedConfig(dir, revision);
  for (const name of FILES) {
    const file = join(dir, name);
    if (!lexists(file)) continue;
    let data: unknown;
    try {
      const text = readRegularFile(file, MAX_CONFIG_BYTES);
      data = name.endsWith(".json") ? JSON.parse(text) : yaml.load(text, { schema: yaml.JSON_SCHEMA });
    } catch (error) {
      throw new CliError(`${file}: ${error instanceof Error ? error.message.split("\n")[0] : error}`, 1);
    }
    return checked(data ?? {}, file);
  }
  const pkg = join(dir, "package.json");
  if (existsSync(pkg)) {
    let data: { techstack?: TechstackConfig } | undefined;
    try {
      data = JSON.parse(readRegularFile(pkg, MAX_PACKAGE_JSON_BYTES)) as { techstack?: TechstackConfig };
    } catch {
      // a malformed (or linked, or huge) package.json is reported by the scan itself
    }
    // A wrong key is an error, as in a configuration file: only the reading is forgiven.
    if (data?.techstack && typeof data.techstack === "object") return checked(data.techstack, `${pkg} (techstack key)`);
  }
  return {};
}

/** loadConfig for a bare repository: the same files, read from its revision. */
function loadCommittedConfig(dir: string, revision: RevisionFiles): TechstackConfig {
  for (const name of FILES) {
    const label = `${join(dir, name)} (committed)`;
    let data: unknown;
    try {
      const text = revision.read(name, MAX_CONFIG_BYTES);
      if (text === undefined) continue;
      data = name.endsWith(".json") ? JSON.parse(text) : yaml.load(text, { schema: yaml.JSON_SCHEMA });
    } catch (error) {
      throw new CliError(`${label}: ${error instanceof Error ? error.message.split("\n")[0] : error}`, 1);
    }
    return checked(data ?? {}, label);
  }
  let data: { techstack?: TechstackConfig } | undefined;
  try {
    const text = revision.read("package.json", MAX_PACKAGE_JSON_BYTES);
    data = text === undefined ? undefined : (JSON.parse(text) as { techstack?: TechstackConfig });
  } catch {
    // a malformed or huge package.json is reported by the scan itself
  }
  if (data?.techstack && typeof data.techstack === "object") return checked(data.techstack, `${join(dir, "package.json")} (committed, techstack key)`);
  return {};
}

const LISTS = ["exclude", "include", "disable"] as const;
const STRINGS = ["catalog", "endpoint"] as const;
const BOOLEANS = ["all-tools", "packages"] as const;
const KNOWN: readonly string[] = [...LISTS, ...STRINGS, ...BOOLEANS];

/** The configuration, or an error naming the file and the key that is wrong. */
function checked(data: unknown, file: string): TechstackConfig {
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new CliError(`${file}: the configuration must be a mapping`, 1);
  const config = data as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KNOWN.includes(key)) throw new CliError(`${file}: unknown key '${key}' (known: ${KNOWN.join(", ")})`, 1);
  }
  for (const key of LISTS) {
    const value = config[key];
    if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === "string"))) throw new CliError(`${file}: '${key}' must be a list of strings`, 1);
  }
  for (const key of STRINGS) {
    if (config[key] !== undefined && typeof config[key] !== "string") throw new CliError(`${file}: '${key}' must be a string`, 1);
  }
  for (const key of BOOLEANS) {
    if (config[key] !== undefined && typeof config[key] !== "boolean") throw new CliError(`${file}: '${key}' must be true or false`, 1);
  }
  // A misspelt detector would silently stay on.
  const detectors = builtinDetectors.map((d) => d.name);
  for (const name of (config.disable as string[] | undefined) ?? []) {
    if (!detectors.includes(name)) throw new CliError(`${file}: 'disable' names no built-in detector '${name}' (known: ${detectors.join(", ")})`, 1);
  }
  return config as TechstackConfig;
}

/** Scan options from the configuration, for flags to extend. */
export function optionsFromConfig(dir: string, config: TechstackConfig, revision: RevisionFiles | undefined = undefined): DetectOptions {
  const options: DetectOptions = {};
  if (config.exclude?.length) options.exclude = config.exclude;
  if (config.include?.length) options.include = config.include;
  if (config.disable?.length) options.disable = config.disable;
  if (config["all-tools"]) options.allTools = true;
  if (config.packages === false) options.packages = false;
  if (config.catalog) {
    const file = join(dir, config.catalog);
    // The repository's own file: a path out of it (`/etc/passwd`, `../..`) is never read.
    const inside = relative(resolve(dir), resolve(file));
    // `..data/x.yml` is a folder of the repository named `..data`, not a way out of it.
    if (!inside || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) throw new CliError(`the configuration's catalog file ${config.catalog} is outside the repository ${dir}`, 1);
    try {
      const text = revision ? revision.read(inside.split(sep).join("/"), MAX_CONFIG_BYTES) : readRegularFile(file, MAX_CONFIG_BYTES);
      if (text === undefined) throw new Error("not in the revision scanned");
      options.catalog = parseCatalogFile(text, config.catalog);
    } catch (error) {
      // parseCatalogFile's own message starts with the name it was given.
      const message = (error instanceof Error ? error.message.split("\n")[0]! : String(error)).replace(`${config.catalog}: `, "");
      throw new CliError(`the configuration's catalog file ${file}: ${message}`, 1);
    }
  }
  return options;
}
