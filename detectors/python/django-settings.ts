import { baseName, blankComments, hostName, textLines, type CommentSyntax } from "../../src/kit.js";

/**
 * A Django settings module by its place: `settings.py` (the project's, `mysite/settings.py`),
 * `settings_<env>.py` beside it, or any module of a `settings/` package (`config/settings/production.py`,
 * as cookiecutter-django lays it out). Only what `readEmailSettings` finds in one names anything.
 */
export function isDjangoSettings(path: string): boolean {
  return /^settings(?:_[\w-]+)?\.py$/.test(baseName(path)) || /(^|\/)settings\/[\w-]+\.py$/.test(path);
}

export interface EmailSetting {
  /** `backend`: the dotted path of the class `EMAIL_BACKEND` names; `host`: an `EMAIL_HOST` server, lower-cased. */
  kind: "backend" | "host";
  value: string;
  line: number;
}

/** Lines a statement may run over, its parentheses open (`env(\n "X",\n default="..."\n)`). */
const MAX_STATEMENT_LINES = 8;

/**
 * The mail backends and SMTP servers a Django settings module sets as literals, with their line:
 * `EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"` (django-anymail's backend for one ESP,
 * `django_ses.SESBackend`, ...) and `EMAIL_HOST = "smtp.sendgrid.net"`, also as the default an
 * environment lookup falls back to (`env("DJANGO_EMAIL_BACKEND", default="...")`, over several lines
 * while its parentheses are open). Commented lines and values read from the environment alone give
 * nothing; Django's own backends (smtp, console, locmem) are no service, and the catalog keys none.
 */
export function readEmailSettings(text: string): EmailSetting[] {
  const out: EmailSetting[] = [];
  // Each value once, at its first line: a file repeating one (or a statement listing it 200,000
  // times) gave as many findings, each carried through the whole document build.
  const seen = new Set<string>();
  // Comments blanked once, by the kit's reading (a `#` inside a string, escaped quotes and all, is none).
  const lines = blankComments(textLines(text).join("\n"), PYTHON).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = SETTING.exec(lines[i]!);
    if (!m) continue;
    const kind = m[1] === "EMAIL_BACKEND" ? "backend" : "host";
    // The statement: this line, and the next ones while a parenthesis it opened is still open, up
    // to the next setting's line (a new statement: each line is then joined to one statement at
    // most, where lines of unclosed `EMAIL_HOST = (` were each read again by the eight before them).
    let statement = m[2]!;
    let depth = parenDepth(statement);
    for (let j = i + 1; depth > 0 && j < lines.length && j <= i + MAX_STATEMENT_LINES && !SETTING.test(lines[j]!); j++) {
      const more = lines[j]!;
      statement += ` ${more}`;
      depth += parenDepth(more);
    }
    for (const s of statement.matchAll(/"([^"]*)"|'([^']*)'/g)) {
      const raw = (s[1] ?? s[2] ?? "").trim();
      const value = kind === "backend" ? (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(raw) ? raw : undefined) : hostName(raw);
      if (value === undefined || seen.has(`${kind} ${value}`)) continue;
      seen.add(`${kind} ${value}`);
      out.push({ kind, value, line: i + 1 });
    }
  }
  return out;
}

/** A line that sets EMAIL_BACKEND or EMAIL_HOST (`=`, or an annotated `: str =`), and what follows its `=`. */
const SETTING = /^\s*(EMAIL_BACKEND|EMAIL_HOST)\s*(?::\s*[\w.[\]]+\s*)?=(?!=)(.*)$/;

/** Python's comments and strings, for `blankComments`. */
const PYTHON: CommentSyntax = { line: ["#"], quotes: `"'` };

function parenDepth(line: string): number {
  let depth = 0;
  for (const c of line) {
    if (c === "(") depth++;
    else if (c === ")") depth--;
  }
  return depth;
}
