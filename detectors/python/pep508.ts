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
  let file = url.replace(/[?#].*$/, "").split("/").pop() ?? "";
  try {
    file = decodeURIComponent(file);
  } catch {
    return undefined;
  }
  const m = /^([A-Za-z0-9][A-Za-z0-9._]*?)-(\d[^-]*?)(?:-[^-]+-[^-]+-[^-]+(?:-[^-]+)?\.whl|\.tar\.gz|\.zip)$/i.exec(file);
  if (!m || normalizeName(m[1]!) !== normalizeName(name)) return undefined;
  // The letters' part read one way only (a separator is followed by a letter): split among
  // repetitions in every way, a long run of letters before a stray character took hours.
  return /^\d+(\.\d+)*(?:[._-]?[a-z](?:[a-z\d]|[._-][a-z])*)?(\+[\w.]+)?$/i.test(m[2]!) ? m[2] : undefined;
}

/** PEP 503: `Django` = `django`, `typing_extensions` = `typing-extensions`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/**
 * The version a specifier names: the pinned one (`==2.5.2`), else the lowest a lower bound allows
 * (`>=1.13.1`, `~=1.0`, `^3.8` in Poetry); none for exclusions and open ranges (`<2`, `*`).
 */
export function versionOfSpecifier(specifier: string | undefined): string | undefined {
  for (const clause of (specifier ?? "").split(",")) {
    // PEP 440 suffixes are part of the version (`2.0rc1`, `0.24.0.post1`, `1.0.dev3`); a local
    // version label (`2.1.0+cpu`) is left out: the release is the version.
    const m = /^(===|==|>=|~=|\^|~|>)?\s*v?(\d+(?:\.\d+)*(?:[._-]?[a-z][a-z\d]*(?:[._-][a-z][a-z\d]*)*)?)(\.\*|\+[\w.]+)?$/i.exec(clause.trim());
    if (m && m[1] !== ">" && !m[3]) return m[2];
    if (m && m[3] && (m[1] === "==" || !m[1])) return m[2];
  }
  return undefined;
}
