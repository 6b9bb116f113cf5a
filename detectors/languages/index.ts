import type { DetectContext, Detector } from "../../src/types.js";
import { REPO_METADATA } from "../../src/constants.js";
import { baseName, compareCodeUnits, dirOf } from "../../src/kit.js";
import { exclusionTest } from "./vendored.js";
import { overridesFor, readGitattributes, type LinguistOverride } from "./gitattributes.js";
import { hasExtension, isShared, settle, treeFacts } from "./ambiguous.js";
import { headerLanguage, readsHeaders } from "./headers.js";
import { LANGUAGES_FILES } from "../files.js";

/** Above this many counted files, a language with a single file is a trace and is left out. */
const TRACE_ABOVE_FILES = 5000;
/** At most this many extensionless scripts have their first line read per scan. */
const MAX_SHEBANG_READS = 200;
/** At most this many template files (catalog kind `template-extension`) have their first line read per scan. */
const MAX_TEMPLATE_READS = 200;
/** At most this many `.h` files have their text read per scan (a sample; the rest take its usual language). */
const MAX_HEADER_READS = 500;
/** Folders whose extensionless files are scripts: their interpreter lines are read first. */
const SCRIPT_DIR = /(^|\/)(bin|script|scripts|hooks|\.githooks)\/[^/]+$/;

/**
 * The repository's languages, from its file list the way GitHub's language bar sees it: files
 * counted per language by extension or name (catalog kinds `extension` and `filename`), vendored,
 * generated and documentation paths left out, `.gitattributes` linguist overrides honoured
 * (`linguist-detectable=false` leaves a language out too).
 * Counts, not bytes: the same tree gives the same answer from every file source.
 */
export const languagesDetector: Detector = {
  name: "languages",
  files: LANGUAGES_FILES,
  async detect(ctx) {
    const overrides: LinguistOverride[] = [];
    const attributeFiles = (ctx.byExtension.get(".gitattributes") ?? []).filter((p) => p === ".gitattributes" || p.endsWith("/.gitattributes")).sort(compareCodeUnits);
    for (const file of attributeFiles) {
      const text = await ctx.text(file);
      const skipped = (line: number, reason: string) => ctx.warn(file, `line ${line} left out: ${reason.slice(0, 120)}`);
      if (text !== undefined) for (const rule of readGitattributes(text, dirOf(file), skipped)) overrides.push(rule); // not push(...): 200,000 rules overflow the stack
    }
    const rulesFor = overrides.length ? overridesFor(overrides) : undefined;
    const counts = new Map<string, number>();
    // `n` more files of each of the languages `ids`.
    const add = (ids: readonly string[], n = 1) => {
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + n);
    };
    const markers = new Set<string>();
    // Root folders whose name starts with a dot (`.github/`), each looked up once as a repo-marker.
    const dotFolders = new Set<string>();
    let counted = 0;
    const scripts: string[] = [];
    // Extensionless files elsewhere (exercise folders of shell tasks, a repository's root): linguist
    // reads any file's interpreter line, so these are read too, after the script folders' own.
    const otherScripts: string[] = [];
    const excludedByDefault = exclusionTest();
    const facts = treeFacts(ctx.byExtension);
    // A source map beside a file is a listed `.map` file: without one, no path is asked about it.
    const mapsListed = ctx.byExtension.has(".map");
    const manifests: string[] = [];
    // Headers a C++ or Objective-C tree holds, whose text decides their language (headers.ts).
    const headers: string[] = [];
    // Template files whose first line may name an interpreter (a script template): linguist tries
    // the interpreter line before the extension.
    const templates: { path: string; ids: readonly string[] }[] = [];
    let readHeaders: boolean | undefined;
    const idsByExtension = new Map<string, readonly string[]>();
    // A group of paths at a time, one extension as written: the catalog is asked about it once.
    for (const [written, group] of ctx.byExtension) {
      const extension = written.toLowerCase();
      let extensionIds = idsByExtension.get(extension);
      if (!extensionIds) idsByExtension.set(extension, (extensionIds = written ? ctx.lookup("extension", extension) : []));
      const shared = isShared(extension);
      const template = written !== "" && ctx.lookup("template-extension", extension).length > 0;
      // The group's files counted under the extension's own languages, added up once at its end.
      let ofExtension = 0;
      for (const path of group) {
        const base = baseName(path);
        for (const id of ctx.lookup("repo-marker", base)) markers.add(id);
        if (path.charCodeAt(0) === 0x2e) {
          const slash = path.indexOf("/");
          if (slash > 0) dotFolders.add(path.slice(0, slash + 1));
        }
        if (ctx.lookup("manifest-language", base).length) manifests.push(path);
        // Its exact name first; then its extension, which a name that only starts with a dot
        // (`.gitignore`) does not have.
        const byName = ctx.lookup("filename", base);
        let ids: readonly string[] = byName.length || !hasExtension(base, written) ? byName : shared ? settle(path, extension, extensionIds, facts, ctx.lookup) : extensionIds;
        // Set by a .gitattributes line, else by the default rules (asked only when the answer matters).
        let excluded: boolean | undefined;
        let detectable = true;
        let named = false;
        if (rulesFor) {
          for (const o of rulesFor(path, base)) {
            // Later lines win, as in git; `=false` brings a default-excluded path back.
            if (o.vendored !== undefined) excluded = o.vendored;
            if (o.documentation !== undefined) excluded = o.documentation;
            if (o.generated !== undefined) excluded = o.generated;
            if (o.detectable !== undefined) detectable = o.detectable;
            if (o.language) {
              ids = ctx.lookup("language", o.language);
              named = true;
            }
          }
        }
        // A file of no language with an extension is neither counted nor read for an interpreter line.
        if (ids.length === 0 && written !== "") continue;
        // linguist counts a file only when it is detectable as well as not vendored, generated or documentation.
        if (!detectable) excluded = true;
        excluded ??= excludedByDefault(path) || (mapsListed && compiledWithSourceMap(path, ctx.exists));
        if (!excluded && ids.length === 0) (SCRIPT_DIR.test(path) ? scripts : otherScripts).push(path);
        if (excluded || ids.length === 0) continue;
        if (template && !named && ids === extensionIds) {
          templates.push({ path, ids });
          continue;
        }
        if (!named && written === ".h" && isPlainHeader(ids) && (readHeaders ??= readsHeaders(facts))) {
          headers.push(path);
          continue;
        }
        counted++;
        if (ids === extensionIds) ofExtension++;
        else add(ids);
      }
      if (ofExtension > 0) add(extensionIds, ofExtension);
    }
    // Sorted, so that the same files are read whichever order the source lists them in; read
    // together (the engine bounds how many are open at once).
    // A glance: a binary or a big data file without an extension is no script, and no warning.
    const scriptTexts = await Promise.all([...scripts.sort(compareCodeUnits), ...otherScripts.sort(compareCodeUnits)].slice(0, MAX_SHEBANG_READS).map((path) => ctx.peek(path)));
    for (const text of scriptTexts) {
      const ids = interpreterLanguages(ctx, text);
      if (ids.length === 0) continue;
      counted++;
      add(ids);
    }
    // In sorted path order, so every file source reads the same ones; past the bound a template
    // counts as its extension's language, as does one without an interpreter line.
    templates.sort((a, b) => compareCodeUnits(a.path, b.path));
    const templateTexts = await Promise.all(templates.slice(0, MAX_TEMPLATE_READS).map((t) => ctx.peek(t.path)));
    templates.forEach((template, i) => {
      const byInterpreter = interpreterLanguages(ctx, templateTexts[i]); // none past the bound: unread
      const ids = byInterpreter.length ? byInterpreter : template.ids;
      counted++;
      add(ids);
    });
    for (const language of await headerLanguages(ctx, headers)) {
      counted++;
      add(ctx.lookup("language", language));
    }
    const reported = new Set<string>();
    for (const [id, n] of counts) {
      if (n === 1 && counted > TRACE_ABOVE_FILES) continue;
      ctx.report({ ref: `tool:${id}`, file: REPO_METADATA });
      reported.add(id);
    }
    // A manifest shows its ecosystem's language even where no file of it is counted (an Angular
    // app written all in TypeScript, a project kept under docs/): the language is reported from
    // the shallowest such manifest.
    for (const path of manifests.sort(byDepthThenPath)) {
      for (const id of ctx.lookup("manifest-language", baseName(path))) {
        if (reported.has(id)) continue;
        ctx.report({ ref: `tool:${id}`, file: path });
        reported.add(id);
      }
    }
    for (const folder of dotFolders) for (const id of ctx.lookup("repo-marker", folder)) markers.add(id);
    for (const id of markers) ctx.report({ ref: `tool:${id}`, file: REPO_METADATA });
  },
};

/**
 * The language of each header, by its text. Past MAX_HEADER_READS, a sample spread evenly over the
 * sorted paths is read (the same whichever order the source lists them in), and each header left
 * unread takes the sample's most common language: a C++ library of 20,000 headers does not put C on
 * its bar because most of them went unread.
 */
async function headerLanguages(ctx: DetectContext, headers: string[]): Promise<string[]> {
  headers.sort(compareCodeUnits);
  const step = headers.length / MAX_HEADER_READS;
  const sample = step <= 1 ? headers : Array.from({ length: MAX_HEADER_READS }, (_, k) => headers[Math.floor(k * step)]!);
  const texts = await Promise.all(sample.map((path) => ctx.peek(path)));
  const read = new Map(sample.map((path, k) => [path, headerLanguage(texts[k]) ?? "c"]));
  const tally = new Map<string, number>();
  for (const language of read.values()) tally.set(language, (tally.get(language) ?? 0) + 1);
  const usual = [...tally].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0]?.[0] ?? "c";
  return headers.map((path) => read.get(path) ?? usual);
}

/** A `.h` file's languages as its name and the tree leave them: C alone (no Objective-C twin). */
function isPlainHeader(ids: readonly string[]): boolean {
  return ids.length === 1 && ids[0] === "c-lang";
}

/**
 * A stylesheet or script with its source map beside it (`style.css` and `style.css.map`) is the
 * output of a compiler (Sass, TypeScript, a bundler): linguist leaves out as generated a .css or
 * .js file that ends by naming its source map, and that is the file such a pair holds.
 */
function compiledWithSourceMap(path: string, exists: (path: string) => boolean): boolean {
  return endsWithCssOrJs(path) && exists(`${path}.map`);
}

/** `/\.(css|js)$/i.test(path)`, by character codes: it runs on every path of the tree. */
function endsWithCssOrJs(path: string): boolean {
  const n = path.length;
  const lower = (i: number) => path.charCodeAt(n - i) | 0x20; // ASCII letters only, as a regular expression's `i` without `u`
  if (n >= 3 && lower(1) === 0x73 && lower(2) === 0x6a && path.charCodeAt(n - 3) === 0x2e) return true; // .js
  return n >= 4 && lower(1) === 0x73 && lower(2) === 0x73 && lower(3) === 0x63 && path.charCodeAt(n - 4) === 0x2e; // .css
}

function byDepthThenPath(a: string, b: string): number {
  const depth = (p: string) => p.split("/").length;
  return depth(a) - depth(b) || compareCodeUnits(a, b);
}

/** The languages a file's `#!` line names by its interpreter (catalog kind `interpreter`); none without one. */
function interpreterLanguages(ctx: DetectContext, text: string | undefined): readonly string[] {
  const interpreter = interpreterOf(text);
  return interpreter ? ctx.lookup("interpreter", interpreter) : [];
}

/** The interpreter a script's `#!` line names (`/usr/bin/env python3` gives `python3`). */
export function interpreterOf(text: string | undefined): string | undefined {
  if (!text?.startsWith("#!")) return undefined;
  const line = text.slice(2, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n")).trim();
  const words = line.split(/\s+/).filter((w) => w && !w.startsWith("-") && !w.includes("="));
  let command = words[0]?.split("/").pop();
  if (command === "env") command = words[1]?.split("/").pop();
  return command?.toLowerCase().replace(/^(python|ruby|perl|php)[\d.]*$/, (_, name: string) => name) || undefined;
}
