import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00Z" } as const;

describe("tools pinned by asdf or mise beyond the language runtimes", () => {
  it("names the CLIs, build tools and local servers a .tool-versions pins", async () => {
    const toolVersions = [
      "kubectl 1.29.2",
      "poetry 1.8.2",
      "pulumi 3.108.1",
      "golangci-lint 1.56.2",
      "firebase 13.4.0",
      "mysql 8.0.36",
      "uv 0.1.24",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ ".tool-versions": toolVersions }), opts);
    expect(tool(document.tools, "Kubernetes")).toMatchObject({ version: "1.29.2", detection_source: ".tool-versions" });
    expect(tool(document.tools, "Poetry")?.version).toBe("1.8.2");
    expect(tool(document.tools, "Pulumi")?.version).toBe("3.108.1");
    expect(tool(document.tools, "golangci-lint")?.version).toBe("1.56.2");
    expect(tool(document.tools, "MySQL")?.version).toBe("8.0.36");
    expect(tool(document.tools, "Astral uv")?.version).toBe("0.1.24");
    // firebase-tools' release is the CLI's, not the platform's
    expect(tool(document.tools, "Firebase")).toMatchObject({ detection_source: ".tool-versions" });
    expect(tool(document.tools, "Firebase")?.version).toBeUndefined();
  });
});

describe("tools a Dockerfile downloads from their own hosts", () => {
  it("names the tool of each installer host, and none from a generic host", async () => {
    const dockerfile = [
      "FROM eclipse-temurin:21-jdk",
      "RUN curl -fsSL https://services.gradle.org/distributions/gradle-8.6-bin.zip -o /tmp/gradle.zip \\",
      "  && curl -fsSL https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -o /tmp/mc.sh \\",
      "  && curl -fsSL https://pgp.mongodb.com/server-7.0.asc | gpg --dearmor -o /usr/share/keyrings/mongodb.gpg",
      "RUN curl -fsSL https://get.pulumi.com | sh",
      "ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Dockerfile: dockerfile }), opts);
    expect(tool(document.tools, "Gradle")?.detection_source).toBe("Dockerfile");
    expect(tool(document.tools, "Anaconda")?.detection_source).toBe("Dockerfile");
    expect(tool(document.tools, "MongoDB")?.detection_source).toBe("Dockerfile");
    expect(tool(document.tools, "Pulumi")?.detection_source).toBe("Dockerfile");
    expect(document.tools.some((t) => t.name === "GitHub")).toBe(false);
  });
});

describe("Protocol Buffers and Vercel's older file names", () => {
  it("names Protobuf from schemas and Buf's files, Vercel from now.json", async () => {
    const { document } = await scan(new MemorySource({
      "proto/user/v1/user.proto": 'syntax = "proto3";\npackage user.v1;\nmessage User { string id = 1; }\n',
      "buf.gen.yaml": "version: v1\nplugins:\n  - plugin: buf.build/protocolbuffers/go\n    out: gen\n",
      "now.json": '{ "version": 2, "builds": [{ "src": "index.js", "use": "@now/node" }] }\n',
    }), opts);
    expect(tool(document.tools, "Protobuf")?.detection_source).toBe("buf.gen.yaml");
    expect(tool(document.tools, "Vercel")?.detection_source).toBe("now.json");
  });
});
