import { resolveTyped } from "../../catalog/typed-release.js";
import { isClear } from "../../catalog/clear-match.js";
import { typedNames } from "../typed-names.js";
import { CliError, parseOptions, requireFolder, wholeNumber, type Command, usageOf } from "../shared.js";
import { help } from "./detect.js";
import { repositoryCatalog } from "../repository-catalog.js";

const HELP = `Usage: techstack resolve NAME... [--json] [--limit N] [--dir DIR]

Finds the catalog tools each typed name means, best first, with a score from 0 to 1 (1 the
tool's name, 0.99 an alias such as "postgres" or "k8s", 0.95 a package or image name such as
"psycopg2", "bitnami/redis", an action, a Gradle plugin or a file a matcher knows, 0.97 a web
address of the tool's site such as "https://redis.io", 0.94 a vendor's product without its
vendor such as "ec2", 0.88 a name among other words such as "aws s3 bucket", at most 0.9 a near
spelling); a tool of the site's list that the catalog leaves out, which no scan detects, is
found by its exact name or slug (0.99, or 0.985 after a catalog tool of that name or alias; at
most 0.88, never a sure pick, where another tool's name holds it, "fiber", or it is two letters)
or a code host's address of a repository so named ("github.com/techfort/LokiJS", 0.95, as
"github.com/vercel/next.js" is Next.js) and marked "(site list only)". Names apart by commas
are each a name; - reads names from standard input, one a line (# starts a comment), as manual
submission does. A name whose best match is not clear (not exact, or not far enough ahead of
the next), which manual submission will not take unasked, is marked "(unsure: ...)"; --json
gives each name's "clear". A release typed after a name ("postgres 16", "node 18.x",
"Django~=4.2") is read as manual submission reads it: the name part is matched, and each tool is
shown with the version it would be sent at ("PostgreSQL 16.0.0"), or said to take none (.NET).
The catalog is the one a scan of DIR uses: the built-in one with the
repository's techstack.catalog.yml and its configuration's catalog file, which manual
submission uses too.

Options:
  --limit N   matches shown per name (default 3)
  --dir DIR   the repository whose catalog files count (default: the current folder)
  --json      [{ query, clear, release?,
                matches: [{ id, name, version?, score, matched_by, site_list_only? }] }]
  -h, --help  this help

Exit codes: 0 every name matched something, 1 a name matched nothing, 2 usage error.

Examples:
  techstack resolve postgres vue "gh actions"
  techstack resolve k8s --json`;

export const resolveCommand: Command = {
  async run(args) {
    const { values, positionals } = parseOptions(args, { json: { type: "boolean" }, limit: { type: "string", default: "3" }, dir: { type: "string", default: "." } }, HELP);
    if (values.help) return help(HELP);
    if (positionals.length === 0) throw new CliError(`resolve takes at least one name${usageOf(HELP)}`);
    if (positionals.some((name) => !name.trim())) throw new CliError("resolve takes names, and one is empty");
    const limit = wholeNumber("--limit", values.limit as string);
    const dir = values.dir as string;
    requireFolder(dir);
    const catalog = await repositoryCatalog(dir);
    // Whether a name is clear turns on the lead over the next match, so two are read even for --limit 1.
    const results = typedNames(positionals).map((name) => {
      // Read as submit --manual reads it: the name part matched, the release typed after it kept.
      const { matches, version, release } = resolveTyped(catalog, name, Math.max(limit, 2));
      return { name, clear: isClear(matches), matches: matches.slice(0, limit), version, release };
    });
    if (values.json) {
      const out = results.map((r) => ({ query: r.name, clear: r.clear, ...(r.release === undefined ? {} : { release: r.release }), matches: r.matches.map((m) => ({ id: m.tool.id, name: m.tool.name, ...(r.version === undefined || m.tool.no_release ? {} : { version: r.version }), score: Number(m.score.toFixed(3)), matched_by: m.matchedBy, ...(catalog.tools.has(m.tool.id) ? {} : { site_list_only: true }) })) }));
      process.stdout.write(JSON.stringify(out, null, 2) + "\n");
    } else {
      for (const r of results) {
        process.stdout.write(`${r.name}:${r.clear || r.matches.length === 0 ? "" : "  (unsure: submit --yes would not take it)"}\n`);
        if (r.matches.length === 0) process.stdout.write("  (no match)\n");
        // A tool of the site's list the catalog leaves out is said so: a scan never finds it.
        // The release a tool would be sent at follows its name; a tool written with none says so.
        for (const m of r.matches) {
          const named = r.version === undefined || m.tool.no_release ? m.tool.name : `${m.tool.name} ${r.version}`;
          const dropped = r.version !== undefined && m.tool.no_release ? `  (written with no release: ${r.release} left out)` : "";
          process.stdout.write(`  ${named}  ${m.score.toFixed(2)}  ${[m.tool.category, m.tool.sub_category].filter(Boolean).join(" / ")}${catalog.tools.has(m.tool.id) ? "" : "  (site list only)"}${dropped}\n`);
        }
      }
    }
    return results.every((r) => r.matches.length) ? 0 : 1;
  },
};
