import { bestMatch } from "../../../src/versions/range.js";
import type { Lockfile } from "./types.js";
import { textLines } from "../../../src/kit.js";

/**
 * yarn.lock, classic (v1) and berry (v2+), read line by line: both put an entry's specs on an
 * unindented line ending in `:` and its version on an indented `version` line (`version "1.2.3"`
 * in classic, `version: 1.2.3` in berry, where specs carry an `npm:` protocol).
 */
export function readYarnLock(text: string): Lockfile {
  const read = emptyYarnLock();
  let specs: Spec[] = [];
  // The current entry's specs, kept past its version line for the resolution line that follows it.
  let entry: Spec[] = [];
  for (const line of textLines(text)) {
    // Comments and blank lines are neither: an entry's header is unindented, its fields are not.
    if (line[0] !== " " && line.endsWith(":")) {
      specs = entry = parseSpecs(line.slice(0, -1));
      for (const [name, , alias] of specs) if (alias) read.aliased.add(name);
      continue;
    }
    const workspace = WORKSPACE_RESOLUTION.exec(line);
    if (workspace) {
      addWorkspace(read, workspace[1]!, entry);
      entry = [];
    }
    const m = VERSION_LINE.exec(line);
    if (!m) continue;
    addVersion(read, specs, m[1]!);
    specs = [];
  }
  return lockfileOf(read);
}

/** What a yarn.lock's entries say, gathered line by line. */
interface YarnLock {
  bySpec: Map<string, string>;
  byName: Map<string, string[]>;
  /** Names that an alias (`react-dom@npm:preact@^10.19.0`) puts another package under. */
  aliased: Set<string>;
  /**
   * Berry's workspace entries (`resolution: "@acme/api@workspace:apps/api"`, the root's
   * `workspace:.`): the folders it installs. Classic writes none.
   */
  workspaces: Set<string>;
  /**
   * Names that Berry resolves to a workspace package (`"@acme/ui@npm:^0.2.0, @acme/ui@workspace:packages/ui"`,
   * a range the workspace satisfies): its `0.0.0-use.local` is no registry release.
   */
  linked: Set<string>;
}

function emptyYarnLock(): YarnLock {
  return { bySpec: new Map(), byName: new Map(), aliased: new Set(), workspaces: new Set(), linked: new Set() };
}

/** Berry's `resolution: "name@workspace:folder"` line, capturing the folder. */
const WORKSPACE_RESOLUTION = /^\s+resolution:\s+"?(?:@[^/@\s]+\/)?[^/@\s]+@workspace:([^"\s]+)"?\s*$/;

/** An entry's `version "1.2.3"` (classic) or `version: 1.2.3` (berry) line, capturing the version. */
const VERSION_LINE = /^\s+version:?\s+"?([^"\s]+)"?\s*$/;

/** Records a workspace folder and takes the entry's specs, which it resolves, out of the versions. */
function addWorkspace(read: YarnLock, folder: string, entry: Spec[]): void {
  read.workspaces.add(folder === "." ? "" : folder.replace(/^\.\//, ""));
  for (const [name, range] of entry) {
    read.linked.add(name);
    const version = read.bySpec.get(`${name}@${range}`);
    read.bySpec.delete(`${name}@${range}`);
    const left = (read.byName.get(name) ?? []).filter((v) => v !== version);
    if (left.length > 0) read.byName.set(name, left);
    else read.byName.delete(name);
  }
}

/** Records the version an entry's specs resolve to. */
function addVersion(read: YarnLock, specs: Spec[], version: string): void {
  for (const [name, range] of specs) {
    read.bySpec.set(`${name}@${range}`, version);
    const versions = read.byName.get(name) ?? [];
    if (!versions.includes(version)) versions.push(version);
    read.byName.set(name, versions);
  }
}

/** The lockfile view of what was read. */
function lockfileOf({ bySpec, byName, aliased, workspaces, linked }: YarnLock): Lockfile {
  const lockfile: Lockfile = {
    resolve(name, range) {
      const exact = bySpec.get(`${name}@${range.replace(/^npm:/, "")}`);
      const version = exact ?? bestMatch(byName.get(name) ?? [], range);
      return version && /^\d/.test(version) ? { version } : undefined;
    },
    // A name only workspace entries hold: the workspace package, whatever range declared it.
    links(name) {
      return linked.has(name) && !byName.has(name);
    },
    // yarn.lock does not say which copy is hoisted: only a package installed in one version is
    // known to be the project's, and only at the lockfile's own folder.
    installed(importer) {
      return importer ? [] : [...byName].filter(([name, versions]) => versions.length === 1 && !aliased.has(name)).map(([name]) => name);
    },
  };
  if (workspaces.size > 0) lockfile.covers = (importer) => !importer || workspaces.has(importer);
  return lockfile;
}

/** A spec's name, its range without the `npm:` protocol, and whether it is an alias. */
type Spec = [name: string, range: string, alias: boolean];

/**
 * The range of an alias: the `npm:` protocol, another package's name, then `@` (`npm:preact@^10`,
 * `npm:@preact/compat@17`). Berry's `patch:typescript@npm%3A^5.4.5#...` names the package itself.
 */
const ALIAS = /^npm:(?:@[^/@\s]+\/)?[^@\s]+@/;

/** `"@babel/core@^7.0.0", "@babel/core@npm:^7.1.0"` -> [name, range, alias] triples. */
function parseSpecs(header: string): Spec[] {
  const out: Spec[] = [];
  for (const raw of header.split(",")) {
    const spec = raw.trim().replace(/"/g, "");
    const at = spec.indexOf("@", 1);
    if (at < 0) continue;
    const name = spec.slice(0, at);
    const written = spec.slice(at + 1);
    const range = written.replace(/^npm:/, "");
    if (range.startsWith("workspace:")) continue;
    out.push([name, range, ALIAS.test(written)]);
  }
  return out;
}
