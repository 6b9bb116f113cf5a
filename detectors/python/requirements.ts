import { normalizeName, parseRequirement, type Requirement } from "./pep508.js";
import { textLines } from "../../src/kit.js";

export interface RequirementLine extends Requirement {
  line: number;
  editable?: boolean;
  /**
   * A compiled file (pip-compile, `uv export`) says why each line is there (`# via django`):
   * a line that only other listed requirements need is a transitive dependency.
   */
  transitive?: boolean;
}

export interface RequirementsFile {
  requirements: RequirementLine[];
  /** Files named by `-r` / `-c` (and their long forms), as written. */
  includes: string[];
  /** Those of them named by `-c` / `--constraint`: they pin versions, they add no requirement. */
  constraints: string[];
  /** Lines that are neither a requirement nor an option we know. */
  unreadable: number[];
}

/**
 * A requirement line without the options after it: per-requirement ones (`--hash=sha256:...`,
 * `--hash sha256:...`, `--config-settings k=v`), and short ones pasted from an install command
 * (JAX's CUDA wheels: `jax[cuda12_pip]==0.4.30 -f https://storage.googleapis.com/jax-releases/jax_cuda_releases.html`).
 */
export function withoutOptions(line: string): string {
  return line.replace(/\s--?[A-Za-z][\w-]*(?:(?:=|\s+)(?!-)\S+)?/g, "");
}

/**
 * A pip requirements or constraints file: PEP 508 lines with comments, line continuations,
 * hashes and per-requirement options; `-r`/`-c` includes; `-e` and URL requirements (named by
 * `#egg=` when they are not plain names); other options skipped.
 */
export function readRequirements(text: string): RequirementsFile {
  const out: RequirementsFile = { requirements: [], includes: [], constraints: [], unreadable: [] };
  const via: ViaComments = { reasons: new Map(), open: false };
  const lines = textLines(text);
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i]!;
    // `# via a, b` after a requirement (or on its own line, then `#   name` lines below it)
    const comment = /(?:^|\s)#(.*)$/.exec(line)?.[1];
    if (comment !== undefined && /^\s*#/.test(line)) readViaLine(via, comment);
    if (line.endsWith("\\")) [line, i] = joinContinued(lines, i);
    line = line.replace(/(^|\s)#.*/, "").trim();
    if (!line) continue;
    const requirement = readEntry(line, start, out);
    if (requirement) {
      via.last = requirement;
      via.open = false;
      const inline = comment !== undefined ? /^\s*via\b\s*(.*)$/.exec(comment) : null;
      if (inline) via.reasons.set(requirement, reasonList(inline[1]!));
    }
  }
  markTransitive(out.requirements, via.reasons);
  return out;
}

/**
 * What a compiled file's `# via` comments say of its requirements, as the lines are read: the last
 * requirement read, and whether a `# via` list under it is still open (`#   name` lines go on it).
 */
interface ViaComments {
  readonly reasons: Map<RequirementLine, string[]>;
  last?: RequirementLine;
  open: boolean;
}

/**
 * A comment line below the last requirement read (none read yet: nothing to do): a `via` list, a
 * name going on an open one, or any other comment (which closes it).
 */
function readViaLine(via: ViaComments, comment: string): void {
  const last = via.last;
  if (!last) return;
  const own = /^\s*via\b\s*(.*)$/.exec(comment);
  if (own) {
    via.open = true;
    via.reasons.set(last, [...(via.reasons.get(last) ?? []), ...reasonList(own[1]!)]);
  } else if (via.open && /^\s{2,}\S/.test(comment)) via.reasons.get(last)!.push(comment.trim());
  else via.open = false;
}

function reasonList(text: string): string[] {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * A line ending in a backslash joined with the lines it continues on (on the last line the
 * backslash is just dropped), and the index of the last of them. The parts are joined once:
 * cutting and joining the growing line grew with the square of the lines.
 */
function joinContinued(lines: readonly string[], i: number): [string, number] {
  const parts: string[] = [];
  for (let part = lines[i]!; ; part = lines[++i]!) {
    if (!part.endsWith("\\")) {
      parts.push(part);
      break;
    }
    parts.push(part.slice(0, -1));
    if (i + 1 === lines.length) break;
  }
  return [parts.join(" "), i];
}

/**
 * One line without its comment: an include, an option, a URL or path requirement, or a PEP 508 one,
 * each added to `out`. The requirement a PEP 508 line adds, which `# via` comments below it explain.
 */
function readEntry(line: string, start: number, out: RequirementsFile): RequirementLine | undefined {
  const include = /^(-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(line);
  if (include) {
    out.includes.push(include[2]!);
    if (include[1] === "-c" || include[1] === "--constraint") out.constraints.push(include[2]!);
    return undefined;
  }
  const editable = /^(?:-e|--editable)(?:\s+|=)(\S+)/.exec(line);
  const body = editable ? editable[1]! : line;
  if (!editable && body.startsWith("-")) return undefined; // --index-url, --hash, --find-links, ...
  const egg = /[?&#]egg=([A-Za-z0-9._-]+)/.exec(body);
  // A URL or a path: `./libs/x`, `../x`, `/opt/x`, `.` and `.[dev]` (the project itself).
  if (/^(git\+|hg\+|svn\+|bzr\+|https?:|file:|\/|\.{1,2}(?:\/|\[|$))/.test(body)) {
    if (egg) out.requirements.push({ name: egg[1]!, specifier: "", extras: [], url: body, line: start, editable: Boolean(editable) });
    return undefined;
  }
  const requirement = parseRequirement(withoutOptions(body));
  // `shared @ file:///app/libs/shared`: a folder, as `./libs/shared` is, not a PyPI package.
  if (requirement?.url?.startsWith("file:")) return undefined;
  if (!requirement) {
    out.unreadable.push(start);
    return undefined;
  }
  const entry: RequirementLine = { ...requirement, line: start, ...(editable ? { editable: true } : {}) };
  out.requirements.push(entry);
  return entry;
}

/**
 * Transitive: every reason given is another requirement of this file. A reason that is an input
 * file (`-r requirements.in`) or a name not listed here (the project itself) is direct; a
 * constraints file (`-c constraints.txt`, which pip-compile also names) only pinned the release.
 */
function markTransitive(requirements: readonly RequirementLine[], reasons: ReadonlyMap<RequirementLine, string[]>): void {
  const listed = new Set(requirements.map((r) => normalizeName(r.name)));
  for (const [r, all] of reasons) {
    const given = all.filter((v) => !/^(-c|--constraint)[\s=]/.test(v));
    if (given.length && given.every((v) => !v.startsWith("-") && listed.has(normalizeName(v.split(/[\s[]/)[0]!)))) r.transitive = true;
  }
}
