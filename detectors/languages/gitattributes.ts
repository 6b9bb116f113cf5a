import picomatch from "picomatch";

/** What a `.gitattributes` line says about linguist for the paths it matches. */
export interface LinguistOverride {
  match: (path: string) => boolean;
  vendored?: boolean;
  generated?: boolean;
  documentation?: boolean;
  language?: string;
}

/**
 * Reads the linguist attributes of a .gitattributes file in folder `dir` ("" at the root):
 * `linguist-vendored`, `linguist-generated`, `linguist-documentation` (set, `=true`, `=false`,
 * or unset with `-`) and `linguist-language=Name`.
 */
export function readGitattributes(text: string, dir: string): LinguistOverride[] {
  const out: LinguistOverride[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const [pattern, ...attrs] = line.split(/\s+/);
    if (!pattern || attrs.length === 0) continue;
    const override: LinguistOverride = { match: matcher(pattern, dir) };
    let relevant = false;
    for (const attr of attrs) {
      const m = /^(-|!)?linguist-(vendored|generated|documentation|language)(?:=(.*))?$/.exec(attr);
      if (!m) continue;
      relevant = true;
      const [, unset, key, value] = m;
      if (key === "language") {
        if (value) override.language = value.toLowerCase();
      } else {
        override[key as "vendored" | "generated" | "documentation"] = !unset && value !== "false";
      }
    }
    if (relevant) out.push(override);
  }
  return out;
}

function matcher(pattern: string, dir: string): (path: string) => boolean {
  const anchored = pattern.includes("/") && !pattern.endsWith("/");
  let glob = pattern.replace(/^\//, "");
  if (glob.endsWith("/")) glob += "**";
  const test = picomatch(anchored || glob.includes("/") ? glob : glob, { dot: true, basename: !anchored && !glob.includes("/") });
  const prefix = dir ? `${dir}/` : "";
  return (path) => {
    if (prefix && !path.startsWith(prefix)) return false;
    return test(path.slice(prefix.length));
  };
}
