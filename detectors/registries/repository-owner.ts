import type { DetectContext } from "../../src/types.js";
import { isRecord } from "../../src/kit.js";

/**
 * The GitHub, GitLab or Bitbucket owner the repository names itself by at its root: go.mod's
 * module path, package.json's or Cargo.toml's `repository`; lowercased, undefined if none.
 */
export async function repositoryOwner(ctx: DetectContext): Promise<string | undefined> {
  const hosted = /(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([\w.-]+)\//i;
  if (ctx.exists("go.mod")) {
    const m = /^module\s+(\S+)/m.exec((await ctx.peek("go.mod")) ?? "");
    const owner = m && hosted.exec(`${m[1]}/`);
    if (owner) return owner[1]!.toLowerCase();
  }
  if (ctx.exists("package.json")) {
    const data = await ctx.json("package.json");
    const repo = isRecord(data) ? (isRecord(data.repository) ? data.repository.url : data.repository) : undefined;
    if (typeof repo === "string") {
      const owner = hosted.exec(repo) ?? /^(?:github:)?([\w.-]+)\/[\w.-]+$/.exec(repo.trim());
      if (owner) return owner[1]!.toLowerCase();
    }
  }
  if (ctx.exists("Cargo.toml")) {
    const m = /^repository\s*=\s*["']([^"']+)["']/m.exec((await ctx.peek("Cargo.toml")) ?? "");
    const owner = m && hosted.exec(m[1]!);
    if (owner) return owner[1]!.toLowerCase();
  }
  return undefined;
}
