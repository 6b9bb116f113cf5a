import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { bakeBuilds, mergeBakeFiles, readBakeHcl } from "../detectors/docker/bake.js";
import { dockerDetector } from "../detectors/docker/index.js";
import { detectorFindings, compact } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Docker Buildx Bake files: the args their targets build a Dockerfile with decide the base image
// of `ARG NODE_VERSION` / `FROM node:${NODE_VERSION}`, as compose's build args do.
const bakeHcl = `# Bake file of the shop
variable "REGISTRY" {
  default = "ghcr.io/acme"
}
variable "NODE_VERSION" {
  default = "20.12.2"
}
variable "GO_VERSION" {
  default = null
}

group "default" {
  targets = ["web", "worker", "api"]
}

function "tag" {
  params = [name]
  result = "\${REGISTRY}/\${name}:latest"
}

target "_common" {
  context = "."
  platforms = ["linux/amd64", "linux/arm64"]
  labels = {
    "org.opencontainers.image.description" = "a { brace } and a \\"quote\\" in a string"
  }
  args = { BUILDKIT_INLINE_CACHE = "1" }
}

target "web" {
  inherits = ["_common"]
  dockerfile = "docker/web.Dockerfile" // the front end
  args = {
    NODE_VERSION = "\${NODE_VERSION}"
    "APP_ENV" = "production"
  }
  tags = [tag("web")]
}

target "worker" {
  inherits = ["_common"]
  dockerfile = "docker/worker.Dockerfile"
  args = {
    PYTHON_VERSION = "3.12.3"
    /* BASE = "bookworm" */
  }
}

target "api" {
  context = "api"
  args = {
    GO_VERSION = GO_VERSION
    ALPINE = "3.19"
  }
}

target "matrix" {
  name = "bin-\${item.os}"
  matrix = { item = [{ os = "linux" }, { os = "windows" }] }
  context = "bin"
  args = {
    NODE_MAJOR = "\${item.os == "linux" ? "20" : "18"}"
    OS = item.os
    GO_VERSION = "\${GO_VERSION}"
    NODE_VERSION = "\${NODE_VERSION}"
  }
}

target "inline" {
  dockerfile-inline = "FROM node:\${NODE_VERSION}"
  args = { NODE_VERSION = "18" }
}

target "remote" {
  context = "https://github.com/acme/tools.git#main"
  args = { X = "1" }
}
`;

describe("Docker Bake files", () => {
  it("reads each target's Dockerfile and args: inherits merged, variables' defaults filled in, comments and strings' braces left out", () => {
    const builds = bakeBuilds(readBakeHcl(bakeHcl))!.map((b) => `${b.dockerfile} ${[...b.args].map(([k, v]) => `${k}=${v}`).join(" ")}`);
    expect(builds).toEqual([
      "./Dockerfile BUILDKIT_INLINE_CACHE=1",
      "./docker/web.Dockerfile BUILDKIT_INLINE_CACHE=1 NODE_VERSION=20.12.2 APP_ENV=production",
      "./docker/worker.Dockerfile BUILDKIT_INLINE_CACHE=1 PYTHON_VERSION=3.12.3",
      // GO_VERSION's default is null: the Dockerfile's own default stays
      "api/Dockerfile ALPINE=3.19",
      // a matrix's interpolations (quotes inside them too) and bare fields are unknown: left out
      "bin/Dockerfile NODE_VERSION=20.12.2",
    ]);
    expect(bakeBuilds(readBakeHcl('variable "TAG" {\n  default = "latest"\n}\n'))).toBeUndefined();
  });

  it("the base images a Dockerfile takes from a Bake target's args: Node.js 20.12.2, Python 3.12.3 over the ARG default, Ruby from docker-bake.json", async () => {
    const files = {
      "docker-bake.hcl": bakeHcl,
      "docker/web.Dockerfile": "ARG NODE_VERSION\nFROM node:${NODE_VERSION}-alpine\nCMD [\"node\", \"server.js\"]\n",
      "docker/worker.Dockerfile": "ARG PYTHON_VERSION=3.11\nFROM python:${PYTHON_VERSION}-slim\n",
      "api/Dockerfile": "ARG GO_VERSION=1.21.9\nFROM golang:${GO_VERSION}\n",
      "tools/docker-bake.json": JSON.stringify({
        variable: { RUBY: { default: "3.3.1" } },
        target: { tools: { context: "..", dockerfile: "tools/Dockerfile", args: { RUBY_VERSION: "${RUBY}" } } },
      }),
      "tools/Dockerfile": "ARG RUBY_VERSION\nFROM ruby:${RUBY_VERSION}-slim\n",
    };
    const { findings, warnings } = await detectorFindings(dockerDetector, files);
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual([
      "docker:golang@2 1.21.9 ->1.21.9",
      "docker:node@2 20.12.2-alpine ->20.12.2",
      "docker:python@2 3.12.3-slim ->3.12.3",
      "docker:ruby@2 3.3.1-slim ->3.3.1",
    ]);
    const { document } = await scan(new MemorySource(files), { git: false });
    const named = (name: string) => document.tools.find((t) => t.name === name);
    expect([named("Node.js")?.version, named("Python")?.version, named("Ruby")?.version, named("Golang")?.version]).toEqual(["20.12.2", "3.12.3", "3.3.1", "1.21.9"]);
  });

  it("a malformed docker-bake.json is warned about by name and the scan goes on", async () => {
    const { findings, warnings } = await detectorFindings(dockerDetector, { "docker-bake.json": "{ target: ", Dockerfile: "FROM node:20.12.2\n" });
    expect(warnings.length).toBe(1);
    expect(warnings[0]).toMatch(/^docker-bake\.json: /);
    expect(compact(findings)).toEqual(["docker:node@1 20.12.2 ->20.12.2"]);
  });

  it("a heredoc's lines are no HCL: a dockerfile-inline heredoc builds no Dockerfile of the repository, and its quotes and braces leave the next target whole", async () => {
    const hcl = [
      'variable "NODE_VERSION" {',
      '  default = "20.11.1"',
      "}",
      'target "tools" {',
      "  dockerfile-inline = <<EOT",
      "FROM golang:1.22",
      'RUN echo "{ unclosed',
      "EOT",
      '  args = { NODE_VERSION = "18.0.0" }',
      "}",
      'target "app" {',
      "  args = {",
      "    NODE_VERSION = NODE_VERSION",
      "  }",
      "}",
      'target "script" {',
      "  dockerfile = \"docker/app.Dockerfile\"",
      "  args = {",
      "    NOTE = <<-EOT",
      "      } a brace",
      "      EOT",
      '    PY = "3.12.2"',
      "  }",
      "}",
      "",
    ].join("\n");
    const builds = bakeBuilds(readBakeHcl(hcl))!.map((b) => `${b.dockerfile} ${[...b.args].map(([k, v]) => `${k}=${v}`).join(" ")}`);
    expect(builds).toEqual(["./Dockerfile NODE_VERSION=20.11.1", "./docker/app.Dockerfile NOTE=      } a brace\n PY=3.12.2"]);
    const { findings } = await detectorFindings(dockerDetector, { "docker-bake.hcl": hcl, Dockerfile: "ARG NODE_VERSION=16.0.0\nFROM node:${NODE_VERSION}-alpine\n" });
    expect(compact(findings)).toEqual(["docker:node@2 20.11.1-alpine ->20.11.1"]);
  });

  it("a map on one line takes a bare variable name as it takes one on a line of its own, and the items after it", () => {
    const builds = bakeBuilds(readBakeHcl('variable "PY" { default = "3.12.2" }\ntarget "default" {\n  args = { PYTHON_VERSION = PY, GO = 1.22, OTHER = "x" }\n}\n'));
    expect(builds?.map((b) => [...b.args])).toEqual([[["PYTHON_VERSION", "3.12.2"], ["GO", "1.22"], ["OTHER", "x"]]]);
    // A function call or an expression is no value; the line's other items go with it.
    expect(bakeBuilds(readBakeHcl('target "default" {\n  args = { A = lower("X"), B = "1" }\n  dockerfile = "x.Dockerfile"\n}\n'))?.map((b) => [b.dockerfile, [...b.args]])).toEqual([]);
  });

  // The chain was 50,000 deep (1.2 s of CPU of the test's 2.4 s): the recursive resolve that ran the
  // stack out overflowed from 3,000 deep in a vitest worker (2,000 passed), so 10,000 shows the same.
  // The payloads' budgets count CPU time, so the clock's timeout only guards a hang; at load 17 the test
  // took 29.7 s of the 30 s, hence 60 s.
  it("hostile Bake files: a 10,000-deep inherits chain and cycles end without running the stack out; 300k repeated characters read at once each", { timeout: 60_000 }, async () => {
    const target: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) target[`t${i}`] = { inherits: [`t${i + 1}`] };
    target.t10000 = { args: { A: "2" } };
    target.a = { inherits: ["b"], args: { B: "3" } };
    target.b = { inherits: ["a", "b"] };
    const { findings, warnings } = await detectorFindings(dockerDetector, { "docker-bake.json": JSON.stringify({ target }), Dockerfile: "ARG A=1\nFROM node:${A}\n" });
    expect(warnings).toEqual([]);
    expect([...new Set(compact(findings))]).toEqual(["docker:node@2 2 ->2.0.0"]);
    const N = 300_000;
    const payloads = ["{", "[", '"', "${", '"${', "\n", "- ", "[[inputs.", "<<EOT\n", "a=b,", "a = {", 'target "x" {\n', "x".repeat(N / 2) + " ".repeat(N / 2) + "(", "a=<<EOT\n", "a=<<EOT\nEOT\n", "<<x"];
    for (const p of payloads) {
      const text = p.repeat(Math.ceil(N / p.length));
      expectFinishesWithin(() => bakeBuilds(readBakeHcl(text)), 15, JSON.stringify(p.slice(0, 12)));
    }
  });

  it("a folder's Bake files are read as one: docker-bake.override.hcl's args go to the Dockerfile its target's docker-bake.hcl names, not to the folder's Dockerfile", async () => {
    const files = {
      "docker-bake.hcl": 'variable "NODE_VERSION" {\n  default = "20.11.1"\n}\ntarget "web" {\n  dockerfile = "docker/web.Dockerfile"\n  args = {\n    NODE_VERSION = NODE_VERSION\n    APP = "shop"\n  }\n}\n',
      "docker-bake.override.hcl": 'variable "NODE_VERSION" {\n  default = "22.2.0"\n}\ntarget "web" {\n  args = {\n    EXTRA = "1"\n  }\n}\n',
      "docker/web.Dockerfile": "ARG NODE_VERSION=18.0.0\nFROM node:${NODE_VERSION}-alpine\n",
      // The folder's own Dockerfile, which no target builds: its ARG default stands.
      Dockerfile: "ARG NODE_VERSION=16.20.2\nFROM node:${NODE_VERSION}\n",
    };
    const { findings, warnings } = await detectorFindings(dockerDetector, files);
    expect(warnings).toEqual([]);
    expect(compact(findings).sort()).toEqual(["docker:node@2 16.20.2 ->16.20.2", "docker:node@2 22.2.0-alpine ->22.2.0"]);
    expect(bakeBuilds(mergeBakeFiles([JSON.parse('{"target":{"constructor":{"args":{"A":"1"}},"__proto__":{"args":{"B":"2"}}}}'), "[]"]))?.map((b) => [...b.args])).toEqual([[["A", "1"]], [["B", "2"]]]);
  });
});
