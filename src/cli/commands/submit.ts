import { statSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { builtinCatalog } from "../../catalog/load.js";
import { resolve, type Resolution } from "../../catalog/resolve.js";
import { buildDocument } from "../../document/build.js";
import { defaultFacts } from "../../detect.js";
import { isGitRepo, repoFacts, siteTimestamp } from "../../git/facts.js";
import type { StackDocument } from "../../types.js";
import type { CatalogTool } from "../../catalog/types.js";
import { CliError, parseOptions, type Command, plural } from "../shared.js";
import { loadConfig } from "../config.js";
import { SCAN_FLAGS, SCAN_HELP, scanForCli } from "../scan-flags.js";
import { postJson, redact, shownHeaders, SubmitError } from "../submit-http.js";
import { help } from "./detect.js";
import { MANUAL } from "./write.js";

const HELP = `Usage: techstack submit [dir] --auto [options]
       techstack submit --manual [NAME...] [options]

Sends a stack document to the site. --auto detects it from dir; --manual builds it from the tool
names you give ("postgres" "vue" "gh actions"; a release after a space or @ is the tool's version:
"postgres 16", "react@18.2.1"), resolved through the catalog. On a terminal, an
ambiguous name (or no name at all) opens a picker: type to search, space to select, enter to
accept. Without a terminal, a name must resolve clearly, or --yes takes the best match; a name
taken from a close spelling is shown on stderr. The repository facts (name, branch) of
--manual come from the current folder.

Options:
  --endpoint URL      where to POST (or TECHSTACK_ENDPOINT, or "endpoint" in the config)
  --dry-run           print the request body (stdout) and its endpoint and headers (stderr,
                      token shown as ***) instead of sending it
  --verbose           show each attempt and the server's answers on stderr (never the token)
  --yes               take the best match for every name, never prompt
  --timeout SECONDS   per attempt (default 30)
  --retries N         retries on server errors and network failures (default 3)

Scan options (--auto):
${SCAN_HELP}

The token is read from TECHSTACK_TOKEN and sent as a bearer token; it is never printed.

Exit codes: 0 sent, 1 refused by the server or failed after retries, 2 usage error (a name no
tool matches, or an ambiguous one without a terminal or --yes, included).

Examples:
  TECHSTACK_TOKEN=... techstack submit --auto
  techstack submit --manual postgres vue "gh actions" --dry-run`;

export const submitCommand: Command = {
  async run(args) {
    const { values, positionals } = parseOptions(
      args,
      {
        auto: { type: "boolean" },
        manual: { type: "boolean" },
        endpoint: { type: "string" },
        "dry-run": { type: "boolean" },
        verbose: { type: "boolean" },
        yes: { type: "boolean" },
        timeout: { type: "string", default: "30" },
        retries: { type: "string", default: "3" },
        "retry-delay-ms": { type: "string", default: "500" },
        ...SCAN_FLAGS,
      },
      HELP,
    );
    if (values.help) return help(HELP);
    if (Boolean(values.auto) === Boolean(values.manual)) throw new CliError(`choose one of --auto or --manual\n\n${HELP}`);
    const timeout = Number(values.timeout);
    const retries = Number(values.retries);
    const delay = Number(values["retry-delay-ms"]);
    if (!(timeout > 0)) throw new CliError(`--timeout takes a number of seconds above 0, not '${values.timeout}'`);
    if (!Number.isInteger(retries) || retries < 0 || retries > 10) throw new CliError(`--retries takes a whole number from 0 to 10, not '${values.retries}'`);
    if (!(delay >= 0)) throw new CliError(`--retry-delay-ms takes a number of milliseconds, not '${values["retry-delay-ms"]}'`);
    if (values.auto && positionals.length > 1) throw new CliError(`submit --auto takes one directory, got ${positionals.length}\n\n${HELP}`);
    const scanFlags = Object.keys(SCAN_FLAGS).filter((flag) => values[flag as keyof typeof values] !== undefined);
    if (values.manual && scanFlags.length) throw new CliError(`--${scanFlags[0]} is for --auto: --manual scans nothing`);
    const dir = values.auto ? (positionals[0] ?? ".") : ".";
    const token = process.env.TECHSTACK_TOKEN || undefined; // set but empty is unset
    let document: StackDocument;
    if (values.auto) {
      document = (await scanForCli(dir, values)).document;
    } else {
      document = await manualDocument(dir, positionals, Boolean(values.yes));
    }
    // An empty stack would replace the site's with nothing: a scan of the wrong folder, a picker left empty.
    if (document.tools.length === 0) throw new CliError(values.auto ? `the scan of ${dir} found no tools: nothing was sent` : "no tool was chosen: nothing was sent", 1);
    const body = { document };
    // Flags, then the environment, then the configuration file.
    const endpoint = (values.endpoint as string | undefined) || process.env.TECHSTACK_ENDPOINT || loadConfig(dir).endpoint;
    if (endpoint) checkEndpoint(endpoint);
    if (values["dry-run"]) {
      process.stderr.write(`would POST to ${endpoint ?? "(no endpoint set)"} with headers ${JSON.stringify(shownHeaders(token))}\n`);
      process.stdout.write(JSON.stringify(body, null, 2) + "\n");
      return 0;
    }
    if (!endpoint) throw new CliError("no endpoint: give --endpoint URL or set TECHSTACK_ENDPOINT");
    if (!token) process.stderr.write("warning: TECHSTACK_TOKEN is not set; sending without authorization\n");
    if (values.verbose) process.stderr.write(`headers ${JSON.stringify(shownHeaders(token))}\n`);
    try {
      const answer = await postJson(body, {
        endpoint,
        token,
        timeoutMs: timeout * 1000,
        retries,
        backoffMs: delay,
        log: values.verbose ? (line) => process.stderr.write(redact(line, token) + "\n") : undefined,
        onRetry: (attempt, reason) => process.stderr.write(`retrying (${attempt}) after: ${reason}\n`),
      });
      process.stdout.write(`submitted ${plural(document.detected_tools_count, "tool")} (${answer.status})\n`);
      return 0;
    } catch (error) {
      throw new CliError(redact(error instanceof SubmitError ? error.message : String(error), token), 1);
    }
  },
};

/**
 * An http(s) URL without a user or password: fetch cannot send those, and everything that shows
 * the endpoint (--dry-run, --verbose, errors) would print them. The token goes in TECHSTACK_TOKEN.
 */
function checkEndpoint(endpoint: string): void {
  if (!/^https?:\/\//i.test(endpoint)) throw new CliError(`the endpoint must be an http(s) URL, not '${endpoint}'`);
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new CliError(`the endpoint is not a valid URL: '${endpoint}'`);
  }
  if (url.username || url.password) {
    url.username = "";
    url.password = "";
    throw new CliError(`the endpoint must not carry credentials (user:password@): give ${url.href} and the token in TECHSTACK_TOKEN`);
  }
}

/** A document from typed names: each resolved through the catalog, asked about when unclear. */
async function manualDocument(dir: string, names: string[], yes: boolean): Promise<StackDocument> {
  const catalog = builtinCatalog();
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !yes;
  const ids: string[] = [];
  const versions = new Map<string, string>();
  if (names.length === 0) {
    if (!interactive) throw new CliError("--manual needs tool names when not run on a terminal");
    ids.push(...(await pick("Which tools does this repository use?", choices([...catalog.tools.values()].sort((a, b) => (b.popularity ?? 0) - (a.popularity ?? 0))))));
  }
  const problems: string[] = [];
  for (const name of names) {
    let matches = resolve(catalog, name, 10);
    // "postgres 16", "react@18.2": a release after the name, kept when the name alone is exact
    // ("Java 8" and "CSS 3" are tools' own names, matched whole first).
    const split = splitVersion(name);
    let version: string | undefined;
    if (split && !(matches[0] && matches[0].score >= 0.99)) {
      const named = resolve(catalog, split.name, 10);
      if (named[0] && named[0].score >= 0.99) [matches, version] = [named, split.version];
    }
    const before = ids.length;
    // `submit my-repo --manual postgres` reads my-repo as a name, and --yes would send the tool it
    // fuzzily resembles: a folder that names no tool exactly is refused (a folder "redis" stays Redis).
    if (!(matches[0] && matches[0].score >= 0.99) && isDirectory(name)) {
      problems.push(`'${name}' is a folder, not a tool name: --manual takes only names, and the repository facts come from the current folder (cd ${name} first), or use 'techstack submit ${name} --auto'`);
    } else if (matches.length === 0) problems.push(`no tool matches '${name}'`);
    else if (clear(matches) || yes) {
      const best = matches[0]!;
      ids.push(best.tool.id);
      // A guess is shown, so a misspelling that picked the wrong tool is seen before it is sent.
      if (best.score < 0.99) process.stderr.write(`'${name}' taken as ${best.tool.name}\n`);
    } else if (interactive) ids.push(...(await pick(`'${name}' could mean:`, choices(matches.map((m) => m.tool)))));
    else problems.push(`'${name}' is ambiguous: ${choices(matches.slice(0, 4).map((m) => m.tool)).map((c) => c.message).join(", ")}. Name it exactly or pass --yes.`);
    if (version) for (const id of ids.slice(before)) versions.set(id, version);
  }
  if (problems.length) throw new CliError(problems.join("\n"));
  // Outside git, named after the folder as detect names it (an empty repo_name tells the site nothing).
  const repo = isGitRepo(dir) ? await repoFacts(dir) : defaultFacts(resolvePath(dir));
  const document = buildDocument({
    findings: [...new Set(ids)].map((id) => ({ ref: `tool:${id}`, file: MANUAL, detector: "manual", version: versions.get(id) })),
    catalog,
    repo,
    timestamp: siteTimestamp(new Date()),
  });
  // A tool named by hand was found in no file, so there is no file to link to.
  for (const tool of document.tools) if (tool.detection_source === MANUAL) delete tool.detection_source_url;
  return document;
}

/**
 * The picker's lines: a tool's name, with its sub-category where another listed tool has the same
 * name but for case (ZAP the scanner, Zap the logger), so the two can be told apart.
 */
function choices(tools: readonly CatalogTool[]): Array<{ name: string; message: string }> {
  const count = new Map<string, number>();
  for (const t of tools) count.set(t.name.toLowerCase(), (count.get(t.name.toLowerCase()) ?? 0) + 1);
  return tools.map((t) => ({ name: t.id, message: (count.get(t.name.toLowerCase()) ?? 0) > 1 && t.sub_category ? `${t.name} (${t.sub_category})` : t.name }));
}

/** A typed name with a release after a space or `@` ("postgres 16", "react@18.2.0", "node v20"), split. */
function splitVersion(text: string): { name: string; version: string } | undefined {
  const m = /^(.+?)(?:\s+|@)v?(\d+(?:\.\d+){0,3})$/i.exec(text.trim());
  return m ? { name: m[1]!, version: m[2]! } : undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The best match is clear when it is exact and no other tool matches as well (two tools can
 * share a name: ZAP the scanner and Zap the logger), or far ahead of the next one.
 */
function clear(matches: Resolution[]): boolean {
  const [first, second] = matches;
  if (!first) return false;
  if (first.score >= 0.99) return !second || second.score < first.score;
  return first.score >= 0.6 && (!second || first.score - second.score >= 0.15);
}

type PickerClass = new (options: object) => { run(): Promise<string[]>; index: number };

async function pick(message: string, choices: Array<{ name: string; message: string }>): Promise<string[]> {
  // enquirer colours whatever NO_COLOR says (its ansi-colors reads FORCE_COLOR, once, as it loads),
  // and shows focus and selection by colour alone: without colour, a pointer and [x] / [ ] do it.
  const plain = Boolean(process.env.NO_COLOR);
  if (plain) process.env.FORCE_COLOR = "0";
  const { default: Enquirer } = (await import("enquirer")) as unknown as { default: { AutoComplete: PickerClass } };
  class Picker extends Enquirer.AutoComplete {
    pointer(_choice: unknown, i: number): string {
      return plain ? (this.index === i ? "> " : "  ") : "";
    }
  }
  const options = { name: "tools", message, multiple: true, limit: 10, choices, ...(plain ? { indicator: { on: "[x]", off: "[ ]" } } : {}) };
  try {
    return (await new Picker(options).run()) ?? [];
  } catch {
    // Ctrl-C or Escape: enquirer rejects with an empty reason.
    throw new CliError("cancelled: nothing was sent", 1);
  }
}
