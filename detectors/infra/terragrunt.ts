import { closingPairs, dirOf, foldersUp, isRecord, joinInside } from "../../src/kit.js";
import { hclWithoutComments, jsonLiteral, jsonLiteralInputs, literalInputs, readTerragruntBackend, registryModule } from "./terraform.js";
import { block as hclBlock } from "./hcl-blocks.js";
import { isAwsEndpoint } from "./s3-backend.js";

/**
 * Terragrunt configurations: a unit (terragrunt.hcl, or terragrunt.hcl.json in Terragrunt's JSON
 * syntax) deploys the module of its `terraform { source }` with its `inputs`, and its `include`
 * blocks merge parent configurations into it (root.hcl, an `_envcommon/<component>.hcl`, an older
 * root terragrunt.hcl). Read as text: HCL is not evaluated, so only what is written out counts.
 */
export interface TerragruntConfig {
  /** Whether its `terraform` block sets a `source` at all (a registry module's or any other, an expression). */
  sourceWritten: boolean;
  /** The registry module that source names, at the release it pins; undefined for any other source. */
  module?: { source: string; version?: string };
  /**
   * Its `inputs`: undefined where it sets none; `opaque` where they are no map written out
   * (`merge(...)`, a local), so any input may be among them; else the map's literal inputs
   * (literalInputs: `engine=postgres`, in the order written) and the names of all it sets.
   */
  inputs?: "opaque" | { literal: string[]; written: string[] };
  /** Its `include` blocks, in the order written. */
  includes: TerragruntInclude[];
  /** Where its `remote_state` keeps the state (readTerragruntBackend), and whether it writes one at all. */
  backend?: string;
  remoteState: boolean;
}

export interface TerragruntInclude {
  /** The path as far as it can be read (terragruntIncludePath); undefined for an expression of any other form. */
  path?: TerragruntPath;
  /** `merge_strategy`: `shallow` unless written (`no_merge` merges nothing; `deep` merges maps key by key, the same for the top-level inputs read here). */
  merge: string;
}

/**
 * An include's path: `relative` to the including file's folder, from the repository's `root` (the
 * scanned tree's: `"${get_repo_root()}/root.hcl"`), or the file `find_in_parent_folders`
 * finds (`find`, "" for its default, a terragrunt.hcl), with `then` joined to the folder of the file
 * found where the path is `"${dirname(find_in_parent_folders("root.hcl"))}/then"`.
 */
export type TerragruntPath = { relative: string } | { root: string } | { find: string; then?: string };

/** Terragrunt's `find_in_parent_folders(...)` call: the name it looks for ("" for none), any fallback argument after it left out. */
const FIND = String.raw`find_in_parent_folders\(\s*(?:"([^"$]*)"\s*(?:,[^)]*)?)?\)`;
const PATHS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => TerragruntPath | undefined]> = [
  [new RegExp(`^${FIND}$`), (m) => ({ find: m[1] ?? "" })],
  [new RegExp(`^"\\$\\{${FIND}\\}"$`), (m) => ({ find: m[1] ?? "" })],
  [new RegExp(`^"\\$\\{dirname\\(${FIND}\\)\\}/([^"$]+)"$`), (m) => ({ find: m[1] ?? "", then: m[2]! })],
  [/^"\$\{get_terragrunt_dir\(\)\}\/([^"$]+)"$/, (m) => ({ relative: m[1]! })],
  [/^"\$\{get_(?:repo_root|path_to_repo_root)\(\)\}\/([^"$]+)"$/, (m) => ({ root: m[1]! })],
  [/^"([^"$/][^"$]*)"$/, (m) => ({ relative: m[1]! })],
];

/**
 * An include's `path` expression as written, read where it is a literal relative path or one of the
 * path functions Terragrunt's own examples write: `find_in_parent_folders()` (with a name, quoted in
 * an interpolation or not), `dirname(find_in_parent_folders(...))` with a path after it, and
 * `get_terragrunt_dir()`, `get_repo_root()` or `get_path_to_repo_root()` with a path after it.
 * Any other expression (a local, an absolute path, get_parent_terragrunt_dir()) is undefined.
 */
export function terragruntIncludePath(expression: string): TerragruntPath | undefined {
  const text = expression.trim();
  for (const [pattern, read] of PATHS) {
    const m = pattern.exec(text);
    if (m) return read(m);
  }
  return undefined;
}

/**
 * The file an include's path names inside the scanned tree (`exists`), or undefined: a relative
 * path from the including file's folder or the tree's root; `find_in_parent_folders` looks in each
 * folder above that folder (not the folder itself), as Terragrunt does, for its name (a
 * terragrunt.hcl, or terragrunt.hcl.json, without one). A path that leaves the tree is not followed.
 */
export function resolveTerragruntInclude(file: string, path: TerragruntPath, exists: (path: string) => boolean): string | undefined {
  const dir = dirOf(file);
  const existing = (p: string | undefined) => (p !== undefined && exists(p) ? p : undefined);
  if ("relative" in path) return existing(joinInside(dir, path.relative));
  if ("root" in path) return existing(joinInside("", path.root));
  for (const folder of foldersUp(dir)) {
    if (folder === dir) continue;
    for (const name of path.find ? [path.find] : ["terragrunt.hcl", "terragrunt.hcl.json"]) {
      const found = existing(joinInside(folder, name));
      if (found === undefined) continue;
      return path.then === undefined ? found : existing(joinInside(dirOf(found), path.then));
    }
  }
  return undefined;
}

/** A Terragrunt configuration in HCL (terragrunt.hcl, root.hcl, an included .hcl file). */
export function readTerragruntConfig(text: string): TerragruntConfig {
  const clean = hclWithoutComments(text);
  const terraform = hclBlock(clean, /^[ \t]*terraform[ \t]*\{/m) ?? "";
  const source = /^[ \t]*source[ \t]*=[ \t]*(.*)$/m.exec(terraform)?.[1]?.trim();
  const inputsBody = hclBlock(clean, /^[ \t]*inputs[ \t]*=[ \t]*\{/m);
  const inputs = inputsBody !== undefined ? mapInputs(inputsBody) : /^[ \t]*inputs[ \t]*=/m.test(clean) ? "opaque" : undefined;
  // Each include block's body, its braces paired once for the whole text; a body also ends at the
  // next include header (blocks that never nest): thousands of headers closed only at the end of
  // the file would otherwise each be read to the end, a time that grows with their square.
  let closes: Map<number, number> | undefined;
  const includes: TerragruntInclude[] = [];
  const headers = [...clean.matchAll(/^[ \t]*include(?:[ \t]+"[^"\n]*")?[ \t]*\{/gm)];
  for (const [i, m] of headers.entries()) {
    const open = m.index + m[0].length - 1;
    const close = (closes ??= closingPairs(clean, "{", "}")).get(open);
    if (close === undefined) continue;
    const body = clean.slice(open + 1, Math.min(close, headers[i + 1]?.index ?? Infinity));
    const path = /^[ \t]*path[ \t]*=[ \t]*(.*)$/m.exec(body)?.[1];
    const merge = /^[ \t]*merge_strategy[ \t]*=[ \t]*"([\w-]+)"/m.exec(body)?.[1] ?? "shallow";
    includes.push({ ...(path !== undefined ? { path: terragruntIncludePath(path) } : {}), merge });
  }
  const backend = readTerragruntBackend(text);
  return { sourceWritten: source !== undefined, ...sourceModule(source && /^"([^"$]*)"$/.exec(source)?.[1]), ...(inputs ? { inputs } : {}), includes, ...(backend ? { backend } : {}), remoteState: /^[ \t]*remote_state[ \t]*\{/m.test(clean) };
}

/**
 * A Terragrunt configuration in its JSON syntax (terragrunt.hcl.json): blocks as objects (or lists
 * of them), an `include` labelled (`{ "root": { "path": ... } }`) or not, expressions as `${...}` strings.
 */
export function readTerragruntJson(doc: unknown): TerragruntConfig {
  const out: TerragruntConfig = { sourceWritten: false, includes: [], remoteState: false };
  if (!isRecord(doc)) return out;
  const first = (value: unknown) => (Array.isArray(value) ? value.find(isRecord) : isRecord(value) ? value : undefined);
  const terraform = first(doc.terraform);
  if (terraform && terraform.source !== undefined) {
    out.sourceWritten = true;
    Object.assign(out, sourceModule(jsonLiteral(terraform.source)));
  }
  if (isRecord(doc.inputs)) {
    out.inputs = { literal: jsonLiteralInputs(doc.inputs), written: Object.keys(doc.inputs) };
  } else if (doc.inputs !== undefined) out.inputs = "opaque";
  const includes = Array.isArray(doc.include) ? doc.include.filter(isRecord) : isRecord(doc.include) ? [doc.include] : [];
  for (const include of includes) {
    // Unlabelled, the object is the block; labelled, each value is one.
    const blocks = "path" in include ? [include] : Object.values(include).filter(isRecord);
    for (const b of blocks.slice(0, 100)) {
      const path = typeof b.path === "string" ? terragruntIncludePath(`"${b.path}"`) : undefined;
      out.includes.push({ ...(path ? { path } : {}), merge: typeof b.merge_strategy === "string" ? b.merge_strategy : "shallow" });
    }
  }
  const state = first(doc.remote_state);
  if (state) {
    out.remoteState = true;
    const config = isRecord(state.config) ? state.config : {};
    const endpoint = typeof config.endpoint === "string" ? config.endpoint : isRecord(config.endpoints) && typeof config.endpoints.s3 === "string" ? config.endpoints.s3 : undefined;
    if (typeof state.backend === "string" && /^[\w-]+$/.test(state.backend) && !(state.backend === "s3" && endpoint !== undefined && !isAwsEndpoint(endpoint))) out.backend = state.backend;
  }
  return out;
}

/**
 * A unit merged with the configurations it includes (`parents`, in the order of its include
 * blocks, those with `no_merge` left out), as Terragrunt merges them: the unit over its last
 * include, that over the one before. The `terraform` source of the highest that sets one (a
 * source set to anything else, an expression, hides a parent's); the inputs key by key, a higher
 * configuration's input replacing a lower's whatever its value (an expression hides a literal
 * below it), and inputs that are no map written out making every input below them unknown.
 * `has` says whether an input may be set at all.
 */
export function mergeTerragrunt(unit: TerragruntConfig, parents: readonly TerragruntConfig[]): { module?: { source: string; version?: string }; inputs: string[]; has: (name: string) => boolean } {
  const layers = [...parents, unit];
  const module = layers.findLast((c) => c.sourceWritten)?.module;
  const literal = new Map<string, string>();
  const written = new Set<string>();
  let opaque = false;
  for (const layer of layers) {
    const inputs = layer.inputs;
    if (inputs === undefined) continue;
    if (inputs === "opaque") {
      literal.clear();
      opaque = true;
      continue;
    }
    for (const name of inputs.written) {
      literal.delete(name);
      written.add(name);
    }
    for (const input of inputs.literal) {
      const name = input.slice(0, input.indexOf("="));
      if (!literal.has(name)) literal.set(name, input);
    }
  }
  return { ...(module ? { module } : {}), inputs: [...literal.values()], has: (name) => opaque || written.has(name) };
}

/** An `inputs` map's literal inputs and the names of every input it sets (at a line's start, as literalInputs reads them). */
function mapInputs(body: string): { literal: string[]; written: string[] } {
  return { literal: literalInputs(body), written: [...body.matchAll(/^[ \t]*([\w-]+)[ \t]*=/gm)].map((m) => m[1]!) };
}

/**
 * The registry module a source names: `tfr:///owner/name/provider?version=5.4.0` (the public
 * registry when the host is left out, as Terragrunt reads it), or such a module fetched from its
 * GitHub repository (registryModule); another Git or local source names none.
 */
function sourceModule(source: string | undefined): { module?: { source: string; version?: string } } {
  if (!source) return {};
  const m = /^tfr:\/\/(?:registry\.terraform\.io|registry\.opentofu\.org)?\/([\w-]+\/[\w-]+\/[\w-]+(?:\/\/[^?]*)?)(?:\?version=([^&]+))?$/.exec(source);
  if (m) return { module: { source: m[1]!, ...(m[2] ? { version: m[2] } : {}) } };
  const git = registryModule(source);
  return git.source === source ? {} : { module: git };
}
