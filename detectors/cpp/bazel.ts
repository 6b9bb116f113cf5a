/**
 * A Bazel module's dependencies, read as text (Starlark is never run): the `bazel_dep` calls of a
 * MODULE.bazel, each naming a module of the Bazel Central Registry at one exact version.
 */
import { closingPairs, lineCounter } from "../../src/kit.js";
import { releaseOfTag } from "./release-tag.js";

export interface BazelDep {
  name: string;
  /** As written: `1.62.1`, `1.83.0.bcr.1`, `20240116.1`. */
  declared?: string;
  /** The library's release: the registry's own revision suffix (`.bcr.1`) left off. */
  version?: string;
  /** `dev_dependency = True`: used only when this module is the root (its tests, its tools). */
  dev: boolean;
  line: number;
}

const CALL = /\bbazel_dep\s*\(/g;
const OVERRIDE = /\b(single_version|git|archive|local_path)_override\s*\(/g;

/**
 * The `bazel_dep` calls of one MODULE.bazel, in the order written; `#` comments are skipped. The
 * root module's overrides decide a module's release over its `bazel_dep`'s, as in Bazel's
 * resolution: a `single_version_override`'s `version`, an `archive_override`'s archive (its
 * `strip_prefix` or URL, as a WORKSPACE's); a `git_override` (at a commit) or `local_path_override`
 * builds a source no version names.
 */
export function readModuleBazel(text: string): BazelDep[] {
  const out: BazelDep[] = [];
  const pinned = new Map<string, string | undefined>();
  for (const { args, value, kind } of calls(text, OVERRIDE)) {
    const name = value("module_name");
    if (!name) continue;
    if (kind === "single_version") {
      const version = value("version");
      if (version) pinned.set(name, version);
    } else pinned.set(name, kind === "archive" ? archiveRelease(name, args, value) : kind === "git" ? tagRelease(name, value("tag")) : undefined);
  }
  for (const { args, value, line } of calls(text, CALL)) {
    const name = value("name");
    if (!name || !/^[a-z0-9][a-z0-9._-]*$/i.test(name)) continue;
    const declared = pinned.has(name) ? pinned.get(name) : value("version") || undefined;
    const version = declared && /^\d/.test(declared) ? declared.replace(/\.bcr\.\d+$/, "") : undefined;
    out.push({ name, declared, version, dev: /\bdev_dependency\s*=\s*True\b/.test(args), line });
  }
  return out;
}

const TOOLCHAIN = /\b(?:[A-Za-z_]\w*\.toolchain|python_register_toolchains)\s*\(/g;

/**
 * The Python a Bazel workspace builds with: rules_python's `python.toolchain(python_version = "3.11")`
 * in a MODULE.bazel (the one marked `is_default = True` where it registers several, else the first),
 * or `python_register_toolchains(name = "python3_11", python_version = "3.11")` in a WORKSPACE.
 */
export function readPythonToolchain(text: string): { version: string; line: number } | undefined {
  let first: { version: string; line: number } | undefined;
  for (const { args, value, line } of calls(text, TOOLCHAIN)) {
    const version = value("python_version");
    if (!version || !/^\d+(\.\d+)+$/.test(version)) continue;
    if (/\bis_default\s*=\s*True\b/.test(args)) return { version, line };
    first ??= { version, line };
  }
  return first;
}

/**
 * The language rules' toolchain calls and the argument naming the release each downloads: rules_go's
 * `go_sdk.download(version = "1.22.2")` (a WORKSPACE's `go_register_toolchains(version = ...)`),
 * rules_nodejs' `node.toolchain(node_version = "20.11.1")` (`nodejs_register_toolchains`), and
 * rules_rust's `rust.toolchain(versions = ["1.76.0"])` (`rust_register_toolchains`, whose older
 * form takes one `version`). By the runtime key each is reported under.
 */
const LANGUAGE_TOOLCHAINS: Array<{ runtime: string; call: RegExp; arg: string }> = [
  { runtime: "go", call: /\b(?:go_sdk\.download|go_register_toolchains)\s*\(/g, arg: "version" },
  { runtime: "node", call: /\b(?:node\.toolchain|nodejs_register_toolchains)\s*\(/g, arg: "node_version" },
  { runtime: "rust", call: /\b(?:rust\.toolchain|rust_register_toolchains)\s*\(/g, arg: "versions?" },
];

/**
 * The Go, Node.js and Rust releases a MODULE.bazel or WORKSPACE downloads for its builds, each at the
 * first of its toolchain calls that writes one out: a release string, or a list's first release
 * (Rust's `versions`, where a nightly, `nightly/2024-07-29`, names none). A release held in a
 * constant (`version = GO_VERSION`) is not followed.
 */
export function readLanguageToolchains(text: string): Array<{ runtime: string; version: string; line: number }> {
  const out: Array<{ runtime: string; version: string; line: number }> = [];
  for (const { runtime, call, arg } of LANGUAGE_TOOLCHAINS) {
    for (const { args, line } of calls(text, call)) {
      const written = new RegExp(`\\b${arg}\\s*=\\s*\\[?\\s*(["'])([^"'\\n]*)\\1`).exec(args)?.[2];
      if (!written || !/^\d+(\.\d+)+$/.test(written)) continue;
      out.push({ runtime, version: written, line });
      break;
    }
  }
  return out;
}

/** One `http_archive` or `git_repository` of a WORKSPACE: the repository name it is bound to. */
export interface BazelArchive {
  name: string;
  /** The release its `strip_prefix` (`googletest-1.13.0`), archive URL or `tag` names; a commit names none. */
  version?: string;
  line: number;
}

const ARCHIVE = /\b(?:http_archive|(?:new_)?git_repository|maybe(?=\s*\(\s*(?:http_archive|(?:new_)?git_repository)\s*,))\s*\(/g;

/**
 * The external repositories a WORKSPACE (Bazel's pre-module file) fetches with `http_archive` or
 * `git_repository` (also through `maybe(http_archive, name = ...)`), by the name each is bound to
 * (`com_google_googletest`, `com_github_grpc_grpc`: the names the libraries' own setup guides give
 * them); the same calls in the .bzl files a WORKSPACE loads its dependencies from, and in a
 * MODULE.bazel (through `use_repo_rule`).
 */
export function readWorkspace(text: string): BazelArchive[] {
  const out: BazelArchive[] = [];
  for (const { args, value, line } of calls(text, ARCHIVE)) {
    const name = value("name");
    if (!name || !/^[A-Za-z0-9_.-]+$/.test(name)) continue;
    out.push({ name, version: archiveRelease(name, args, value) ?? tagRelease(name, value("tag")), line });
  }
  return out;
}

/**
 * The release an archive's `strip_prefix` (`googletest-1.13.0`; a GitHub archive's `curl-curl-8_5_0`,
 * `openssl-OpenSSL_1_1_1w`; Boost's `boost_1_84_0/`) or URL (`.../download/v2.2.2/`,
 * `.../archive/refs/tags/curl-8_5_0.tar.gz`) names.
 */
function archiveRelease(name: string, args: string, value: (key: string) => string | undefined): string | undefined {
  const prefix = (value("strip_prefix") ?? "").replace(/\/$/, "");
  const release = /-v?(\d+(?:\.\d+)+)$/.exec(prefix)?.[1] ?? folderRelease(name, prefix);
  if (release) return release;
  // The folder after `tags/`, `download/` or `archive/` (`archive/refs/tags/v1.14.0.tar.gz`: the first names none).
  for (const m of args.matchAll(/\/(?:tags|download|archive)\/([\w.-]+?)(?=\.zip|\.tar\.\w+|\.tgz|\/)/g)) {
    const tagged = tagRelease(name, m[1]);
    if (tagged) return tagged;
  }
  return undefined;
}

/**
 * The release a git tag names (`v1.62.1`, `release-1.12.1`, or after the dependency's own name:
 * `boost-1.84.0`, `curl-8_5_0`, `OpenSSL_1_1_1w` is 1.1.1w); a commit names none. The name is one of
 * the words the dependency is bound by, without a `lib` or a trailing number (`com_github_curl_curl`,
 * `libcurl` and `curl_archive` are curl's, `openssl1` OpenSSL's; `boost.asio` is Boost's): an
 * override or archive is often a fork's or another project's (`zlib-ng-2.1.6` under `zlib`,
 * `tiny-curl-8_4_0`), whose release is not the dependency's. CMake's fetches read any name (releaseOfTag).
 */
function tagRelease(name: string, tag: string | undefined): string | undefined {
  return releaseOfTag(tag, (word) => ownWords(name).has(word.toLowerCase()));
}

/**
 * As tagRelease, for a GitHub archive's folder, `<repository>-<tag>` (`curl-curl-7_81_0`,
 * `openssl-OpenSSL_1_1_1n`): the name is the word just before the release.
 */
function folderRelease(name: string, folder: string): string | undefined {
  return releaseOfTag(folder, (words) => ownWords(name).has(words.slice(words.lastIndexOf("-") + 1).toLowerCase()));
}

/** The words a dependency is bound by, lower-cased, each also without a `lib` or a trailing number. */
function ownWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const word of name.toLowerCase().split(/[^a-z0-9]+/)) if (word) out.add(word).add(word.replace(/^lib(?=[a-z])/, "").replace(/(?<=[a-z])\d+$/, ""));
  return out;
}

/** The most characters of one call's arguments read. */
const MAX_CALL = 16_384;

/**
 * The calls `pattern` finds (a global pattern ending at the call's `(`), `#` comments blanked: each
 * call's arguments (and the offset they start at), a reader of its `key = "value"` arguments, and
 * the line it starts on. A call never closed is skipped, and so is one whose arguments run past
 * `maxCall` (`MAX_CALL` by default): a real call's are a few lines, and one spanning more (calls
 * nested in calls) is no dependency's; reading it for each call inside would cost their square. A
 * caller allowing longer calls (a list of hundreds of artifacts) gets none holding another of its
 * calls, so the arguments read never overlap.
 */
export function* calls(text: string, pattern: RegExp, maxCall = MAX_CALL): Generator<{ args: string; start: number; value: (key: string) => string | undefined; line: number; kind?: string }> {
  const source = text.replace(/#[^\n]*/g, (c) => " ".repeat(c.length));
  const lineAt = lineCounter(source);
  const closes = closingPairs(source, "(", ")");
  const found = [...source.matchAll(pattern)];
  for (const [i, m] of found.entries()) {
    const start = m.index! + m[0].length;
    const end = closes.get(start - 1);
    if (end === undefined || end - start > maxCall) continue;
    if (maxCall > MAX_CALL && i + 1 < found.length && found[i + 1]!.index! < end) continue;
    const args = source.slice(start, end);
    const value = (key: string) => new RegExp(`\\b${key}\\s*=\\s*(["'])([^"'\\n]*)\\1`).exec(args)?.[2];
    yield { args, start, value, line: lineAt(m.index!), kind: m[1] };
  }
}

/**
 * The system libraries a BUILD file's rules link (`linkopts = ["-lcurl", "-lpq"]`, under a `select`
 * too), by linker name, each at its first mention; `#` comments skipped.
 */
export function readBuildLinkopts(text: string): Array<{ name: string; line: number }> {
  const source = text.replace(/#[^\n]*/g, (c) => " ".repeat(c.length));
  const lineAt = lineCounter(source);
  const out = new Map<string, { name: string; line: number }>();
  for (const m of source.matchAll(/(["'])-l([A-Za-z][\w+.-]*)\1/g)) if (!out.has(m[2]!)) out.set(m[2]!, { name: m[2]!, line: lineAt(m.index!) });
  return [...out.values()];
}
