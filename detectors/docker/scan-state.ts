import type { DetectContext } from "../../src/types.js";
import { baseName, dirOf, inFolder, lineOf, lineOfEach, sibling, splitImage } from "../../src/kit.js";
import { posix } from "node:path";
import { dockerfileImageFinding, imageFinding, type ImageCatalog } from "./image-version.js";
import { phpExtensionsInstalledBy, readDockerfile } from "./dockerfile.js";
import { isComposeFile, readCompose, readComposeBuilds, readComposeReferences, readEnvFile, readHealthcheckPrograms, readServiceCommandLines, readServiceCommandPrograms, readServiceLabelPrefixes } from "./compose.js";
import { substitute } from "./substitute.js";
import { isAlpineVariant, isApacheVariant } from "./variants.js";

/**
 * One scan's container findings and what they have read so far: the compose files (by their own
 * name or as another's `include` or `extends.file`), the Dockerfile lines whose image a build's
 * args decide, the folders whose Bake files were read.
 */
export class DockerScan {
  /** `file:line` of the FROM lines whose image a compose build's args decide. */
  readonly builtLines = new Set<string>();
  /** The compose files read, by their own name or as another's `include` or `extends.file`. */
  readonly composeRead = new Set<string>();
  /** The folders whose Bake files have been read (all of a folder's at once). */
  readonly bakeFolders = new Set<string>();

  constructor(readonly ctx: DetectContext) {}

  /** An operating system's image (catalog kind os-image): a later stage's FROM names no tool with it. */
  isOsImage(name: string): boolean {
    return this.ctx.lookup("os-image", name).length > 0;
  }

  /**
   * A compose file's service images and built base images, with `${VAR}` from the `.env` beside it.
   * `variant`: a file Compose reads only when told to; its own findings say so (Finding's `variant`).
   */
  async readComposeFile(data: unknown, file: string, text: string, outerEnv?: Map<string, string>, variant = false): Promise<void> {
    const { ctx } = this;
    this.composeRead.add(file);
    const report: DetectContext["report"] = (finding) => ctx.report(variant ? { ...finding, variant } : finding);
    const envFile = sibling(file, ".env");
    const env = ctx.exists(envFile) ? readEnvFile((await ctx.text(envFile)) ?? "") : (outerEnv ?? new Map<string, string>());
    serviceImages(data, file, text, env, report, ctx);
    this.servicePrograms(data, file, text, report);
    await this.builtImages(data, file, env);
    await this.composeReferences(data, file, env);
  }

  /** The tools a compose file's services run beside them, check their health with, run as their process or install as they start. */
  private servicePrograms(data: unknown, file: string, text: string, report: DetectContext["report"]): void {
    const known = (kind: string, name: string, needle: string): void => {
      if (this.ctx.lookup(kind, name).length > 0) report({ ref: `${kind}:${name}`, file, line: lineOf(text, needle) });
    };
    // A tool that reads the services' labels (Traefik routes by `traefik.http.routers.*` labels),
    // which runs beside them though its own service may be in another file.
    for (const prefix of readServiceLabelPrefixes(data)) known("compose-label", prefix, `${prefix}.`);
    // A tool a service's health check runs (cURL from `test: ["CMD", "curl", "-f", url]`)
    for (const program of new Set(readHealthcheckPrograms(data).map((h) => h.program))) known("healthcheck-command", program, program);
    // A tool a service runs as its process (a Celery worker from `command: celery -A app worker`)
    for (const program of new Set(readServiceCommandPrograms(data).map((c) => c.program))) known("compose-command", program, program);
    // The PHP extensions a service installs as it starts (`command: sh -c "docker-php-ext-install
    // pdo_mysql && apache2-foreground"`): each names the service it talks to, as a Dockerfile's do.
    for (const name of new Set(readServiceCommandLines(data).flatMap((c) => phpExtensionsInstalledBy(c.line)))) known("php-extension", name, name);
  }

  /**
   * The compose files a compose file takes in (`include: [db/compose.yml]`) and those its services
   * extend (`extends: { file: infra/common-services.yml }`), under any name: their services run too.
   */
  private async composeReferences(data: unknown, file: string, env: Map<string, string>): Promise<void> {
    const { ctx } = this;
    for (const ref of readComposeReferences(data)) {
      const other = posix.normalize(inFolder(dirOf(file), ref));
      if (other.startsWith("../") || other.startsWith("/") || this.composeRead.has(other) || !ctx.exists(other)) continue;
      this.composeRead.add(other);
      const otherData = await ctx.yaml(other);
      if (!isComposeFile(otherData)) continue;
      if (!/^(docker-)?compose.*\.ya?ml$/.test(baseName(other))) ctx.report({ ref: "format:compose-file", file: other });
      await this.readComposeFile(otherData, other, (await ctx.text(other)) ?? "", env);
    }
  }

  /**
   * The base images a service's Dockerfile takes from compose's `build.args` (`ARG BASE_IMAGE` /
   * `FROM ${BASE_IMAGE}`): those the Dockerfile read alone does not name, reported from the
   * Dockerfile in place of what its ARG defaults give (`ARG PY_TAG=3.9` built with `PY_TAG=3.11`
   * is Python 3.11, as compose builds it).
   */
  private async builtImages(data: unknown, file: string, env: Map<string, string>): Promise<void> {
    for (const build of readComposeBuilds(data)) {
      await this.builtImage(sibling(file, build.dockerfile), new Map([...build.args].map(([k, v]) => [k, substitute(v, env, true)])));
    }
  }

  /** The base images a Dockerfile built with `args` names where its ARG defaults name others. */
  async builtImage(dockerfile: string, args: Map<string, string>): Promise<void> {
    if (!args.size || !this.ctx.exists(dockerfile)) return;
    const text = await this.ctx.text(dockerfile);
    if (text === undefined) return;
    const alone = new Set(readDockerfile(text).map((i) => `${i.name}:${i.tag ?? ""}`));
    for (const image of readDockerfile(text, args)) {
      if (alone.has(`${image.name}:${image.tag ?? ""}`) || this.isOsImage(image.name)) continue;
      this.builtLines.add(`${dockerfile}:${image.line}`);
      this.ctx.report({ ...dockerfileImageFinding(image, this.ctx), file: dockerfile, line: image.line });
    }
  }
}

/**
 * A compose file's service images, `${VAR}` substituted from `env`; a service run from an image's
 * Alpine variant (redis:7-alpine, rabbitmq:3-management-alpine) runs on Alpine Linux, as the site
 * counts it. A Dockerfile's base image is left alone: the site does not count node:18-alpine there.
 */
function serviceImages(data: unknown, file: string, text: string, env: Map<string, string>, report: DetectContext["report"], catalog: ImageCatalog): void {
  const lineOfImage = lineOfEach(text);
  for (const { image } of readCompose(data)) {
    const line = lineOfImage(image);
    const parts = splitImage(substitute(image, env, true));
    if (parts) report({ ...imageFinding(parts, catalog), file, line });
    if (isAlpineVariant(parts?.tag)) report({ ref: "image-variant:alpine", file, line });
    if (isApacheVariant(parts?.tag)) report({ ref: "image-variant:apache", file, line });
  }
}
