/**
 * The `code` of each error the API throws on purpose, in one place. A caller tests `error.code`
 * rather than the message, which may be reworded; a code, once published, keeps its meaning. The
 * error's class (TypeError, Error, ParseError) and message are as before.
 */
export const ERROR_CODES = Object.freeze({
  /** An argument of the wrong kind: a number for a path, no catalog for resolve's first argument (TypeError). */
  TECHSTACK_BAD_ARGUMENT: "an argument of the wrong kind",
  /** detect/scan's or render's options: one of another name (`exlude`), or a value of the wrong kind (TypeError). */
  TECHSTACK_BAD_OPTION: "an option of another name, or of the wrong kind",
  /** render or formatDiff asked for a format it does not write (TypeError). */
  TECHSTACK_UNKNOWN_FORMAT: "a format render or formatDiff does not write",
  /** render, toMarkdown, diff given no stack document, or an entry of its tools that is no mapping with a name (TypeError). */
  TECHSTACK_INVALID_DOCUMENT: "no stack document, or a tools entry without a name",
  /** parse: the text is neither YAML nor JSON, or its top is not a mapping with a tools list (ParseError). */
  TECHSTACK_PARSE_ERROR: "text that is no stack document",
  /** The folder to scan (or readCatalogDir's) does not exist, or is a link to nothing. */
  TECHSTACK_NO_SUCH_DIRECTORY: "no such folder",
  /** The path to scan (or readCatalogDir's) is a file, or a loop of symbolic links. */
  TECHSTACK_NOT_A_DIRECTORY: "a path that is no folder",
  /** The folder to scan cannot be listed (permissions). */
  TECHSTACK_UNREADABLE_DIRECTORY: "a folder that cannot be listed",
  /** The folder to scan is a checkout's `.git` folder: scan the checkout. */
  TECHSTACK_GIT_FOLDER: "a checkout's .git folder",
  /** A revision was asked of a folder that is no git repository. */
  TECHSTACK_NOT_A_GIT_REPOSITORY: "a revision asked of a folder outside git",
  /** The revision does not exist, reads as an option (`-x`), is a file, or lacks the folder scanned. */
  TECHSTACK_BAD_REVISION: "a revision that cannot be scanned",
  /** git is needed (a revision, a bare repository) and is not installed or not on PATH. */
  TECHSTACK_GIT_NOT_FOUND: "git is not installed",
  /** A git command failed for another reason (its words are the message). */
  TECHSTACK_GIT_FAILED: "a git command failed",
  /** Catalog data (catalogWith, the catalog option, parseCatalogFile, readCatalogDir's files) that is not YAML or not usable. */
  TECHSTACK_INVALID_CATALOG: "catalog data that cannot be used",
  /** builtinCatalog().extend: the built-in catalog is shared by the process; catalogWith makes a copy (TypeError). */
  TECHSTACK_SHARED_CATALOG: "the built-in catalog is shared",
  /** The built-in catalog (catalog.json and catalog.txt) is not beside the code: a bundler copied techstack away from it. */
  TECHSTACK_CATALOG_NOT_FOUND: "the built-in catalog is missing",
  /** A custom detector without a name, globs or detect function (TypeError). */
  TECHSTACK_BAD_DETECTOR: "a custom detector that cannot run",
  /** A custom detector reported a finding with a field of the wrong kind (TypeError; the detector fails with a warning). */
  TECHSTACK_BAD_FINDING: "a finding with a field of the wrong kind",
  /** `submit --manual --yes`: a typed name whose best match is not sure (as resolve's picks are called clear); nothing was sent (the CLI's usage error, exit 2). */
  TECHSTACK_UNSURE_NAME: "a typed tool name --yes would have guessed",
  /** A custom FileSource without a label, or whose list() gave no list of { path, size } (TypeError). */
  TECHSTACK_BAD_FILE_SOURCE: "a FileSource that gives what the scan cannot read",
  /** detect/scan's `workspace` names no package of the monorepo scanned (nor a folder of it, where it declares no workspaces); the message lists the ones it holds. */
  TECHSTACK_NO_SUCH_WORKSPACE: "a workspace package the monorepo does not hold",
  /** detect/scan's `signal` aborted without a reason of the caller's (a plain `abort()`): the scan stopped (an Error named AbortError, the signal's reason its cause). */
  TECHSTACK_ABORTED: "a scan whose signal was aborted",
} as const);

/** The `code` of an error techstack throws on purpose: a key of `ERROR_CODES`. */
export type TechstackErrorCode = keyof typeof ERROR_CODES;

/** An error techstack threw on purpose, with its code. */
export type TechstackError = Error & { readonly code: TechstackErrorCode };

/**
 * `error` with its code, as Node's own errors carry theirs: an own enumerable property, shown by
 * `console.log(error)` and kept by a spread copy.
 */
export function coded<E extends Error>(error: E, code: TechstackErrorCode): E & { readonly code: TechstackErrorCode } {
  Object.defineProperty(error, "code", { value: code, enumerable: true, writable: true, configurable: true });
  return error as E & { readonly code: TechstackErrorCode };
}

/**
 * Whether a value is an error techstack threw on purpose (from either build, ESM or CommonJS):
 * an Error whose `code` is one of `ERROR_CODES`. Narrows `code` to `TechstackErrorCode`.
 * @example
 * ```ts
 * try {
 *   await detect("./no-such-folder");
 * } catch (error) {
 *   if (isTechstackError(error) && error.code === "TECHSTACK_NO_SUCH_DIRECTORY") console.error("no such folder");
 *   else throw error;
 * }
 * ```
 */
export function isTechstackError(value: unknown): value is TechstackError {
  const code = value instanceof Error ? (value as { code?: unknown }).code : undefined;
  return typeof code === "string" && Object.hasOwn(ERROR_CODES, code);
}
