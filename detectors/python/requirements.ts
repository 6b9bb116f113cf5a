import { parseRequirement, type Requirement } from "./pep508.js";

export interface RequirementLine extends Requirement {
  line: number;
  editable?: boolean;
}

export interface RequirementsFile {
  requirements: RequirementLine[];
  /** Files named by `-r` / `-c` (and their long forms), as written. */
  includes: string[];
  /** Lines that are neither a requirement nor an option we know. */
  unreadable: number[];
}

/**
 * A pip requirements or constraints file: PEP 508 lines with comments, line continuations,
 * hashes and per-requirement options; `-r`/`-c` includes; `-e` and URL requirements (named by
 * `#egg=` when they are not plain names); other options skipped.
 */
export function readRequirements(text: string): RequirementsFile {
  const out: RequirementsFile = { requirements: [], includes: [], unreadable: [] };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i]!;
    // A continuation joins the next line; on the last line the backslash is just dropped.
    while (line.endsWith("\\")) {
      line = line.slice(0, -1);
      if (i + 1 === lines.length) break;
      line += " " + lines[++i];
    }
    line = line.replace(/(^|\s)#.*/, "").trim();
    if (!line) continue;
    const include = /^(?:-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(line);
    if (include) {
      out.includes.push(include[1]!);
      continue;
    }
    const editable = /^(?:-e|--editable)(?:\s+|=)(\S+)/.exec(line);
    const body = editable ? editable[1]! : line;
    if (!editable && body.startsWith("-")) continue; // --index-url, --hash, --find-links, ...
    const egg = /[?&#]egg=([A-Za-z0-9._-]+)/.exec(body);
    // A URL or a path: `./libs/x`, `../x`, `/opt/x`, `.` and `.[dev]` (the project itself).
    if (/^(git\+|hg\+|svn\+|bzr\+|https?:|file:|\/|\.{1,2}(?:\/|\[|$))/.test(body)) {
      if (egg) out.requirements.push({ name: egg[1]!, specifier: "", extras: [], url: body, line: start, editable: Boolean(editable) });
      continue;
    }
    // Per-requirement options (`--hash=sha256:...`, `--hash sha256:...`, `--config-settings k=v`) are cut.
    const requirement = parseRequirement(body.replace(/\s--[\w-]+(?:(?:=|\s+)(?!-)\S+)?/g, ""));
    if (requirement) out.requirements.push({ ...requirement, line: start, ...(editable ? { editable: true } : {}) });
    else out.unreadable.push(start);
  }
  return out;
}
