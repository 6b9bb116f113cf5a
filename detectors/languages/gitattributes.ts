import picomatch from "picomatch";
import { textLines } from "../../src/kit.js";

/** What a `.gitattributes` line says about linguist for the paths it matches. */
export interface LinguistOverride {
  match: (path: string) => boolean;
  vendored?: boolean;
  generated?: boolean;
  documentation?: boolean;
  /** `linguist-detectable=false` (or `-linguist-detectable`): the files' language is left out of the bar whatever else says. */
  detectable?: boolean;
  language?: string;
}

/**
 * Reads the linguist attributes of a .gitattributes file in folder `dir` ("" at the root):
 * `linguist-vendored`, `linguist-generated`, `linguist-documentation` (set, `=true`, `=false`,
 * or unset with `-`), `linguist-detectable` and `linguist-language=Name`. A pattern the glob engine refuses (one longer
 * than its 65,536 characters) is left out and told to `skipped` with its line.
 */
export function readGitattributes(text: string, dir: string, skipped: (line: number, reason: string) => void = () => {}): LinguistOverride[] {
  const out: LinguistOverride[] = [];
  textLines(text).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const [pattern, ...attrs] = line.split(/\s+/);
    if (!pattern || attrs.length === 0) return;
    const override: LinguistOverride = { match: () => false };
    let relevant = false;
    for (const attr of attrs) {
      const m = /^(-|!)?linguist-(vendored|generated|documentation|detectable|language)(?:=(.*))?$/.exec(attr);
      if (!m) continue;
      relevant = true;
      const [, unset, key, value] = m;
      if (key === "language") {
        if (value) override.language = value.toLowerCase();
      } else {
        override[key as "vendored" | "generated" | "documentation" | "detectable"] = !unset && value !== "false";
      }
    }
    if (!relevant) return;
    try {
      override.match = matcher(pattern, dir);
    } catch (error) {
      skipped(i + 1, error instanceof Error ? error.message : String(error));
      return;
    }
    out.push(override);
  });
  return out;
}

function matcher(pattern: string, dir: string): (path: string) => boolean {
  // A pattern ending in a slash matches folders only, and git's attributes of a folder do not
  // reach the files inside it (gitattributes(5): write `path/**`), so it matches no file.
  if (pattern.endsWith("/")) return () => false;
  // A pattern with a slash is anchored at the file's folder; one without matches base names anywhere below.
  const test = picomatch(pattern.replace(/^\//, ""), { dot: true, basename: !pattern.includes("/") });
  const prefix = dir ? `${dir}/` : "";
  return (path) => {
    if (prefix && !path.startsWith(prefix)) return false;
    return test(path.slice(prefix.length));
  };
}
