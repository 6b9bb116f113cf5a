import type { Detector } from "../../src/types.js";
import { baseName, isRecord, lineOf } from "../../src/kit.js";
import { DOCKER_FILES } from "../files.js";
import { DockerScan } from "./scan-state.js";
import { reportImageRef } from "./image-findings.js";
import { reportKamalConfig } from "./kamal.js";
import { reportDevcontainer } from "./devcontainer.js";
import { reportDockerfile } from "./dockerfile-report.js";
import { BAKE_FILE, reportBakeFolder } from "./bake-report.js";
import { reportComposeByContent } from "./compose-by-content.js";

export { readKamalAccessories } from "./kamal.js";
export { isAlpineVariant } from "./variants.js";

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
    const scan = new DockerScan(ctx);
    // Compose files and dev container configurations first: a build's args override the ARG
    // defaults of the Dockerfile it builds.
    const builds = (f: string) => /\.ya?ml$/.test(f) || /(^|\/)\.?devcontainer\.json$/.test(f) || BAKE_FILE.test(baseName(f));
    const yamlFirst = [...ctx.files.filter(builds), ...ctx.files.filter((f) => !builds(f))];
    for (const file of yamlFirst) {
      const base = baseName(file);
      if (/(^|\/)config\/deploy(\.[\w-]+)?\.yml$/.test(file)) {
        await reportKamalConfig(scan, file);
      } else if (/^(docker-)?compose.*\.ya?ml$/.test(base)) {
        if (scan.composeRead.has(file)) continue;
        const data = await ctx.yaml(file);
        if (data !== undefined) await scan.readComposeFile(data, file, (await ctx.text(file)) ?? "");
      } else if (file === ".gitpod.yml") {
        // Gitpod's workspace image (`image: gitpod/workspace-python-3.11`); `image: { file }` builds
        // a Dockerfile, read as one by its name (.gitpod.Dockerfile).
        const data = await ctx.yaml(file);
        const image = isRecord(data) ? data.image : undefined;
        if (typeof image === "string" && image.trim()) reportImageRef(ctx, file, image.trim(), lineOf((await ctx.text(file)) ?? "", image.trim()));
      } else if (/\.ya?ml$/.test(base)) {
        await reportComposeByContent(scan, file);
      } else if (BAKE_FILE.test(base)) {
        await reportBakeFolder(scan, file);
      } else if (base === "devcontainer.json" || base === ".devcontainer.json") {
        await reportDevcontainer(scan, file);
      } else {
        await reportDockerfile(scan, file);
      }
    }
  },
};
