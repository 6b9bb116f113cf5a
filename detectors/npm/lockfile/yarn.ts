import { bestMatch } from "../../../src/versions/range.js";
import type { Lockfile } from "./types.js";
import { textLines } from "../../../src/kit.js";

/**
 * yarn.lock, classic (v1) and berry (v2+), read line by line: both put an entry's specs on an
 * unindented line ending in `:` and its version on an indented `version` line (`version "1.2.3"`
 * in classic, `version: 1.2.3` in berry, where specs carry an `npm:` protocol).
 */
export function readYarnLock(text: string): Lockfile {
  const bySpec = new Map<string, string>();
  const byName = new Map<string, string[]>();
  // Names that an alias (`react-dom@npm:preact@^10.19.0`) puts another package under.
  const aliased = new Set<string>();
  // Berry's workspace entries (`resolution: "@acme/api@workspace:apps/api"`, the root's
  // `workspace:.`): the folders it installs. Classic writes none.
  const workspaces = new Set<string>();
  // Names that Berry resolves to a workspace package (`"@acme/ui@npm:^0.2.0, @acme/ui@workspace:packages/ui"`,
  // a range the workspace satisfies): its `0.0.0-use.local` is no registry release.
  const linked = new Set<string>();
  let specs: Spec[] = [];
  // The current entry's specs, kept past its version line for the resolution line that follows it.
  let entry: Spec[] = [];
  for (const line of textLines(text)) {
    // Comments and blank lines are neither: an entry's header is unindented, its fields are not.
    if (line[0] !== " " && line.endsWith(":")) {
      specs = entry = parseSpecs(line.slice(0, -1));
      for (const [name, , alias] of specs) if (alias) aliased.add(name);
      continue;
    }
    const workspace = /^\s+resolution:\s+"?(?:@[^/@\s]+\/)?[^/@\s]+@workspace:([^"\s]+)"?\s*$/.exec(line);
    if (workspace) {
      workspaces.add(workspace[1] === "." ? "" : workspace[1]!.replace(/^\.\//, ""));
      for (const [name, range] of entry) {
        linked.add(name);
        const version = bySpec.get(`${name}@${range}`);
        bySpec.delete(`${name}@${range}`);
        const left = (byName.get(name) ?? []).filter((v) => v !== version);
        if (left.length > 0) byName.set(name, left);
        else byName.delete(name);
      }
      entry = [];
    }
    const m = /^\s+version:?\s+"?([^"\s]+)"?\s*$/.exec(line);
    if (!m) continue;
    const version = m[1]!;
    for (const [name, range] of specs) {
      bySpec.set(`${name}@${range}`, version);
      const versions = byName.get(name) ?? [];
      if (!versions.includes(version)) versions.push(version);
      byName.set(name, versions);
    }
    specs = [];
  }
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
