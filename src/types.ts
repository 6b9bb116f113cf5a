/**
 * The public contracts of techstack: file sources, detectors, findings and the stack document.
 * Everything a detector needs is here; detectors import nothing else from src/ but helpers.
 */

/** One file of a scanned tree; `path` is POSIX and relative to the root. */
export interface FileEntry {
  path: string;
  /** Size in bytes when the source knows it without reading. */
  size?: number;
}

/** Where files come from: a directory, an in-memory map, a git revision. */
export interface FileSource {
  /** A label for messages: the directory, `memory`, or `repo@rev`. */
  readonly label: string;
  /** Every file after ignore rules, in no particular order. */
  list(): Promise<FileEntry[]>;
  /**
   * The raw bytes of one listed file. A source that finds the file larger than `maxBytes` rejects
   * with an error whose `code` is `E2BIG`, without reading it. One path is asked before `list()`,
   * whether listed or not: the root's `techstack.catalog.yml`. A source without it rejects with an
   * error whose `code` is `ENOENT` (as `MemorySource` does); any other error is a warning
   * (`techstack.catalog.yml: not read: ...`).
   */
  read(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** Releases what the source holds open (a git process). */
  close?(): void;
  /** Warnings met while listing (unreadable folders, symlink loops). */
  readonly warnings?: ScanWarning[];
  /**
   * What the listing passed over unread where a file could stand: symbolic links (never followed)
   * and sockets. The scan warns of each whose name a detector or the catalog's file matchers would
   * read, and counts the links (`stats.linksNotFollowed`). Filled by `list()`.
   */
  readonly passedOver?: ReadonlyArray<{ path: string; kind: "symbolic link" | "socket" }>;
}

/**
 * A file: URL naming the folder to scan (`pathToFileURL(dir)`, `new URL(".", import.meta.url)`), as
 * Node's fs takes one. Only what is read of it, so that the types need no DOM lib nor @types/node.
 */
export interface FileUrl {
  readonly protocol: string;
  readonly href: string;
}

/**
 * What a scan reads of its `signal`: an AbortSignal (an AbortController's, `AbortSignal.timeout`'s)
 * is one, as is another realm's or a polyfill's. Declared by its shape, so that the types need no
 * DOM lib nor @types/node.
 */
export interface ScanSignal {
  readonly aborted: boolean;
  /** What the scan rejects with once aborted (the error given to `abort(reason)`). */
  readonly reason?: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** What `detect` and `scan` read: a directory path, a file: URL of one, or a FileSource. */
export type ScanTarget = string | FileUrl | FileSource;

export interface ScanWarning {
  file: string;
  /** The line (from 1) of the file the warning is about, where it names one (a catalog file's mistake). */
  line?: number;
  message: string;
}

/**
 * What a detector saw: a reference to a tool or package, and where.
 * `ref` is `<kind>:<name>`: `tool:docker` names a catalog id; any other kind
 * (`npm:react`, `pypi:django`, `maven:org.springframework:spring-core`, `docker:postgres`,
 * `action:actions/setup-node`, `file:.eslintrc.json`) is looked up in the catalog's matchers of that kind.
 */
export interface Finding {
  ref: string;
  /** The file that showed it (the manifest), relative to the root. */
  file: string;
  line?: number;
  /**
   * The other lines a declaration written over several spans, each in its file: the line that
   * writes its version (a pom's `<version>` element, the `<properties>` entry its `${x.version}`
   * names, here or in a parent pom; a project file's child `<Version>`, its central `<PackageVersion>`;
   * a Gradle catalog's library line and its `[versions]` entry).
   * The finding is dated by the newest commit among `line` and these.
   */
  alsoDeclaredAt?: ReadonlyArray<{ file: string; line: number }>;
  /** The range or spec as declared (`^18.2.0`, `>=3.8`). */
  declared?: string;
  /** The resolved version (from a lockfile, or the lowest a range allows). */
  version?: string;
  /**
   * Each tool's own release, for a finding that reveals several tools and names a release of each:
   * one image holding two (`pgvector/pgvector:0.7.4-pg16` is pgvector 0.7.4 on PostgreSQL 16). When
   * set, it decides every tool's release, and a tool it leaves out takes none; `version` still
   * holds the reading a one-tool finding would have.
   */
  versions?: Readonly<Record<string, string>>;
  /** The file the version came from, when not `file` (a lockfile). */
  versionFile?: string;
  /**
   * The release is lent, not declared: its family's (a Gradle plugin's or BOM's, which manages the
   * artifact's release), written in versionFile. No pin: a release written out elsewhere beats it.
   */
  lent?: boolean;
  license?: string;
  /** A direct dependency: becomes a package entry when no catalog tool claims it. */
  direct?: boolean;
  /**
   * Pulled in by another dependency (a go.mod `// indirect` line, a compiled requirements file's
   * `# via other-package`), or declared only for development where the site names no tool from it
   * (a Poetry dev group, a Pipfile's [dev-packages]): a package entry, never a tool.
   */
  transitive?: boolean;
  /**
   * A matcher kind consulted before the ref's own: where it holds a key for the name, that key's
   * tools are the finding's. A Gradle script's Maven coordinates try `gradle` first, which holds
   * the coordinates whose tool the site names from a pom.xml but not from a build script; a
   * requirements file's packages try `requirements` first. The name is compared as the ref's
   * registry normalizes it.
   */
  matchFirst?: string;
  /**
   * Declared for development or tests only (package.json's `devDependencies`, a Gemfile's
   * `:development` group, a Cargo `[dev-dependencies]`, Maven's `test` scope): where a tool only its configuration file shows takes its version from
   * a package of its project named as the tool, only such a declaration counts.
   */
  dev?: boolean;
  /**
   * The folder of the project the manifest declares for, where not the file's own: a Python
   * project's `requirements/` folder (`requirements/dev.txt`) declares for the folder above it, whose
   * configuration files (.flake8, .pre-commit-config.yaml) then take their tools' releases from it.
   */
  project?: string;
  /**
   * A package the lockfile installed that the project does not declare, named as a tool itself
   * (`webpack` under laravel-mix, `@babel/core` under a Babel preset): it reveals nothing and is no
   * package entry, but gives its release to that tool when the project's other findings name the
   * tool without one (vue-loader or a webpack.config.js shows Webpack, the lockfile says which).
   */
  installed?: boolean;
  /**
   * From a file its tool reads only when told to, under no name it reads by default (a root
   * `dev.yml` that Compose reads with `-f`), as kinds.yml's `variant-files` are by their names: of
   * findings at one depth, one from the default file comes first (rank 7b of src/document/rank.ts).
   */
  variant?: boolean;
}

export interface DetectContext {
  /** The paths this detector's patterns selected, sorted. */
  readonly files: readonly string[];
  /** Every listed path, in no particular order; for detectors that look at the whole tree. */
  readonly paths: readonly string[];
  /**
   * The same paths grouped by extension, as written: the base name from its last dot on (`.ts`
   * for `src/app.test.ts`, `.TSX` for `App.TSX`, `.gitignore` for `.gitignore`), `""` for a base
   * name without a dot (`Makefile`); each group in the order of `paths`. `byExtension.get(".java")`
   * holds exactly the paths that end with `.java`, so a detector after a few extensions of a large
   * tree need not pass over every path. Made once per scan, shared by every detector.
   */
  readonly byExtension: ReadonlyMap<string, readonly string[]>;
  /**
   * The ids of the tools the catalog's file matchers (`file`, and `file-any-case`, which ignores
   * case) name by default for a listed path, as the engine matched them: `fileTools("tools/ChocolateyInstall.ps1")`
   * is `["chocolatey"]`. So a detector asks whether a file is a tool's without a pattern of its own;
   * a path no matcher names, or not listed, gives one shared, frozen, empty list.
   */
  fileTools(path: string): readonly string[];
  /**
   * Whether a listed path is read only for what the other files take from it (the options'
   * `inheritedFrom`: a workspace root's manifest in a scan of one of its packages), so that only a
   * pin of it is kept. A detector that names a tool from the first such file it meets (the
   * shallowest package.json shows JavaScript) passes over these. False in a scan without them.
   */
  inheritedOnly(path: string): boolean;
  exists(path: string): boolean;
  /** The file as text (BOM and UTF-16 handled); undefined, with a warning, when unreadable. Cached. */
  text(path: string): Promise<string | undefined>;
  /**
   * A small text file (up to 256 KiB) for a glance at it, such as its interpreter line: undefined
   * and no warning when it is larger, binary or unreadable, since no detector asked for it by name.
   */
  peek(path: string): Promise<string | undefined>;
  /** The file's bytes, for a binary format (bun.lockb); undefined, with a warning, when unreadable. Cached. */
  bytes(path: string): Promise<Uint8Array | undefined>;
  /** Parsed once per scan, shared between detectors; undefined, with a warning, when malformed. */
  json<T = unknown>(path: string): Promise<T | undefined>;
  yaml<T = unknown>(path: string): Promise<T | undefined>;
  toml<T = unknown>(path: string): Promise<T | undefined>;
  xml<T = unknown>(path: string): Promise<T | undefined>;
  report(finding: Finding): void;
  warn(file: string, message: string): void;
  /**
   * The catalog ids a key of some kind reveals (`lookup("extension", ".ts")`), for detectors that
   * decide from catalog data what is worth reporting. Map hits; cheap enough per file. Read-only:
   * a key naming no tool gives one shared, frozen, empty list.
   */
  lookup(kind: string, key: string): readonly string[];
  /**
   * Whether the key's version is none of the tools' `lookup` gives (its matcher starts with `~`:
   * vcpkg's `qtkeychain` port names Qt, at a release of its own). False for a key naming no tool.
   */
  versionless(kind: string, key: string): boolean;
  /**
   * The Maven group whose artifacts all take a key's version, from the catalog's `families`
   * (`family("maven", "org.springframework.boot:spring-boot-starter-parent")` is
   * `org.springframework.boot`); undefined for other keys.
   */
  family(kind: string, key: string): string | undefined;
  /**
   * The text a table of the catalog's `kinds` gives a key, keys compared in lower case: the catalog
   * data a detector reads beyond tool ids (`tableValue("terraform-module-resource",
   * "terraform-aws-modules/rds/aws")` is `aws_db_instance`); undefined for a key the table lacks, or
   * a name that is no table. A repository's techstack.catalog.yml adds tables and keys as it adds matchers.
   */
  tableValue(table: string, key: string): string | undefined;
}

/** A detector: the files it wants and what it makes of them. */
export interface Detector {
  /** Unique, kebab-case: `npm`, `python`, `github-actions`. */
  name: string;
  /**
   * Glob patterns (picomatch) for the files it reads. A pattern without `/` matches the base name
   * anywhere in the tree (`package.json`, `*.csproj`); one with `/` matches the whole path.
   * An empty list means "call me once with no files selected" (whole-tree detectors).
   */
  files: string[];
  detect(ctx: DetectContext): Promise<void> | void;
}

/** One entry of the stack document, in the site's key order. */
export interface ToolEntry {
  name: string;
  description?: string;
  website_url?: string;
  package_url?: string;
  version?: string;
  license?: string;
  open_source?: boolean;
  hosted_saas?: boolean;
  category?: string;
  sub_category?: string;
  image_url?: string;
  detection_source_url?: string;
  detection_source?: string;
  last_updated_by?: string;
  last_updated_on?: string;
  /** Known advisories, as the site lists them (techstack itself reports none: it never goes online). */
  vulnerabilities?: Vulnerability[];
}

export interface Vulnerability {
  name?: string;
  cve_id?: string | null;
  cve_url?: string | null;
  detected_date?: string | null;
  severity?: string | null;
  first_patched?: string | null;
}

/** The site's `techstack.yml` document. */
export interface StackDocument {
  repo_name: string;
  report_id: string;
  version: number;
  repo_type: string;
  timestamp: string;
  requested_by: string;
  provider: string;
  branch: string;
  detected_tools_count: number;
  tools: ToolEntry[];
}

/**
 * A techstack.yml as `parse` reads it, before anything checks it: a mapping that may hold any of
 * the document's fields, each of any kind. A file the site wrote holds them all, as a
 * `StackDocument` types them; a hand-written or partial one may lack the header fields (or leave
 * one empty: null), and its `tools` may be no list (`tools: 5`) or hold entries of any form. A
 * `StackDocument` is one. `diff`, `render` and `validate` take it as it is, each reporting what it
 * cannot read (a `TypeError`, or `validate`'s problems). Read a field after checking its kind; once
 * `validate(doc)` finds nothing, each field present is of the kind `StackDocument` gives it and
 * `tools` a list of `ToolEntry` (`isStackDocument(doc)` narrows it to a `StackDocument`; the header
 * fields but `repo_name` may still be missing).
 */
export interface ParsedStackDocument {
  repo_name?: unknown;
  report_id?: unknown;
  version?: unknown;
  repo_type?: unknown;
  timestamp?: unknown;
  requested_by?: unknown;
  provider?: unknown;
  branch?: unknown;
  detected_tools_count?: unknown;
  /** The file's `tools` as written: `[]` where it has none (or an empty one), else any value, a list of entries or not. */
  tools: unknown;
}

/** A document together with what went wrong while making it. */
export interface DetectResult {
  document: StackDocument;
  warnings: ScanWarning[];
  /** `linksNotFollowed`: the symbolic links the listing passed over (after ignore rules and filters), which the scan never reads. */
  stats: { filesListed: number; filesRead: number; linksNotFollowed: number };
}
