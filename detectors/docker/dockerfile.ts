import { substitute } from "./substitute.js";
import { splitImage, textLines } from "../../src/kit.js";
import { sdkmanRelease } from "../tool-versions/sdkman-release.js";
/** A base image of a Dockerfile stage. */
export interface BaseImage {
  /** As written after interpolation, without tag or digest: `node`, `bitnami/postgresql`. */
  name: string;
  tag?: string;
  line: number;
}

/**
 * The longest ARG value (and FROM reference) expanded: an image reference is far shorter. Each
 * stored value stays within it, so no default can grow by naming those before it
 * (`ARG A=${A}${A}` forty times doubled A to a string longer than JavaScript allows).
 */
const MAX_ARG_LENGTH = 2048;

/** An ARG default with the ARGs before it expanded; one too long to be an image's part is kept as written, or left empty. */
function expandArg(written: string, args: ReadonlyMap<string, string>): string {
  const expanded = written.length <= MAX_ARG_LENGTH ? substitute(written, args) : written;
  return expanded.length <= MAX_ARG_LENGTH ? expanded : written.length <= MAX_ARG_LENGTH ? written : "";
}

/**
 * The images a Dockerfile uses: every `FROM`, and every `COPY --from=` / `RUN --mount=from=` that
 * names an image rather than a stage, with `ARG` defaults interpolated (`${VAR}`, `$VAR`,
 * `${VAR:-default}`, `${VAR:+alternative}`), stage names and `scratch` left out. Line continuations are joined.
 * `buildArgs` are the values a build passes in (compose's `build.args`), overriding the defaults.
 */
export function readDockerfile(text: string, buildArgs?: ReadonlyMap<string, string>): BaseImage[] {
  const args = new Map<string, string>();
  const stages = new Set<string>();
  const images: BaseImage[] = [];
  for (const { text: line, line: lineNo } of instructions(text)) {
    // Comments and blank lines have no instruction word: `#` and "" are neither ARG nor FROM.
    const [instruction, ...rest] = line.trim().split(/\s+/);
    const keyword = instruction!.toUpperCase();
    if (keyword === "ARG") {
      for (const part of rest) {
        const eq = part.indexOf("=");
        const name = eq > 0 ? part.slice(0, eq) : part;
        // A build argument given from outside (`--build-arg`, compose's `build.args`) wins over the default.
        const given = buildArgs?.get(name);
        // A default may name the ARGs before it, as Docker expands them: Phoenix's release Dockerfile
        // writes ARG BUILDER_IMAGE="hexpm/elixir:${ELIXIR_VERSION}-erlang-${OTP_VERSION}-...".
        if (given !== undefined) args.set(name, given);
        else if (eq > 0) args.set(name, expandArg(unquote(part.slice(eq + 1)), args));
        else if (!args.has(part)) args.set(part, "");
      }
    } else if (keyword === "FROM") {
      const words = rest.filter((w) => !w.startsWith("--"));
      const ref = (words[0] ?? "").length <= MAX_ARG_LENGTH ? substitute(words[0] ?? "", args) : (words[0] ?? "");
      const as = words.findIndex((w) => w.toLowerCase() === "as");
      const isStage = stages.has(ref.toLowerCase());
      if (as >= 0 && words[as + 1]) stages.add(words[as + 1]!.toLowerCase());
      if (!ref || ref === "scratch" || isStage) continue;
      const image = splitImage(ref);
      if (image) images.push({ ...image, line: lineNo });
    } else if (keyword === "COPY" || keyword === "ADD" || keyword === "RUN") {
      // `COPY --from=composer:2 /usr/bin/composer ...` and `RUN --mount=from=...` name an image
      // unless they name an earlier stage (by name or index)
      for (const option of rest) {
        const from = /^--(?:from=|mount=(?:.*,)?from=)([^,\s]+)/i.exec(option)?.[1];
        if (!from) continue;
        const ref = substitute(unquote(from), args);
        if (!ref || /^\d+$/.test(ref) || stages.has(ref.toLowerCase())) continue;
        const image = splitImage(ref);
        if (image) images.push({ ...image, line: lineNo });
      }
    }
  }
  return images;
}

/**
 * The hosts a Dockerfile's `RUN` and `ADD` instructions download from (`curl -sS
 * https://getcomposer.org/installer | php`), each with the line its instruction starts on; line
 * continuations are joined and comments skipped. Which host means which tool is the catalog's
 * `download-host` kind.
 */
export function readDownloadHosts(text: string): Array<{ host: string; line: number }> {
  const out: Array<{ host: string; line: number }> = [];
  for (const { text: line, line: start } of instructions(text)) {
    if (!/^\s*(RUN|ADD)\s/i.test(line)) continue;
    for (const m of line.matchAll(/\bhttps?:\/\/([a-z0-9][a-z0-9.-]*[a-z0-9])/gi)) {
      const host = m[1]!.toLowerCase();
      if (!out.some((h) => h.host === host && h.line === start)) out.push({ host, line: start });
    }
  }
  return out;
}

/**
 * The programs a Dockerfile's `RUN` instructions run as commands (`composer install`, `sudo -E
 * composer require x`), each with the line its instruction starts on: the first word of every
 * command in a `&&`, `||`, `;` or `|` chain, after `sudo`, `exec`, `env`, shell keywords (`do`, `then`) and variable assignments,
 * without its folder (`/usr/local/bin/composer` is `composer`). Which program means which tool is
 * the catalog's `run-command` kind, which keys only programs a single tool ships.
 */
export function readRunCommands(text: string): Array<{ program: string; line: number }> {
  const out: Array<{ program: string; line: number }> = [];
  for (const { command, line: start } of runInstructions(text)) {
    // The exec form (`RUN ["composer", "install"]`) runs its first element.
    const exec = /^\[\s*"([^"]+)"/.exec(command)?.[1];
    const programs = exec !== undefined ? [programName(exec)].filter((p): p is string => p !== undefined) : shellPrograms(command);
    for (const program of programs) {
      if (!out.some((c) => c.program === program && c.line === start)) out.push({ program, line: start });
    }
  }
  return out;
}

/** Each `RUN` instruction's command (after its `--mount`-style flags), with the line it starts on. */
function* runInstructions(text: string): Generator<{ command: string; line: number }> {
  for (const { text: line, line: start } of instructions(text)) {
    const run = /^\s*RUN\s+((?:--\S+\s+)*)(.*)$/i.exec(line);
    if (run) yield { command: run[2]!, line: start };
  }
}

/**
 * The SDKMAN! candidates a Dockerfile's RUN instructions install (`sdk install maven 3.9.6`,
 * `sdk install java 21.0.2-tem`, also inside `su vscode -c "... && sdk install gradle"` as VS Code's
 * Java dev container writes it), lower-cased, each with its release where written out, read as an
 * .sdkmanrc pin is (sdkmanRelease: `21.0.2-tem` -> 21.0.2; a variable, `"${MAVEN_VERSION}"`, gives none).
 */
export function readSdkmanInstalls(text: string): Array<{ candidate: string; version?: string; line: number }> {
  const out: Array<{ candidate: string; version?: string; line: number }> = [];
  for (const { command, line } of runInstructions(text)) {
    for (const words of shellCommands(command)) {
      if (programName(words[0]) !== "sdk" || words[1] !== "install") continue;
      const [candidate, release] = words.slice(2, 4).map((w) => w.replace(/\\?["']/g, ""));
      if (!candidate || !/^[a-z][\w-]*$/i.test(candidate)) continue;
      const version = release ? sdkmanRelease(candidate, release) : undefined;
      out.push({ candidate: candidate.toLowerCase(), version, line });
    }
  }
  return out;
}

/**
 * The PHP extensions a Dockerfile's RUN instructions install (see phpExtensionsInstalledBy), each
 * with the line of its instruction.
 */
export function readPhpExtensionInstalls(text: string): Array<{ name: string; line: number }> {
  const out: Array<{ name: string; line: number }> = [];
  for (const { command: run, line: start } of runInstructions(text)) {
    for (const name of phpExtensionsInstalledBy(run)) if (!out.some((e) => e.name === name && e.line === start)) out.push({ name, line: start });
  }
  return out;
}

/**
 * The PHP extensions a shell line installs: the arguments of the official PHP image's
 * `docker-php-ext-install` / `docker-php-ext-enable`, of mlocati's `install-php-extensions` and of
 * `pecl install`, lower-cased without a version (`redis-6.0.2`, `xdebug@3.3`, `mongodb^1.17`).
 * Options, variables and `@composer` are no extensions.
 */
export function phpExtensionsInstalledBy(line: string): string[] {
  const out: string[] = [];
  for (const words of shellCommands(line)) {
    const program = programName(words[0]);
    let args: string[];
    if (program === "docker-php-ext-install" || program === "docker-php-ext-enable" || program === "install-php-extensions") args = words.slice(1);
    else if (program === "pecl" && words[1] === "install") args = words.slice(2);
    else continue;
    for (const arg of args) {
      if (arg.startsWith("-") || /[$`"'{}()\\]/.test(arg) || arg.startsWith("@")) continue;
      const name = /^([a-z][a-z0-9_]*)(?:[-@^]\S*)?$/i.exec(arg)?.[1]?.toLowerCase();
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

/**
 * The programs a shell command line runs, one per command between `&&`, `||`, `;` and `|`
 * (`curl -f http://localhost/ || exit 1` runs curl and exit), lower-cased without their folder.
 */
export function shellPrograms(line: string): string[] {
  const out: string[] = [];
  for (const words of shellCommands(line)) {
    const program = programName(words[0]);
    if (program && !out.includes(program)) out.push(program);
  }
  return out;
}

/**
 * The commands of a shell command line, split at `&&`, `||`, `;` and `|`, each as its words from
 * the program on: wrappers, shell keywords, variable assignments and their options come before it
 * (`sudo -E composer install`, `do composer install -d $d`, `then nvm install 20`).
 */
function shellCommands(line: string): string[][] {
  return line.split(/&&|\|\||;|\|/).map((command) => {
    const words = command.trim().split(/\s+/);
    while (words.length > 0 && (/^(sudo|exec|env|command|time|nice|do|then|else|elif|!)$/.test(words[0]!) || /^[A-Za-z_]\w*=/.test(words[0]!) || words[0]!.startsWith("-"))) words.shift();
    return words;
  });
}

/** A command's program without its folder, lower-cased (`/usr/bin/curl` -> curl); undefined for a non-name. */
export function programName(word: string | undefined): string | undefined {
  const program = word?.split("/").pop()?.toLowerCase();
  return program && /^[a-z][\w.+-]*$/.test(program) ? program : undefined;
}

function unquote(value: string): string {
  return value.replace(/["']/g, "");
}

/** The line of a Dockerfile's first `FROM` instruction: the first stage's base image. */
export function firstFromLine(text: string): number | undefined {
  for (const { text: line, line: lineNo } of instructions(text)) if (/^\s*from\s/i.test(line)) return lineNo;
  return undefined;
}

/**
 * A Dockerfile's instructions, each with its line continuations joined and the line it starts on
 * (1-based). Only each new line is tested for a trailing `\` and the parts are joined once:
 * re-testing the joined text on every continued line took quadratic time (80,000 lines: 28 s).
 */
function* instructions(text: string): Generator<{ text: string; line: number }> {
  const lines = textLines(text);
  // The escape character continues a line: `\` unless a parser directive at the top sets another
  // (`# escape=\``, as Windows Dockerfiles write it so that `C:\src\` ends no line early).
  const continued = escapeCharacter(lines) === "`" ? /`\s*$/ : /\\\s*$/;
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    const parts: string[] = [];
    let part = lines[i]!;
    // A comment (a parser directive too: `# escape=\`` ends with the character it sets) continues nothing.
    while (!(i === start && /^\s*#/.test(part)) && continued.test(part)) {
      parts.push(part.replace(continued, " "));
      if (i + 1 === lines.length) {
        part = "";
        break;
      }
      part = lines[++i]!;
    }
    parts.push(part);
    let text = parts.join("");
    // BuildKit's here-documents (`RUN <<EOF`, `COPY <<-'PY' /app/check.py`): their lines are the
    // instruction's, not instructions (a Python file's `from redis import Redis` is no FROM). A
    // RUN's own script (the here-document is its command) is appended as commands, one a line.
    const heredocs = /^\s*(?:RUN|COPY|ADD)\s/i.test(text) ? [...text.matchAll(/<<(-?)(["']?)([A-Za-z_][\w.-]*)\2/g)] : [];
    heredocs.forEach((heredoc, n) => {
      const body: string[] = [];
      while (i + 1 < lines.length) {
        const next = lines[++i]!;
        if ((heredoc[1] ? next.replace(/^\t+/, "") : next).trimEnd() === heredoc[3]) break;
        body.push(next);
      }
      if (n === 0 && /^\s*RUN\s+(?:--\S+\s+)*<</i.test(text)) text += ` ; ${body.join("\n").replace(/\\\n/g, " ").split("\n").join(" ; ")}`;
    });
    yield { text, line: start + 1 };
  }
}

/**
 * The escape character a Dockerfile's parser directives set (`# escape=\``), or `\`. Directives
 * are `# key=value` comments before anything else: the first other line, blank or not, ends them.
 */
function escapeCharacter(lines: readonly string[]): string {
  for (const line of lines) {
    // The value and the blanks after it optional together: one run of blanks is never split
    // between the two (100,000 tabs before a stray `=` took 5 s).
    const directive = /^\s*#\s*([a-z]+)\s*=\s*(?:(\S+)\s*)?$/i.exec(line);
    if (!directive) break;
    if (directive[1]!.toLowerCase() === "escape") return directive[2] ?? "";
  }
  return "\\";
}
