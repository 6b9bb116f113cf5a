import { describe, expect, it } from "vitest";
import { bakeBuilds, mergeBakeFiles, readBakeHcl } from "../detectors/docker/bake.js";

// bakeBuilds and mergeBakeFiles called alone on Bake files as projects and docker/metadata-action
// users write them: a parent target's fields inherited, a parent only CI supplies, targets that
// inherit each other, a JSON file's numeric default and a block that is no object.

const builds = (data: unknown) => bakeBuilds(data)?.map((b) => `${b.dockerfile} ${[...b.args].map(([k, v]) => `${k}=${v}`).join(" ")}`);

describe("bakeBuilds: inherits", () => {
  it("takes a parent's context and Dockerfile where the target sets none, and skips a parent the file does not hold", () => {
    const hcl = `target "_common" {
  context    = "./app"
  dockerfile = "docker/Dockerfile"
  args = {
    NODE_VERSION = "20.12.2"
  }
}

# docker/metadata-action writes this target's tags and labels into a file of its own in CI.
target "docker-metadata-action" {}

target "app" {
  inherits = ["_common", "docker-metadata-action", "ci-cache"]
}
`;
    expect(builds(readBakeHcl(hcl))).toEqual(["./app/docker/Dockerfile NODE_VERSION=20.12.2", "./app/docker/Dockerfile NODE_VERSION=20.12.2"]);
  });

  it("builds no file of the repository for a target whose parent writes its Dockerfile inline", () => {
    const data = { target: { _base: { "dockerfile-inline": "FROM node:${NODE_VERSION}\n", args: { NODE_VERSION: "20.12.2" } }, app: { inherits: ["_base"] } } };
    expect(builds(data)).toEqual([]);
  });

  it("reads targets that inherit each other once each", () => {
    const data = { target: { a: { inherits: ["b"], args: { A: "1" } }, b: { inherits: ["a"], dockerfile: "b.Dockerfile", args: { B: "2" } } } };
    expect(builds(data)).toEqual(["./b.Dockerfile A=1 B=2", "./b.Dockerfile A=1 B=2"]);
  });
});

describe("docker-bake.json", () => {
  it("fills a numeric default, and leaves out a target or a variable that is no object", () => {
    const json = { variable: { NODE_MAJOR: { default: 20 }, BROKEN: null }, target: { web: { args: { NODE_MAJOR: "${NODE_MAJOR}" } }, old: null } };
    expect(builds(json)).toEqual(["./Dockerfile NODE_MAJOR=20"]);
    expect(builds(mergeBakeFiles([json, { target: { web: null, api: { dockerfile: "api.Dockerfile", args: { PORT: "8080" } } } }]))).toEqual([
      "./Dockerfile NODE_MAJOR=20",
      "./api.Dockerfile PORT=8080",
    ]);
  });
});
