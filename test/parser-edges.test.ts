import { describe, expect, it } from "vitest";
import { readGoMod, readGoWork } from "../detectors/go/gomod.js";
import { readRequirements } from "../detectors/python/requirements.js";
import { readYarnLock } from "../detectors/npm/lockfile/yarn.js";
import { bestMatch, fullVersion, lowestVersion } from "../src/versions/range.js";
import { versionFromTag } from "../src/versions/image-tag.js";
import { readDockerfile } from "../detectors/docker/dockerfile.js";
import { splitImage } from "../src/kit.js";
import { parseJson, stripJsonComments } from "../src/parse/json.js";

// Edge cases of each parser, chosen from what mutation testing showed the suite let through.

describe("go.mod and go.work", () => {
  it("reads module, go, toolchain, excludes, comments and quoted paths", () => {
    const mod = readGoMod(
      [
        "// a comment line",
        'module "example.com/shop" // trailing',
        "",
        "go 1.22.0",
        "toolchain go1.22.1",
        "require example.com/one v1.0.0 // indirect",
        "exclude example.com/bad v0.1.0",
        "exclude (",
        "\texample.com/worse v0.2.0",
        ")",
        "replace example.com/one v1.0.0 => ../one",
        "replace example.com/two =>",
        "garbage line (",
      ].join("\n"),
    );
    expect(mod.module).toBe("example.com/shop");
    expect(mod.go).toBe("1.22.0");
    expect(mod.toolchain).toBe("go1.22.1");
    expect(mod.requires).toEqual([{ path: "example.com/one", version: "v1.0.0", indirect: true, line: 6 }]);
    expect(mod.excludes).toEqual([
      { path: "example.com/bad", version: "v0.1.0" },
      { path: "example.com/worse", version: "v0.2.0" },
    ]);
    expect(mod.replaces.get("example.com/one")).toEqual({ path: "../one", version: undefined });
    expect(mod.replaces.has("example.com/two")).toBe(false);
  });

  it("reads go.work use directives in both forms", () => {
    expect(readGoWork("go 1.22\n\nuse ./tools // tooling\nuse (\n\t./api\n\t\"./worker\"\n)\n").uses).toEqual(["./tools", "./api", "./worker"]);
  });
});

describe("requirements files", () => {
  it("options, comments, continuations, editable and URL requirements", () => {
    const parsed = readRequirements(
      [
        "# pinned for production",
        "--index-url https://pypi.org/simple",
        "requests[security]==2.31.0 \\",
        "    --hash=sha256:aaa \\",
        "    --hash=sha256:bbb",
        "",
        "-e git+https://github.com/org/tool.git@v1#egg=org-tool",
        "https://example.com/pkg.tar.gz#egg=tarball-pkg",
        "./local/path",
        "-c constraints.txt",
        "--requirement=base.txt",
        "flask>=3  # web",
        "not a requirement !!",
      ].join("\n"),
    );
    expect(parsed.requirements.map((r) => [r.name, r.specifier, r.line, r.editable ?? false])).toEqual([
      ["requests", "==2.31.0", 3, false],
      ["org-tool", "", 7, true],
      ["tarball-pkg", "", 8, false],
      ["flask", ">=3", 12, false],
    ]);
    expect(parsed.requirements[0]!.extras).toEqual(["security"]);
    expect(parsed.includes).toEqual(["constraints.txt", "base.txt"]);
    expect(parsed.unreadable).toEqual([13]);
  });
});

describe("yarn.lock", () => {
  it("several specs on one line, quoted and unquoted, and berry npm: ranges", () => {
    const lock = readYarnLock(
      [
        "# yarn lockfile v1",
        "",
        'chalk@^2.0.0, chalk@^2.4.1, "chalk@>= 2.0.0":',
        '  version "2.4.2"',
        '  resolved "https://registry.yarnpkg.com/chalk/-/chalk-2.4.2.tgz"',
        "",
        '"@scope/pkg@npm:^1.0.0":',
        "  version: 1.4.0",
        "",
        "broken-entry-without-version@^1.0.0:",
        "  resolved whatever",
        "",
        "git-dep@github:org/repo:",
        '  version "0.0.0-git"',
      ].join("\n"),
    );
    expect(lock.resolve("chalk", "^2.4.1", "")).toEqual({ version: "2.4.2" });
    expect(lock.resolve("chalk", ">= 2.0.0", "")).toEqual({ version: "2.4.2" });
    expect(lock.resolve("@scope/pkg", "^1.0.0", "")).toEqual({ version: "1.4.0" });
    expect(lock.resolve("@scope/pkg", "^1.2.0", "")).toEqual({ version: "1.4.0" });
    expect(lock.resolve("broken-entry-without-version", "^1.0.0", "")).toBeUndefined();
    expect(lock.resolve("git-dep", "github:org/repo", "")).toEqual({ version: "0.0.0-git" });
  });
});

describe("versions", () => {
  it("ranges, aliases and padding", () => {
    expect(lowestVersion("  ^1.2.3  ")).toBe("1.2.3");
    expect(lowestVersion("npm:string-width@^4.2.0")).toBe("4.2.0");
    expect(lowestVersion("0.x")).toBeUndefined();
    expect(lowestVersion(undefined)).toBeUndefined();
    expect(lowestVersion("not a range")).toBeUndefined();
    expect(lowestVersion("x")).toBeUndefined();
    expect(bestMatch([], "^1.0.0")).toBeUndefined();
    expect(bestMatch(["1.0.0"], "^9.0.0")).toBe("1.0.0");
    expect(bestMatch(["1.0.0", "2.0.0"], undefined)).toBe("1.0.0");
    expect(bestMatch(["1.0.0", "2.0.0"], "not a range")).toBeUndefined();
    expect(fullVersion(" v8 ")).toBe("8.0.0");
    expect(fullVersion("1.2.3.4")).toBe("1.2.3.4");
    expect(fullVersion("lts/*")).toBe("lts/*");
    expect(versionFromTag("3.12.1-slim-bookworm")).toBe("3.12.1");
    expect(versionFromTag(undefined)).toBeUndefined();
    expect(versionFromTag("20")).toBe("20.0.0");
  });
});

describe("Dockerfiles and JSON", () => {
  it("quoted ARG values, ${VAR:-default}, comments and image references", () => {
    const images = readDockerfile('# build\nARG BASE="python"\nARG TAG\nFROM ${BASE}:${TAG:-3.11}-slim AS base\nFROM base\nfrom localhost:5000/team/app:1.0 as app\n');
    expect(images).toEqual([
      { name: "python", tag: "3.11-slim", line: 4 },
      { name: "team/app", tag: "1.0", line: 6 },
    ]);
    expect(splitImage("library/redis:7")).toEqual({ name: "redis", tag: "7" });
    // A Windows Dockerfile's escape directive: a backtick continues a line, a path's closing `\` does not
    const windows = ["# syntax=docker/dockerfile:1", "# escape=`", "FROM mcr.microsoft.com/dotnet/framework/sdk:4.8.1 AS build", "WORKDIR C:\\src\\", "FROM mcr.microsoft.com/windows/servercore:ltsc2022", "RUN powershell -Command `", "    Write-Host ready", "FROM python:3.12-windowsservercore", ""].join("\n");
    expect(readDockerfile(windows)).toEqual([
      { name: "dotnet/framework/sdk", tag: "4.8.1", line: 3 },
      { name: "windows/servercore", tag: "ltsc2022", line: 5 },
      { name: "python", tag: "3.12-windowsservercore", line: 8 },
    ]);
    // a registry ARG with no default, left empty: Docker Hub's image
    expect(readDockerfile("ARG REGISTRY\nFROM ${REGISTRY}/node:20.11-bookworm AS build\nFROM $REGISTRY/library/nginx:1.25.3\n")).toEqual([
      { name: "node", tag: "20.11-bookworm", line: 2 },
      { name: "nginx", tag: "1.25.3", line: 3 },
    ]);
    expect(splitImage("quay.io/keycloak/keycloak")).toEqual({ name: "keycloak/keycloak" });
    expect(splitImage("registry:2")).toEqual({ name: "registry", tag: "2" });
    expect(splitImage("public.ecr.aws/docker/library/redis:7-alpine")).toEqual({ name: "redis", tag: "7-alpine" });
    expect(splitImage("docker/library-tools")).toEqual({ name: "docker/library-tools" });
    // an official image built for one architecture is that official image
    expect(splitImage("arm64v8/ubuntu:22.04")).toEqual({ name: "ubuntu", tag: "22.04" });
    expect(splitImage("docker.io/arm32v7/node:20-alpine")).toEqual({ name: "node", tag: "20-alpine" });
    expect(splitImage("amd64/postgres")).toEqual({ name: "postgres" });
    expect(splitImage("arm64v8/team/app")).toEqual({ name: "arm64v8/team/app" });
    expect(splitImage("library/team/app")).toEqual({ name: "library/team/app" });
    expect(splitImage("arm64v8")).toEqual({ name: "arm64v8" });
    expect(splitImage("${IMAGE}")).toBeUndefined();
  });

  it("JSONC: comments and trailing commas outside strings only", () => {
    expect(parseJson('{"a": "http://x//y", /* c */ "b": [1, 2,], // end\n}')).toEqual({ a: "http://x//y", b: [1, 2] });
    expect(parseJson('{"a": 1, // c\n}')).toEqual({ a: 1 });
    expect(() => parseJson("{broken")).toThrow();
    expect(parseJson('"text with \\" quote"')).toBe('text with " quote');
  });

  it("JSONC as tsconfig.json and devcontainer.json write it: escapes, block comments, commas before comments", () => {
    const tsconfig = [
      "{",
      "  // Visit https://aka.ms/tsconfig to read more about this file",
      '  "compilerOptions": {',
      '    "target": "ES2022", /* Set the JavaScript language version. */',
      '    "paths": { "@/*": ["./src/*"], },',
      '    "outDir": "./dist", // output',
      "  },",
      '  "exclude": ["node_modules", /* build output */ "dist", /* trailing */ ],',
      '  "description": "say \\"hi\\", // not a comment, /* nor this */",',
      '  "escaped": "a\\\\",',
      "}",
    ].join("\n");
    expect(parseJson(tsconfig)).toEqual({
      compilerOptions: { target: "ES2022", paths: { "@/*": ["./src/*"] }, outDir: "./dist" },
      exclude: ["node_modules", "dist"],
      description: 'say "hi", // not a comment, /* nor this */',
      escaped: "a\\",
    });
    // A comma followed by a line comment, then the closing bracket.
    expect(parseJson('{\n  "extends": ["eslint:recommended"], // base\n  // "plugins": [],\n}')).toEqual({ extends: ["eslint:recommended"] });
    // A comma before a comment that is followed by a value is kept.
    expect(parseJson("[1, /* two */ 2, // three\n 3]")).toEqual([1, 2, 3]);
    // An unterminated block comment runs to the end, also after a comma.
    expect(parseJson('{"a": 1} /* never closed')).toEqual({ a: 1 });
    expect(stripJsonComments('[1, /* never closed')).toBe("[1, ");
    expect(stripJsonComments('[1, /* c */ ]')).toBe("[1  ]");
    expect(stripJsonComments('{"a": "x", }')).toBe('{"a": "x" }');
    expect(stripJsonComments('"unterminated \\')).toBe('"unterminated \\');
    expect(() => parseJson('{"a": 1 // c\n "b": 2}')).toThrow(SyntaxError);
  });
});

describe("go.mod and go.work as modules write them", () => {
  it("blocks, comments, quoted paths, replace and exclude, retract and tool directives", () => {
    const mod = readGoMod(
      [
        "// Module shop is the storefront.",
        "module github.com/acme/shop",
        "",
        "go 1.21",
        "",
        "toolchain go1.21.5",
        "",
        "godebug default=go1.21",
        "",
        "require (",
        "\tgithub.com/gin-gonic/gin v1.9.1",
        "",
        "\tgithub.com/stretchr/testify v1.8.4 // indirect",
        '\t"github.com/quoted/mod" v0.1.0',
        "\tgolang.org/x/net  v0.19.0 //indirect",
        ")",
        "",
        "require(",
        "\tgithub.com/lib/pq v1.10.9",
        ")",
        "",
        "replace (",
        "\tgithub.com/gin-gonic/gin v1.9.1 => github.com/acme/gin v1.9.2-fix",
        "\texample.com/local => ./local",
        ")",
        "",
        "exclude golang.org/x/net v0.18.0",
        "exclude golang.org/x/crypto",
        "",
        "retract (",
        "\tv1.0.1 // published by mistake",
        "\t[v1.1.0, v1.1.5]",
        ")",
        "",
        "tool golang.org/x/tools/cmd/stringer",
      ].join("\n"),
    );
    expect(mod.problems).toEqual([]);
    expect(mod.module).toBe("github.com/acme/shop");
    expect(mod.toolchain).toBe("go1.21.5");
    expect(mod.requires).toEqual([
      { path: "github.com/gin-gonic/gin", version: "v1.9.1", indirect: false, line: 11 },
      { path: "github.com/stretchr/testify", version: "v1.8.4", indirect: true, line: 13 },
      { path: "github.com/quoted/mod", version: "v0.1.0", indirect: false, line: 14 },
      { path: "golang.org/x/net", version: "v0.19.0", indirect: true, line: 15 },
      { path: "github.com/lib/pq", version: "v1.10.9", indirect: false, line: 19 },
    ]);
    expect([...mod.replaces]).toEqual([
      ["github.com/gin-gonic/gin", { path: "github.com/acme/gin", version: "v1.9.2-fix" }],
      ["example.com/local", { path: "./local", version: undefined }],
    ]);
    expect(mod.excludes).toEqual([{ path: "golang.org/x/net", version: "v0.18.0" }]);
  });

  it("what is not go.mod syntax is named by line, the rest still read", () => {
    const mod = readGoMod(["go 1.22", "garbage here", "require example.com/nov 1.0.0", "require example.com/ok v1.0.0", "require (", "\texample.com/late v0.1.0"].join("\n"));
    expect(mod.problems).toEqual([
      "line 2: not a go.mod directive",
      "line 3: require without a module version",
      "line 5: require block is never closed",
      "no module directive",
    ]);
    expect(mod.requires.map((r) => r.path)).toEqual(["example.com/ok", "example.com/late"]);
    expect(readGoMod("go 1.22\n").problems).toEqual(["no module directive"]);
    expect(readGoMod("require example.com/x v1.0.0\n").problems).toEqual(["no module directive"]);
    expect(readGoMod("// nothing yet\n").problems).toEqual([]);
  });

  it("go.work: use blocks with blank lines, the one-line and no-space forms, and what follows a block", () => {
    expect(readGoWork("go 1.22\n\nuse(\n\t./api\n\n\t./web // the site\n)\n\nreplace example.com/x => ./x\nuse   ./tools\n").uses).toEqual(["./api", "./web", "./tools"]);
  });

  it("go.work: go and toolchain at their lines, a replace block read as a block, quoted use paths", () => {
    const work = readGoWork(["go 1.23.0", "", "toolchain go1.23.4", "", "replace (", "\tgolang.org/x/net => ./third_party/net", ")", "", "use (", "\t\"./cmd\"", "\t`./internal`", ")", ""].join("\n"));
    expect(work).toEqual({ go: "1.23.0", goLine: 1, toolchain: "go1.23.4", toolchainLine: 3, uses: ["./cmd", "./internal"] });
  });
});

describe("Dockerfiles as projects write them", () => {
  it("multi-stage builds: ARG defaults, redeclared ARGs, continuations, stages, digests and registries", () => {
    const images = readDockerfile(
      [
        "# syntax=docker/dockerfile:1.6",
        "ARG NODE_VERSION=20.11.0",
        "ARG ALPINE='3.19'",
        "ARG REGISTRY",
        "ARG DEBIAN=bookworm \\",
        "SLIM=slim",
        "FROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-alpine${ALPINE} AS deps",
        "ARG NODE_VERSION",
        "RUN apk add --no-cache \\",
        "    libc6-compat",
        "RUN printf 'a\\tb' > /etc/sep",
        "FROM python:3.12-slim",
        "FROM \\",
        "  node:$NODE_VERSION AS builder",
        "  FROM  builder AS test",
        "FROM nginx:1.25-alpine@sha256:0b970013351304af46f322da1263516b188318682b2ab1091862497591189ff1 AS runtime",
        "FROM alpine AS tools",
        "FROM ${UNDECLARED:-debian}:${SUITE-bookworm}-slim",
        "FROM ${REGISTRY:?set REGISTRY}/app:1",
        "FROM --platform=linux/amd64",
        "FROM node:20.11.0 AS",
        "FROM alpine",
        "FROM python:3.12-slim",
        "FROM test",
        "FROM debian:${DEBIAN}-${SLIM}",
        "FROM scratch",
        "FROM \\",
      ].join("\n"),
    );
    expect(images).toEqual([
      { name: "node", tag: "20.11.0-alpine3.19", line: 7 },
      { name: "python", tag: "3.12-slim", line: 12 },
      { name: "node", tag: "20.11.0", line: 13 },
      { name: "nginx", tag: "1.25-alpine", line: 16 },
      { name: "alpine", line: 17 },
      { name: "debian", tag: "bookworm-slim", line: 18 },
      { name: "node", tag: "20.11.0", line: 21 },
      { name: "alpine", line: 22 },
      { name: "python", tag: "3.12-slim", line: 23 },
      { name: "debian", tag: "bookworm-slim", line: 25 },
    ]);
  });
});
