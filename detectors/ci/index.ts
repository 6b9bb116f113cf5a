import type { Detector, DetectContext } from "../../src/types.js";
import { baseName, isRecord, lineOf, yamlDocuments } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { splitImage } from "../docker/dockerfile.js";
import { gcpRuntime } from "../infra/gcp-runtime.js";
import { imageVersion } from "../docker/image-version.js";
import { readActionManifest, readWorkflow, type ForeignInput, type WorkflowUse } from "./github-actions.js";
import { fullVersion } from "../../src/versions/range.js";

/**
 * CI configuration beyond the file that names the service (a catalog `file` matcher does that):
 * GitHub Actions steps (`action:<owner/repo>` with the runtime version a setup action installs),
 * and the container images CI jobs run in (GitHub Actions, GitLab CI, CircleCI, Bitbucket, Drone,
 * Woodpecker, Azure Pipelines, Buildkite's docker plugin).
 * Also action manifests: the repository's own `action.yml` and its local actions under
 * `.github/actions/`, whose composite steps are a workflow's steps kept elsewhere; the build and
 * deploy settings of hosting platforms that build the repository (netlify.toml's Hugo release,
 * firebase.json's products) and of mobile CI services (codemagic.yaml, bitrise.yml); Cirrus CI's
 * container images, Semaphore's images and the servers and language releases its jobs start
 * (`sem-service`, `sem-version`), AppVeyor's services, an Earthfile's images, a Jenkinsfile's plugin
 * steps, Azure Pipelines' tasks, Buildkite's plugins.
 */
export const ciDetector: Detector = {
  name: "ci",
  // Each service reads its file at the root only: copies in example folders run nowhere. A
  // .travis.yml is read at any depth, as a subproject's own (below), and firebase.json where the
  // Firebase CLI is run from (a web/ or app/ folder as often as the root).
  files: [".github/workflows/*.{yml,yaml}", "/.gitlab-ci.yml", ".circleci/config.{yml,yaml}", "/bitbucket-pipelines.yml", "/.drone.yml", "/azure-pipelines*.{yml,yaml}", ".buildkite/pipeline*.{yml,yaml}", "/.woodpecker.{yml,yaml}", ".woodpecker/*.{yml,yaml}", ".travis.yml", "/netlify.toml", "firebase.json", "Jenkinsfile", "/action.{yml,yaml}", ".github/actions/**/action.{yml,yaml}", "/codemagic.yaml", "/bitrise.yml", "/.cirrus.yml", "/.semaphore/*.{yml,yaml}", "/{appveyor,.appveyor}.yml", "Earthfile"],
  async detect(ctx) {
    for (const file of ctx.files) {
      if (file === "netlify.toml") {
        await readNetlify(ctx, file);
        continue;
      }
      if (file === "firebase.json" || file.endsWith("/firebase.json")) {
        await readFirebaseJson(ctx, file);
        continue;
      }
      if (file.endsWith("Jenkinsfile")) {
        // A pipeline's Docker agents: `docker { image 'maven:3.9-eclipse-temurin-17' }`, `docker.image('node:20').inside`.
        const text = (await ctx.text(file)) ?? "";
        const images = new Set<string>();
        for (const m of text.matchAll(/(?:^|[\s{])image\s*(?:\(\s*)?['"]([^'"$\s]+)['"]|docker\.image\s*\(\s*['"]([^'"$\s]+)['"]/gm)) images.add(m[1] ?? m[2]!);
        for (const image of images) reportImage(ctx, image, file, text);
        reportJenkinsSteps(ctx, file, text);
        continue;
      }
      if (baseName(file) === "Earthfile") {
        const text = (await ctx.text(file)) ?? "";
        for (const image of new Set(earthfileImages(text))) reportImage(ctx, image, file, text);
        continue;
      }
      if (file === ".drone.yml") {
        // Drone keeps one pipeline a document (`---` between them).
        const text = (await ctx.text(file)) ?? "";
        const pipelines = yamlDocuments(ctx, file, text);
        if (!pipelines) continue;
        for (const image of new Set(pipelines.flatMap((p) => imagesIn(p)))) reportImage(ctx, image, file, text);
        continue;
      }
      const data = await ctx.yaml(file);
      if (data === undefined) continue;
      const text = (await ctx.text(file)) ?? "";
      if (file === "codemagic.yaml") {
        readCodemagic(ctx, data, file, text);
        continue;
      }
      if (file === "bitrise.yml") {
        readBitrise(ctx, data, file, text);
        continue;
      }
      if (file === ".cirrus.yml") {
        for (const image of new Set(cirrusImages(data))) reportImage(ctx, image, file, text);
        continue;
      }
      if (file.startsWith(".semaphore/")) {
        readSemaphore(ctx, data, file, text);
        continue;
      }
      if (/^\.?appveyor\.yml$/.test(file)) {
        readAppveyor(ctx, data, file, text);
        continue;
      }
      if (/(^|\/)action\.ya?ml$/.test(file)) {
        const manifest = readActionManifest(data, foreignInput(ctx));
        // A JavaScript action runs on the Node.js release it names (`using: node20`).
        if (manifest.node) ctx.report({ ref: "engine:node", file, line: lineOf(text, `node${manifest.node}`), version: fullVersion(manifest.node) });
        reportUses(ctx, manifest, file, text);
      } else if (file.startsWith(".github/workflows/")) {
        reportUses(ctx, readWorkflow(data, foreignInput(ctx)), file, text);
      } else if (file.endsWith(".travis.yml")) {
        if (file.includes("/")) {
          // A subproject's own Travis configuration (a `client/` kept from when it was a repository
          // of its own, a book chapter's project) shows the service, as the site's files name it;
          // a copy under an example, test, template or documentation folder does not.
          if (NOT_A_PROJECT.test(file)) continue;
          ctx.report({ ref: "format:travis-config", file });
        }
        readTravis(ctx, data, file, text);
      } else {
        for (const image of new Set(imagesIn(data, [], 0, file === "bitbucket-pipelines.yml"))) reportImage(ctx, image, file, text);
        if (file.startsWith(".circleci/")) reportOrbs(ctx, data, file, text);
        if (file.startsWith("azure-pipelines")) reportAzureTasks(ctx, data, file, text);
        if (file.startsWith(".buildkite/")) reportBuildkitePlugins(ctx, data, file, text);
        if (file === ".gitlab-ci.yml" && publishesPages(data)) ctx.report({ ref: "format:gitlab-pages-job", file, line: lineOf(text, "pages:") });
        if (file === ".gitlab-ci.yml") await readGitlabIncludes(ctx, data);
        // Bitbucket Pipes: `pipe: atlassian/aws-s3-deploy:1.1.0` deploys to or notifies a service.
        if (file === "bitbucket-pipelines.yml") {
          for (const pipe of new Set(valuesOf(data, "pipe"))) {
            const [name = "", tag] = pipe.replace(/^docker:\/\//, "").split(":");
            if (name) ctx.report({ ref: `bitbucket-pipe:${name.toLowerCase()}`, file, line: lineOf(text, pipe), declared: tag });
          }
        }
      }
    }
  },
};

/**
 * The files of the repository that .gitlab-ci.yml includes (`include: .gitlab/ci/build.yml`,
 * `- local: /ci/*.yml`, and what they include in turn): jobs kept elsewhere, read as the root
 * file's own for their images and a Pages job. Templates, other projects' files, components and
 * remote URLs are not in the repository.
 */
async function readGitlabIncludes(ctx: DetectContext, root: unknown): Promise<void> {
  const seen = new Set([".gitlab-ci.yml"]);
  const globs = new Set<string>();
  const queue = localIncludes(root, ctx.paths, (p) => ctx.exists(p), globs);
  while (queue.length > 0 && seen.size <= MAX_GITLAB_INCLUDES) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const data = await ctx.yaml(file);
    if (data === undefined) continue;
    const text = (await ctx.text(file)) ?? "";
    for (const image of imagesIn(data)) reportImage(ctx, image, file, text);
    if (publishesPages(data)) ctx.report({ ref: "format:gitlab-pages-job", file, line: lineOf(text, "pages:") });
    queue.push(...localIncludes(data, ctx.paths, (p) => ctx.exists(p), globs));
  }
}

/** How many included files one pipeline's configuration reads at most, and how many globs it matches against the tree. */
const MAX_GITLAB_INCLUDES = 100;
const MAX_GITLAB_GLOBS = 20;

/** The repository paths a GitLab CI file's `include` names: local paths and `local:` entries, with `*` (one folder) and `**` (any depth) globs. */
function localIncludes(data: unknown, paths: readonly string[], exists: (path: string) => boolean, globs: Set<string>): string[] {
  const include = (data as { include?: unknown } | null)?.include;
  const entries = Array.isArray(include) ? include : include === undefined ? [] : [include];
  const out: string[] = [];
  for (const entry of entries) {
    const local = typeof entry === "string" ? (/^https?:\/\//i.test(entry.trim()) ? undefined : entry) : (entry as { local?: unknown } | null)?.local;
    if (typeof local !== "string" || !local.trim()) continue;
    const path = local.trim().replace(/^\.?\//, "");
    if (!path.includes("*")) {
      if (exists(path)) out.push(path);
      continue;
    }
    // Each glob once, and a bounded number of them, of a few stars each (`.gitlab/ci/**/*.yml`):
    // each is matched against every YAML path of the tree.
    if (globs.has(path) || globs.size >= MAX_GITLAB_GLOBS || (path.match(/\*+/g)?.length ?? 0) > 4) continue;
    globs.add(path);
    // `configs/**.yml` is any .yml below configs/: a `**` within a name is a `**` folder before it.
    const segments = path.split("/").flatMap((seg) => (seg !== "**" && seg.includes("**") ? ["**", seg.replace(/\*{2,}/g, "*")] : [seg]));
    const prefix = path.slice(0, path.indexOf("*"));
    // GitLab includes YAML files only.
    out.push(...paths.filter((p) => p.startsWith(prefix) && /\.ya?ml$/.test(p) && globMatches(segments, p.split("/"))).sort());
  }
  return out;
}

/**
 * Whether path segments match glob segments (`**` any number of folders, `*` any part of one
 * name), by the folders each prefix of the pattern can reach: no backtracking over a path.
 * Not picomatch, which the scan's own globs use: its regular expressions backtrack, and the
 * globs here are written by the scanned repository (one glob `ci/*a*a*a*b.yml` against 100 names
 * of 240 characters took 7 s there; 20 such globs against 2,000 names take 0.4 s here).
 */
function globMatches(pattern: readonly string[], path: readonly string[]): boolean {
  let reach = path.map(() => false).concat(false);
  reach[0] = true;
  for (const seg of pattern) {
    const next = reach.map(() => false);
    if (seg === "**") {
      let any = false;
      for (let j = 0; j <= path.length; j++) next[j] = any ||= reach[j]!;
    } else {
      for (let j = 0; j < path.length; j++) if (reach[j] && nameMatches(seg, path[j]!)) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[path.length]!;
}

/** A name against a pattern whose `*` stands for any run of characters: the last star is retried, never an earlier one. */
function nameMatches(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = n;
    } else if (p < pattern.length && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

/**
 * A GitLab CI job that publishes a GitLab Pages site: the job named `pages`, or one with the
 * `pages:` keyword (GitLab 17.9 and later) set to anything but false (scalars are read as strings).
 */
function publishesPages(data: unknown): boolean {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  return Object.entries(data as Record<string, unknown>).some(([name, job]) =>
    !!job && typeof job === "object" && !Array.isArray(job) && (name === "pages" || ("pages" in job && String((job as { pages?: unknown }).pages) !== "false")));
}

/**
 * CircleCI orbs, the packaged jobs and commands a config imports (`orbs: { heroku: circleci/heroku@2.0.0 }`):
 * `circleci-orb:namespace/name`, with the orb's own release as written (never the tool's). An inline
 * orb (a map, not a reference) names nothing.
 */
function reportOrbs(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const orbs = (data as { orbs?: unknown } | null)?.orbs;
  if (!orbs || typeof orbs !== "object" || Array.isArray(orbs)) return;
  for (const ref of Object.values(orbs as Record<string, unknown>)) {
    if (typeof ref !== "string") continue;
    const [name = "", release] = ref.trim().split("@");
    if (/^[\w-]+\/[\w.-]+$/.test(name)) ctx.report({ ref: `circleci-orb:${name.toLowerCase()}`, file, line: lineOf(text, ref), declared: release });
  }
}

/** An action's input that the catalog's `action-input` keys give to a tool of its own, never the action's version. */
function foreignInput(ctx: DetectContext): ForeignInput {
  return (action, input) => ctx.lookup("action-input", `${action}:${input}`).length > 0;
}

function reportUses(ctx: DetectContext, uses: WorkflowUse[], file: string, text: string): void {
  for (const use of uses) {
    if (use.action) ctx.report({ ref: `action:${use.action}`, file, line: lineOf(text, use.action), declared: use.version, version: use.version ? versionFromTag(use.version) : undefined });
    // An input the catalog knows names a runtime the action installs, at the release it gives
    // (erlef/setup-beam's `otp-version` is Erlang's, its `elixir-version` Elixir's).
    for (const [input, value] of Object.entries(use.inputs ?? {})) {
      const key = `${use.action}:${input}`;
      if (ctx.lookup("action-input", key).length === 0) continue;
      ctx.report({ ref: `action-input:${key}`, file, line: lineOf(text, `${input}:`), declared: value, version: versionFromTag(value) });
    }
    if (use.image) reportImage(ctx, use.image, file, text);
  }
}

function reportImage(ctx: DetectContext, ref: string, file: string, text: string): void {
  const image = splitImage(ref);
  if (image) ctx.report({ ref: `docker:${image.name}`, file, line: lineOf(text, ref), declared: image.tag, version: imageVersion(image.name, image.tag) });
}

/**
 * Every `image:` value (a string, or `{ name }` in GitLab) anywhere in a CI file, and GitLab's
 * `services:` lists (`- postgres:15`, `- name: docker:24-dind`). A Bitbucket step's `services:`
 * (`namedServices`) are names of its `definitions.services`, whose images are read there (a
 * `mysql` service may run mariadb:10.11): only `docker`, the built-in Docker daemon, is read.
 */
function imagesIn(data: unknown, out: string[] = [], depth = 0, namedServices = false): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === "image") {
      if (typeof value === "string") out.push(value);
      else if (typeof (value as { name?: unknown })?.name === "string") out.push((value as { name: string }).name);
    } else if (key === "container" && typeof value === "string" && IMAGE.test(value) && !("image" in (data as Record<string, unknown>))) {
      // Azure Pipelines' job container (`container: node:20`), as GitHub's `container:` is; beside
      // an `image` (a `resources.containers` entry) it is the container's name.
      out.push(value);
    } else if (key === "services" && Array.isArray(value)) {
      for (const service of value) {
        const s = service as { name?: unknown; image?: unknown } | null;
        if (typeof service === "string" && namedServices) {
          if (service.trim() === "docker") out.push("docker");
        } else if (typeof service === "string" && IMAGE.test(service)) out.push(service);
        // Drone and Woodpecker name a service and give its `image`; GitLab's `name` is the image.
        else if (typeof s?.image === "string") out.push(s.image);
        else if (typeof s?.name === "string") out.push(s.name);
      }
    } else imagesIn(value, out, depth + 1, namedServices);
  }
  return out;
}

/** An image reference as a CI file writes one: a name, with a registry and tag where given. */
const IMAGE = /^[\w./-]+(:[\w.-]+)?$/;

/** Every string value of `key` anywhere in a parsed file. */
function valuesOf(data: unknown, key: string, out: string[] = [], depth = 0): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [k, value] of Object.entries(data as Record<string, unknown>)) {
    if (k === key && typeof value === "string") out.push(value);
    else valuesOf(value, key, out, depth + 1);
  }
  return out;
}

/** Folders whose files show how to use something rather than how this repository is built. */
const NOT_A_PROJECT = /(^|\/)(examples?|samples?|demos?|fixtures?|tests?|__tests__|templates?|docs?)\//i;

/**
 * The keys of a Travis language's version list where it is not the language's own name: Ruby's
 * releases are `rvm:` (`ruby:` is its alias), Java's `jdk:`, Erlang's `otp_release:`.
 */
const TRAVIS_VERSION_KEYS: Readonly<Record<string, readonly string[]>> = { ruby: ["rvm", "ruby"], java: ["jdk"], erlang: ["otp_release"] };

/** Travis CI's `language:` and its version list (`node_js: [18, 20]`), and the services the build starts. */
function readTravis(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const config = (data ?? {}) as Record<string, unknown>;
  readTravisServices(ctx, config, file, text);
  const language = typeof config.language === "string" ? config.language.toLowerCase() : undefined;
  if (!language) return;
  const key = (TRAVIS_VERSION_KEYS[language] ?? [language]).find((k) => config[k] !== undefined);
  const versions = key === undefined ? undefined : config[key];
  const first = Array.isArray(versions) ? versions[0] : versions;
  // A JDK is named by its vendor and release (`openjdk17`, `oraclejdk11`). The YAML reader keeps
  // an unquoted `3.10` as written.
  const version = typeof first === "string" ? versionFromTag(first.replace(/^(?:open|oracle)jdk-?(?=\d)/i, "")) : undefined;
  ctx.report({ ref: `travis-language:${language}`, file, line: lineOf(text, "language"), version });
}

/**
 * The servers a Travis build starts beside the job: `services: [mongodb, redis-server]` (also a
 * single name, and per job under `jobs:`/`matrix:` `include:`), and the database addons that pin a
 * release (`addons: { postgresql: "9.6" }`).
 */
function readTravisServices(ctx: DetectContext, config: Record<string, unknown>, file: string, text: string): void {
  const configs = [config];
  for (const key of ["jobs", "matrix"]) {
    const include = (config[key] as { include?: unknown } | undefined)?.include;
    if (Array.isArray(include)) for (const job of include) if (!!job && typeof job === "object") configs.push(job as Record<string, unknown>);
  }
  const seen = new Set<string>();
  for (const job of configs) {
    const services = typeof job.services === "string" ? [job.services] : Array.isArray(job.services) ? job.services : [];
    for (const service of services) {
      const name = typeof service === "string" ? service.trim() : "";
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      ctx.report({ ref: `travis-service:${name.toLowerCase()}`, file, line: lineOf(text, name) });
    }
    const addons = job.addons && typeof job.addons === "object" ? (job.addons as Record<string, unknown>) : {};
    // The addons that run a service's scanner or tunnel (`sonarcloud`, `sauce_connect`), by their key.
    for (const name of Object.keys(addons)) {
      const key = name.toLowerCase();
      if (seen.has(`addon:${key}`) || ctx.lookup("travis-addon", key).length === 0) continue;
      seen.add(`addon:${key}`);
      ctx.report({ ref: `travis-addon:${key}`, file, line: lineOf(text, `${name}:`) });
    }
    // Where the build deploys (`deploy: { provider: heroku }`, or a list of them).
    for (const deploy of [job.deploy].flat()) {
      const written = isRecord(deploy) && typeof deploy.provider === "string" ? deploy.provider : "";
      const provider = written.trim().toLowerCase().split(":")[0]!;
      if (!provider || seen.has(`deploy:${provider}`)) continue;
      seen.add(`deploy:${provider}`);
      ctx.report({ ref: `travis-deploy:${provider}`, file, line: lineOf(text, written) });
    }
    for (const name of ["postgresql", "mariadb"]) {
      const release = addons[name];
      if (typeof release !== "string" && typeof release !== "number") continue;
      ctx.report({ ref: `travis-service:${name}`, file, line: lineOf(text, name), version: versionFromTag(String(release)) });
    }
  }
}

/** netlify.toml: the Hugo release the build installs (`HUGO_VERSION` in `[build.environment]`, else in a context's environment). */
async function readNetlify(ctx: DetectContext, file: string): Promise<void> {
  const data = (await ctx.toml(file)) as { build?: { environment?: Record<string, unknown> }; context?: Record<string, { environment?: Record<string, unknown> }> } | undefined;
  if (!data || typeof data !== "object") return;
  const environments = [data.build?.environment, ...Object.values(data.context ?? {}).map((c) => c?.environment)];
  const hugo = environments.map((e) => e?.HUGO_VERSION).find((v): v is string => typeof v === "string" && /^v?\d+(\.\d+){1,2}$/.test(v));
  if (hugo) ctx.report({ ref: "format:hugo-build-env", file, line: lineOf((await ctx.text(file)) ?? "", "HUGO_VERSION"), version: hugo.replace(/^v/, "") });
  // The language releases the production build installs (`NODE_VERSION = "20"`, `PYTHON_VERSION`,
  // `GO_VERSION`, ...), pinned as a version manager's; an alias such as `lts/*` pins no release.
  const build = data.build?.environment;
  for (const [variable, language] of NETLIFY_RUNTIMES) {
    const value = build && typeof build === "object" ? build[variable] : undefined;
    const pinned = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : undefined;
    if (pinned && /^v?\d+(\.\d+){0,2}(\.x)?$/.test(pinned)) {
      // The variable as a whole word (HUGO_VERSION holds GO_VERSION).
      const text = (await ctx.text(file)) ?? "";
      const at = new RegExp(`(^|[^A-Z_])${variable}[ \\t]*=`).exec(text);
      ctx.report({ ref: `version-manager:${language}`, file, line: at ? text.slice(0, at.index + at[1]!.length).split("\n").length : undefined, declared: pinned, version: versionFromTag(pinned.replace(/^v/, "").replace(/\.x$/, "")) });
    }
  }
}

/** The build environment variables Netlify's build image reads for a language's release. */
const NETLIFY_RUNTIMES: ReadonlyArray<readonly [string, string]> = [["NODE_VERSION", "nodejs"], ["PYTHON_VERSION", "python"], ["RUBY_VERSION", "ruby"], ["GO_VERSION", "golang"], ["PHP_VERSION", "php"]];

/**
 * firebase.json: the Firebase products the project deploys, one top-level key each (`hosting`,
 * `functions`, `firestore`, `database`), which the catalog's `firebase-product` keys name (Firebase
 * Hosting, Cloud Functions for Firebase, Cloud Firestore, the Realtime Database), and the runtime
 * its functions run on.
 */
async function readFirebaseJson(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.json(file);
  if (!isRecord(data)) return;
  const text = (await ctx.text(file)) ?? "";
  for (const key of Object.keys(data)) ctx.report({ ref: `firebase-product:${key.toLowerCase()}`, file, line: lineOf(text, `"${key}"`) });
  // The runtime each functions codebase deploys on (`"runtime": "nodejs20"`, Cloud Functions' IDs).
  for (const codebase of [data.functions].flat()) {
    const runtime = isRecord(codebase) ? codebase.runtime : undefined;
    const id = typeof runtime === "string" ? gcpRuntime(runtime) : undefined;
    if (id && typeof runtime === "string") ctx.report({ ref: `gcp-runtime:${id.language}`, file, line: lineOf(text, `"${runtime}"`), declared: runtime, version: id.version });
  }
}

/**
 * codemagic.yaml: each workflow's `environment` sets the releases its build machine uses
 * (`flutter: 3.22.2`, `node: 20.11.1`, `java: 17`), as a setup action's version input does. A
 * channel or alias (`stable`, `latest`, `default`, `fvm`) names the tool without a release.
 */
function readCodemagic(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const seen = new Set<string>();
  for (const workflow of workflowsOf(data)) {
    const environment = (workflow as { environment?: unknown } | null)?.environment;
    if (!isRecord(environment)) continue;
    for (const [key, raw] of Object.entries(environment)) {
      if (typeof raw !== "string" && typeof raw !== "number") continue;
      const value = String(raw).trim();
      const version = plainRelease(value);
      const id = `${key}@${version ?? ""}`;
      if (seen.has(id)) continue;
      seen.add(id);
      ctx.report({ ref: `codemagic-environment:${key}`, file, line: lineOf(text, `${key}: ${value}`), declared: value, version });
    }
  }
}

/** The input of a Bitrise step that sets the release it installs, by step id. */
const BITRISE_VERSION_INPUTS: ReadonlyMap<string, string> = new Map([["flutter-installer", "version"], ["nvm", "node_version"], ["set-java-version", "set_java_version"]]);

/**
 * bitrise.yml: the steps of each workflow (`- flutter-installer@0:` with its `inputs`), by their
 * step library id without the step's own release (`@0`) or a `git::`/`path::` source. A setup
 * step's input gives the release it installs (`version: 3.22.2`, `node_version: 20.11.1`), as a
 * setup action's does; a channel or alias (`stable`, `latest`) none.
 */
function readBitrise(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const seen = new Set<string>();
  for (const workflow of workflowsOf(data)) {
    const steps = (workflow as { steps?: unknown } | null)?.steps;
    if (!Array.isArray(steps)) continue;
    for (const entry of steps) {
      if (!entry || typeof entry !== "object") continue;
      for (const [key, body] of Object.entries(entry as Record<string, unknown>)) {
        if (/^(?:git|path)::/.test(key)) continue;
        const id = key.split("@")[0]!.trim().toLowerCase();
        if (!id) continue;
        const inputName = BITRISE_VERSION_INPUTS.get(id);
        const inputs = (body as { inputs?: unknown } | null)?.inputs;
        let declared: string | undefined;
        if (inputName && Array.isArray(inputs)) {
          for (const input of inputs) {
            const value = input && typeof input === "object" ? (input as Record<string, unknown>)[inputName] : undefined;
            if (typeof value === "string" || typeof value === "number") declared = String(value).trim();
          }
        }
        const version = plainRelease(declared);
        const seenKey = `${id}@${version ?? ""}`;
        if (seen.has(seenKey)) continue;
        seen.add(seenKey);
        ctx.report({ ref: `bitrise-step:${id}`, file, line: lineOf(text, key), declared, version });
      }
    }
  }
}

/** The workflows of a codemagic.yaml or bitrise.yml (`workflows:`, a map of name to workflow), none where it holds no such map. */
function workflowsOf(data: unknown): unknown[] {
  const workflows = (data as { workflows?: unknown } | null)?.workflows;
  return workflows && typeof workflows === "object" ? Object.values(workflows as Record<string, unknown>) : [];
}

/** A release a build machine's setting gives (`3.22.2`; `v20` is 20.0.0, `17` 17.0.0); none for a channel or alias (`stable`, `latest`). */
function plainRelease(value: string | undefined): string | undefined {
  return value !== undefined && /^v?\d+(\.\d+)*$/.test(value) ? fullVersion(value) : undefined;
}

/**
 * .cirrus.yml: the images of a task's containers (`container:`, `arm_container:`,
 * `windows_container:`, at the top or in a `*_task`) and the `additional_containers` started beside
 * it (`- name: postgres` with `image: postgres:16`). A VM's image (`macos_instance`,
 * `freebsd_instance`, `gce_instance`) is a machine image, not a container's.
 */
function cirrusImages(data: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (/(^|_)container$/.test(key) && isRecord(value) && typeof value.image === "string") out.push(value.image);
    if (key === "additional_containers" && Array.isArray(value)) {
      for (const c of value) if (isRecord(c) && typeof c.image === "string") out.push(c.image);
    } else cirrusImages(value, out, depth + 1);
  }
  return out;
}

/**
 * A Semaphore pipeline (`.semaphore/semaphore.yml` and the promotions beside it): the images of the
 * agent's containers (`agent.containers`, the first the job's, the others services), and what the
 * jobs' commands start or select with Semaphore's own tools: `sem-service start postgres 16` (a
 * server beside the job, as a service container is) and `sem-version python 3.12` (the release of
 * a language the job runs).
 */
function readSemaphore(ctx: DetectContext, data: unknown, file: string, text: string): void {
  for (const image of new Set(imagesIn(data))) reportImage(ctx, image, file, text);
  const seen = new Set<string>();
  for (const command of commandsIn(data)) {
    for (const m of command.matchAll(/\bsem-(service\s+start|version)\s+([a-z][\w-]*)(?:(?:\s+|:)(\d[\w.]*))?/g)) {
      const kind = m[1] === "version" ? "semaphore-version" : "semaphore-service";
      const name = m[2]!.toLowerCase();
      const id = `${kind}:${name}@${m[3] ?? ""}`;
      if (seen.has(id)) continue;
      seen.add(id);
      ctx.report({ ref: `${kind}:${name}`, file, line: lineOf(text, m[0]), declared: m[3], version: versionFromTag(m[3]) });
    }
  }
}

/** Every string of a `commands` list anywhere in a parsed file. */
function commandsIn(data: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === "commands" && Array.isArray(value)) {
      for (const c of value) if (typeof c === "string") out.push(c);
    } else commandsIn(value, out, depth + 1);
  }
  return out;
}

/**
 * appveyor.yml: the services the build VM starts beside the job (`services: [mssql2019, postgresql13]`,
 * at the top or in a `for:` branch's configuration), named by the catalog's `appveyor-service` keys.
 * The build worker `image` (Visual Studio 2022, Ubuntu2204) is a machine image and names nothing.
 */
function readAppveyor(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const configs = [data, ...(isRecord(data) && Array.isArray(data.for) ? data.for : [])];
  const seen = new Set<string>();
  for (const config of configs) {
    if (!isRecord(config)) continue;
    const services = typeof config.services === "string" ? [config.services] : Array.isArray(config.services) ? config.services : [];
    for (const service of services) {
      const name = typeof service === "string" ? service.trim().toLowerCase() : "";
      if (!name || seen.has(name)) continue;
      seen.add(name);
      ctx.report({ ref: `appveyor-service:${name}`, file, line: lineOf(text, service as string) });
    }
  }
}

/**
 * A Jenkinsfile's pipeline steps that plugins add for a service or tool (`withSonarQubeEnv('sonar')`,
 * `slackSend channel: '#ci'`, `docker.build("app")`), each the first time it is called, and only
 * those the catalog's `jenkins-step` keys know: every other Groovy call is the pipeline's own. Line
 * comments are skipped.
 */
function reportJenkinsSteps(ctx: DetectContext, file: string, text: string): void {
  const seen = new Set<string>();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^\s*\/\/.*$/, "").replace(/\s\/\/.*$/, "");
    // A call (`step(`, `step {`, `step 'x'`) or named arguments (`step channel: '#ci'`); each
    // whitespace run is tried once where it starts, so a long line costs no backtracking.
    for (const m of line.matchAll(/(?:^|[^\w.$])((?:docker\.)?[A-Za-z]\w*)\b(?:[ \t]*(?=[({'"])|[ \t]+(?=\w+[ \t]*:))/g)) {
      const step = m[1]!;
      if (seen.has(step) || ctx.lookup("jenkins-step", step).length === 0) continue;
      seen.add(step);
      ctx.report({ ref: `jenkins-step:${step}`, file, line: i + 1 });
    }
  }
}

/**
 * An Earthfile's images: each `FROM` (at the top, the base of every target, or a target's own),
 * its flags (`--platform=linux/amd64`) left out, and the images a `WITH DOCKER --pull` starts for
 * the target's tests. Not another target's artifact (`FROM +build`), an imported one
 * (`FROM lib+base`), `FROM DOCKERFILE` or an image named by an ARG.
 */
function earthfileImages(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const from = /^FROM\s+(.*)$/.exec(line);
    if (from) {
      const image = from[1]!.split(/\s+/).find((t) => !t.startsWith("--"));
      if (image && image !== "DOCKERFILE" && !image.includes("+") && IMAGE.test(image)) out.push(image);
      continue;
    }
    if (/^WITH\s+DOCKER\b/.test(line)) for (const m of line.matchAll(/--pull[=\s]+([^\s\\]+)/g)) if (IMAGE.test(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/**
 * Azure Pipelines' tasks (`- task: UsePythonVersion@0`), by their name without the major version
 * and lowercased, as Azure reads them, for the catalog's `azure-task` keys; an installer task's
 * release input (`versionSpec: '3.12'`, `version: '1.22.x'`, `terraformVersion: 1.9.5`) is the
 * release of the tool it installs, as a setup action's is. Each task once per release.
 */
function reportAzureTasks(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const seen = new Set<string>();
  for (const step of tasksIn(data)) {
    const name = step.task.trim().split("@")[0]!.trim().toLowerCase();
    if (!/^[\w.-]+$/.test(name)) continue;
    const inputs = isRecord(step.inputs) ? step.inputs : {};
    const installer = /^use\w+|\w+(?:tool|installer)$/.test(name);
    const raw = installer ? AZURE_VERSION_INPUTS.map((k) => inputs[k]).find((v) => typeof v === "string" || typeof v === "number") : undefined;
    const declared = raw === undefined || /\$[({]/.test(String(raw)) ? undefined : String(raw).trim();
    const id = `${name}@${declared ?? ""}`;
    if (seen.has(id)) continue;
    seen.add(id);
    ctx.report({ ref: `azure-task:${name}`, file, line: lineOf(text, step.task), declared, version: versionFromTag(declared) });
  }
}

/** The inputs of Azure's installer tasks that give the release installed. */
const AZURE_VERSION_INPUTS = ["versionSpec", "version", "terraformVersion", "helmVersionToInstall"];

/** Every step of a parsed Azure Pipelines file that runs a task (`task:` with its `inputs`). */
function tasksIn(data: unknown, out: Array<{ task: string; inputs?: unknown }> = [], depth = 0): Array<{ task: string; inputs?: unknown }> {
  if (depth > 50 || !data || typeof data !== "object") return out;
  if (!Array.isArray(data) && typeof (data as { task?: unknown }).task === "string") out.push(data as { task: string; inputs?: unknown });
  for (const value of Object.values(data as Record<string, unknown>)) tasksIn(value, out, depth + 1);
  return out;
}

/**
 * Buildkite's plugins (`plugins: [docker-compose#v5.4.1]`, or a map of the plugin to its
 * settings), by their name without the release (`#v5.4.1`) for the catalog's `buildkite-plugin`
 * keys; a plugin of another owner keeps its `owner/` (`acme/lint`). Each once.
 */
function reportBuildkitePlugins(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const seen = new Set<string>();
  for (const ref of pluginsIn(data)) {
    const name = ref.trim().split("#")[0]!.replace(/^(?:https?:\/\/)?github\.com\//i, "").replace(/-buildkite-plugin(?:\.git)?$/i, "").replace(/^buildkite-plugins\//i, "").toLowerCase();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    ctx.report({ ref: `buildkite-plugin:${name}`, file, line: lineOf(text, ref), declared: ref.split("#")[1] });
  }
}

/** The plugin references of every `plugins:` list of a parsed Buildkite pipeline. */
function pluginsIn(data: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === "plugins" && Array.isArray(value)) {
      for (const plugin of value) {
        if (typeof plugin === "string") out.push(plugin);
        else if (isRecord(plugin)) out.push(...Object.keys(plugin));
      }
    } else if (key === "plugins" && isRecord(value)) out.push(...Object.keys(value));
    else pluginsIn(value, out, depth + 1);
  }
  return out;
}
