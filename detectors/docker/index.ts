import type { Detector } from "../../src/types.js";
import { baseName, lineOf } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { readDockerfile, splitImage } from "./dockerfile.js";
import { interpolateCompose, isComposeFile, readCompose, readComposeBuilds, readEnvFile } from "./compose.js";

/**
 * Containers: the base image of every Dockerfile stage and the image of every compose service,
 * each reported as `docker:<image>` with the tag's version; which image means which tool is the
 * catalog's `docker` kind. Also the image of a dev container.
 * A compose file is known by its name (docker-compose.yml, compose.yaml, docker-compose.prod.yml)
 * or, at the root, by its content under another name (`local.yml` and `production.yml`, as
 * cookiecutter-django writes them, run with `docker compose -f`): a `services` map whose
 * services name an `image` or a `build`.
 */
export const dockerDetector: Detector = {
  name: "docker",
  files: ["Dockerfile", "dockerfile", "Dockerfile.*", "*.dockerfile", "{docker-compose,compose}*.{yml,yaml}", "/*.{yml,yaml}", ".devcontainer/devcontainer.json"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const base = baseName(file);
      if (/^(docker-)?compose.*\.ya?ml$/.test(base)) {
        const data = await ctx.yaml(file);
        if (data === undefined) continue;
        const text = (await ctx.text(file)) ?? "";
        const env = await composeEnv(file);
        for (const { image } of readCompose(data)) report(interpolateCompose(image, env), file, lineOf(text, image));
        await builtImages(data, file, env);
      } else if (/\.ya?ml$/.test(base)) {
        // Another root YAML file: a compose file only by its content. The text is looked at
        // before parsing, so the other YAML files at the root are not parsed for nothing.
        const text = await ctx.text(file);
        if (text === undefined || !/^services\s*:/m.test(text)) continue;
        const data = await ctx.yaml(file);
        if (!isComposeFile(data)) continue;
        ctx.report({ ref: "tool:docker-compose", file });
        ctx.report({ ref: "tool:docker", file });
        const env = await composeEnv(file);
        for (const { image } of readCompose(data)) report(interpolateCompose(image, env), file, lineOf(text, image));
        await builtImages(data, file, env);
      } else if (base === "devcontainer.json") {
        const data = (await ctx.json(file)) as { image?: unknown } | undefined;
        if (typeof data?.image === "string") report(data.image, file, undefined);
      } else {
        const text = await ctx.text(file);
        if (text === undefined) continue;
        for (const image of readDockerfile(text)) {
          ctx.report({ ref: `docker:${image.name}`, file, line: image.line, declared: image.tag, version: versionFromTag(image.tag) });
        }
      }
    }

    /** The `.env` beside a compose file, which Compose reads for `${VAR}` in the file. */
    async function composeEnv(file: string): Promise<Map<string, string>> {
      const slash = file.lastIndexOf("/");
      const envFile = `${slash < 0 ? "" : file.slice(0, slash + 1)}.env`;
      if (!ctx.exists(envFile)) return new Map();
      return readEnvFile((await ctx.text(envFile)) ?? "");
    }

    /**
     * The base images a service's Dockerfile takes from compose's `build.args` (`ARG BASE_IMAGE` /
     * `FROM ${BASE_IMAGE}`): those the Dockerfile read alone does not name, reported from the Dockerfile.
     */
    async function builtImages(data: unknown, file: string, env: Map<string, string>): Promise<void> {
      const slash = file.lastIndexOf("/");
      const dir = slash < 0 ? "" : file.slice(0, slash + 1);
      for (const build of readComposeBuilds(data)) {
        const dockerfile = `${dir}${build.dockerfile}`;
        if (!ctx.exists(dockerfile)) continue;
        const text = await ctx.text(dockerfile);
        if (text === undefined) continue;
        const args = new Map([...build.args].map(([k, v]) => [k, interpolateCompose(v, env)]));
        const alone = new Set(readDockerfile(text).map((i) => `${i.name}:${i.tag ?? ""}`));
        for (const image of readDockerfile(text, args)) {
          if (alone.has(`${image.name}:${image.tag ?? ""}`)) continue;
          ctx.report({ ref: `docker:${image.name}`, file: dockerfile, line: image.line, declared: image.tag, version: versionFromTag(image.tag) });
        }
      }
    }

    function report(ref: string, file: string, line: number | undefined): void {
      const image = splitImage(ref);
      if (image) ctx.report({ ref: `docker:${image.name}`, file, line, declared: image.tag, version: versionFromTag(image.tag) });
    }
  },
};
