import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// The site reads none of these files, so its stack files never name their tools from them; each file is
// written for one tool only, so techstack names that tool (README: "precision*").
const named = async (files: Record<string, string>, name: string) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.find((t) => t.name === name && !t.package_url);
};

describe("tools named from files the site does not read", () => {
  it("a pnpm-lock.yaml is pnpm's, even when package.json says nothing of pnpm", async () => {
    const lock = [
      "lockfileVersion: '6.0'",
      "",
      "dependencies:",
      "  express:",
      "    specifier: ^4.18.2",
      "    version: 4.18.2",
      "",
      "packages:",
      "",
      "  /express@4.18.2:",
      "    resolution: {integrity: sha512-AAAA}",
      "    engines: {node: '>= 0.10.0'}",
      "    dev: false",
      "",
    ].join("\n");
    const pkg = JSON.stringify({ name: "api", dependencies: { express: "^4.18.2" } });
    expect(await named({ "package.json": pkg, "pnpm-lock.yaml": lock }, "pnpm")).toMatchObject({ detection_source: "pnpm-lock.yaml" });
    expect(await named({ "package.json": pkg }, "pnpm")).toBeUndefined();
  });

  it("a .pre-commit-config.yaml is pre-commit's", async () => {
    const config = "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.5.0\n    hooks:\n      - id: trailing-whitespace\n";
    expect(await named({ ".pre-commit-config.yaml": config }, "pre-commit")).toMatchObject({ detection_source: ".pre-commit-config.yaml" });
  });

  it("an .editorconfig is EditorConfig's", async () => {
    expect(await named({ ".editorconfig": "root = true\n\n[*]\nindent_style = space\n" }, "EditorConfig")).toBeDefined();
  });
});
