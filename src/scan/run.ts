import type { Detector, DetectContext, FileEntry, FileSource, Finding, ScanSignal, ScanWarning } from "../types.js";
import { addToGroup, compareCodeUnits, messageOf } from "../kit.js";
import type { Catalog } from "../catalog/catalog.js";
import { PatternIndex } from "./select.js";
import { fileMatchersOf, indexFileMatchers } from "../catalog/file-matchers.js";
import { ScanFiles } from "./files.js";
import { nextTurn, stopIfAborted } from "./abort.js";
import { checkFinding, checkListing } from "./arguments.js";
import { refusedFinding } from "./finding-refs.js";
import type { ProgressReporter } from "./progress.js";
import { withoutCordovaPlugins, withoutFoundryLibraries } from "../sources/ignore-rules.js";

/** A finding with the detector that made it. */
export interface AttributedFinding extends Finding {
  detector: string;
  /** Shown by a `file` matcher marked `cites`: the tool's source over a package beside it. */
  cites?: boolean;
}

export interface RunResult {
  entries: FileEntry[];
  findings: AttributedFinding[];
  warnings: ScanWarning[];
  filesRead: number;
  /** The symbolic links the listing passed over, after the scan's filter. */
  linksNotFollowed: number;
}

/** The engine's own pseudo-detector name for the catalog's `file` matchers. */
export const FILE_MATCHERS = "catalog-files";

/** What a scan's options may narrow: the paths it takes and those it leaves out, its read limit, its signal. */
/** `custom`: the caller's own detectors, whose findings are checked against the catalog and the listing (refusedFinding). */
/** `progress`: where the caller's onProgress is told how far the run has got. */
type RunOptions = { maxFileBytes?: number; filter?: (path: string) => boolean; excluded?: (path: string) => boolean; inherited?: (path: string) => boolean; signal?: ScanSignal; custom?: ReadonlySet<Detector>; progress?: ProgressReporter };

/**
 * Lists the tree once, hands each detector the files its patterns select (detectors with nothing
 * to look at are never called), runs them concurrently over a shared read-once file cache, and
 * applies the catalog's `file` matchers to every path.
 */
export async function runDetectors(
  source: FileSource,
  detectors: readonly Detector[],
  catalog: Catalog,
  options: RunOptions = {},
): Promise<RunResult> {
  const { signal, progress } = options;
  progress?.phase("listing");
  const entries = await listEntries(source, options);
  const { paths, byExtension, sizes } = await indexListing(entries, signal);
  const files = new ScanFiles(source, new ListedPaths(byExtension, sizes), options.maxFileBytes, signal);
  // What listing warned of under a path the scan excludes is no concern of this scan. (Not every
  // path outside `include`: an unreadable folder may hold files it would have taken.)
  for (const w of source.warnings ?? []) if (!options.excluded?.(w.file)) files.warn(w.file, w.message);
  // Links and sockets are never read: said where a detector or a file matcher would read the name.
  const passedOver = (source.passedOver ?? []).filter((p) => (!options.filter || options.filter(p.path)) && !options.excluded?.(p.path));
  const { selected, findings, fileTools, unreadNamed } = await selectFiles(paths, detectors, catalog, signal, passedOver);
  for (const { path, kind } of unreadNamed) files.warn(path, kind === "socket" ? "not a regular file (a socket): not read" : LINK_NOT_FOLLOWED);
  if (progress) {
    progress.phase("reading", { filesListed: paths.length, detectors: detectors.filter((d, i) => runs(d, selected[i]!)).length });
    files.onRead = () => progress.tick({ filesRead: files.filesRead });
  }
  try {
    await runSelected(detectors, selected, { paths, byExtension, fileTools: (path) => fileTools.get(path) ?? NO_TOOLS, inheritedOnly: options.inherited ?? NOT_INHERITED }, files, findings, catalog, signal, options.custom, progress);
  } finally {
    source.close?.();
  }
  sortFindings(findings, detectors);
  files.warnings.sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.message, b.message));
  return { entries, findings, warnings: files.warnings, filesRead: files.filesRead, linksNotFollowed: passedOver.filter((p) => p.kind === "symbolic link").length };
}

const LINK_NOT_FOLLOWED = "a symbolic link, not followed (the scan reads no link; a file it points to inside the scanned folder is read where it is)";

/** The source's listing, checked, with what the scan's filter and the ignore rules leave out taken away. */
async function listEntries(source: FileSource, options: RunOptions): Promise<FileEntry[]> {
  let entries = await source.list();
  stopIfAborted(options.signal);
  checkListing(entries);
  if (options.filter) entries = entries.filter((e) => options.filter!(e.path));
  return withoutCordovaPlugins(withoutFoundryLibraries(entries));
}

/**
 * The listing's paths, grouped by extension too, and their sizes where the source gives them (a
 * revision's listing does, a folder's does not). One pass, no [path, size] pair per path: a large
 * tree lists 100,000 of them. The extension index is made in it, while each path is at hand.
 */
async function indexListing(
  entries: readonly FileEntry[],
  signal: ScanSignal | undefined,
): Promise<{ paths: string[]; byExtension: Map<string, string[]>; sizes: Map<string, number> | undefined }> {
  const paths: string[] = new Array(entries.length);
  const byExtension = new Map<string, string[]>();
  let sizes: Map<string, number> | undefined;
  for (let i = 0; i < entries.length; i++) {
    if (signal && i % YIELD_EVERY_PATHS === YIELD_EVERY_PATHS - 1) await turnOrStop(signal);
    const { path, size } = entries[i]!;
    paths[i] = path;
    addToGroup(byExtension, extensionAsWritten(path), path);
    if (size !== undefined) (sizes ??= new Map()).set(path, size);
  }
  return { paths, byExtension, sizes };
}

/**
 * In one pass over the paths, each detector's files (by its index) and the findings of the
 * catalog's `file` matchers, which match against the same pattern index after the detectors.
 */
async function selectFiles(
  paths: readonly string[],
  detectors: readonly Detector[],
  catalog: Catalog,
  signal: ScanSignal | undefined,
  passedOver: ReadonlyArray<{ path: string; kind: "symbolic link" | "socket" }> = [],
): Promise<{ selected: string[][]; findings: AttributedFinding[]; fileTools: ReadonlyMap<string, readonly string[]>; unreadNamed: Array<{ path: string; kind: "symbolic link" | "socket" }> }> {
  const index = new PatternIndex();
  detectors.forEach((d, i) => d.files.forEach((p) => index.add(p, i)));
  // Each file matcher's glob, tools and whether it is marked `cites`, asked once, not per matched path;
  // `file-any-case` globs in an index of their own, matched against the path in lower case.
  const fileMatchers = fileMatchersOf(catalog);
  const matcherBase = detectors.length;
  const anyCase = new PatternIndex();
  const blind = indexFileMatchers(fileMatchers, index, anyCase, matcherBase);
  const blindMatch = (path: string) => (blind ? anyCase.match(path.toLowerCase()) : NO_OWNERS);

  const selected: string[][] = detectors.map(() => []);
  const findings: AttributedFinding[] = [];
  const fileTools = new Map<string, string[]>();
  const take = (owner: number, path: string) => {
    if (owner < matcherBase) return void selected[owner]!.push(path);
    const { ids, cites } = fileMatchers[owner - matcherBase]!;
    for (const id of ids) {
      const finding: AttributedFinding = { ref: `tool:${id}`, file: path, detector: FILE_MATCHERS };
      if (cites) finding.cites = true;
      findings.push(finding);
    }
    for (const id of ids) if (!fileTools.get(path)?.includes(id)) addToGroup(fileTools, path, id);
  };
  for (let i = 0; i < paths.length; i++) {
    if (signal && i % YIELD_EVERY_PATHS === YIELD_EVERY_PATHS - 1) await turnOrStop(signal);
    const path = paths[i]!;
    for (const owner of index.match(path)) take(owner, path);
    for (const owner of blindMatch(path)) take(owner, path);
  }
  for (const ids of fileTools.values()) Object.freeze(ids);
  return { selected, findings, fileTools, unreadNamed: passedOver.filter((p) => index.match(p.path).length > 0 || blindMatch(p.path).length > 0) };
}

/** No owner: what a scan without `file-any-case` globs matches in lower case. */
const NO_OWNERS: readonly number[] = Object.freeze([]);

/** `inheritedOnly` in a scan that reads no file for what the others take from it alone. */
const NOT_INHERITED = (): boolean => false;

/** `fileTools`' answer for a path no file matcher names a tool for: one frozen list for all. */
const NO_TOOLS: readonly string[] = Object.freeze([]);

/**
 * Runs every detector with files selected (or with no patterns, asking for none) concurrently; a
 * detector that throws is a warning blamed on its file, an abort the scan's rejection.
 */
async function runSelected(
  detectors: readonly Detector[],
  selected: string[][],
  tree: Pick<DetectContext, "paths" | "byExtension" | "fileTools" | "inheritedOnly">,
  files: ScanFiles,
  findings: AttributedFinding[],
  catalog: Catalog,
  signal: ScanSignal | undefined,
  custom: ReadonlySet<Detector> | undefined,
  progress: ProgressReporter | undefined,
): Promise<void> {
  let done = 0;
  await Promise.all(
    detectors.map(async (detector, i) => {
      const mine = selected[i]!.sort(compareCodeUnits);
      if (!runs(detector, mine)) return;
      stopIfAborted(signal);
      const reading: { file?: string } = {};
      const vet = custom?.has(detector) ? vetting(detector.name, catalog, files) : undefined;
      const ctx = makeContext(detector, mine, tree, files, findings, catalog, reading, signal, vet);
      try {
        await detector.detect(ctx);
      } catch (error) {
        // An abort is the scan's to reject with, not this detector's failure (whatever it threw on a read refused).
        stopIfAborted(signal);
        // Blamed on the file the detector was last handed, the one it was most likely reading.
        files.warn(reading.file ?? mine[0] ?? ".", `detector ${detector.name} failed: ${messageOf(error)}`);
      }
      progress?.tick({ detectorsDone: ++done, filesRead: files.filesRead });
    }),
  );
}

/** Whether a detector is run: one with globs runs where they selected a file; one without (the whole tree's) always. */
function runs(detector: Detector, selected: readonly string[]): boolean {
  return detector.files.length === 0 || selected.length > 0;
}

/** Detectors run concurrently: their findings in detector order, then by file, ref and line, so the document never depends on timing. */
function sortFindings(findings: AttributedFinding[], detectors: readonly Detector[]): void {
  const order = new Map(detectors.map((d, i) => [d.name, i]));
  findings.sort(
    (a, b) =>
      (order.get(a.detector) ?? -1) - (order.get(b.detector) ?? -1) ||
      compareCodeUnits(a.file, b.file) ||
      compareCodeUnits(a.ref, b.ref) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

/**
 * Where the scan can be aborted, its passes over every listed path give the event loop a turn
 * every this many paths: a 100,000-file tree's two passes held it some 150 ms at a stretch.
 */
const YIELD_EVERY_PATHS = 8192;

/** Where the scan can be aborted, a detector is handed this many files between turns of the event loop. */
const YIELD_EVERY_FILES_HANDED = 64;

/** A turn of the event loop, then the scan's rejection where its signal aborted meanwhile. */
async function turnOrStop(signal: ScanSignal): Promise<void> {
  await nextTurn();
  stopIfAborted(signal);
}

/** What one detector is run with: the scan's files and catalog, its reads handed as described by handing, its findings kept by reporter. */
function makeContext(
  detector: Detector,
  selected: readonly string[],
  tree: Pick<DetectContext, "paths" | "byExtension" | "fileTools" | "inheritedOnly">,
  files: ScanFiles,
  findings: AttributedFinding[],
  catalog: Catalog,
  reading: { file?: string },
  signal?: ScanSignal,
  vet?: (finding: Finding) => boolean,
): DetectContext {
  const handed = handing(reading, signal);
  return {
    files: selected,
    paths: tree.paths,
    byExtension: tree.byExtension,
    fileTools: tree.fileTools,
    inheritedOnly: tree.inheritedOnly,
    exists: (path) => files.exists(path),
    text: (path) => handed(path, files.text(path)),
    bytes: (path) => handed(path, files.bytes(path)),
    peek: (path) => handed(path, files.peek(path)),
    json: (path) => handed(path, files.parse(path, "json")),
    yaml: (path) => handed(path, files.parse(path, "yaml")),
    toml: (path) => handed(path, files.parse(path, "toml")),
    xml: (path) => handed(path, files.parse(path, "xml")),
    report: reporter(detector.name, findings, vet),
    warn: (file, message) => files.warn(file, message),
    lookup: (kind, key) => catalog.ids(kind, key),
    versionless: (kind, key) => catalog.versionless(kind, key),
    family: (kind, key) => catalog.family(kind, key),
    tableValue: (table, key) => catalog.tableValue(table, key),
  };
}

/**
 * How a detector is handed a file it asked for, the file noted as the one it is reading. A file read
 * already is handed over at once, in a microtask: a detector going through a thousand manifests it
 * has read would hold the event loop until its last, so where the scan can be aborted, every so many
 * files handed wait for a turn of it (and stop there on an abort).
 */
function handing(reading: { file?: string }, signal: ScanSignal | undefined): <T>(path: string, pending: Promise<T>) => Promise<T> {
  let handedCount = 0;
  return <T>(path: string, pending: Promise<T>): Promise<T> =>
    pending.then(async (value) => {
      if (signal && ++handedCount % YIELD_EVERY_FILES_HANDED === 0) await turnOrStop(signal);
      reading.file = path;
      return value;
    });
}

/**
 * A custom detector's check of each finding (refusedFinding): false for one refused, its warning
 * given once per detector, however many times the detector reports it.
 */
function vetting(detector: string, catalog: Catalog, files: ScanFiles): (finding: Finding) => boolean {
  const warned = new Set<string>();
  return (finding) => {
    const refused = refusedFinding(detector, finding, catalog, (path) => files.exists(path));
    if (refused === undefined) return true;
    if (!warned.has(refused)) files.warn(finding.file, refused);
    warned.add(refused);
    return false;
  };
}

/**
 * A detector's report: a finding checked, and kept with the detector's name unless it is no finding
 * or the one just reported again; a custom detector's also passes `vet`, which warns of what it refuses.
 */
function reporter(detector: string, findings: AttributedFinding[], vet?: (finding: Finding) => boolean): DetectContext["report"] {
  let last: AttributedFinding | undefined;
  return (finding) => {
    if (!finding || typeof finding.ref !== "string" || (!vet && !finding.ref.includes(":"))) return;
    checkFinding(finding as unknown as Record<string, unknown>);
    if (vet && !vet(finding)) return;
    // A finding the same as the one just reported adds nothing: a list a script wrote with one
    // item 200,000 times (a csproj's TargetFrameworks) is one finding, not 200,000 to rank.
    if (last && sameFinding(finding, last)) return;
    findings.push((last = attributed(finding, detector)));
  };
}

/**
 * `finding` copied with its detector's name. Not `{ ...finding, detector }`: V8 (Node.js 20's, at
 * least) gives each object spread and then added to a hidden class of its own, some 350 bytes, which
 * a package.json of 300,000 dependencies held 300,000 times (160 MB of findings, now 60 MB). The
 * name first and the finding spread after share one; the name is set again where a finding (a
 * custom detector's) carries a `detector` of its own.
 */
function attributed(finding: Finding, detector: string): AttributedFinding {
  const kept: AttributedFinding = { detector, ...finding };
  if (kept.detector !== detector) kept.detector = detector;
  return kept;
}

/** Whether `finding` says what `reported` (its copy with the detector's name) says, field by field. */
function sameFinding(finding: Finding, reported: AttributedFinding): boolean {
  let fields = 0;
  for (const key in finding) {
    if (finding[key as keyof Finding] !== reported[key as keyof Finding]) return false;
    fields++;
  }
  return fields + 1 === Object.keys(reported).length;
}

/**
 * Whether a path is listed, and its size where the source gave one. A scan asks about a few hundred
 * paths (the files it reads, the siblings detectors look for) of up to 100,000 listed: a set of one
 * extension's paths is made when a path with that extension is first asked about, not a map of
 * every path up front (its hashing and growth were the most costly line of a large tree's listing).
 */
class ListedPaths {
  private readonly sets = new Map<string, Set<string>>();

  constructor(
    private readonly byExtension: ReadonlyMap<string, readonly string[]>,
    private readonly sizes: ReadonlyMap<string, number> | undefined,
  ) {}

  has(path: string): boolean {
    const extension = extensionAsWritten(path);
    let set = this.sets.get(extension);
    if (!set) this.sets.set(extension, (set = new Set(this.byExtension.get(extension))));
    return set.has(path);
  }

  get(path: string): number | undefined {
    return this.sizes?.get(path);
  }
}

/** A path's key in `DetectContext.byExtension`: its base name from the last dot on, "" without one. */
export function extensionAsWritten(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot < 0 || path.indexOf("/", dot) >= 0 ? "" : path.slice(dot);
}
