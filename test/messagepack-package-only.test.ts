import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// A MessagePack library is a package entry: the site lists msgpack (PyPI), vmihailenco/msgpack (Go)
// and org.msgpack (Maven) and names no MessagePack in any stack file read (lemongraph, render_deployment,
// gitlab-ci-pipelines-exporter, aspnetcore's SignalR Java client). --all-tools names it, without
// the library's release.
const opts = { git: false, timestamp: "2024-02-29T00:00:00+00:00" } as const;

// Shaped like NationalSecurityAgency/lemongraph's requirements.txt, a Go exporter's go.mod,
// aspnetcore's src/SignalR/clients/java/signalr/messagepack/build.gradle, and an npm API on msgpackr.
const files: Record<string, string> = {
  "api/package.json": JSON.stringify({ name: "api", dependencies: { msgpackr: "^1.10.1", nats: "^2.17.0" } }),
  "requirements.txt": "cffi>=1.8.2,<1.13\nlazy>=1.0,<1.5\nmsgpack>=0.6,<0.7\npython-dateutil>=1.4,<2.9\nsetuptools\nsix\n",
  "exporter/go.mod": [
    "module github.com/mvisonneau/gitlab-ci-pipelines-exporter", "", "go 1.21", "", "require (",
    "\tgithub.com/go-redis/redis/v8 v8.11.5", "\tgithub.com/vmihailenco/msgpack/v5 v5.3.5", "\tgithub.com/xanzy/go-gitlab v0.94.0", ")", "",
  ].join("\n"),
  "signalr/messagepack/build.gradle": [
    "plugins {", "    id 'java'", "}", "", "dependencies {",
    "    implementation 'org.msgpack:msgpack-core:0.8.20'", "    implementation 'com.fasterxml.jackson.core:jackson-databind:2.14.0'", "}", "",
  ].join("\n"),
};

const tools = (list: { name: string; package_url?: string; version?: string }[]) =>
  list.filter((t) => !t.package_url).map((t) => t.name);

describe("MessagePack libraries (PyPI, Go, Maven, npm)", () => {
  it("are package entries and name no MessagePack by default", async () => {
    const { document } = await scan(new MemorySource(files), opts);
    expect(tools(document.tools)).not.toContain("MessagePack");
    expect(document.tools.find((t) => t.package_url === "https://pypi.org/project/msgpack")).toMatchObject({ version: "0.6" });
    // the Maven coordinate stays a Maven entry; the other tools of the same files are still named
    expect(tools(document.tools)).toEqual(expect.arrayContaining(["org.msgpack:msgpack-core", "Redis", "Gradle", "PyPI", "NATS"]));
    expect(document.tools.find((t) => t.package_url?.endsWith("/msgpackr"))).toBeDefined();
  });

  it("--all-tools names MessagePack once, without a library's release", async () => {
    const { document } = await scan(new MemorySource(files), { ...opts, allTools: true });
    const found = document.tools.filter((t) => !t.package_url && t.name === "MessagePack");
    expect(found).toHaveLength(1);
    expect(found[0]?.version).toBeUndefined();
  });
});
