import { posix } from "node:path";
import { textLines } from "../../src/kit.js";
import { programName, shellPrograms } from "./dockerfile.js";

/** A service image of a compose file. */
export interface ServiceImage {
  service: string;
  image: string;
}

/** A service's `build` with arguments: the Dockerfile (relative to the compose file's folder) and the args. */
export interface ServiceBuild {
  service: string;
  dockerfile: string;
  args: Map<string, string>;
}

/**
 * The builds of a compose file's services that pass `args` (as a map, or a list of `KEY=value`);
 * `context` defaults to `.`, `dockerfile` to `Dockerfile`. A remote context (a Git URL) is left out.
 */
export function readComposeBuilds(data: unknown): ServiceBuild[] {
  const out: ServiceBuild[] = [];
  for (const [service, spec] of Object.entries(servicesOf(data))) {
    const build = (spec as { build?: unknown } | null)?.build;
    if (!build || typeof build !== "object" || Array.isArray(build)) continue;
    const { context = ".", dockerfile = "Dockerfile", args } = build as { context?: unknown; dockerfile?: unknown; args?: unknown };
    if (typeof context !== "string" || typeof dockerfile !== "string" || /:\/\/|^git@/.test(context)) continue;
    const values = new Map<string, string>();
    if (Array.isArray(args)) {
      for (const item of args) {
        const eq = typeof item === "string" ? item.indexOf("=") : -1;
        if (eq > 0) values.set((item as string).slice(0, eq), (item as string).slice(eq + 1));
      }
    } else if (args && typeof args === "object") {
      for (const [k, v] of Object.entries(args)) if (typeof v === "string" || typeof v === "number") values.set(k, String(v));
    }
    if (!values.size) continue;
    const path = posix.normalize(`${context}/${dockerfile}`);
    if (path.startsWith("../") || path.startsWith("/")) continue;
    out.push({ service, dockerfile: path, args: values });
  }
  return out;
}

/**
 * The local compose files a compose file names: its top-level `include` (a path, a `path` or a
 * list of them; Compose 2.20) and its services' `extends.file`, relative to its folder. Remote
 * ones (`oci://`, a Git URL) are left out.
 */
export function readComposeReferences(data: unknown): string[] {
  const out: string[] = [];
  const add = (value: unknown) => {
    for (const path of Array.isArray(value) ? value : [value]) {
      if (typeof path === "string" && path.trim() && !/:\/\/|^git@/.test(path) && !out.includes(path.trim())) out.push(path.trim());
    }
  };
  const include = (data as { include?: unknown } | undefined)?.include;
  for (const item of Array.isArray(include) ? include : []) add(item && typeof item === "object" ? (item as { path?: unknown }).path : item);
  for (const spec of Object.values(servicesOf(data))) {
    const extend = (spec as { extends?: unknown } | null)?.extends;
    if (extend && typeof extend === "object") add((extend as { file?: unknown }).file);
  }
  return out;
}

/** The `image` of every service of a parsed docker-compose / compose file. */
export function readCompose(data: unknown): ServiceImage[] {
  const out: ServiceImage[] = [];
  for (const [service, spec] of Object.entries(servicesOf(data))) {
    const image = (spec as { image?: unknown } | null)?.image;
    if (typeof image === "string" && image.trim()) out.push({ service, image: image.trim() });
  }
  return out;
}

/**
 * The label namespaces of a compose file's services whose reader the catalog may know: the part of
 * each label key before its first dot (`traefik` from `traefik.http.routers.api.rule`), from the
 * map form or the `key=value` list form, lowercase, each once. A service's `deploy.labels` (Swarm's)
 * count too.
 */
export function readServiceLabelPrefixes(data: unknown): string[] {
  const out = new Set<string>();
  const add = (labels: unknown) => {
    const keys = Array.isArray(labels)
      ? labels.filter((l): l is string => typeof l === "string").map((l) => l.split("=")[0]!)
      : labels && typeof labels === "object"
        ? Object.keys(labels)
        : [];
    for (const key of keys) {
      const m = /^\s*([a-z][\w-]*)\.[\w-]/i.exec(key);
      if (m) out.add(m[1]!.toLowerCase());
    }
  };
  for (const spec of Object.values(servicesOf(data))) {
    const s = spec as { labels?: unknown; deploy?: { labels?: unknown } | null } | null;
    add(s?.labels);
    add(s?.deploy?.labels);
  }
  return [...out];
}

/**
 * The programs a service's `healthcheck.test` runs: `["CMD", "curl", "-f", url]` runs curl;
 * `["CMD-SHELL", "curl -f url || exit 1"]` and the plain string form run a shell line, each of
 * whose commands counts. `["NONE"]` and `disable: true` run nothing.
 */
export function readHealthcheckPrograms(data: unknown): Array<{ service: string; program: string }> {
  const out: Array<{ service: string; program: string }> = [];
  for (const [service, spec] of Object.entries(servicesOf(data))) {
    const healthcheck = (spec as { healthcheck?: unknown } | null)?.healthcheck as { test?: unknown; disable?: unknown } | undefined;
    if (!healthcheck || typeof healthcheck !== "object" || healthcheck.disable === true) continue;
    const test = healthcheck.test;
    let programs: string[] = [];
    if (typeof test === "string") programs = shellPrograms(test);
    else if (Array.isArray(test) && test.every((x) => typeof x === "string")) {
      const [head, ...rest] = test as string[];
      if (head === "CMD") programs = shellPrograms(execFormLine(rest));
      else if (head === "CMD-SHELL") programs = shellPrograms(rest.join(" "));
    }
    addPrograms(out, service, programs);
  }
  return out;
}

/**
 * The programs a service runs as its `entrypoint` and `command`: the shell form (`celery -A app
 * worker`) runs each command of its line; the exec form (`["celery", "--app=proj", "worker"]`) runs
 * its first word, or the line a shell is given with `-c` (`["sh", "-c", "celery -A app beat"]`).
 */
export function readServiceCommandPrograms(data: unknown): Array<{ service: string; program: string }> {
  const out: Array<{ service: string; program: string }> = [];
  for (const { service, line } of readServiceCommandLines(data)) addPrograms(out, service, shellPrograms(line));
  return out;
}

/**
 * The command lines a service runs as its `entrypoint` and `command`, as a shell reads them: the
 * shell form's line, the line a shell is given with `-c` in either form (`sh -c "docker-php-ext-install
 * pdo_mysql && apache2-foreground"`, `["sh", "-c", "celery -A app beat"]`), and an exec form's
 * words as one command.
 */
export function readServiceCommandLines(data: unknown): Array<{ service: string; line: string }> {
  const out: Array<{ service: string; line: string }> = [];
  for (const [service, spec] of Object.entries(servicesOf(data))) {
    const s = spec as { entrypoint?: unknown; command?: unknown } | null;
    for (const value of [s?.entrypoint, s?.command]) {
      if (typeof value === "string") out.push({ service, line: shellArgument(value) ?? value });
      else if (Array.isArray(value) && value.every((x) => typeof x === "string")) out.push({ service, line: execFormLine(value as string[]) });
    }
  }
  return out;
}

/** The line an exec-form command runs: a shell's `-c` line, else its first word alone. */
function execFormLine(words: string[]): string {
  const first = programName(words[0]);
  if (first && SHELL.test(first) && words[1] === "-c" && words[2] !== undefined) return words[2];
  return words[0] ?? "";
}

const SHELL = /^(ba|da|z)?sh$/;

/** The quoted line of a shell-form `sh -c "..."` (or bash, dash, zsh), else undefined. */
function shellArgument(line: string): string | undefined {
  const m = /^\s*(\S+)\s+-c\s+(["'])([\s\S]*)\2\s*$/.exec(line);
  const shell = programName(m?.[1]);
  return m && shell && SHELL.test(shell) ? m[3] : undefined;
}

function addPrograms(out: Array<{ service: string; program: string }>, service: string, programs: string[]): void {
  for (const program of programs) if (!out.some((o) => o.service === service && o.program === program)) out.push({ service, program });
}

/** The `services` map, or the top level where compose file version 1 put services. */
function servicesOf(data: unknown): Record<string, unknown> {
  const services = (data as { services?: unknown } | undefined)?.services;
  if (services && typeof services === "object") return services as Record<string, unknown>;
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (v && typeof v === "object" && ("image" in v || "build" in v)) out[k] = v;
  }
  return out;
}

/**
 * Whether parsed YAML is a compose file whatever its name: a top-level `services` map (not a
 * list, as GitLab CI, Travis CI and Render write theirs) in which some service is a map naming
 * an `image` or a `build`.
 */
export function isComposeFile(data: unknown): boolean {
  const services = (data as { services?: unknown } | undefined)?.services;
  if (!services || typeof services !== "object" || Array.isArray(services)) return false;
  return Object.values(services as Record<string, unknown>).some(
    (spec) => spec !== null && typeof spec === "object" && !Array.isArray(spec) && (typeof (spec as { image?: unknown }).image === "string" || "build" in spec),
  );
}

/** `KEY=value` lines of a `.env` file (comments, blank lines and `export ` prefixes allowed; quotes dropped). */
export function readEnvFile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of textLines(text)) {
    // The value's trailing space is trimmed after the match: `(.*?)\s*$` retried the space run
    // from every position before it.
    const m = /^\s*(?:export\s+)?([A-Za-z_]\w*)\s*=\s*(.*)$/.exec(raw);
    if (!m) continue;
    let value = m[2]!.trimEnd();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/(?<!\s)\s+#.*$/, "");
    out.set(m[1]!, value);
  }
  return out;
}
