import { resolve, type Resolution } from "./resolve.js";
import { releaseAfterName } from "./name-keys.js";
import { versionFromTag } from "../versions/image-tag.js";
import { splitImage } from "../kit/image-reference.js";
import type { Catalog } from "./catalog.js";

/** A typed name read as submit --manual reads it: the tools its name part means, and the release typed with it. */
export interface TypedName {
  /** The tools the name means, best first (as resolve() gives them, for the name without its release where one was typed). */
  matches: Resolution[];
  /**
   * The release typed with the name, as a document writes it: `postgres 16` is 16.0.0, `java 17.0.x`
   * 17.0, `rails 7.1.0.beta` 7.1.0, `Django~=4.2` 4.2. A tool whose entries carry no release
   * (`no_release`, .NET) is written without it.
   */
  version?: string;
  /** The release as typed (`16`, `17.0.x`), beside `version`. */
  release?: string;
}

/**
 * The tools a typed name means and the release typed after it ("postgres 16", "react@18.2.0",
 * "node 18.x", "Django==4.2", "node20"): the release is split off where the name without it is a
 * tool's name, alias or slug exactly, and the whole is not another tool's ("Java 8" and "CSS 3" are
 * tools of their own; "python 3" is Python at release 3, as the alias "python 3" is Python too),
 * or where it is an image written whole before its tag ("bitnami/postgresql:16").
 * @param limit at most this many matches (default 5), as resolve's
 */
export function resolveTyped(catalog: Catalog, typed: string, limit = 5): TypedName {
  let matches = resolve(catalog, typed, limit);
  const split = splitRelease(typed);
  let release: string | undefined;
  if (split) {
    const named = resolve(catalog, split.name, limit);
    if (exact(named) && (!exact(matches) || named[0]!.tool.id === matches[0]!.tool.id)) [matches, release] = [named, split.version];
    else if (split.separator === ":" && imageTagIsRelease(catalog, split.name, named, matches)) [matches, release] = [named, split.version];
  }
  // A release glued on ("node20", "python3.12", "jdk17"), where the name without it is exactly the
  // tool the whole was read as: a name whose digits are its own ("es6", "python3", "web3", a package
  // of Ethereum's) is matched whole, or by another tool than its letters name, and keeps them.
  const glued = release === undefined && !exact(matches) ? releaseAfterName(typed) : undefined;
  if (glued) {
    const named = resolve(catalog, glued.name, limit);
    if (exact(named) && named[0]!.tool.id === matches[0]?.tool.id) [matches, release] = [named, glued.version];
  }
  const version = versionFromTag(release === undefined ? undefined : releaseLine(release));
  return { matches, ...(version === undefined ? {} : { version, release }) };
}

/**
 * An image written whole, with its registry or namespace ("bitnami/postgresql", "docker.io/library/node"),
 * before a tag: the tag is the release of the tool the image reveals, as a scan reads the image,
 * where the image is that tool's (the whole typed reads as it too) and its tag is not marked as
 * none of its tool's releases (a `~` matcher, "actions/actions-runner").
 */
function imageTagIsRelease(catalog: Catalog, image: string, named: readonly Resolution[], whole: readonly Resolution[]): boolean {
  const top = named[0];
  const name = splitImage(image)?.name;
  return Boolean(name && top && top.matchedBy === "package" && top.tool.id === whole[0]?.tool.id && catalog.knows("docker", name) && !catalog.versionless("docker", name));
}

/** The best match names its tool exactly. */
export function exact(matches: readonly Resolution[]): boolean {
  return Boolean(matches[0] && matches[0].score >= 0.99);
}

/**
 * A typed name with a release after a space, `@`, pip's `==` or `~=`, or an image's `:` ("postgres
 * 16", "react@18.2.0", "node v20", "vite@5.0.0-beta.3", "Django~=4.2", "postgres:15",
 * "node:18-alpine"), split; the release may end in a line's wildcard (`18.x`, `17.0.x`, `8.*`) or
 * RubyGems' pre-release words (`7.1.0.beta`, `7.1.0.rc.1`).
 */
function splitRelease(text: string): { name: string; separator: string; version: string } | undefined {
  const m = /^(.+?)(\s+|@|:|==|\s*~=\s*)(v?\d+(?:\.\d+){0,3}(?:\.[x*])?(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*|(?:\.[A-Za-z][0-9A-Za-z]*)(?:\.[0-9A-Za-z]+)*)?)$/i.exec(text.trim());
  return m ? { name: m[1]!, separator: m[2]!.trim(), version: m[3]! } : undefined;
}

/** A release line's wildcard left off (`18.x` is 18, `17.0.*` 17.0): a release typed as a line is that line's release. */
function releaseLine(release: string): string {
  return release.replace(/\.[x*]$/i, "");
}
