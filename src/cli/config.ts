import { execFileSync } from "node:child_process";
import { lstatSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { readRegularFile } from "../io/read-regular.js";
import { textByBom } from "../scan/decode.js";
import { firstLineOf } from "../kit/text.js";
import { DEFAULT_MAX_FILE_BYTES } from "../scan/files.js";
import yaml from "js-yaml";
import type { DetectOptions } from "../detect.js";
import { parseCatalogFile } from "../catalog/load.js";
import { unusableCatalogFile } from "../catalog/file-origin.js";
import { CliError, closest } from "./shared.js";
import { builtinDetectors } from "../../detectors/index.js";
import { gitArgs, gitEnv, gitRan } from "../git/run.js";
import { treeRecords } from "../git/tree-records.js";
import { refuseTrappedRepository } from "../git/trap-files.js";
import { gitSilence } from "../git/silence.js";
import { includeGlobFault } from "../scan/include-glob.js";
import { hasBareLayout } from "../git/repository-kind.js";
import type { CheckoutAnswers } from "../git/checkout-answers.js";

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
  /** Files larger than this many bytes are skipped with a warning (`--max-file-bytes`; 20 MiB by default). */
  "max-file-bytes"?: number;
}

const FILES = ["techstack.config.json", "techstack.config.yml", "techstack.config.yaml"];
/** As for a repository's techstack.catalog.yml. */
const MAX_CONFIG_BYTES = 1 << 20;

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
 * Where the configuration's files are read: the folder on disk, or a revision of its repository.
 * `has` says whether the file is there (a link counts, to be refused by `read`); `read` returns its
 * text or throws why it cannot (missing, a link, too large); `label` names it in messages.
 */
interface ConfigFiles {
  has(path: string): boolean;
  read(path: string, maxBytes: number): string;
  label(path: string): string;
}

function diskFiles(dir: string): ConfigFiles {
  return {
    has: (path) => lexists(join(dir, path)),
    read: (path, maxBytes) => readRegularFile(join(dir, path), maxBytes),
    label: (path) => join(dir, path),
  };
}

/**
 * Whether `dir` is itself a bare repository (laid out as one, and git says so), asked of git in
 * a process of its own: for a caller without the layout's answer (isBareRepo), which says the same.
 * Synchronous, unlike the scan's git: rev-parse reads a few files of the repository, not its
 * objects, so it ends in milliseconds whatever the repository's size, and a signal waits no longer.
 */
export function isBareFolder(dir: string): boolean {
  if (!hasBareLayout(dir) || lexists(join(dir, ".git"))) return false;
  try {
    refuseTrappedRepository(dir, "rev-parse");
    return execFileSync("git", gitArgs(dir, ["rev-parse", "--is-bare-repository"]), { encoding: "utf8", env: gitEnv(), stdio: ["ignore", "pipe", "ignore"], ...syncGitBound() }).trim() === "true";
  } catch {
    return false;
  }
}

/**
 * A bound on a synchronous git process, which no silence watch can see: the silence limit
 * (gitSilence) as its whole time, for one that ends in milliseconds unless it waits on a FIFO
 * among the objects (where it is killed and read as having found nothing: the scan's own git,
 * watched, then names the file).
 */
function syncGitBound(): { timeout: number; killSignal: NodeJS.Signals } {
  return { timeout: gitSilence.limitMs, killSignal: "SIGKILL" };
}

/** The files loadConfig looks for, listed at a revision by one git process. */
const LOOKED_FOR = [...FILES, "package.json"];

/**
 * The files of the folder `dir` (a bare repository, or a folder of a checkout) at the revision
 * `rev`, read with git. A revision is scanned as it was configured: its configuration is the one
 * committed there (a bare repository, which has no working tree, at HEAD unless `--rev` names
 * another), as its files and workspaces are that revision's. Paths are from `dir`, as git's are
 * from the folder it runs in; a revision git cannot read holds no file (the scan says why).
 * Synchronous, as loadConfig and its many callers are: git reads the trees on the way to the files
 * looked for (not the revision's whole tree, however many files it holds) and one blob of at most
 * MAX_CONFIG_BYTES, milliseconds that a signal can wait. The revision's whole listing and its many
 * blobs (workspace.ts) are read asynchronously, where the command's signal kills git.
 */
export function revisionFiles(dir: string, rev: string): ConfigFiles {
  const git = (args: string[], maxBuffer: number) => execFileSync("git", gitArgs(dir, args), { env: gitEnv(), maxBuffer, stdio: ["ignore", "pipe", "ignore"], ...syncGitBound() });
  /** Each path's blob (its object and size, whether it is a link), undefined where the revision holds none (or a folder there). */
  const blobs = new Map<string, { object: string; size: number; link: boolean } | undefined>();
  const listed = (paths: string[]) => {
    for (const path of paths) blobs.set(path, undefined);
    let out = "";
    try {
      refuseTrappedRepository(dir, "ls-tree");
      out = git(["ls-tree", "-l", "-z", rev, "--", ...paths], 1 << 20).toString("utf8");
      gitRan();
    } catch {
      return;
    }
    for (const { type, object, size, link, path } of treeRecords(out)) {
      if (type === "blob" && size !== undefined && blobs.has(path)) blobs.set(path, { object, size, link });
    }
  };
  /** A path's blob, asked of git once: the files looked for all at once, another (the catalog file) alone. */
  const blob = (path: string) => {
    if (!blobs.has(path)) listed(LOOKED_FOR.includes(path) ? LOOKED_FOR.filter((name) => !blobs.has(name)) : [path]);
    return blobs.get(path);
  };
  /** Each blob's text, by its object: a second reader of the same files (submit's endpoint, then its scan) asks git nothing. */
  const texts = new Map<string, string>();
  return {
    has: (path) => blob(path) !== undefined,
    read(path, maxBytes) {
      const found = blob(path);
      if (found === undefined) throw new Error("not in the revision scanned");
      // As on disk (readRegularFile): a link is not followed.
      if (found.link) throw new Error("a symbolic link, not read");
      if (found.size > maxBytes) throw new Error(`larger than ${maxBytes} bytes, not read`);
      // As bytes, decoded by their BOM as a file on disk is (readRegularFile).
      let text = texts.get(found.object);
      if (text === undefined) texts.set(found.object, (text = textByBom(git(["cat-file", "blob", found.object], maxBytes + 1))));
      return text;
    },
    label: (path) => `${join(dir, path)} (committed at ${rev})`,
  };
}

/** revisionFiles made for a command's checkout answers, by revision: each reader of the answers shares them. */
const filesAsked = new WeakMap<CheckoutAnswers, Map<string, ConfigFiles>>();

/**
 * revisionFiles of `rev`, made once for the checkout answers `asked` that a command hands each of
 * its readers: a bare repository's HEAD configuration is looked up and read once for submit's
 * endpoint and its scan. Without answers, a listing of its own.
 */
export function revisionFilesAsked(dir: string, rev: string, asked: CheckoutAnswers | undefined): ConfigFiles {
  if (!asked) return revisionFiles(dir, rev);
  let byRev = filesAsked.get(asked);
  if (!byRev) filesAsked.set(asked, (byRev = new Map()));
  let files = byRev.get(rev);
  if (!files) byRev.set(rev, (files = revisionFiles(dir, rev)));
  return files;
}

/**
 * The repository's configuration; flags override it, and it overrides defaults. `files` is where
 * it is read: the folder, or the revision scanned (revisionFiles).
 */
export function loadConfig(dir: string, files: ConfigFiles = diskFiles(dir)): TechstackConfig {
  // One would be read and an edit of the other ignored without a word.
  const present = FILES.filter((name) => files.has(name));
  const keyed = packageKey(files);
  const labels = [...present.map((name) => files.label(name)), ...(keyed ? [keyed.label] : [])];
  if (labels.length > 1) throw new CliError(`${labels.join(" and ")}: ${labels.length === 2 ? "two" : labels.length} configuration files; keep one`, 1);
  for (const name of present) {
    let data: unknown;
    try {
      const text = files.read(name, MAX_CONFIG_BYTES);
      data = name.endsWith(".json") ? JSON.parse(text) : yaml.load(text, { schema: yaml.JSON_SCHEMA });
    } catch (error) {
      throw new CliError(`${files.label(name)}: ${firstLineOf(error)}`, 1);
    }
    return checked(data ?? {}, files.label(name));
  }
  // A wrong key is an error, as in a configuration file: only the reading is forgiven.
  return keyed ? checked(keyed.config, keyed.label) : {};
}

/** package.json's `techstack` key, where it holds an object (checked as a configuration file is). */
function packageKey(files: ConfigFiles): { config: unknown; label: string } | undefined {
  if (!files.has("package.json")) return undefined;
  let data: { techstack?: unknown } | undefined;
  try {
    data = JSON.parse(files.read("package.json", DEFAULT_MAX_FILE_BYTES)) as { techstack?: unknown };
  } catch {
    // a malformed (or linked, or huge) package.json is reported by the scan itself
  }
  return data?.techstack && typeof data.techstack === "object" ? { config: data.techstack, label: `${files.label("package.json")} (techstack key)` } : undefined;
}

const LISTS = ["exclude", "include", "disable"] as const;
const STRINGS = ["catalog", "endpoint"] as const;
const BOOLEANS = ["all-tools", "packages"] as const;
const COUNTS = ["max-file-bytes"] as const;
const KNOWN: readonly string[] = [...LISTS, ...STRINGS, ...BOOLEANS, ...COUNTS];

/** The configuration, or an error naming the file and the key that is wrong. */
function checked(data: unknown, file: string): TechstackConfig {
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new CliError(`${file}: the configuration must be a mapping`, 1);
  const config = data as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (KNOWN.includes(key)) continue;
    const meant = closest(key, KNOWN);
    throw new CliError(`${file}: unknown key '${key}' (${meant ? `did you mean ${meant}? ` : ""}known: ${KNOWN.join(", ")})`, 1);
  }
  for (const key of LISTS) {
    const value = config[key];
    if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === "string"))) throw new CliError(`${file}: '${key}' must be a list of strings`, 1);
  }
  // A glob that matches no file would make the scan's answer an empty stack (the scan refuses it too, not naming this file).
  for (const glob of (config.include as string[] | undefined) ?? []) {
    const fault = includeGlobFault(glob);
    if (fault === "empty") throw new CliError(`${file}: 'include' holds an empty glob, which matches no file`, 1);
    if (fault === "outside") throw new CliError(`${file}: 'include' glob '${glob}' is outside the repository: globs are paths from it (src/**)`, 1);
  }
  for (const key of STRINGS) {
    if (config[key] !== undefined && typeof config[key] !== "string") throw new CliError(`${file}: '${key}' must be a string`, 1);
  }
  for (const key of BOOLEANS) {
    if (config[key] !== undefined && typeof config[key] !== "boolean") throw new CliError(`${file}: '${key}' must be true or false`, 1);
  }
  for (const key of COUNTS) {
    const value = config[key];
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) > 0)) throw new CliError(`${file}: '${key}' must be a whole number of bytes above 0`, 1);
  }
  // A misspelt detector would silently stay on.
  const detectors = builtinDetectors.map((d) => d.name);
  for (const name of (config.disable as string[] | undefined) ?? []) {
    if (!detectors.includes(name)) throw new CliError(`${file}: 'disable' names no built-in detector '${name}' (known: ${detectors.join(", ")})`, 1);
  }
  return config as TechstackConfig;
}

/** Scan options from the configuration, for flags to extend. */
export function optionsFromConfig(dir: string, config: TechstackConfig, files: ConfigFiles = diskFiles(dir)): DetectOptions {
  const options: DetectOptions = {};
  if (config.exclude?.length) options.exclude = config.exclude;
  if (config.include?.length) options.include = config.include;
  if (config.disable?.length) options.disable = config.disable;
  if (config["all-tools"]) options.allTools = true;
  if (config.packages === false) options.packages = false;
  if (config["max-file-bytes"] !== undefined) options.maxFileBytes = config["max-file-bytes"];
  if (config.catalog) {
    const file = join(dir, config.catalog);
    // The repository's own file: a path out of it (`/etc/passwd`, `../..`) is never read.
    const inside = relative(resolve(dir), resolve(file));
    // `..data/x.yml` is a folder of the repository named `..data`, not a way out of it.
    if (!inside || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) throw new CliError(`the configuration's catalog file ${config.catalog} is outside the repository ${resolve(dir)}`, 1);
    let text: string;
    try {
      text = files.read(inside.split(sep).join("/"), MAX_CONFIG_BYTES);
    } catch (error) {
      // A missing file is said in words, with where its path is taken from (the system's line names the path again).
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      throw new CliError(`the configuration's catalog file ${file}: ${missing ? "no such file (its path is from the repository's folder)" : firstLineOf(error)}`, 1);
    }
    try {
      options.catalog = parseCatalogFile(text, config.catalog);
    } catch (error) {
      // What it holds is the repository's, as techstack.catalog.yml's is: the scan says why it is
      // not used and goes on.
      options.catalog = unusableCatalogFile(config.catalog, error);
    }
  }
  return options;
}
