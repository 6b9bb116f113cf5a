import type { Detector } from "../../src/types.js";
import { isRecord, lineOfEach } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";

/**
 * pre-commit's configuration (`.pre-commit-config.yaml`): each hook repository it pins, by its
 * `owner/repo` path (`psf/black`, `astral-sh/ruff-pre-commit`), at the release its `rev` names:
 * a linter's or formatter's own repository, or a mirror tagged with the tool's releases
 * (`pre-commit/mirrors-prettier` at `v3.1.0` runs Prettier 3.1.0). A commit hash names none.
 * Local hooks (`repo: local`) and pre-commit's own meta hooks name nothing; the file itself names
 * pre-commit through the catalog's `file` globs.
 */
export const preCommitDetector: Detector = {
  name: "pre-commit",
  files: [".pre-commit-config.yaml", ".pre-commit-config.yml"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const data = await ctx.yaml(file);
      if (!isRecord(data) || !Array.isArray(data.repos)) continue;
      const text = (await ctx.text(file)) ?? "";
      const lineOfRepo = lineOfEach(text);
      for (const entry of data.repos) {
        if (!isRecord(entry) || typeof entry.repo !== "string") continue;
        const repo = hookRepository(entry.repo);
        if (!repo) continue;
        const rev = typeof entry.rev === "string" ? entry.rev.trim() : undefined;
        ctx.report({ ref: `pre-commit-hook:${repo}`, file, line: lineOfRepo(entry.repo), declared: rev, version: releaseOf(rev, repo.slice(repo.indexOf("/") + 1)) });
      }
    }
  },
};

/** A hook repository's `owner/repo`, lower-cased, from its URL (https, ssh or scp-like); none for `local` and `meta`. */
export function hookRepository(url: string): string | undefined {
  const path = url.trim().replace(/^[a-z][\w+.-]*:\/\/[^/]+\//i, "").replace(/^[^@/]+@[^:/]+:/, "").replace(/\/+$/, "").replace(/\.git$/i, "");
  const parts = path.split("/").filter(Boolean);
  if (parts.length < 2 || /^(local|meta)$/i.test(url.trim())) return undefined;
  return `${parts[parts.length - 2]}/${parts[parts.length - 1]}`.toLowerCase();
}

/**
 * A `rev` that is a release tag (`v0.1.11`, `23.12.1`, `v4.0.0-alpha.8`, a mirror's rebuild
 * `v0.910-1`, or one named after the repository as Pylint tagged its older releases, `pylint-2.4.4`):
 * the release; a commit hash or branch: none.
 */
function releaseOf(rev: string | undefined, name: string): string | undefined {
  const named = rev?.toLowerCase().startsWith(`${name}-`) ? rev.slice(name.length + 1) : rev;
  // A mirror's rebuild of a release is tagged with a number after it (mirrors-mypy's `v0.910-1`).
  const tag = named?.replace(/^(v?\d+\.\d+)-\d+$/, "$1");
  if (!tag || !/^v?\d+\.\d+/.test(tag) || /^[0-9a-f]{7,40}$/i.test(tag)) return undefined;
  return versionFromTag(tag);
}
