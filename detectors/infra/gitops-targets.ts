import type { DetectContext } from "../../src/types.js";
import { baseName, isRecord, isYamlTrue, joinInside, parseYamlDocuments, repositoryGlob, yamlDocuments, type ParsedYamlDocuments } from "../../src/kit.js";
import { ILLUSTRATIONS, inTestingPlace } from "./manifest-places.js";
import { MANIFEST_TEXT } from "./manifests.js";

/**
 * The folders the repository's GitOps objects apply: those of every Flux Kustomization and Argo CD
 * Application or ApplicationSet in its YAML (`skip`: files that hold none, data and lockfiles), read
 * before any manifest is placed. Objects under examples, docs or a test's place apply nothing.
 * `parsed` is given each file's documents as parsed here, for the pass that reads it as a manifest.
 */
export async function readGitOpsTargets(ctx: DetectContext, skip: (file: string) => boolean, parsed: Map<string, ParsedYamlDocuments>): Promise<GitOpsTarget[]> {
  const targets: GitOpsTarget[] = [];
  for (const file of ctx.files) {
    if (!/\.ya?ml$/.test(baseName(file)) || skip(file) || ILLUSTRATIONS.test(file) || inTestingPlace(file)) continue;
    const text = await ctx.text(file);
    if (text === undefined || !(text.includes("kustomize.toolkit.fluxcd.io") || text.includes("argoproj.io")) || !MANIFEST_TEXT(text)) continue;
    // Quiet: the file is read again, with its warnings, as a manifest (from the same parse).
    const each = parseYamlDocuments(text, file);
    parsed.set(file, each);
    for (const doc of yamlDocuments(ctx, file, text, { quiet: true }, each) ?? []) {
      const d = doc as { apiVersion?: unknown; kind?: unknown } | null;
      if (typeof d?.apiVersion !== "string" || typeof d.kind !== "string") continue;
      targets.push(...gitOpsTargets(/^([\w-]+\.[\w.-]+)\/[\w.-]+$/.exec(d.apiVersion)?.[1], d.kind, doc));
    }
    if (targets.length >= MAX_GITOPS_TARGETS) break;
  }
  return targets;
}

/** A folder a GitOps controller applies, from the repository's root: every manifest in it, or in the tree below it too. */
export interface GitOpsTarget {
  /** The folder (`apps/production`), or a glob of folders (`apps/*`, an ApplicationSet's Git directories). */
  path: string;
  recurse: boolean;
  /** Folders, or globs of folders, left out though the path takes them (an ApplicationSet's excluded directories). */
  except?: string[];
}

/**
 * The folders a Flux Kustomization (`spec.path`: Flux applies every manifest in the tree below it when
 * it holds no kustomization) or an Argo CD Application (`spec.source.path`, each of `spec.sources`: the
 * folder's own files, the tree below with `directory.recurse`) applies, and the folders an ApplicationSet's
 * Git generators make applications of (`directories: [{ path: apps/* }]`). Paths are the repository's
 * (its own, when it is the source); a templated one (`{{path}}`) names none.
 */
export function gitOpsTargets(group: string | undefined, kind: string, doc: unknown): GitOpsTarget[] {
  const spec = isRecord(doc) && isRecord(doc.spec) ? doc.spec : undefined;
  if (!spec) return [];
  const out: GitOpsTarget[] = [];
  const add = (path: unknown, recurse: boolean, except: string[] = []) => {
    const folder = targetFolder(path);
    if (folder !== undefined) out.push(except.length ? { path: folder, recurse, except } : { path: folder, recurse });
  };
  // Without a `path` Flux applies its source's root: of another repository, as often as of this one.
  if (group === "kustomize.toolkit.fluxcd.io" && kind === "Kustomization") add(spec.path, true);
  if (group === "argoproj.io" && kind === "Application") {
    for (const source of [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])]) {
      if (!isRecord(source) || typeof source.chart === "string") continue;
      add(source.path, isRecord(source.directory) && isYamlTrue(source.directory.recurse));
    }
  }
  if (group === "argoproj.io" && kind === "ApplicationSet") {
    for (const { include, exclude } of gitDirectories(spec.generators, 0)) {
      // Argo CD leaves an excluded directory out even where an included glob takes it.
      const except = exclude.flatMap((path) => targetFolder(path) ?? []);
      for (const dir of include) add(dir, false, except);
    }
  }
  return out;
}

/**
 * A target's folder in the repository, as written in a GitOps object (`./apps/prod/`: apps/prod);
 * none for a templated path (`{{path}}`, `${ENV}`), which only the controller can fill in, or one
 * leaving the repository.
 */
function targetFolder(path: unknown): string | undefined {
  return typeof path === "string" && !/[{}$]/.test(path) ? joinInside("", path.trim()) : undefined;
}

/** Each Git generator's `directories` at any depth of an ApplicationSet's generators (a matrix's too): the paths it includes, and those it excludes. */
function gitDirectories(value: unknown, depth: number, out: Array<{ include: unknown[]; exclude: string[] }> = []): Array<{ include: unknown[]; exclude: string[] }> {
  if (depth > 10 || !value || typeof value !== "object") return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === "directories" && Array.isArray(v)) {
      const list = { include: [] as unknown[], exclude: [] as string[] };
      for (const d of v) {
        if (!isRecord(d)) continue;
        if (!isYamlTrue(d.exclude)) list.include.push(d.path);
        else if (typeof d.path === "string") list.exclude.push(d.path);
      }
      out.push(list);
    } else gitDirectories(v, depth + 1, out);
  }
  return out;
}

/** A test of a file's folder against GitOps targets, each target's glob made once. */
export function gitOpsApplies(targets: readonly GitOpsTarget[]): (file: string) => boolean {
  const tests = targets.slice(0, MAX_GITOPS_TARGETS).map(({ path, recurse, except = [] }) => {
    const glob = folderTest(path);
    const excluded = except.map((e) => folderTest(e) ?? ((folder: string) => folder === e));
    return (folder: string): boolean => {
      if (excluded.some((test) => test(folder))) return false;
      if (glob) return glob(folder);
      if (folder === path) return true;
      return recurse && (path === "" || folder.startsWith(`${path}/`));
    };
  });
  return (file) => {
    if (tests.length === 0) return false;
    const slash = file.lastIndexOf("/");
    const folder = slash < 0 ? "" : file.slice(0, slash);
    return tests.some((test) => test(folder));
  };
}

/** A folder glob's test (`apps/*`), undefined for a plain folder. */
function folderTest(path: string): ((folder: string) => boolean) | undefined {
  return /[*?]/.test(path) ? repositoryGlob(path) : undefined;
}

/** How many GitOps targets a repository's objects bring at most: each is tried on every YAML file. */
const MAX_GITOPS_TARGETS = 200;
