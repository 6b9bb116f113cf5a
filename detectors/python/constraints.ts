import type { DetectContext } from "../../src/types.js";
import { dirOf, joinInside } from "../../src/kit.js";
import { isExact, normalizeName, versionOfSpecifier } from "./pep508.js";
import { readRequirements, type RequirementsFile } from "./requirements.js";
import { isConstraintsName, isRequirementsFile, projectOf } from "./file-names.js";

/** A constraints file's pin of one package: the release, and whether it is exact (`==`). */
export interface Pin {
  /** The name as the constraints file writes it. */
  name: string;
  version?: string;
  exact: boolean;
  line: number;
  file: string;
}

export interface Constraints {
  /** The constraints files: a file only `-c` names, or one named so that no `-r` names. */
  files: ReadonlySet<string>;
  /** Every requirements file the include trees reach, parsed (the declarations read them from here). */
  parsed: ReadonlyMap<string, RequirementsFile>;
  /** Per file whose pins constrain others (a constraints file, or a requirements file `-c` names), its pins by PEP 503 name. */
  pins: ReadonlyMap<string, ReadonlyMap<string, Pin>>;
  /** The pin a manifest's requirement takes, if a constraints file applies to it. */
  pinFor(file: string, name: string): Pin | undefined;
}

/**
 * pip's constraints files (`-c constraints.txt`, pip's own `PIP_CONSTRAINT` file of a folder):
 * they control which release of a requirement is installed, not whether it is. A constraints file
 * applies to every requirements file installed with it: those its includer's include tree reaches
 * (`requirements.txt` with `-c constraints.txt` and `-r requirements/base.txt` pins base.txt's
 * packages too). One no requirements file names (`pip install -c constraints.txt .`) applies to the
 * manifests of its folder, or of the folder above a `constraints/` folder holding it
 * (`constraints/prod.txt` beside the root's requirements.txt).
 */
export async function readConstraints(ctx: DetectContext): Promise<Constraints> {
  const edges = await includeGraph(ctx);
  const required = new Set([...edges.values()].flatMap((e) => e.requires));
  const constrained = new Set([...edges.values()].flatMap((e) => e.constrains));
  // A requirements file `-c` names (`-c requirements.txt` in requirements-dev.txt, to keep the
  // releases of production) is still installed in its own right: it constrains, and declares too.
  const files = new Set([...edges.keys()].filter((f) => !required.has(f) && (isConstraintsName(f) || (constrained.has(f) && !isRequirementsFile(f)))));
  const pinning = new Set([...files, ...constrained].filter((f) => edges.has(f)));
  const pins = readPins(edges, pinning);
  const applies = constraintsApplying(edges, pinning);
  // A file of a requirements/ or constraints/ folder belongs to the project above it, on both sides.
  const projectDir = (f: string) => projectOf(f)?.project ?? dirOf(f);
  const orphans = [...files].filter((f) => !constrained.has(f)).map((f) => ({ file: f, project: projectDir(f) }));
  return {
    files,
    parsed: new Map([...edges].map(([file, edge]) => [file, edge.parsed])),
    pins,
    pinFor(file, name) {
      const candidates = [...(applies.get(file) ?? []), ...orphans.filter((c) => c.project === projectDir(file)).map((c) => c.file)];
      for (const c of candidates) {
        const pin = pins.get(c)?.get(name);
        if (pin?.version) return pin;
      }
      return undefined;
    },
  };
}

/**
 * Every file pip reads through the requirements files: those named as such and every file inside the
 * root their `-r` and `-c` options reach, under any name (`-r test-requires.txt`), each once.
 */
export async function pipReadFiles(ctx: DetectContext): Promise<string[]> {
  return [...(await includeGraph(ctx)).keys()];
}

/** A requirements file read, and the files inside the root it includes (`-r`) and constrains with (`-c`). */
interface Includes {
  requires: string[];
  constrains: string[];
  parsed: RequirementsFile;
}

/** The include graph of the requirements files, inside the root. */
async function includeGraph(ctx: DetectContext): Promise<Map<string, Includes>> {
  const edges = new Map<string, Includes>();
  const queue = ctx.files.filter(isRequirementsFile);
  while (queue.length) {
    const file = queue.pop()!;
    if (edges.has(file)) continue;
    const text = await ctx.text(file);
    if (text === undefined) continue;
    const parsed = readRequirements(text);
    const inside = (names: string[]) => names.map((n) => joinInside(dirOf(file), n)).filter((t): t is string => t !== undefined && ctx.exists(t));
    const constrains = inside(parsed.constraints);
    const requires = inside(parsed.includes.filter((n) => !parsed.constraints.includes(n)));
    edges.set(file, { requires, constrains, parsed });
    queue.push(...requires, ...constrains);
  }
  return edges;
}

/** The pins of each file that pins, by PEP 503 name. */
function readPins(edges: ReadonlyMap<string, Includes>, pinning: ReadonlySet<string>): Map<string, Map<string, Pin>> {
  const pins = new Map<string, Map<string, Pin>>();
  for (const file of pinning) {
    const own = new Map<string, Pin>();
    for (const r of edges.get(file)!.parsed.requirements) {
      own.set(normalizeName(r.name), { name: r.name, version: versionOfSpecifier(r.specifier), exact: isExact(r.specifier), line: r.line, file });
    }
    pins.set(file, own);
  }
  return pins;
}

/** Which pinning files apply to which requirements file: those its include tree reaches, for every file of that tree. */
function constraintsApplying(edges: ReadonlyMap<string, Includes>, pinning: ReadonlySet<string>): Map<string, Set<string>> {
  const applies = new Map<string, Set<string>>();
  if (pinning.size === 0) return applies;
  for (const root of edges.keys()) {
    const reached = reachedFrom(edges, root);
    const own = [...reached].filter((f) => pinning.has(f));
    if (!own.length) continue;
    for (const f of reached) {
      const set = applies.get(f) ?? new Set<string>();
      for (const c of own) set.add(c);
      applies.set(f, set);
    }
  }
  return applies;
}

/** The files a requirements file's includes and constraints reach, itself first. */
function reachedFrom(edges: ReadonlyMap<string, Includes>, root: string): Set<string> {
  const reached = new Set<string>([root]);
  const stack = [root];
  while (stack.length) {
    const at = edges.get(stack.pop()!)!;
    for (const next of [...at.requires, ...at.constrains]) {
      if (reached.has(next) || !edges.has(next)) continue;
      reached.add(next);
      stack.push(next);
    }
  }
  return reached;
}
