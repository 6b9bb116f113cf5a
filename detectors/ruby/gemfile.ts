/** A gem line of a Gemfile. */
export interface GemDeclaration {
  name: string;
  requirements: string[];
  groups: string[];
  line: number;
  source?: "git" | "path" | "github";
}

export interface Gemfile {
  gems: GemDeclaration[];
  ruby?: string;
  gemspec: boolean;
}

/**
 * A Gemfile read as text: `gem "name", "~> 1.2", ">= 1.2.3", group: :test, git: "..."`, `group`
 * blocks, `ruby "3.2.2"` and `gemspec`. Nothing is evaluated.
 */
export function readGemfile(text: string): Gemfile {
  const out: Gemfile = { gems: [], gemspec: false };
  const groupStack: string[][] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    const group = /^group\s+(.+?)\s+do\b/.exec(line);
    if (group) {
      groupStack.push(symbols(group[1]!));
      continue;
    }
    if (/^(platforms?|source|install_if|git|path)\b.*\bdo\b/.test(line)) {
      groupStack.push([]);
      continue;
    }
    if (/^end\b/.test(line)) {
      groupStack.pop();
      continue;
    }
    if (/^gemspec\b/.test(line)) out.gemspec = true;
    const ruby = /^ruby\s+["']([^"']+)["']/.exec(line);
    if (ruby) out.ruby = ruby[1];
    const gem = /^gem\s+["']([^"']+)["'](.*)$/.exec(line);
    if (!gem) continue;
    const rest = gem[2]!;
    const requirements: string[] = [];
    for (const m of rest.matchAll(/,\s*["']([^"']+)["']/g)) {
      if (/^[~<>=!]*\s*\d/.test(m[1]!)) requirements.push(m[1]!.trim());
    }
    const inline = /\bgroups?:\s*(\[[^\]]*\]|:\w+|["'][^"']+["'])/.exec(rest);
    const groups = [...groupStack.flat(), ...(inline ? symbols(inline[1]!) : [])];
    const declaration: GemDeclaration = { name: gem[1]!, requirements, groups, line: i + 1 };
    const source = /\b(git|path|github):/.exec(rest);
    if (source) declaration.source = source[1] as GemDeclaration["source"];
    out.gems.push(declaration);
  }
  return out;
}

/** `:development, :test` or `[:dev, "test"]` -> ["development", "test"]. */
function symbols(text: string): string[] {
  return [...text.matchAll(/:(\w+)|["'](\w+)["']/g)].map((m) => m[1] ?? m[2]!).filter((s) => s !== "optional");
}

/** Gemfile.lock: resolved versions of the GEM specs, the top-level DEPENDENCIES, the Ruby and Bundler versions. */
export function readGemfileLock(text: string): { versions: Map<string, string>; dependencies: string[]; ruby?: string; bundler?: string } {
  const versions = new Map<string, string>();
  const dependencies: string[] = [];
  const local = new Set<string>();
  let section = "";
  let ruby: string | undefined;
  let bundler: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      section = line.trim();
      continue;
    }
    const spec = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(line);
    if (spec && section === "PATH") local.add(spec[1]!);
    if (spec && (section === "GEM" || section === "GIT" || section === "PATH")) {
      versions.set(spec[1]!, spec[2]!.replace(/-(x86|x64|arm|aarch|universal|java|mingw|mswin)[\w-]*$/, ""));
      continue;
    }
    const dep = /^ {2}([^\s(!]+)/.exec(line);
    if (dep && section === "DEPENDENCIES" && !local.has(dep[1]!)) dependencies.push(dep[1]!); // not the gems of this repository
    if (section === "RUBY VERSION") ruby ??= /ruby\s+([\d.]+)/.exec(line)?.[1];
    if (section === "BUNDLED WITH") bundler ??= line.trim() || undefined;
  }
  const out: { versions: Map<string, string>; dependencies: string[]; ruby?: string; bundler?: string } = { versions, dependencies };
  if (ruby) out.ruby = ruby;
  if (bundler) out.bundler = bundler;
  return out;
}

/** `add_dependency` / `add_runtime_dependency` / `add_development_dependency` lines of a gemspec. */
export function readGemspec(text: string): Array<{ name: string; requirements: string[]; dev: boolean; line: number }> {
  const out: Array<{ name: string; requirements: string[]; dev: boolean; line: number }> = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const m = /\.add_(runtime_|development_)?dependency\s*\(?\s*["']([^"']+)["'](.*)$/.exec(raw.replace(/#.*$/, ""));
    if (!m) return;
    const requirements = [...m[3]!.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!).filter((r) => /\d/.test(r));
    out.push({ name: m[2]!, requirements, dev: m[1] === "development_", line: i + 1 });
  });
  return out;
}
