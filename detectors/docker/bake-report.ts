import { dirOf, inFolder, joinInside } from "../../src/kit.js";
import { bakeBuilds, mergeBakeFiles, readBakeHcl } from "./bake.js";
import type { DockerScan } from "./scan-state.js";

/** Buildx Bake's files: docker-bake.hcl, docker-bake.json and the `.override` file of either. */
export const BAKE_FILE = /^docker-bake(\.override)?\.(hcl|json)$/;
/** Those files in the order Bake reads them from one folder, each later one merged over the earlier. */
const BAKE_FILES = ["docker-bake.json", "docker-bake.hcl", "docker-bake.override.json", "docker-bake.override.hcl"];

/**
 * Buildx Bake's targets: the base images their Dockerfiles take from the args they pass
 * (`args = { NODE_VERSION = "20.12.2" }` for `FROM node:${NODE_VERSION}-alpine`).
 * Bake reads a folder's files as one, in its order, each later one's targets and variables
 * over the earlier's (docker-bake.override.hcl's args over docker-bake.hcl's): read once.
 */
export async function reportBakeFolder(scan: DockerScan, file: string): Promise<void> {
  const { ctx } = scan;
  const folder = dirOf(file);
  if (scan.bakeFolders.has(folder)) return;
  scan.bakeFolders.add(folder);
  const parts: unknown[] = [];
  for (const name of BAKE_FILES) {
    const path = inFolder(folder, name);
    if (ctx.exists(path)) parts.push(name.endsWith(".json") ? await ctx.json(path) : readBakeHcl((await ctx.text(path)) ?? ""));
  }
  for (const build of bakeBuilds(mergeBakeFiles(parts)) ?? []) {
    const dockerfile = joinInside(dirOf(file), build.dockerfile);
    if (dockerfile !== undefined) await scan.builtImage(dockerfile, build.args);
  }
}
