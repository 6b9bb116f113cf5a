import { render, type Format } from "../../document/render.js";
import { join } from "node:path";
import type { StackDocument } from "../../types.js";
import { CliError, parseOptions, type Command, plural, stderrLine, usageOf } from "../shared.js";
import { isBareFolder, loadConfig, revisionFilesAsked } from "../config.js";
import { isBareRepo } from "../../git/repository-kind.js";
import type { CheckoutAnswers } from "../../git/checkout-answers.js";
import { foundNothing, SCAN_FLAGS, SCAN_HELP } from "../scan-flags.js";
import { checkoutAsked, committedStackDocument, detectWithManual, readReplacedStackFile } from "../stack-file.js";
import { postJson, redact, shownHeaders, SubmitError, tokenInTheClear } from "../submit-http.js";
import { help } from "./detect.js";
import { manualDocument } from "../manual-document.js";
import { typedNames } from "../typed-names.js";
import { answerPlace } from "../submit-answer.js";
import { writtenScan } from "../workspace-written.js";

const HELP = `Usage: techstack submit [dir] --auto [options]
       techstack submit --manual [NAME...] [options]

Sends a stack document to the site. --auto detects it from dir (with the tools its techstack.yml
marks \`detection_source: manual\`, as write keeps them; by the scan of the monorepo that
wrote that file where it is a workspace package's, as write makes it again); --manual builds
it from the tool names you give ("postgres" "vue" "gh actions", or "redis, vue" apart by
commas; - reads them from standard input, one a line with # comments: --manual - < tools.txt;
a release after a space, @, pip's == or an image's : is the tool's version: "postgres 16",
"react@18.2.1", "Django==4.2", "node:18-alpine", as is one glued on, "node20"; written as
detect writes one, so 16 is 16.0.0), resolved through the catalog. On a terminal, an
ambiguous name (or no name at all) opens a picker: type to search, space to select, enter to
accept. Without a terminal, or with --yes, each name must resolve clearly: to one tool exactly,
or by a close spelling far ahead of the next match (shown on stderr as taken). With --yes a name
that does not sends nothing: the error (TECHSTACK_UNSURE_NAME) lists its likeliest tools as
each can be typed surely, by its exact catalog name or its id. The repository facts (name,
branch) of --manual come from the current folder.

Options:
  --endpoint URL      where to POST (or TECHSTACK_ENDPOINT, or "endpoint" in the config)
  --dry-run           print the request body (stdout) and its endpoint and headers (stderr,
                      token shown as ***) instead of sending it
  --format FORMAT     with --dry-run: print the document alone, as yaml (techstack.yml),
                      markdown (techstack.md) or json, to write to a file and commit
  --verbose           show each attempt and the server's answers on stderr (never the token)
  --yes               never prompt: send only if every name resolves clearly
  --timeout SECONDS   per attempt (default 30)
  --retries N         retries on server errors and network failures (default 3)
  -h, --help          this help

Scan options (--auto):
${SCAN_HELP}

The token is read from TECHSTACK_TOKEN and sent as a bearer token; it is never printed.

On success it prints the number of tools sent, the HTTP status, and where the stack is when
the answer says (its URL, Location header or id); on failure, the status with the server's
message (one short line).

Exit codes: 0 sent, 1 refused by the server or failed after retries, 2 usage error (a name no
tool matches, or one not clear without a terminal or with --yes, included).

Examples:
  TECHSTACK_TOKEN=... techstack submit --auto
  techstack submit --manual "postgres 16" redis --dry-run --yes --format yaml > techstack.yml
  techstack submit --manual postgres vue "gh actions" --dry-run`;

export const submitCommand: Command = {
  async run(args) {
    const settings = readSettings(args);
    if (!settings) return help(HELP);
    const token = process.env.TECHSTACK_TOKEN || undefined; // set but empty is unset
    const destination = await destinationOf(settings);
    const body = { document: await documentToSend(settings, destination) };
    const format = settings.values.format as string | undefined;
    if (format !== undefined) return showDocument(body.document, format);
    if (settings.values["dry-run"]) return showRequest(body, destination.endpoint, token);
    if (!destination.endpoint) return 2; // refused above: a dry run goes on without one
    return send(body, destination.endpoint, token, settings);
  },
};

/** What a submit was asked for, every option checked. */
type SubmitSettings = NonNullable<ReturnType<typeof readSettings>>;

/**
 * The command line's settings (its values, the folder, --timeout, --retries and the retries' delay
 * as numbers), or none when it asks for help: a usage error for a bad one.
 */
function readSettings(args: string[]) {
  const { values, positionals } = parseOptions(
    args,
    {
      auto: { type: "boolean" },
      manual: { type: "boolean" },
      endpoint: { type: "string" },
      "dry-run": { type: "boolean" },
      format: { type: "string" },
      verbose: { type: "boolean" },
      yes: { type: "boolean" },
      timeout: { type: "string", default: "30" },
      retries: { type: "string", default: "3" },
      "retry-delay-ms": { type: "string", default: "500" },
      ...SCAN_FLAGS,
    },
    HELP,
  );
  if (values.help) return undefined;
  if (Boolean(values.auto) === Boolean(values.manual)) throw new CliError(`choose one of --auto or --manual${usageOf(HELP)}`);
  const timeout = Number(values.timeout);
  const retries = Number(values.retries);
  const delay = Number(values["retry-delay-ms"]);
  if (!(timeout > 0)) throw new CliError(`--timeout takes a number of seconds above 0, not '${values.timeout}'`);
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) throw new CliError(`--retries takes a whole number from 0 to 10, not '${values.retries}'`);
  if (!(delay >= 0)) throw new CliError(`--retry-delay-ms takes a number of milliseconds, not '${values["retry-delay-ms"]}'`);
  if (values.auto && positionals.length > 1) throw new CliError(`submit --auto takes one directory, got ${positionals.length}${usageOf(HELP)}`);
  if (values.format !== undefined && !values["dry-run"]) throw new CliError(`--format is for --dry-run: it prints the document instead of sending it${usageOf(HELP)}`);
  if (values.format !== undefined && !["yaml", "markdown", "json"].includes(values.format as string)) throw new CliError(`--format takes yaml, markdown or json, not '${values.format}'`);
  const scanFlags = Object.keys(SCAN_FLAGS).filter((flag) => values[flag as keyof typeof values] !== undefined);
  if (values.manual && scanFlags.length) throw new CliError(`--${scanFlags[0]} is for --auto: --manual scans nothing`);
  const dir = values.auto ? (positionals[0] ?? ".") : ".";
  return { values, positionals, dir, timeout, retries, delay };
}

/** Where the stack goes, and the repository it is read from: bare or not, and (--auto) its checkout answers. */
interface Destination {
  /** Unset only for a dry run. */
  endpoint?: string;
  bare: boolean;
  asked?: CheckoutAnswers;
}

/**
 * The endpoint, from the flags, then the environment, then the configuration file; a missing or
 * bad one is said before a scan or the picker, not after them.
 */
async function destinationOf({ values, dir }: SubmitSettings): Promise<Destination> {
  // A bare repository has no working tree: its configuration and techstack.yml are committed ones.
  // --auto's checkout answers say so (the layout's rev-parse, which its scan reads too), and the
  // HEAD configuration found for the endpoint is the one its scan reads.
  const asked = values.auto ? checkoutAsked(dir, values) : undefined;
  const bare = asked ? await isBareRepo(dir, asked.layout()) : isBareFolder(dir);
  const endpoint = (values.endpoint as string | undefined) || process.env.TECHSTACK_ENDPOINT || configuredEndpoint(dir, bare, asked);
  if (endpoint) checkEndpoint(endpoint);
  if (!endpoint && !values["dry-run"]) throw new CliError('no endpoint: give --endpoint URL, set TECHSTACK_ENDPOINT, or put "endpoint" in techstack.config.json (or .yml)');
  return { endpoint, bare, asked };
}

/** The document to send, detected (--auto) or built from the names given (--manual): an error where it holds no tool. */
async function documentToSend({ values, positionals, dir }: SubmitSettings, { bare, asked }: Destination): Promise<StackDocument> {
  let document: StackDocument;
  let empty: boolean;
  if (values.auto) {
    // The tools added by hand to the folder's techstack.yml go too, as write keeps them; a bare
    // repository's, as its techstack.yml holds them at the revision scanned (as diff reads one).
    const file = join(dir, "techstack.yml");
    const previous = bare ? await committedStackDocument(dir, (values.rev as string | undefined) || "HEAD") : readReplacedStackFile(file).document;
    // A file a workspace scan wrote in a member's folder is sent as that scan finds it, as write makes it again.
    const scan = bare ? undefined : await writtenScan("submit", file, dir, values, previous);
    const detected = scan ? await detectWithManual(scan.dir, scan.values, previous) : await detectWithManual(dir, values, previous, {}, asked);
    document = detected.document;
    empty = foundNothing(document, detected.catalog);
  } else {
    document = await manualDocument(dir, typedNames(positionals), Boolean(values.yes));
    empty = document.tools.length === 0;
  }
  // An empty stack would replace the site's with nothing: a scan of the wrong folder (Git alone, in a
  // checkout), a picker left empty.
  if (empty) throw new CliError(values.auto ? `the scan of ${dir} found no tools: nothing was sent` : "no tool was chosen: nothing was sent", 1);
  return document;
}

/** --dry-run --format: the document itself, as techstack.yml (yaml), techstack.md (markdown) or JSON, to write or commit. */
function showDocument(document: StackDocument, format: string): number {
  process.stdout.write(render(document, format as Format));
  return 0;
}

/** --dry-run: the request's endpoint and headers (the token hidden) on standard error, its body on standard output. */
function showRequest(body: { document: StackDocument }, endpoint: string | undefined, token: string | undefined): number {
  process.stderr.write(`would POST to ${endpoint ?? "(no endpoint set)"} with headers ${JSON.stringify(shownHeaders(token))}\n`);
  process.stdout.write(JSON.stringify(body, null, 2) + "\n");
  return 0;
}

/**
 * `body` POSTed to `endpoint` (a warning first where the token is missing or would go unencrypted),
 * retried as asked, and the tools sent and where the stack now is said: an error with the server's
 * message (the token never shown) when it fails.
 */
async function send(body: { document: StackDocument }, endpoint: string, token: string | undefined, { values, timeout, retries, delay }: SubmitSettings): Promise<number> {
  if (!token) process.stderr.write("warning: TECHSTACK_TOKEN is not set; sending without authorization\n");
  const clear = token ? tokenInTheClear(endpoint) : undefined;
  if (clear) process.stderr.write(`warning: the endpoint is plain http: TECHSTACK_TOKEN goes unencrypted to ${redact(clear, token)} (give an https endpoint)\n`);
  if (values.verbose) process.stderr.write(`headers ${JSON.stringify(shownHeaders(token))}\n`);
  try {
    const answer = await postJson(body, {
      endpoint,
      token,
      timeoutMs: timeout * 1000,
      retries,
      backoffMs: delay,
      log: values.verbose ? (line) => stderrLine(redact(line, token)) : undefined,
      onRetry: (attempt, reason) => stderrLine(`retrying (${attempt}) after: ${reason}`),
    });
    // Where the stack now is (the answer's URL, Location or id), when the server says.
    const place = answerPlace(answer.text, answer.location, endpoint);
    process.stdout.write(`submitted ${plural(body.document.detected_tools_count, "tool")} (${answer.status})${place ? `: ${place}` : ""}\n`);
    return 0;
  } catch (error) {
    throw new CliError(redact(error instanceof SubmitError ? error.message : String(error), token), 1);
  }
}

/**
 * The configuration's endpoint: where the stack goes now, not a setting of the scan, so the folder's
 * file names it even where --rev scans a revision as it was configured then (an old revision's may
 * name a server since moved). A bare repository has no folder's file: the one committed at HEAD,
 * its configuration now, names it, whatever revision is scanned (HEAD's files shared with its
 * scan through the checkout answers `asked`).
 */
function configuredEndpoint(dir: string, bare: boolean, asked: CheckoutAnswers | undefined): string | undefined {
  return loadConfig(dir, bare ? revisionFilesAsked(dir, "HEAD", asked) : undefined).endpoint;
}

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
