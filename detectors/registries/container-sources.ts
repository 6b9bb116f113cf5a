import { isRecord } from "../../src/kit.js";
import { commandTargets } from "./command-targets.js";
import type { SourceReader } from "./found.js";

/** A Dockerfile's base images and the registries its commands push to, and a compose file's service images. */
export const CONTAINER_SOURCES: readonly SourceReader[] = [
  {
    takes: (_, base) => /^(dockerfile|containerfile)$|^dockerfile\.|\.dockerfile$/i.test(base),
    find(_ctx, _file, clean, add) {
      for (const m of clean.matchAll(/^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)/gim)) add(m[1]!, m.index!, "image-host");
      commandTargets(clean, add);
    },
  },
  {
    takes: (_, base) => /^(docker-)?compose/.test(base),
    async find(ctx, file, clean, add) {
      const data = await ctx.yaml(file);
      const services = isRecord(data) && isRecord(data.services) ? data.services : {};
      for (const service of Object.values(services)) {
        if (!isRecord(service) || typeof service.image !== "string") continue;
        // A service built here and named on a registry: the image the project pushes there.
        add(service.image, () => Math.max(0, clean.indexOf(service.image as string)), service.build !== undefined ? "registry-host" : "image-host");
      }
    },
  },
];

/**
 * The images a YAML, JSON or Terraform file names by value, as pulled images (image-host):
 * `image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1.4`, a Helm value's `repository:`,
 * an ECS task definition's `"image":`, Terraform's `image = "..."`.
 */
export function imageValues(text: string, add: (url: string, at: number, kind: "image-host") => void): void {
  for (const m of text.matchAll(/(?:^|[\s{,[-])["']?(?:image|repository|imageUri|image_uri)["']?[ \t]*[:=][ \t]*["']?([^\s"',}\]]+)/g)) {
    // At the value, on the key's line: the match starts at the character before the key, the
    // previous line's end where the key starts its line (GitLab CI's top-level `image:`).
    add(m[1]!, m.index! + m[0].length - m[1]!.length, "image-host");
  }
}
