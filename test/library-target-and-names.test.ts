import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { detect, MemorySource, scan, type Detector, type FileSource } from "../src/index.js";
import { tempDir } from "./helpers.js";

// What the library does with a target or option the command line would refuse or take: an empty
// revision, a file: URL for the folder, a custom detector named like a built-in one.
describe("library targets and detector names", () => {
  it("an empty rev is refused as the CLI's empty --rev is, not read as the working tree", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "go.mod"), "module example.com/shop\n\ngo 1.22\n");
    await expect(detect(dir, { rev: "" })).rejects.toMatchObject({ name: "TypeError", code: "TECHSTACK_BAD_OPTION", message: expect.stringMatching(/^rev: an empty revision/) });
    await expect(scan(dir, { rev: "  " })).rejects.toMatchObject({ code: "TECHSTACK_BAD_OPTION", message: expect.stringMatching(/^rev: an empty revision/) });
  });

  it("a file: URL names the folder as its path does, as Node's fs takes one; another scheme is refused", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "api"));
    writeFileSync(join(dir, "api", "go.mod"), "module example.com/shop/api\n\ngo 1.22\n");
    const byPath = await detect(dir, { git: false, timestamp: "2024-05-01T00:00:00Z" });
    const byUrl = await detect(pathToFileURL(dir), { git: false, timestamp: "2024-05-01T00:00:00Z" });
    expect(byUrl).toEqual(byPath);
    expect(byUrl.tools.map((t) => t.name)).toContain("Golang");
    await expect(detect(new URL("https://github.com/acme/shop"))).rejects.toMatchObject({ code: "TECHSTACK_BAD_ARGUMENT", message: expect.stringMatching(/^detect: a URL names a folder only as a file: URL, not https:/) });
  });

  it("a custom detector named like a built-in one is refused, naming disable", async () => {
    const source = new MemorySource({ Dockerfile: "FROM node:20-alpine\n" });
    const mine: Detector = { name: "docker", files: ["Dockerfile"], async detect() {} };
    await expect(scan(source, { detectors: [mine] })).rejects.toMatchObject({
      name: "TypeError",
      code: "TECHSTACK_BAD_DETECTOR",
      message: "detector 'docker': a built-in detector has that name: disable it (disable: [\"docker\"]) to replace it, or pick another name",
    });
    // Replacing the built-in is what disable is for.
    const builtIn = await scan(source);
    expect(builtIn.document.tools.map((t) => t.name)).toContain("Node.js");
    const replaced = await scan(source, { detectors: [mine], disable: ["docker"] });
    expect(replaced.document.tools.map((t) => t.name)).not.toContain("Node.js");
    // Two custom detectors of one name are as ambiguous.
    await expect(scan(source, { detectors: [{ ...mine, name: "deno" }, { ...mine, name: "deno" }] })).rejects.toMatchObject({ code: "TECHSTACK_BAD_DETECTOR", message: "detector 'deno': two detectors have that name" });
  });

  it("an empty branch or repo_name in repo is refused, as the CLI's empty --branch is, not written into the header and its links", async () => {
    const source = new MemorySource({ "go.mod": "module example.com/shop\n\ngo 1.22\n" });
    // `branch: process.env.BRANCH ?? ""` with the variable unset: links would open .../blob//go.mod.
    await expect(detect(source, { repo: { branch: "", web_url: "https://github.com/acme/shop" } })).rejects.toMatchObject({ name: "TypeError", code: "TECHSTACK_BAD_OPTION", message: expect.stringMatching(/^repo: branch is empty/) });
    await expect(scan(source, { repo: { branch: "  " } })).rejects.toMatchObject({ code: "TECHSTACK_BAD_OPTION", message: expect.stringMatching(/^repo: branch is empty/) });
    await expect(detect(source, { repo: { repo_name: "" } })).rejects.toMatchObject({ code: "TECHSTACK_BAD_OPTION", message: expect.stringMatching(/^repo: repo_name is empty/) });
    // Given, each is written; requested_by is empty by default, so an empty one is taken as it is.
    const named = await detect(source, { repo: { branch: "develop", repo_name: "acme/shop", web_url: "https://github.com/acme/shop", requested_by: "" } });
    expect([named.repo_name, named.branch, named.requested_by]).toEqual(["acme/shop", "develop", ""]);
    expect(named.tools.find((t) => t.name === "Golang")?.detection_source_url).toBe("https://github.com/acme/shop/blob/develop/go.mod");
  });

  it("an include glob that is empty or leads out of the folder is refused, as the CLI's --include is, not an empty stack", async () => {
    const source = new MemorySource({ "go.mod": "module example.com/shop\n\ngo 1.22\n", "api/package.json": '{"dependencies":{"express":"^4.18.0"}}' });
    // `include: process.env.ONLY?.split(",")` of an empty variable is [""]: it matched no file, so the document held nothing.
    for (const glob of ["", "  "]) {
      await expect(detect(source, { include: [glob] })).rejects.toMatchObject({ name: "TypeError", code: "TECHSTACK_BAD_OPTION", message: expect.stringMatching(/^include: an empty glob/) });
    }
    for (const glob of ["../api/**", ".."]) {
      await expect(scan(source, { include: ["go.mod", glob] })).rejects.toMatchObject({ code: "TECHSTACK_BAD_OPTION", message: expect.stringMatching(/^include: '\.\.(\/api\/\*\*)?' is outside the scanned folder/) });
    }
    // A glob of the folder's own paths is taken, as is no include at all.
    expect((await detect(source, { include: ["api/**"] })).tools.map((t) => t.name)).toContain("ExpressJS");
    expect((await detect(source, { include: ["api/**"] })).tools.map((t) => t.name)).not.toContain("Golang");
  });

  it("a FileSource of the caller's is asked for techstack.catalog.yml before its listing: ENOENT is no file, another error a warning", async () => {
    const files: Record<string, string> = { "go.mod": "module example.com/shop\n\ngo 1.22\n" };
    // A source of files fetched from a host's API, which holds no catalog file.
    const fetched = (missing: () => Error): FileSource => ({
      label: "acme/shop@main",
      list: async () => Object.keys(files).map((path) => ({ path })),
      read: async (path) => (path in files ? new TextEncoder().encode(files[path]) : Promise.reject(missing())),
    });
    const asNode = await scan(fetched(() => Object.assign(new Error("404 Not Found"), { code: "ENOENT" })));
    expect(asNode.warnings).toEqual([]);
    expect(asNode.document.tools.map((t) => t.name)).toContain("Golang");
    const plain = await scan(fetched(() => new Error("404 Not Found")));
    expect(plain.warnings).toEqual([{ file: "techstack.catalog.yml", message: "not read: 404 Not Found" }]);
    expect(plain.document.tools.map((t) => t.name)).toContain("Golang");
  });
});
