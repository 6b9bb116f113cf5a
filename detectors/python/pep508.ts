/** One requirement as PEP 508 writes it: `name[extras] (specifier) ; marker` or `name @ url`. */
export interface Requirement {
  name: string;
  specifier: string;
  extras: string[];
  url?: string;
}

/** Parses one PEP 508 requirement string; undefined for what is not one. */
export function parseRequirement(text: string): Requirement | undefined {
  const spec = text.split(";")[0]!.trim();
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)/.exec(spec);
  if (!m) return undefined;
  const [, name, extras, rest] = m as unknown as [string, string, string | undefined, string];
  const requirement: Requirement = { name: name!, specifier: "", extras: extras ? extras.split(",").map((e) => e.trim()).filter(Boolean) : [] };
  const at = /^@\s*(\S+)/.exec(rest);
  if (at) {
    requirement.url = at[1];
    const release = releaseOfArchiveUrl(at[1]!, name!);
    if (release) requirement.specifier = `==${release}`;
  } else requirement.specifier = rest.replace(/^\((.*)\)$/, "$1").replace(/\s/g, "");
  if (requirement.specifier && !/^[<>=!~]/.test(requirement.specifier)) return undefined;
  return requirement;
}

/**
 * The release a direct reference's archive names: a wheel's file name (PEP 427,
 * `torch-2.3.1%2Bcu121-cp311-cp311-linux_x86_64.whl`, as pip freeze writes a wheel installed from
 * PyTorch's index) or a source archive's (`name-1.2.0.tar.gz`), when it is this requirement's
 * distribution. Git and folder references name no release.
 */
function releaseOfArchiveUrl(url: string, name: string): string | undefined {
  if (!/^(https?|file):/i.test(url)) return undefined;
  const file = archiveFileName(url);
  if (file === undefined) return undefined;
  const m = /^([A-Za-z0-9][A-Za-z0-9._]*?)-(\d[^-]*?)(?:-[^-]+-[^-]+-[^-]+(?:-[^-]+)?\.whl|\.tar\.gz|\.zip)$/i.exec(file);
  if (!m || normalizeName(m[1]!) !== normalizeName(name)) return undefined;
  // The letters' part read one way only (a separator is followed by a letter): split among
  // repetitions in every way, a long run of letters before a stray character took hours.
  return /^\d+(\.\d+)*(?:[._-]?[a-z](?:[a-z\d]|[._-][a-z])*)?(\+[\w.]+)?$/i.test(m[2]!) ? m[2] : undefined;
}

/**
 * The file name a package archive's URL ends in, its query and fragment left off and its escapes
 * decoded (`torch-2.3.1%2Bcu121-...whl` is `torch-2.3.1+cu121-...whl`); none where an escape is broken.
 */
export function archiveFileName(url: string): string | undefined {
  const file = url.replace(/[?#].*$/, "").split("/").pop() ?? "";
  try {
    return decodeURIComponent(file);
  } catch {
    return undefined;
  }
}

/** PEP 503: `Django` = `django`, `typing_extensions` = `typing-extensions`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/**
 * The version a specifier names: the pinned one (`==2.5.2`), else the lowest a lower bound allows
 * (`>=1.13.1`, `~=1.0`, `^3.8` in Poetry); none for exclusions, open ranges (`<2`, `*`) and a zero
 * lower bound (`>=0.0.0`, which allows any release). Of a Poetry union (`^2.0 || ^3.0`), the lowest
 * its alternatives name, none where one names none.
 */
export function versionOfSpecifier(specifier: string | undefined): string | undefined {
  let lowest: { version: string; release: number[] } | undefined;
  for (const alternative of (specifier ?? "").split("||")) {
    const version = floorOfRange(alternative);
    const release = version === undefined ? undefined : releaseOf(version);
    if (version === undefined || !release) return undefined;
    if (!lowest || compareReleases(release, lowest.release) < 0) lowest = { version, release };
  }
  return lowest?.version;
}

/** The version one range (no `||`) names, as versionOfSpecifier says. */
function floorOfRange(range: string): string | undefined {
  for (const clause of clausesOf(range)) {
    // PEP 440 suffixes are part of the version (`2.0rc1`, `0.24.0.post1`, `1.0.dev3`); a local
    // version label (`2.1.0+cpu`) is left out: the release is the version.
    const m = /^(===|==|>=|~=|\^|~|>)?\s*v?(\d+(?:\.\d+)*(?:[._-]?[a-z][a-z\d]*(?:[._-][a-z][a-z\d]*)*)?)(\.\*|\+[\w.]+)?$/i.exec(clause.trim());
    // A zero lower bound (`>=0`, `>=0.0.0`, Poetry's `^0`) allows any release and names none.
    if (m && m[1] && m[1] !== "==" && m[1] !== "===" && /^0(\.0)*$/.test(m[2]!)) continue;
    if (m && m[1] !== ">" && !m[3]) return m[2];
    if (m && m[3] && (m[1] === "==" || !m[1])) return m[2];
  }
  return undefined;
}

/**
 * A specifier's clauses: PEP 440 separates them with commas, Poetry with a comma or a space
 * (`>=2.28 <3.0`); a space after an operator (`>= 2.28`) separates none.
 */
function clausesOf(specifier: string): string[] {
  return specifier.split(/,|(?<=[\w.*])\s+(?=[<>=!~^]|\d)/);
}

/** A release's numbers (`2.0.1rc1` -> [2, 0, 1]); undefined for what is no PEP 440 release. */
function releaseOf(version: string): number[] | undefined {
  const m = /^v?(?:\d+!)?(\d+(?:\.\d+)*)/i.exec(version.trim());
  return m ? m[1]!.split(".").map(Number) : undefined;
}

function compareReleases(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Whether a PEP 440 specifier (`>=1.26,<2`, `~=2.0`, `==1.*`, `!=2.0.0`) allows a release, by its
 * release numbers (pre-, post- and local parts are not weighed); undefined where a clause is not
 * one we read, and true for an empty specifier. A Poetry union (`^1.10 || ^2.0`) allows what one of
 * its alternatives allows.
 */
export function specifierAllows(specifier: string, version: string): boolean | undefined {
  const each = specifier.split("||").map((range) => rangeAllows(range, version));
  return each.includes(true) ? true : each.includes(undefined) ? undefined : false;
}

/** specifierAllows for one range (no `||`). */
function rangeAllows(specifier: string, version: string): boolean | undefined {
  const v = releaseOf(version);
  if (!v) return undefined;
  for (const raw of clausesOf(specifier).flatMap(poetryClauses)) {
    const clause = raw.trim();
    if (!clause) continue;
    const m = /^(===|==|!=|~=|>=|<=|>|<)\s*v?([\d.]+?)(\.\*)?(?:[a-z+][\w.+-]*)?$/i.exec(clause);
    if (!m) return undefined;
    const [, op, text, star] = m;
    const bound = text!.split(".").map(Number);
    if (bound.some(Number.isNaN)) return undefined;
    const head = v.slice(0, bound.length);
    const cmp = star ? compareReleases(head, bound) : compareReleases(v, bound);
    let ok: boolean;
    switch (op) {
      case "==":
      case "===":
        ok = cmp === 0;
        break;
      case "!=":
        ok = cmp !== 0;
        break;
      case ">=":
        ok = cmp >= 0;
        break;
      case "<=":
        ok = cmp <= 0;
        break;
      case ">":
        ok = cmp > 0;
        break;
      case "<":
        ok = cmp < 0;
        break;
      default: {
        // `~=2.2.1` is `>=2.2.1, ==2.2.*`
        const prefix = bound.slice(0, Math.max(1, bound.length - 1));
        ok = compareReleases(v, bound) >= 0 && compareReleases(v.slice(0, prefix.length), prefix) === 0;
      }
    }
    if (!ok) return false;
  }
  return true;
}

/**
 * Poetry's own operators in PEP 440 terms: `^1.26` is `>=1.26,<2`, `^0.4` is `>=0.4,<0.5`, `~1.2`
 * is `>=1.2,<1.3`, a bare `1.2.3` is `==1.2.3`; any other clause is returned as it is.
 */
function poetryClauses(clause: string): string[] {
  const m = /^\s*(\^|~(?!=))?\s*v?(\d+(?:\.\d+)*)\s*$/.exec(clause);
  if (!m) return [clause];
  const parts = m[2]!.split(".").map(Number);
  if (!m[1]) return [`==${m[2]}`];
  let upper: number[];
  if (m[1] === "^") {
    const at = parts.findIndex((n) => n !== 0);
    const i = at < 0 ? parts.length - 1 : at;
    upper = [...parts.slice(0, i), parts[i]! + 1];
  } else upper = parts.length > 1 ? [parts[0]!, parts[1]! + 1] : [parts[0]! + 1];
  return [`>=${m[2]}`, `<${upper.join(".")}`];
}

/** Of a lockfile's several releases of one package, the highest the specifier allows; undefined where none or it cannot tell. */
export function forkedRelease(versions: readonly string[], specifier: string | undefined): string | undefined {
  if (!specifier?.trim()) return undefined;
  let best: { version: string; release: number[] } | undefined;
  for (const version of versions) {
    if (specifierAllows(specifier, version) !== true) continue;
    const release = releaseOf(version)!;
    if (!best || compareReleases(release, best.release) > 0) best = { version, release };
  }
  return best?.version;
}

/** `==1.2.3` or `===1.2.3`: one release, no wildcard. */
export function isExact(specifier: string): boolean {
  return /^\s*===?\s*[^,*]+$/.test(specifier);
}
