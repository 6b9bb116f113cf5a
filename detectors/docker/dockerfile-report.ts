import { baseName } from "../../src/kit.js";
import { dockerfileImageFinding } from "./image-version.js";
import { firstFromLine, readDockerfile, readDownloadHosts, readPhpExtensionInstalls, readRunCommands, readSdkmanInstalls } from "./dockerfile.js";
import { isApacheVariant } from "./variants.js";
import type { DockerScan } from "./scan-state.js";

/**
 * A Dockerfile (or Containerfile): each stage's base image (those a build's args decide were
 * reported from the build), the tools it downloads from their own hosts, the PHP extensions it
 * installs, the tools SDKMAN! installs and the tools its RUN instructions run.
 */
export async function reportDockerfile(scan: DockerScan, file: string): Promise<void> {
  const { ctx } = scan;
  const text = await ctx.text(file);
  if (text === undefined) return;
  // An operating system's image names it only as the first stage's base of a file named
  // Dockerfile, the one name the site reads, or Containerfile, Podman's name for it (Alpine
  // Linux 3.19.0 from `FROM alpine:3.19.0`; see catalog/matchers/docker.yml, os-image)
  const osLine = /^(dockerfile|containerfile)$/i.test(baseName(file)) ? firstFromLine(text) : undefined;
  for (const image of readDockerfile(text)) {
    if (scan.isOsImage(image.name) && image.line !== osLine) continue;
    if (scan.builtLines.has(`${file}:${image.line}`)) continue;
    ctx.report({ ...dockerfileImageFinding(image, ctx), file, line: image.line });
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
  // A tool SDKMAN! installs (`sdk install maven`): the candidate names its tool as an .sdkmanrc
  // line does (catalog/matchers/version-managers.yml), at the release given.
  for (const { candidate, version, line } of readSdkmanInstalls(text)) {
    if (ctx.lookup("version-manager", candidate).length > 0) ctx.report({ ref: `version-manager:${candidate}`, file, line, version });
  }
  // A tool the build runs (Composer from `RUN composer install`)
  for (const { program, line } of readRunCommands(text)) {
    if (ctx.lookup("run-command", program).length > 0) ctx.report({ ref: `run-command:${program}`, file, line });
  }
}
