import { lowerBound } from "../../src/versions/range.js";
import { optionValue, textLines } from "../../src/kit.js";

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
  /** The `ruby` line names one release (`ruby "3.2.2"`), not a requirement (`ruby ">= 2.6.10"`). */
  rubyPinned?: boolean;
  gemspec: boolean;
  /** The Gemfiles it evaluates into itself (`eval_gemfile "gemfiles/rubocop.gemfile"`), as written, relative to its folder. */
  included: string[];
}

/**
 * A Gemfile read as text: `gem "name", "~> 1.2", ">= 1.2.3", group: :test, git: "..."`, `group`
 * blocks, `ruby "3.2.2"` and `gemspec`, also in the parenthesized call style some projects keep
 * (`gem("name", "~> 1.2")`, `group(:test) do`). Nothing is evaluated.
 */
export function readGemfile(text: string): Gemfile {
  const out: Gemfile = { gems: [], gemspec: false, included: [] };
  const groupStack: string[][] = [];
  const lines = textLines(text);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = withoutComment(lines[i]!);
    // A gem or group line continued after a comma: `gem "puma",\n  "~> 6.4",\n  require: false`,
    // `group :development,\n  :test do`. Joined once at the end: testing the growing line after each
    // join grew with the square of the lines.
    if (/^(?:gem|group)\b/.test(line)) {
      const parts = [line];
      while (parts.at(-1)!.endsWith(",") && i + 1 < lines.length) parts.push(withoutComment(lines[++i]!));
      line = parts.join(" ");
    }
    if (followBlocks(line, groupStack)) continue;
    readSettings(line, out);
    const gem = gemDeclaration(line, groupStack, start + 1);
    if (gem) out.gems.push(gem);
  }
  return out;
}

/** A line's code: a comment taken off, and the spaces around. */
function withoutComment(line: string): string {
  return line.replace(/(^|\s)#.*$/, "").trim();
}

/**
 * Whether the line opens or closes a block, the groups open kept on `groupStack`: a `group` block
 * opens its groups; other blocks (`platforms :mri do`, `github "org/repo" do`, `env "CI" do`, a
 * loop's `.each do |name|`, `if ENV["CI"]`, `unless ...`) open a level of no group, so that their
 * `end` does not close the group around them; a block closed on its own line opens none.
 */
function followBlocks(line: string, groupStack: string[][]): boolean {
  // The groups end at a non-space: `(.+?)\s*do` retried the space run before `do` at each step (cubic).
  const group = /^group\s*(?:\(\s*(\S(?:\s*\S)*?)\s*\)|\s(\S(?:\s*\S)*?))\s*do\b/.exec(line);
  if (group) {
    groupStack.push(symbols(group[1] ?? group[2]!));
    return true;
  }
  if (/\bdo\s*(?:\|[^|]*\|)?$/.test(line) || (/^(if|unless|case|begin|while|until)\b/.test(line) && !/\bend$/.test(line))) {
    groupStack.push([]);
    return true;
  }
  if (/^end\b/.test(line)) {
    groupStack.pop();
    return true;
  }
  return false;
}

/** A line's `gemspec`, `eval_gemfile` or `ruby` setting, recorded. */
function readSettings(line: string, out: Gemfile): void {
  if (/^gemspec\b/.test(line)) out.gemspec = true;
  // `eval_gemfile "gemfiles/rubocop.gemfile"`, or `File.expand_path("gemfiles/rubocop.gemfile", __dir__)`.
  const included = /^eval_gemfile\s*(?:\(\s*)?(?:File\.(?:expand_path|join)\s*\(\s*)?["']([^"'#]+)["']/.exec(line);
  if (included) out.included.push(included[1]!);
  // `ruby "3.2.2"`, `ruby "~> 3.2.0"` (the lowest version it allows), `ruby "3.1.4", engine: ...`
  const rubyRequirement = /^ruby\s*(?:\(\s*)?["']([^"']*)["']/.exec(line)?.[1];
  const ruby = lowerBound(rubyRequirement);
  if (ruby) {
    out.ruby = ruby;
    out.rubyPinned = /^\s*(?:=\s*)?\d[\w.]*\s*$/.test(rubyRequirement!);
  }
}

/** A `gem` line's declaration, in the groups open around it and its own; undefined for another line. */
function gemDeclaration(line: string, groupStack: readonly string[][], lineNumber: number): GemDeclaration | undefined {
  const gem = /^gem(?:\s+|\s*\(\s*)["']([^"']+)["'](.*)$/.exec(line);
  if (!gem) return undefined;
  const rest = gem[2]!;
  const requirements: string[] = [];
  for (const m of rest.matchAll(/,\s*["']([^"']+)["']/g)) {
    if (/^[~<>=!]*\s*\d/.test(m[1]!)) requirements.push(m[1]!.trim());
  }
  const groups = [...groupStack.flat(), ...inlineGroups(rest)];
  const declaration: GemDeclaration = { name: gem[1]!, requirements, groups, line: lineNumber };
  const source = /\b(git|path|github):/.exec(rest);
  if (source) declaration.source = source[1] as GemDeclaration["source"];
  return declaration;
}

/** A gem's own groups: `group: :test`, `groups: [:development, :test]`, `group: %i[development test]`. */
function inlineGroups(rest: string): string[] {
  const inline = WORD_LIST_OPTION.exec(rest)?.[1] ?? optionValue(rest, "groups?");
  return inline ? symbols(inline) : [];
}

/** A word list (`%i[development test]`, `%w(dev)`, as RuboCop's Style/SymbolArray asks), each scan ending at the next `%`. */
const WORD_LIST = /%[iIwW][[(]([^\])%]*)[\])]/;
const WORD_LIST_OPTION = new RegExp(`\\bgroups?:\\s*(${WORD_LIST.source})`);

/** `:development, :test`, `[:dev, "test"]` or `%i[development test]` -> ["development", "test"]. */
function symbols(text: string): string[] {
  const words = WORD_LIST.exec(text);
  const names = words ? words[1]!.split(/\s+/) : [...text.matchAll(/:(\w+)|["'](\w+)["']/g)].map((m) => m[1] ?? m[2]!);
  return names.filter((s) => s && s !== "optional");
}

/** A gem of a PATH section (a gem of this repository, usually the one its gemspec builds). */
export interface LocalGem {
  name: string;
  /** The `remote:` of its PATH section, relative to the lockfile (`.` for the lockfile's folder). */
  remote: string;
  /** Its runtime dependencies as the gemspec declares them: name and requirement. */
  dependencies: Array<{ name: string; requirement?: string }>;
}

export interface GemfileLock {
  /** Resolved versions of every locked gem (GEM, GIT and PATH specs), platform suffixes dropped. */
  versions: Map<string, string>;
  /** Which locked gem depends on which (the indented lines under each spec). */
  requires: Map<string, string[]>;
  /** Top-level DEPENDENCIES, the repository's own gems left out. */
  dependencies: string[];
  local: LocalGem[];
  ruby?: string;
  bundler?: string;
}

/**
 * A release without the platform a native gem was built for (`1.16.2-x86_64-linux` is 1.16.2): the
 * platform runs to the end in word characters and dashes, so only that last run is searched (a
 * pattern tried from each of 25,000 `-arm` in a release ending in another character: seconds).
 */
function withoutPlatform(version: string): string {
  let tail = version.length;
  while (tail > 0 && /[\w-]/.test(version[tail - 1]!)) tail--;
  const platform = /-(?:x86|x64|arm|aarch|universal|java|mingw|mswin)/.exec(version.slice(tail));
  return platform ? version.slice(0, tail + platform.index) : version;
}

/** Gemfile.lock: resolved versions of the GEM specs, the top-level DEPENDENCIES, the Ruby and Bundler versions. */
export function readGemfileLock(text: string): GemfileLock {
  const out: GemfileLock = { versions: new Map(), requires: new Map(), dependencies: [], local: [] };
  const localNames = new Set<string>();
  let section = "";
  let remote = ".";
  let current: { name: string; local?: LocalGem } | undefined;
  for (const line of textLines(text)) {
    if (/^\S/.test(line)) {
      section = line;
      remote = ".";
      current = undefined;
      continue;
    }
    const remoteLine = /^ {2}remote:\s*(\S+)/.exec(line);
    if (remoteLine) remote = remoteLine[1]!;
    const spec = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(line);
    if (spec && (section === "GEM" || section === "GIT" || section === "PATH")) {
      const name = spec[1]!;
      out.versions.set(name, withoutPlatform(spec[2]!));
      current = { name };
      if (section === "PATH") {
        localNames.add(name);
        current.local = { name, remote, dependencies: [] };
        out.local.push(current.local);
      }
      continue;
    }
    const nested = /^ {6}([^\s(!]+)(?: \(([^)]+)\))?$/.exec(line);
    if (nested && current) {
      const list = out.requires.get(current.name) ?? [];
      list.push(nested[1]!);
      out.requires.set(current.name, list);
      current.local?.dependencies.push(nested[2] ? { name: nested[1]!, requirement: nested[2] } : { name: nested[1]! });
      continue;
    }
    const dep = /^ {2}([^\s(!]+)/.exec(line);
    if (dep && section === "DEPENDENCIES" && !localNames.has(dep[1]!)) out.dependencies.push(dep[1]!); // not the gems of this repository
    if (section === "RUBY VERSION") out.ruby ??= /ruby\s+([\d.]+)/.exec(line)?.[1];
    if (section === "BUNDLED WITH") out.bundler ??= line.trim() || undefined;
  }
  if (out.ruby === undefined) delete out.ruby;
  if (out.bundler === undefined) delete out.bundler;
  return out;
}

/** `add_dependency` / `add_runtime_dependency` / `add_development_dependency` lines of a gemspec. */
export function readGemspec(text: string): Array<{ name: string; requirements: string[]; dev: boolean; line: number }> {
  const out: Array<{ name: string; requirements: string[]; dev: boolean; line: number }> = [];
  const seen = new Set<string>();
  const lines = textLines(text);
  lines.forEach((raw, i) => {
    // The name as a string, or as the percent literal `gem build` and Jeweler write into a
    // generated gemspec: `s.add_runtime_dependency(%q<railties>.freeze, [">= 6.0"])`.
    const m = /\.add_(runtime_|development_)?dependency\s*(?:\(\s*)?(?:["']([^"']+)["']|%q(?:<([^<>]+)>|\{([^{}]+)\}|\(([^()]+)\)|\[([^[\]]+)\]))(.*)$/.exec(raw.replace(/#.*$/, ""));
    if (!m) return;
    const name = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]!).trim();
    const requirements = [...m[7]!.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!).filter((r) => /\d/.test(r));
    // A generated gemspec declares each gem again under `else` for old RubyGems (`s.add_dependency`
    // for a development one too): the first declaration says what it is.
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, requirements, dev: m[1] === "development_", line: i + 1 });
  });
  return out;
}
