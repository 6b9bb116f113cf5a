import type { Detector } from "../../src/types.js";
import { blankHashCommentLines, isRecord, lineFinder, textLines } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { PRE_COMMIT_FILES } from "../files.js";

/**
 * pre-commit's configuration (`.pre-commit-config.yaml`): each hook repository it pins, by its
 * `owner/repo` path (`psf/black`, `astral-sh/ruff-pre-commit`), at the release its `rev` names:
 * a linter's or formatter's own repository, or a mirror tagged with the tool's releases
 * (`pre-commit/mirrors-prettier` at `v3.1.0` runs Prettier 3.1.0). A commit hash names none, unless
 * `pre-commit autoupdate --freeze` wrote the tag it stands for beside it (`# frozen: v3.1.0`).
 * Each hook it runs is reported too, `owner/repo#id`, for a collection whose hooks run different
 * tools (`pre-commit/pre-commit-hooks#flake8`), without a version: the collection's tags are its own.
 * Local hooks (`repo: local`) and pre-commit's own meta hooks name nothing; the file itself names
 * pre-commit through the catalog's `file` globs. The forms older releases wrote are read as pre-commit
 * still reads them: a top-level list of repositories (before 1.0) and `sha:` for `rev:` (before 1.7).
 */
export const preCommitDetector: Detector = {
  name: "pre-commit",
  files: PRE_COMMIT_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      const data = await ctx.yaml(file);
      const repos = Array.isArray(data) ? data : isRecord(data) ? data.repos : undefined;
      if (!Array.isArray(repos)) continue;
      const text = (await ctx.text(file)) ?? "";
      const frozen = frozenTags(text);
      // Lines are looked for outside whole-line comments: a repository and its hooks commented out
      // above their live entry (an older pin kept for reference) are not where they are declared.
      const live = blankHashCommentLines(text);
      const lineOf = lineFinder(live);
      const hookLine = hookLineFinder(textLines(live), live.length);
      for (const entry of repos) {
        if (!isRecord(entry) || typeof entry.repo !== "string") continue;
        const repo = hookRepository(entry.repo);
        if (!repo) continue;
        const pin = entry.rev ?? entry.sha;
        const rev = typeof pin === "string" ? pin.trim() : undefined;
        // `pre-commit autoupdate --freeze` pins the tag's commit and names the tag in a comment.
        const tag = rev && frozen.get(rev.toLowerCase());
        const line = lineOf(entry.repo);
        ctx.report({ ref: `pre-commit-hook:${repo}`, file, line, declared: rev, version: releaseOf(tag || rev, repo.slice(repo.indexOf("/") + 1)) });
        // Each hook a collection's repository runs, `owner/repo#id`: its tags are the collection's.
        // Hooks are written in their list's order, so each is looked for after the one before (a
        // flow-style entry holds its hooks on its own line, and a hook run twice is written twice).
        let from: Place = { line: line ? line - 1 : 0, column: 0 };
        for (const hook of Array.isArray(entry.hooks) ? entry.hooks : []) {
          if (!isRecord(hook) || typeof hook.id !== "string" || !hook.id.trim()) continue;
          const id = hook.id.trim();
          const at = hookLine(from, id);
          if (at) from = at;
          ctx.report({ ref: `pre-commit-hook:${repo}#${id.toLowerCase()}`, file, line: at ? at.line + 1 : line });
        }
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

/** A place in the text: a line's index and a column of it. */
interface Place {
  line: number;
  column: number;
}

/**
 * A finder of a hook's `id` (`- id: black`, `{ id: black }`, quoted or not) among the 200 lines
 * from `from` (its repository's line, or just after the previous hook's id); none past them. It
 * gives the place just after the id. The characters it reads are counted: past a few walks of the
 * text (a hostile file's thousands of hooks never found as written) it looks no more.
 */
function hookLineFinder(lines: readonly string[], size: number): (from: Place, id: string) => Place | undefined {
  let budget = 16 * size + 1_000_000;
  const boundary = /[\s{,"'-]/;
  return (from, id) => {
    for (let i = from.line; i < Math.min(lines.length, from.line + 200) && budget > 0; i++) {
      const line = lines[i]!;
      budget -= line.length + 1;
      for (let at = line.indexOf(id, i === from.line ? from.column : 0); at >= 0 && budget > 0; at = line.indexOf(id, at + 1)) {
        budget -= 200;
        // what follows the id: a closing quote, then the end, a comma, a brace or a comment
        if (!/^["']?[ \t]*(?:[,}#]|$)/.test(line.slice(at + id.length, at + id.length + 80))) continue;
        // what precedes it: `id:` (or `"id":`), an opening quote and spaces between
        let end = at;
        while (end > 0 && at - end < 80 && `"' \t`.includes(line[end - 1]!)) end--;
        if (line[end - 1] !== ":") continue;
        end--;
        while (end > 0 && at - end < 80 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
        if (line[end - 1] === '"' || line[end - 1] === "'") end--;
        if (end < 2 || line.slice(end - 2, end) !== "id" || (end > 2 && !boundary.test(line[end - 3]!))) continue;
        return { line: i, column: at + id.length };
      }
    }
    return undefined;
  };
}

/**
 * The tags `pre-commit autoupdate --freeze` names beside the commits it pins
 * (`rev: 8983acb92ee4b01924893632cf90af926fa608f0  # frozen: v0.1.11`), by commit, lower-cased.
 */
function frozenTags(text: string): Map<string, string> {
  const tags = new Map<string, string>();
  if (!text.includes("frozen:")) return tags;
  for (const line of textLines(text)) {
    const m = /^[\t -]*rev:[\t ]*["']?([0-9a-f]{7,40})["']?[\t ]+#[\t ]*frozen:[\t ]*([^\s#]+)/i.exec(line);
    if (m) tags.set(m[1]!.toLowerCase(), m[2]!);
  }
  return tags;
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
