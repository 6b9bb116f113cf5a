import type { DetectContext } from "../../src/types.js";
import { baseName, lineCounter, sibling } from "../../src/kit.js";

/**
 * Cartfile, and Cartfile.private beside it: each dependency, at the version Cartfile.resolved
 * beside them pins (Carthage resolves both into that one file). A Cartfile.private holds what
 * only the framework's own development needs (its tests' Quick and Nimble, a snapshot library),
 * which a project using the framework never fetches: its dependencies are development ones.
 */
export async function extractCartfile(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const resolvedPath = sibling(file, "Cartfile.resolved");
  const resolved = ctx.exists(resolvedPath) ? readCartfile((await ctx.text(resolvedPath)) ?? "") : new Map<string, string>();
  const dev = baseName(file) === "Cartfile.private" || undefined;
  for (const { name, version: declared, line } of cartfileEntries(text)) {
    const pinned = resolved.get(name);
    ctx.report({ ref: `carthage:${name}`, file, line, declared, version: pinned ?? declared, versionFile: pinned ? resolvedPath : undefined, direct: true, dev });
  }
}

/** A git commit, short or full, as Carthage writes it for a branch or a pinned commit. */
const COMMIT = /^(?=[0-9]*[a-f])[0-9a-f]{7,40}$/;

/** Cartfile and Cartfile.resolved lines: `github "Alamofire/Alamofire" ~> 5.8`, `github "a/b" "5.8.1"`; repository name to version. */
export function readCartfile(text: string): Map<string, string | undefined> {
  return new Map(cartfileEntries(text).map(({ name, version }) => [name, version]));
}

/** Each repository a Cartfile names, at its first line (1-based) and with the release it asks for, if any. */
export function cartfileEntries(text: string): Array<{ name: string; version: string | undefined; line: number }> {
  const out = new Map<string, { name: string; version: string | undefined; line: number }>();
  const lineAt = lineCounter(text);
  for (const m of text.matchAll(/^[ \t]*(?:github|git|binary)\s+"([^"]+)"(?:\s+(?:(?:~>|==|>=)\s*)?"?v?(\d[\w.-]*)"?)?/gm)) {
    const name = m[1]!.replace(/\.(git|json)$/, "").replace(/\/$/, "").split("/").pop()!;
    // A branch resolves to its commit, and a Cartfile may pin one: a hash (`4f1a9b2…`) is no release.
    const version = m[2] && !COMMIT.test(m[2]) ? m[2] : undefined;
    const line = lineAt(m.index);
    if (name && !out.has(name)) out.set(name, { name, version, line });
  }
  return [...out.values()];
}
