import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Docker's entry shows the file that builds the image, not the ignore list beside it: a
// .dockerignore sorts first by path and sits shallower than a Dockerfile in a folder, so it would
// win the tie-break for the detection source though it says nothing a Dockerfile does not.
describe("Docker's detection source", () => {
  const scanOf = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

  it("is the language bar's for a Dockerfile beside a .dockerignore, or in a folder below it, never the .dockerignore", async () => {
    // A Dockerfile the language bar counts makes Docker's source the repository's metadata, as the
    // site cites it (catalog/overrides.yml); never the .dockerignore.
    const beside = await scanOf({ ".dockerignore": "node_modules\n.git\n", Dockerfile: "FROM node:20-alpine\nCMD [\"node\", \"server.js\"]\n", "package.json": '{"name":"api"}' });
    expect(tool(beside, "Docker")?.detection_source).toBe("Repo Metadata");
    const below = await scanOf({ ".dockerignore": "**/__pycache__\n", "build/docker/Dockerfile": "FROM python:3.12-slim\n" });
    expect(tool(below, "Docker")?.detection_source).toBe("Repo Metadata");
  });

  it("a .dockerignore alone names no Docker", async () => {
    expect(tool(await scanOf({ ".dockerignore": "node_modules\n", "package.json": '{"name":"web"}' }), "Docker")).toBeUndefined();
    // A Dockerfile beside it names Docker.
    expect(tool(await scanOf({ ".dockerignore": "node_modules\n", "package.json": '{"name":"web"}', Dockerfile: "FROM node:20\n" }), "Docker")).toBeDefined();
  });
});
