import { resolve as resolvePath } from "node:path";
import { resolve, type Resolution } from "../catalog/resolve.js";
import { exact, resolveTyped } from "../catalog/typed-release.js";
import { isClear } from "../catalog/clear-match.js";
import type { CatalogTool } from "../catalog/types.js";
import { buildDocument } from "../document/build.js";
import { defaultFacts } from "../detect.js";
import { isGitRepo } from "../git/repository-kind.js";
import { repoFacts } from "../git/facts.js";
import { siteTimestamp } from "../git/site-dates.js";
import type { StackDocument } from "../types.js";
import { CliError, isDirectory, stderrLine } from "./shared.js";
import { MANUAL } from "../constants.js";
import { repositoryCatalog } from "./repository-catalog.js";
import type { Catalog } from "../catalog/catalog.js";
import { catalogHolding } from "../catalog/load.js";
import { coded } from "../errors.js";
import { pickerSearch, type PickerChoice } from "./picker-search.js";
import { pickerPrompt, type AutoCompleteClass } from "./picker-prompt.js";
import { repositoryPage } from "../catalog/web-address.js";

/**
 * A document from typed names: each resolved through the catalog a scan of `dir` would use (its
 * `techstack.catalog.yml` included), asked about when unclear. With `yes`, a name whose best match
 * is not clear (`isClear`, the rule a pick taken unasked meets) fails the whole document, coded
 * TECHSTACK_UNSURE_NAME, naming each such name's candidates as they can be typed surely: --yes
 * took any best match, a 0.55 guess too, and sent it with no more than a note.
 */
export async function manualDocument(dir: string, names: string[], yes: boolean): Promise<StackDocument> {
  const catalog = await repositoryCatalog(dir);
  const interactive = pickerScreen() !== undefined && !yes;
  const read: NamesRead = { ids: [], versions: new Map(), listed: new Map(), problems: [], unsure: [], unmatched: false };
  if (names.length === 0) {
    if (!interactive) throw new CliError(`--manual needs tool names ${yes ? "with --yes, which asks nothing" : "when not run on a terminal"}: give NAME..., or - to read them from standard input`);
    const search = pickerSearch(catalog, (tool) => read.listed.set(tool.id, tool));
    read.ids.push(...(await pick("Which tools does this repository use?", choices([...catalog.tools.values()].sort((a, b) => (b.popularity ?? 0) - (a.popularity ?? 0))), search)));
  }
  for (const name of names) await readName(catalog, name, read, { yes, interactive });
  refuseUnread(read);
  return namedDocument(dir, catalog, read);
}

/** What the typed names came to so far. */
interface NamesRead {
  /** The tools taken, by id, in the order named (a tool named twice twice). */
  ids: string[];
  /** The release typed with a tool, by id, as a document writes it. */
  versions: Map<string, string>;
  /**
   * Tools of the site's list the catalog leaves out that a name or the picker's search found
   * (site-list.ts), by id: one picked is added to the catalog the document is built with.
   */
  listed: Map<string, CatalogTool>;
  /** Why a name cannot be taken, one line each: any fails the document. */
  problems: string[];
  /** With --yes, each name whose best match is not clear, with its candidates. */
  unsure: string[];
  /** Whether some name matched no tool at all (the error then says where a tool of the repository's own goes). */
  unmatched: boolean;
}

/** How the names are read: --yes given, and whether a terminal can be asked. */
interface Asking {
  yes: boolean;
  interactive: boolean;
}

/** One typed name read into `read`: its tool taken (asked about, where it is unclear and a terminal can answer), with its release, or why not. */
async function readName(catalog: Catalog, name: string, read: NamesRead, asking: Asking): Promise<void> {
  const { matches, version, release } = nameMatches(catalog, name, read.listed);
  const before = read.ids.length;
  await takeBest(catalog, name, matches, read, asking);
  noteRelease(catalog, name, version === undefined ? undefined : { version, release: release! }, read.ids.slice(before), read);
}

/** A typed name's matches, best first, and its release (typed-release.ts); each tool of the site's list a match names is noted in `listed`. */
function nameMatches(catalog: Catalog, name: string, listed: Map<string, CatalogTool>): { matches: Resolution[]; version?: string; release?: string } {
  const read = resolveTyped(catalog, name, 10);
  for (const { tool } of read.matches) if (!catalog.tools.has(tool.id)) listed.set(tool.id, tool);
  return read;
}

/**
 * A name's tool taken into `read.ids` (its best match when clear, else the tools picked on a
 * terminal), or why it cannot be into `read.problems` (with --yes, a best match not clear into
 * `read.unsure`).
 */
async function takeBest(catalog: Catalog, name: string, matches: Resolution[], read: NamesRead, { yes, interactive }: Asking): Promise<void> {
  // `submit my-repo --manual postgres` reads my-repo as a name, and --yes would send the tool it
  // fuzzily resembles: a folder that names no tool exactly is refused (a folder "redis" stays Redis).
  if (!exact(matches) && isDirectory(name)) {
    read.problems.push(`'${name}' is a folder, not a tool name: --manual takes only names, and the repository facts come from the current folder (cd ${name} first), or use 'techstack submit ${name} --auto'`);
  } else if (matches.length === 0) {
    read.problems.push(`no tool matches '${name}'`);
    read.unmatched = true;
  }
  else if (yes && !isClear(matches)) read.unsure.push(`  '${name}' could be ${orList(candidates(catalog, matches.slice(0, 3)))}`);
  else if (isClear(matches)) takeClear(name, matches[0]!, read);
  else if (interactive) read.ids.push(...(await pick(`'${name}' could mean:`, choices(matches.map((m) => m.tool)))));
  else read.problems.push(`'${name}' is ambiguous: ${choices(matches.slice(0, 4).map((m) => m.tool)).map((c) => c.message).join(", ")}. Name it exactly, as its catalog name or id.`);
}

/** A clear best match taken, and said on standard error where it is a guess or a tool of the site's list. */
function takeClear(name: string, best: Resolution, { ids, listed }: NamesRead): void {
  ids.push(best.tool.id);
  // A guess is shown, so a misspelling that picked the wrong tool is seen before it is sent; so is a
  // tool of the site's list, which a generic word ("fiber", "sso") may name.
  // A listed tool named by its repository's address: that address is the page the list lacks.
  const page = listed.has(best.tool.id) && best.matchedBy === "website" && !best.tool.website_url ? repositoryPage(name) : undefined;
  if (page) listed.set(best.tool.id, { ...best.tool, website_url: page });
  if (listed.has(best.tool.id)) stderrLine(`'${name}' taken as ${best.tool.name} (${[best.tool.category, best.tool.sub_category].filter(Boolean).join(" / ")}), a tool of the site's list that scans do not detect`);
  else if (best.score < 0.99) stderrLine(`'${name}' taken as ${best.tool.name}`);
}

/**
 * The release typed with a name (as written, `16.0.0`, and as typed, `16`) noted for the tools it was
 * taken as (`taken`), or a problem where one was named at another release before; a tool written
 * with no release (.NET) is said on standard error to leave it out.
 */
function noteRelease(catalog: Catalog, name: string, typed: { version: string; release: string } | undefined, taken: string[], { versions, listed, problems }: NamesRead): void {
  for (const id of typed ? taken : []) {
    const tool = catalog.tools.get(id) ?? listed.get(id);
    if (tool?.no_release) {
      stderrLine(`'${name}': ${tool.name} is written with no release; ${typed!.release} left out`);
      continue;
    }
    // The later release would replace the earlier one without a word.
    const earlier = versions.get(id);
    if (earlier !== undefined && earlier !== typed!.version) problems.push(`'${name}' names ${tool?.name ?? id} again, at another release (${earlier}, then ${typed!.version}): name each tool once`);
    else versions.set(id, typed!.version);
  }
}

/** Said after the problems where a name matched no tool: a tool of the repository's own is named once its catalog file holds it. */
const OWN_TOOL = "A tool no catalog knows can be added to techstack.catalog.yml in the current folder (a tools: entry with its id, name and category, as techstack's README shows), then named.";

/** An error for names not read: the unsure ones (coded TECHSTACK_UNSURE_NAME, after the problems) or the problems alone. */
function refuseUnread({ problems: named, unsure, unmatched }: NamesRead): void {
  const problems = unmatched ? [...named, OWN_TOOL] : named;
  if (unsure.length) {
    const head = `nothing was sent: with --yes each name must resolve surely, and ${unsure.length === 1 ? "1 does" : `${unsure.length} do`} not (TECHSTACK_UNSURE_NAME):`;
    const how = "Type each as its tool's exact catalog name or its id, as quoted above (techstack resolve NAME lists more), or choose on a terminal without --yes.";
    throw coded(new CliError([...problems, head, ...unsure, how].join("\n")), "TECHSTACK_UNSURE_NAME");
  }
  if (problems.length) throw new CliError(problems.join("\n"));
}

/** The document of the tools taken, with the repository facts of `dir`. */
async function namedDocument(dir: string, catalog: Catalog, { ids, versions, listed }: NamesRead): Promise<StackDocument> {
  // Outside git, named after the folder as detect names it (an empty repo_name tells the site nothing).
  const repo = isGitRepo(dir) ? await repoFacts(dir) : defaultFacts(resolvePath(dir));
  const document = buildDocument({
    findings: [...new Set(ids)].map((id) => ({ ref: `tool:${id}`, file: MANUAL, detector: "manual", version: versions.get(id) })),
    catalog: catalogHolding(catalog, [...listed.values()].filter((tool) => ids.includes(tool.id))),
    repo,
    timestamp: siteTimestamp(new Date()),
  });
  // A tool named by hand was found in no file, so there is no file to link to.
  for (const tool of document.tools) if (tool.detection_source === MANUAL) delete tool.detection_source_url;
  return document;
}

/**
 * Each candidate as it can be typed to be picked surely: its name, else its id, else an alias, else
 * (a tool of the site's list) its page on the site, quoted
 * (`'ZAP' (Penetration Testing Tools)`, `'Zap' (Logging Tools)`: a name written as the catalog writes
 * it picks it from another tool it is one with once normalized); one none of them picks (a
 * repository catalog's tool whose name and id another's spell alike) is said so
 * (`Zorb (Databases; no name or id picks it surely)`).
 */
function candidates(catalog: Catalog, matches: readonly Resolution[]): string[] {
  const labels = choices(matches.map((m) => m.tool));
  return matches.map(({ tool }, i) => {
    const label = labels[i]!.message;
    // A tool of the site's list whose name may mean another (listed-doubt.ts: "fiber") is named surely by its page on the site.
    const page = catalog.tools.has(tool.id) ? [] : [`stackshare.io/${tool.id}`];
    const typed = [tool.name, tool.id, ...(tool.aliases ?? []), ...page].find((text) => {
      const found = resolve(catalog, text, 10);
      return isClear(found) && found[0]!.tool.id === tool.id;
    });
    // The sub-category `choices` adds where two names differ only in case.
    const told = label === tool.name ? "" : label.slice(tool.name.length + 2, -1);
    if (typed === undefined) return `${tool.name} (${told ? `${told}; ` : ""}no name or id picks it surely)`;
    // Two names apart only in case or spacing ("ZAP", "Zap") each keep their sub-category.
    if (typed === tool.name) return told ? `'${typed}' (${told})` : `'${typed}'`;
    return `'${typed}' (${tool.name}${told ? `, ${told}` : ""})`;
  });
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}` : (items[0] ?? "");
}

/**
 * The picker's lines: a tool's name, with its sub-category where another listed tool has the same
 * name but for case (ZAP the scanner, Zap the logger), so the two can be told apart.
 */
function choices(tools: readonly CatalogTool[]): PickerChoice[] {
  const count = new Map<string, number>();
  for (const t of tools) count.set(t.name.toLowerCase(), (count.get(t.name.toLowerCase()) ?? 0) + 1);
  return tools.map((t) => ({ name: t.id, message: (count.get(t.name.toLowerCase()) ?? 0) > 1 && t.sub_category ? `${t.name} (${t.sub_category})` : t.name }));
}

/**
 * The terminal the picker draws on, where one can be asked (standard input a terminal): standard
 * error where it is one, so that standard output, which a dry run prints the document on
 * (`--dry-run --format yaml > techstack.yml`), holds none of the picker; else standard output.
 * Undefined where neither is a terminal.
 */
function pickerScreen(): NodeJS.WriteStream | undefined {
  if (!process.stdin.isTTY) return undefined;
  if (process.stderr.isTTY) return process.stderr;
  return process.stdout.isTTY ? process.stdout : undefined;
}

async function pick(message: string, choices: PickerChoice[], suggest?: ReturnType<typeof pickerSearch>): Promise<string[]> {
  // enquirer colours whatever NO_COLOR says (its ansi-colors reads FORCE_COLOR, once, as it loads),
  // and shows focus and selection by colour alone: without colour, a pointer and [x] / [ ] do it.
  const plain = Boolean(process.env.NO_COLOR);
  if (plain) process.env.FORCE_COLOR = "0";
  const { default: Enquirer } = (await import("enquirer")) as unknown as { default: { AutoComplete: AutoCompleteClass } };
  const Picker = pickerPrompt(Enquirer.AutoComplete, plain);
  const screen = pickerScreen() ?? process.stdout;
  const options = { name: "tools", message, multiple: true, limit: 10, choices, stdout: screen, ...(suggest ? { suggest } : {}), ...pickerSize(screen), ...(plain ? { indicator: { on: "[x]", off: "[ ]" } } : {}) };
  try {
    return (await new Picker(options).run()) ?? [];
  } catch {
    // Ctrl-C or Escape: enquirer rejects with an empty reason.
    throw new CliError("cancelled: nothing was sent", 1);
  }
}

/**
 * The picker's size where the terminal reports none (a pty left at 0x0, as some CI runners and
 * `script` make): 24 rows and 80 columns. enquirer sizes its list by the rows it is told, and with
 * 0 it showed "No matching choices" though every choice was there. A terminal that reports its
 * size keeps it (and its resizes).
 */
export function pickerSize(stream: { rows?: number; columns?: number; getWindowSize?: () => number[] }): { rows?: number; columns?: number } {
  let columns = stream.columns;
  let rows = stream.rows;
  try {
    if (typeof stream.getWindowSize === "function") [columns, rows] = stream.getWindowSize();
  } catch {
    // a stream that cannot say: the fallback below
  }
  return { ...(rows && rows > 0 ? {} : { rows: 24 }), ...(columns && columns > 0 ? {} : { columns: 80 }) };
}
