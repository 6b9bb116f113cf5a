import yaml from "js-yaml";

/**
 * Local tags (`!Ref Table`, `!GetAtt Table.Arn`, `!Sub …` in CloudFormation, SAM and Serverless
 * files; `!reference [.setup, script]` in GitLab CI; `!include` elsewhere) are read as the plain
 * value they tag, so a file that uses them is still read rather than rejected.
 */
const localTags = (["scalar", "sequence", "mapping"] as const).map(
  (kind) => new yaml.Type("!", { kind, multi: true, construct: (data: unknown) => data ?? (kind === "scalar" ? "" : kind === "sequence" ? [] : {}) }),
);
const SCHEMA = yaml.FAILSAFE_SCHEMA.extend(localTags);
/**
 * YAML 1.1's merge key, which compose files (`<<: *airflow-common`, the shared `image` of Airflow's
 * own compose file), GitLab CI and Helm values use to share fields: `<<` is no key of theirs.
 */
const MERGE = (yaml as unknown as { types: { merge: yaml.Type } }).types.merge;
const MERGING = yaml.FAILSAFE_SCHEMA.extend({ implicit: [MERGE], explicit: localTags });

/** Read with merge keys applied; a `<<` that merges no mapping (`<<: 5`) is read as a plain key, as before. */
function withMerges<T>(load: (schema: yaml.Schema) => T): T {
  try {
    return load(MERGING);
  } catch (error) {
    if (error instanceof yaml.YAMLException && /cannot merge mappings/.test(error.reason ?? "")) return load(SCHEMA);
    throw error;
  }
}

/**
 * YAML with every scalar kept as a string (the failsafe schema): `python-version: 3.10` stays
 * "3.10", not the number 3.1, and nothing is turned into a date. Several documents in one file
 * (Kubernetes manifests) come back as an array when `all` is set.
 */
export function parseYaml(text: string, filename?: string): unknown {
  return withMerges((schema) => yaml.load(text, { schema, filename, json: true }));
}

export function parseYamlAll(text: string, filename?: string): unknown[] {
  return withMerges((schema) => yaml.loadAll(text, undefined, { schema, filename, json: true }));
}

/** A document of a YAML file that did not parse: the line its `---` starts it on (1-based), and why. */
export interface BrokenDocument {
  line: number;
  message: string;
}

/**
 * A YAML file's documents, each read on its own when the whole does not parse: a file split by
 * `---` lines where one document is broken (a Helmfile's or a manifest's Go templating,
 * `{{ requiredEnv "X" }}-suffix`) keeps its intact documents. A broken document stands as `null` in
 * its place (as an empty one does), so the documents keep their order and count; each is listed in
 * `broken` with its message, whose line is the file's. A file that parses whole is read whole.
 */
export function parseYamlEach(text: string, filename?: string): { docs: unknown[]; broken: BrokenDocument[] } {
  try {
    return { docs: parseYamlAll(text, filename), broken: [] };
  } catch (whole) {
    const pieces = documentPieces(text);
    if (pieces.length < 2) throw whole;
    const docs: unknown[] = [];
    const broken: BrokenDocument[] = [];
    for (const piece of pieces) {
      // Comments before the first `---` are no document of the whole file's.
      if (piece.text.split("\n").every((l) => PROLOGUE.test(l))) continue;
      try {
        docs.push(...parseYamlAll(piece.text, filename));
      } catch (error) {
        docs.push(null);
        broken.push({ line: piece.line, message: messageAtLine(error, piece.line) });
      }
    }
    return { docs, broken };
  }
}

/** A document-start line: `---` alone, or before its content (`--- |`, `--- # comment`). */
const DOCUMENT_START = /^---(?:[ \t]|\r?$)/;
/** A line before a document's `---` that belongs to it: a directive (`%YAML 1.2`), a comment, a blank. */
const PROLOGUE = /^(?:%.*|[ \t]*(?:#.*)?\r?)$/;

/**
 * The text split before each `---` line, each piece with the line it starts on; lines of
 * directives before a `---` (only comments and blanks beside them) stay with the document they
 * precede. A `---` at the start of a line ends any scalar YAML can hold there, so it is a split in
 * every valid file.
 */
function documentPieces(text: string): Array<{ line: number; text: string }> {
  const lines = text.split("\n");
  const pieces: Array<{ line: number; text: string }> = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !DOCUMENT_START.test(lines[i]!)) continue;
    // The directives just before this `---` (a document ended by `...`, then `%YAML 1.2`) open
    // the next document: the piece ends before the first of them.
    let cut = i;
    if (i < lines.length) {
      let first = i;
      while (first > start && PROLOGUE.test(lines[first - 1]!)) first--;
      const directive = lines.slice(first, i).findIndex((l) => l.startsWith("%"));
      if (directive >= 0) cut = first + directive;
    }
    if (cut === start) continue;
    pieces.push({ line: start + 1, text: lines.slice(start, cut).join("\n") });
    start = cut;
  }
  return pieces;
}

/** A parse error's first line, its `(line:column)` counted in the whole file rather than the document. */
function messageAtLine(error: unknown, firstLine: number): string {
  if (error instanceof yaml.YAMLException && error.mark) return `${error.reason} (${firstLine + error.mark.line}:${error.mark.column + 1})`;
  return String((error as Error)?.message ?? error).split("\n")[0]!;
}
