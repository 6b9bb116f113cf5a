import { describe, expect, it } from "vitest";
import { bakeBuilds, readBakeHcl } from "../detectors/docker/bake.js";

// A Bake target's context and Dockerfile named through variables, as a file shared between
// services or CI jobs writes them: each variable's default is the path built with, and a path no
// default fills is unknown, so its args go to no Dockerfile (not to the context's Dockerfile).

const builds = (hcl: string) => bakeBuilds(readBakeHcl(hcl))?.map((b) => `${b.dockerfile} ${[...b.args].map(([k, v]) => `${k}=${v}`).join(" ")}`);

describe("a Bake target's paths named through variables", () => {
  it("fills a bare variable and an interpolation with its default, and builds no Dockerfile a variable without one names", () => {
    const hcl = `variable "WEB_CONTEXT" {
  default = "./services/web"
}
variable "WEB_DOCKERFILE" {
  default = "docker/web.Dockerfile"
}
variable "API_DOCKERFILE" {
  default = "Dockerfile.api"
}
variable "WORKER_DOCKERFILE" {
  default = null
}

target "web" {
  context    = WEB_CONTEXT
  dockerfile = WEB_DOCKERFILE
  args = {
    NODE_VERSION = "20.12.2"
  }
}

target "api" {
  context    = "api"
  dockerfile = "\${API_DOCKERFILE}"
  args = {
    PYTHON_VERSION = "3.12.3"
  }
}

target "worker" {
  dockerfile = WORKER_DOCKERFILE
  args = {
    GO_VERSION = "1.22.2"
  }
}
`;
    expect(builds(hcl)).toEqual(["./services/web/docker/web.Dockerfile NODE_VERSION=20.12.2", "api/Dockerfile.api PYTHON_VERSION=3.12.3"]);
  });

  it("builds no Dockerfile an interpolation of an unset variable names, and the context's Dockerfile for a null one", () => {
    const target = (dockerfile: string) => `target "web" {\n  dockerfile = ${dockerfile}\n  args = {\n    NODE_VERSION = "20.12.2"\n  }\n}\n`;
    expect(builds(target('"\${WEB_DOCKERFILE}"'))).toEqual([]);
    expect(builds(target("null"))).toEqual(["./Dockerfile NODE_VERSION=20.12.2"]);
  });
});
