import type { DetectContext, Detector, Finding } from "../../src/types.js";
import { posix } from "node:path";
import { baseName, dirOf, inFolder, isRecord, joinInside, lineOf, lineOfEach, sibling, splitImage } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { imageFinding } from "./image-version.js";
import { firstFromLine, readDockerfile, readDownloadHosts, readPhpExtensionInstalls, readRunCommands } from "./dockerfile.js";
import { isComposeFile, readCompose, readComposeBuilds, readComposeReferences, readEnvFile, readHealthcheckPrograms, readServiceCommandPrograms, readServiceLabelPrefixes } from "./compose.js";
import { substitute } from "./substitute.js";
import { bakeBuilds, mergeBakeFiles, readBakeHcl } from "./bake.js";
import { DOCKER_FILES } from "../files.js";

/** Buildx Bake's files: docker-bake.hcl, docker-bake.json and the `.override` file of either. */
const BAKE_FILE = /^docker-bake(\.override)?\.(hcl|json)$/;
/** Those files in the order Bake reads them from one folder, each later one merged over the earlier. */
const BAKE_FILES = ["docker-bake.json", "docker-bake.hcl", "docker-bake.override.json", "docker-bake.override.hcl"];

/**
 * Containers: the base image of every Dockerfile stage (Containerfile, Podman's name for one, too)
 * and the image of every compose service, each reported as `docker:<image>` with the tag's
 * version; which image means which tool is the catalog's `docker` kind. Also the image of a dev
 * container, the tools a Dockerfile downloads from their own hosts (the catalog's `download-host`
 * kind) and the tools its RUN instructions run by their program's name (the `run-command` kind);
 * from a compose file, also the programs its services' health checks run (the
 * `healthcheck-command` kind) and those its services run as their process (`compose-command`).
 * A compose file is known by its name (docker-compose.yml, compose.yaml, docker-compose.prod.yml)
 * or, at the root, by its content under another name (`local.yml` and `production.yml`, as
 * cookiecutter-django writes them, run with `docker compose -f`): a `services` map whose
 * services name an `image` or a `build`.
 */
export const dockerDetector: Detector = {
  name: "docker",
  files: DOCKER_FILES,
  async detect(ctx) {
    /** `file:line` of the FROM lines whose image a compose build's args decide. */
    const builtLines = new Set<string>();
    /** The compose files read, by their own name or as another's `include` or `extends.file`. */
    const composeRead = new Set<string>();
    /** The folders whose Bake files have been read (all of a folder's at once). */
    const bakeFolders = new Set<string>();
    // Compose files and dev container configurations first: a build's args override the ARG
    // defaults of the Dockerfile it builds.
    const builds = (f: string) => /\.ya?ml$/.test(f) || /(^|\/)\.?devcontainer\.json$/.test(f) || BAKE_FILE.test(baseName(f));
    const yamlFirst = [...ctx.files.filter(builds), ...ctx.files.filter((f) => !builds(f))];
    for (const file of yamlFirst) {
      const base = baseName(file);
      if (/(^|\/)config\/deploy(\.[\w-]+)?\.yml$/.test(file)) {
        // Kamal's deploy configuration (a destination's config/deploy.staging.yml too): the
        // accessories it runs beside the app are images (`accessories: db: image: postgres:16`).
        const text = await ctx.text(file);
        if (text === undefined || !/^(service|accessories)\s*:/m.test(text)) continue;
        const data = await ctx.yaml(file);
        const accessories = readKamalAccessories(data);
        if (accessories === undefined) continue;
        ctx.report({ ref: "format:kamal-config", file });
        const lineOfImage = lineOfEach(text);
        for (const image of accessories) report(image, file, lineOfImage(image));
      } else if (/^(docker-)?compose.*\.ya?ml$/.test(base)) {
        if (composeRead.has(file)) continue;
        const data = await ctx.yaml(file);
        if (data === undefined) continue;
        await readComposeFile(data, file, (await ctx.text(file)) ?? "");
      } else if (file === ".gitpod.yml") {
        // Gitpod's workspace image (`image: gitpod/workspace-python-3.11`); `image: { file }` builds
        // a Dockerfile, read as one by its name (.gitpod.Dockerfile).
        const data = await ctx.yaml(file);
        const image = isRecord(data) ? data.image : undefined;
        if (typeof image === "string" && image.trim()) report(image.trim(), file, lineOf((await ctx.text(file)) ?? "", image.trim()));
      } else if (/\.ya?ml$/.test(base)) {
        // Another root YAML file: a compose file only by its content. The text is looked at
        // before parsing, so the other YAML files at the root are not parsed for nothing.
        if (composeRead.has(file)) continue;
        const text = await ctx.text(file);
        if (text === undefined || !/^services\s*:/m.test(text)) continue;
        // Several documents (Drone's pipelines, `---` between them) are no compose file, which
        // Compose reads as one: not parsed, so no warning that the stream is malformed.
        if (severalDocuments(text)) continue;
        const data = await ctx.yaml(file);
        if (!isComposeFile(data)) continue;
        // Compose reads it only when told to (`docker compose -f local.yml`): a variant, whatever its name.
        ctx.report({ ref: "format:compose-file", file, variant: true });
        await readComposeFile(data, file, text, undefined, true);
      } else if (BAKE_FILE.test(base)) {
        // Buildx Bake's targets: the base images their Dockerfiles take from the args they pass
        // (`args = { NODE_VERSION = "20.12.2" }` for `FROM node:${NODE_VERSION}-alpine`).
        // Bake reads a folder's files as one, in its order, each later one's targets and variables
        // over the earlier's (docker-bake.override.hcl's args over docker-bake.hcl's): read once.
        const folder = dirOf(file);
        if (bakeFolders.has(folder)) continue;
        bakeFolders.add(folder);
        const parts: unknown[] = [];
        for (const name of BAKE_FILES) {
          const path = inFolder(folder, name);
          if (ctx.exists(path)) parts.push(name.endsWith(".json") ? await ctx.json(path) : readBakeHcl((await ctx.text(path)) ?? ""));
        }
        for (const build of bakeBuilds(mergeBakeFiles(parts)) ?? []) {
          const dockerfile = joinInside(dirOf(file), build.dockerfile);
          if (dockerfile !== undefined) await builtImage(dockerfile, build.args);
        }
      } else if (base === "devcontainer.json" || base === ".devcontainer.json") {
        // The spec's places: .devcontainer/devcontainer.json, one folder per configuration below
        // it (.devcontainer/python/devcontainer.json), or .devcontainer.json at the root.
        const data = (await ctx.json(file)) as { image?: unknown; features?: unknown; build?: unknown; dockerFile?: unknown } | undefined;
        if (typeof data?.image === "string") report(data.image, file, undefined);
        // A Dockerfile built with `build.args` (`"VARIANT": "3.11-bullseye"` for the Dockerfile's
        // `FROM mcr.microsoft.com/vscode/devcontainers/python:0-${VARIANT}`), as VS Code's templates
        // wrote them: the image those args give. The Dockerfile's path is relative to the
        // configuration's folder (`build.dockerfile`, or the legacy top-level `dockerFile`).
        const build = readDevcontainerBuild(data);
        if (build) {
          const dockerfile = posix.normalize(inFolder(dirOf(file), build.dockerfile));
          if (!dockerfile.startsWith("../") && !dockerfile.startsWith("/")) await builtImage(dockerfile, new Map([...build.args].map(([k, v]) => [k, substitute(v, new Map(), true)])));
        }
        // Its Dev Container Features (`"ghcr.io/devcontainers/features/python:1": { "version": "3.11" }`,
        // or the legacy `"python": "3.11"`): each the tool it installs, at the version option given.
        const features = data?.features;
        if (features && typeof features === "object" && !Array.isArray(features)) {
          const lineOfFeature = lineOfEach((await ctx.text(file)) ?? "");
          for (const [id, options] of Object.entries(features as Record<string, unknown>)) {
            const name = featureName(id);
            if (!name) continue;
            // A feature the catalog does not list by id is looked up by the tool it is named for,
            // among the version managers' names (below).
            const ref = ctx.lookup("devcontainer-feature", name).length > 0 ? `devcontainer-feature:${name}` : featureTool(name, ctx);
            if (!ref) continue;
            const option = typeof options === "string" ? options : options && typeof options === "object" ? (options as { version?: unknown }).version : undefined;
            const declared = typeof option === "string" ? option : undefined;
            // `"version": "none"` installs nothing (a feature kept in the file, switched off).
            if (declared?.trim().toLowerCase() === "none") continue;
            ctx.report({ ref, file, line: lineOfFeature(id), declared, version: versionFromTag(declared) });
          }
        }
      } else {
        const text = await ctx.text(file);
        if (text === undefined) continue;
        // An operating system's image names it only as the first stage's base of a file named
        // Dockerfile, the one name the site reads, or Containerfile, Podman's name for it (Alpine
        // Linux 3.19.0 from `FROM alpine:3.19.0`; see catalog/matchers/docker.yml, os-image)
        const osLine = /^(dockerfile|containerfile)$/i.test(base) ? firstFromLine(text) : undefined;
        for (const image of readDockerfile(text)) {
          if (isOsImage(image.name) && image.line !== osLine) continue;
          if (builtLines.has(`${file}:${image.line}`)) continue;
          ctx.report({ ...imageFinding(image), file, line: image.line });
          // An image's Apache variant (php:8.3-apache, wordpress:6.5-apache) serves through Apache
          // httpd, whatever stage or file builds on it; its tag is the image's own software's release.
          if (isApacheVariant(image.tag)) ctx.report({ ref: "image-variant:apache", file, line: image.line });
        }
        // A tool fetched by its installer's address (Composer from getcomposer.org)
        for (const { host, line } of readDownloadHosts(text)) {
          if (ctx.lookup("download-host", host).length > 0) ctx.report({ ref: `download-host:${host}`, file, line });
        }
        // The PHP extensions a PHP image's build installs (`docker-php-ext-install pdo_pgsql`,
        // `pecl install redis`): each names the service it talks to, as composer.json's `ext-*`.
        for (const { name, line } of readPhpExtensionInstalls(text)) {
          if (ctx.lookup("php-extension", name).length > 0) ctx.report({ ref: `php-extension:${name}`, file, line });
        }
        // A tool the build runs (Composer from `RUN composer install`)
        for (const { program, line } of readRunCommands(text)) {
          if (ctx.lookup("run-command", program).length > 0) ctx.report({ ref: `run-command:${program}`, file, line });
        }
      }
    }

    /**
     * A compose file's service images and built base images, with `${VAR}` from the `.env` beside it.
     * `variant`: a file Compose reads only when told to; its own findings say so (Finding's `variant`).
     */
    async function readComposeFile(data: unknown, file: string, text: string, outerEnv?: Map<string, string>, variant = false): Promise<void> {
      composeRead.add(file);
      const report = (finding: Finding) => ctx.report(variant ? { ...finding, variant } : finding);
      const envFile = sibling(file, ".env");
      const env = ctx.exists(envFile) ? readEnvFile((await ctx.text(envFile)) ?? "") : (outerEnv ?? new Map<string, string>());
      const lineOfImage = lineOfEach(text);
      for (const { image } of readCompose(data)) {
        const line = lineOfImage(image);
        const ref = substitute(image, env, true);
        const parts = splitImage(ref);
        if (parts) report({ ...imageFinding(parts), file, line });
        // A service run from an image's Alpine variant (redis:7-alpine, rabbitmq:3-management-alpine)
        // runs on Alpine Linux, as the site counts it. A Dockerfile's base image is left alone: the
        // site does not count node:18-alpine there.
        if (isAlpineVariant(parts?.tag)) report({ ref: "image-variant:alpine", file, line });
        if (isApacheVariant(parts?.tag)) report({ ref: "image-variant:apache", file, line });
      }
      // A tool that reads the services' labels (Traefik routes by `traefik.http.routers.*` labels),
      // which runs beside them though its own service may be in another file.
      for (const prefix of readServiceLabelPrefixes(data)) {
        if (ctx.lookup("compose-label", prefix).length > 0) report({ ref: `compose-label:${prefix}`, file, line: lineOf(text, `${prefix}.`) });
      }
      // A tool a service's health check runs (cURL from `test: ["CMD", "curl", "-f", url]`)
      for (const program of new Set(readHealthcheckPrograms(data).map((h) => h.program))) {
        if (ctx.lookup("healthcheck-command", program).length > 0) report({ ref: `healthcheck-command:${program}`, file, line: lineOf(text, program) });
      }
      // A tool a service runs as its process (a Celery worker from `command: celery -A app worker`)
      for (const program of new Set(readServiceCommandPrograms(data).map((c) => c.program))) {
        if (ctx.lookup("compose-command", program).length > 0) report({ ref: `compose-command:${program}`, file, line: lineOf(text, program) });
      }
      await builtImages(data, file, env);
      // The compose files it takes in (`include: [db/compose.yml]`) and those its services extend
      // (`extends: { file: infra/common-services.yml }`), under any name: their services run too.
      for (const ref of readComposeReferences(data)) {
        const other = posix.normalize(inFolder(dirOf(file), ref));
        if (other.startsWith("../") || other.startsWith("/") || composeRead.has(other) || !ctx.exists(other)) continue;
        composeRead.add(other);
        const otherData = await ctx.yaml(other);
        if (!isComposeFile(otherData)) continue;
        if (!/^(docker-)?compose.*\.ya?ml$/.test(baseName(other))) ctx.report({ ref: "format:compose-file", file: other });
        await readComposeFile(otherData, other, (await ctx.text(other)) ?? "", env);
      }
    }

    /**
     * The base images a service's Dockerfile takes from compose's `build.args` (`ARG BASE_IMAGE` /
     * `FROM ${BASE_IMAGE}`): those the Dockerfile read alone does not name, reported from the
     * Dockerfile in place of what its ARG defaults give (`ARG PY_TAG=3.9` built with `PY_TAG=3.11`
     * is Python 3.11, as compose builds it).
     */
    async function builtImages(data: unknown, file: string, env: Map<string, string>): Promise<void> {
      for (const build of readComposeBuilds(data)) {
        await builtImage(sibling(file, build.dockerfile), new Map([...build.args].map(([k, v]) => [k, substitute(v, env, true)])));
      }
    }

    /** The base images a Dockerfile built with `args` names where its ARG defaults name others. */
    async function builtImage(dockerfile: string, args: Map<string, string>): Promise<void> {
      if (!args.size || !ctx.exists(dockerfile)) return;
      const text = await ctx.text(dockerfile);
      if (text === undefined) return;
      const alone = new Set(readDockerfile(text).map((i) => `${i.name}:${i.tag ?? ""}`));
      for (const image of readDockerfile(text, args)) {
        if (alone.has(`${image.name}:${image.tag ?? ""}`) || isOsImage(image.name)) continue;
        builtLines.add(`${dockerfile}:${image.line}`);
        ctx.report({ ...imageFinding(image), file: dockerfile, line: image.line });
      }
    }

    /** An operating system's image (catalog kind os-image): a later stage's FROM names no tool with it. */
    function isOsImage(name: string): boolean {
      return ctx.lookup("os-image", name).length > 0;
    }

    function report(ref: string, file: string, line: number | undefined): void {
      const image = splitImage(ref);
      if (image) ctx.report({ ...imageFinding(image), file, line });
    }
  },
};

/**
 * The accessory images of a Kamal deploy configuration, or undefined for a YAML file that is no
 * such configuration (it names a `service`, or is a destination file holding `accessories`).
 */
export function readKamalAccessories(data: unknown): string[] | undefined {
  if (!isRecord(data)) return undefined;
  const d = data;
  const accessories = d.accessories;
  const hasAccessories = isRecord(accessories);
  if (typeof d.service !== "string" && !hasAccessories) return undefined;
  if (typeof d.service !== "string" && !("servers" in d || "image" in d || "registry" in d || "builder" in d || "proxy" in d)) {
    // A destination file may hold only accessories; each then names an image and a host.
    const all = Object.values(accessories as Record<string, unknown>);
    if (!all.length || !all.every((a) => a && typeof a === "object" && typeof (a as { image?: unknown }).image === "string" && ("host" in (a as object) || "hosts" in (a as object) || "role" in (a as object) || "roles" in (a as object)))) return undefined;
  }
  const images: string[] = [];
  if (hasAccessories) {
    for (const accessory of Object.values(accessories as Record<string, unknown>)) {
      const image = accessory && typeof accessory === "object" ? (accessory as { image?: unknown }).image : undefined;
      if (typeof image === "string" && image.trim()) images.push(image.trim());
    }
  }
  return images;
}

/**
 * The Dockerfile a dev container configuration builds (relative to its folder) and the build
 * args it passes: `build: { dockerfile, args }`, or the legacy top-level `dockerFile` beside
 * `build.args`. Undefined when it builds none or passes no args (args must be strings).
 */
export function readDevcontainerBuild(data: unknown): { dockerfile: string; args: Map<string, string> } | undefined {
  if (!isRecord(data)) return undefined;
  const build = isRecord(data.build) ? data.build : undefined;
  const dockerfile = typeof build?.dockerfile === "string" ? build.dockerfile : typeof data.dockerFile === "string" ? data.dockerFile : undefined;
  if (!dockerfile?.trim() || !isRecord(build?.args)) return undefined;
  const args = new Map<string, string>();
  for (const [k, v] of Object.entries(build.args)) if (typeof v === "string" || typeof v === "number") args.set(k, String(v));
  return args.size ? { dockerfile: dockerfile.trim(), args } : undefined;
}

/**
 * A Dev Container Feature's id without its registry, major or digest, lowercased:
 * `ghcr.io/devcontainers/features/python:1` is `devcontainers/features/python`; a legacy short id
 * (`node`) stays as it is. A local feature (`./local-feature`) or a tarball URL names none.
 */
export function featureName(id: string): string | undefined {
  const trimmed = id.trim();
  if (/^\.{0,2}\/|^https?:/i.test(trimmed)) return undefined;
  // An OCI reference, read as an image's: registry host, major tag and digest dropped.
  return splitImage(trimmed)?.name;
}

/**
 * The version manager's name of the tool a feature installs, where the catalog does not list the
 * feature itself: collections name a feature for its tool (`ghcr.io/devcontainers-extra/features/pulumi`,
 * `.../kubectl-asdf` through asdf's plugin, `.../ant-sdkman`, `.../heroku-cli`), and its `version`
 * option is that tool's release, as a `.tool-versions` line's is. The catalog's `version-manager`
 * keys say which tool a name is and whether its release is the tool's (`heroku` is the CLI's).
 */
function featureTool(name: string, ctx: DetectContext): string | undefined {
  // The official features (and their legacy short ids) are listed one by one: those the catalog
  // leaves out name no tool (`azure-cli` is in Azure's samples' templates whether or not a project
  // deploys to Azure, and the site names no Azure for them).
  if (!name.includes("/") || name.startsWith("devcontainers/features/")) return undefined;
  const base = name.slice(name.lastIndexOf("/") + 1).replace(/-(asdf|sdkman|homebrew|apt-get|apt)$/, "");
  for (const tool of [base, base.replace(/-cli$/, "")]) if (tool && ctx.lookup("version-manager", tool).length > 0) return `version-manager:${tool}`;
  return undefined;
}

/** A YAML stream holding content before one of its `---` separators (a leading one opens the first document). */
export function severalDocuments(text: string): boolean {
  const content = /^(?![ \t]*#)(?!---(?:[ \t]|$))(?!%)[ \t]*\S/m.exec(text);
  if (!content) return false;
  const separator = /^---(?:[ \t].*)?$/gm;
  separator.lastIndex = content.index;
  return separator.test(text);
}

/** A tag naming an image's Alpine Linux variant: `alpine`, `7-alpine`, `3-management-alpine`, `1.21-alpine3.18`. */
/** A tag of an image's Apache httpd variant: `8.3-apache`, `apache`, `8.2-apache-bookworm`. */
export function isApacheVariant(tag: string | undefined): boolean {
  return tag !== undefined && /(^|[-_.])apache($|[-_.])/i.test(tag);
}

export function isAlpineVariant(tag: string | undefined): boolean {
  return tag !== undefined && /(^|[-_.])alpine(\d+(\.\d+)*)?($|[-_.])/i.test(tag);
}
