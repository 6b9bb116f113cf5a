import { parseRequirement, type Requirement } from "./pep508.js";

/**
 * The literal `install_requires=[...]` (and `tests_require`, `extras_require` values) of a
 * setup.py, read as text: only string literals inside the brackets count; nothing is evaluated.
 */
export function readSetupPy(text: string): Requirement[] {
  const out: Requirement[] = [];
  const pattern = /\b(install_requires|tests_require|setup_requires)\s*=\s*\[([\s\S]*?)\]/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(...stringsIn(m[2]!));
  const extras = /\bextras_require\s*=\s*\{([\s\S]*?)\}\s*[,)]/.exec(text);
  if (extras) out.push(...stringsIn(extras[1]!.replace(/["'][^"']*["']\s*:/g, "")));
  return out;
}

function stringsIn(body: string): Requirement[] {
  const out: Requirement[] = [];
  const literal = /(?:^|[,[\s(])(?:[rbuRBU]{0,2})(["'])((?:(?!\1)[^\\\n]|\\.)*)\1/g;
  const withoutComments = body.replace(/#.*$/gm, "");
  for (let m = literal.exec(withoutComments); m; m = literal.exec(withoutComments)) {
    const r = parseRequirement(m[2]!);
    if (r) out.push(r);
  }
  return out;
}

/** `install_requires` (and `extras_require` sections) of a setup.cfg: one requirement a line. */
export function readSetupCfg(text: string): Requirement[] {
  const out: Requirement[] = [];
  let section = "";
  let inList = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, "");
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1]!.trim();
      inList = false;
      continue;
    }
    const key = /^(\S[^=]*?)\s*=\s*(.*)$/.exec(line);
    if (key) {
      inList = (section === "options" && key[1] === "install_requires") || section === "options.extras_require";
      if (inList && key[2]) pushRequirement(out, key[2]);
      continue;
    }
    if (inList && /^\s+\S/.test(line)) pushRequirement(out, line.trim());
  }
  return out;
}

function pushRequirement(out: Requirement[], text: string): void {
  const r = parseRequirement(text);
  if (r) out.push(r);
}
