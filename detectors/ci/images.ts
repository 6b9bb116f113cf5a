import { IMAGE_REFERENCE } from "../../src/kit.js";

/**
 * Every `image:` value (a string, or `{ name }` in GitLab) anywhere in a CI file, and GitLab's
 * `services:` lists (`- postgres:15`, `- name: docker:24-dind`). A Bitbucket step's `services:`
 * (`namedServices`) are names of its `definitions.services`, whose images are read there (a
 * `mysql` service may run mariadb:10.11): only `docker`, the built-in Docker daemon, is read.
 */
export function imagesIn(data: unknown, out: string[] = [], depth = 0, namedServices = false): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === "image") {
      if (typeof value === "string") out.push(value);
      else if (typeof (value as { name?: unknown })?.name === "string") out.push((value as { name: string }).name);
    } else if (key === "container" && typeof value === "string" && IMAGE_REFERENCE.test(value) && !("image" in (data as Record<string, unknown>))) {
      // Azure Pipelines' job container (`container: node:20`), as GitHub's `container:` is; beside
      // an `image` (a `resources.containers` entry) it is the container's name.
      out.push(value);
    } else if (key === "services" && Array.isArray(value)) {
      for (const service of value) {
        const s = service as { name?: unknown; image?: unknown } | null;
        if (typeof service === "string" && namedServices) {
          if (service.trim() === "docker") out.push("docker");
        } else if (typeof service === "string" && IMAGE_REFERENCE.test(service)) out.push(service);
        // Drone and Woodpecker name a service and give its `image`; GitLab's `name` is the image.
        else if (typeof s?.image === "string") out.push(s.image);
        else if (typeof s?.name === "string") out.push(s.name);
      }
    } else imagesIn(value, out, depth + 1, namedServices);
  }
  return out;
}

/** Every string value of `key` anywhere in a parsed file. */
export function valuesOf(data: unknown, key: string, out: string[] = [], depth = 0): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [k, value] of Object.entries(data as Record<string, unknown>)) {
    if (k === key && typeof value === "string") out.push(value);
    else valuesOf(value, key, out, depth + 1);
  }
  return out;
}
