import { describe, expect, it, vi } from "vitest";
import { parse, render } from "../src/index.js";
import { renderPieces } from "../src/document/render.js";
import { toYaml, yamlPieces } from "../src/document/yaml.js";
import type { StackDocument, ToolEntry } from "../src/types.js";
import { detectCommand } from "../src/cli/commands/detect.js";
import { runCommand, tempDir, writeFile } from "./helpers.js";

// The document is rendered in pieces (the CLI's detect prints each as it comes, so a document of
// 300,000 tools is never one text of 130 MB held whole): the pieces join to render's text, byte for byte.

/** A package entry as detect writes one for an npm dependency. */
function npmPackage(i: number): ToolEntry {
  return {
    name: `@acme/generated-${i}`,
    package_url: `https://www.npmjs.com/@acme/generated-${i}`,
    version: `1.${i % 7}.0`,
    open_source: false,
    hosted_saas: false,
    category: "Libraries",
    sub_category: "npm Packages",
    image_url: "https://img.stackshare.io/package/npm/image.png",
    detection_source_url: "package.json",
    detection_source: "package.json",
  };
}

function stack(tools: ToolEntry[]): StackDocument {
  return {
    repo_name: "acme/\"quoted\"\n tools",
    report_id: "407d3d1b482257d28580da49956d0f36",
    version: 0.1,
    repo_type: "Public",
    timestamp: "2026-01-01T00:00:00+00:00",
    requested_by: "",
    provider: "local",
    branch: "main",
    detected_tools_count: tools.length,
    tools,
  };
}

const react: ToolEntry = {
  name: "React",
  description: "A JavaScript library for building user interfaces, with \"quotes\", a line\nbreak and ünïcödé 🚀",
  website_url: "https://reactjs.org/",
  version: "18.2.0",
  license: "MIT",
  open_source: true,
  hosted_saas: false,
  category: "Libraries",
  sub_category: "Javascript UI Libraries",
  detection_source_url: "package.json",
  detection_source: "package.json",
  last_updated_by: "Ada",
  last_updated_on: "2024-05-01 12:00:00.000000000 Z",
};

const many = stack([react, ...Array.from({ length: 2500 }, (_, i) => npmPackage(i))]);

describe("render in pieces", () => {
  it.each([
    ["no tools", stack([])],
    ["one tool", stack([react])],
    ["thousands of tools", many],
    ["keys after the tools", { ...many, tools: many.tools.slice(0, 900), extra: { nested: [1, "two"] } } as StackDocument],
  ])("JSON, %s: the pieces join to JSON.stringify's text", (_, document) => {
    const pieces = [...renderPieces(document, "json")];
    expect(pieces.join("")).toBe(JSON.stringify(document, null, 2) + "\n");
    expect(render(document, "json")).toBe(JSON.stringify(document, null, 2) + "\n");
  });

  it("a long document comes in many pieces, none of them the whole", () => {
    for (const format of ["json", "yaml"] as const) {
      const pieces = [...renderPieces(many, format)];
      expect(pieces.length).toBeGreaterThan(4);
      const whole = pieces.join("");
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length / 4);
    }
  });

  it("YAML: the pieces join to the header's text and each tool's, and read back as the document", () => {
    const text = [...renderPieces(many, "yaml")].join("");
    const header = toYaml({ ...many, tools: [] }).replace("tools: []\n", "tools:\n");
    const items = many.tools.map((tool) => toYaml({ tools: [tool] }).slice("tools:\n".length));
    expect(text).toBe(header + items.join(""));
    expect(render(many, "yaml")).toBe(text);
    expect(parse(text)).toEqual(many);
  });

  it("YAML: a top-level list is written as a nested one is, its dashes at its key's column", () => {
    const list = [react, "plain", 3, null, { name: "Next.js", vulnerabilities: [{ name: "CVE-1", cve_id: null }], aliases: [] }];
    const top = toYaml({ tools: list });
    expect(top).toBe(
      [
        "tools:",
        ...toYaml(react).trimEnd().split("\n").map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)),
        "- plain",
        "- 3",
        "- ",
        "- name: Next.js",
        "  vulnerabilities:",
        "  - name: CVE-1",
        "    cve_id: ",
        "  aliases: []",
        "",
      ].join("\n"),
    );
    const nested = toYaml({ stack: { tools: list } });
    expect(nested).toBe(`stack:\n${top.replace(/^(?=.)/gm, "  ")}`);
    // Past many pieces' bounds, the same text.
    expect([...yamlPieces({ ...many, tools: [...many.tools, ...list] })].join("")).toBe(`${toYaml({ ...many, tools: many.tools })}${top.slice("tools:\n".length)}`);
  });

  it("an empty mapping is one empty line, as before", () => {
    expect(toYaml({})).toBe("\n");
    expect(toYaml({ tools: [] })).toBe("tools: []\n");
  });

  it("detect prints the document as render writes it, byte for byte", async () => {
    const dir = tempDir();
    const dependencies: Record<string, string> = { react: "^18.2.0" };
    for (let i = 0; i < 3000; i++) dependencies[`@acme/generated-${i}`] = "^1.0.0";
    writeFile(dir, "package.json", JSON.stringify({ name: "acme-generated", version: "1.0.0", private: true, dependencies }, null, 2));
    for (const format of ["json", "yaml"] as const) {
      const out = await runCommand(["detect", dir, "--no-git", "--format", format, "--timestamp", "2026-01-01T00:00:00Z"]);
      expect(out.code).toBe(0);
      const document = format === "json" ? (JSON.parse(out.stdout) as StackDocument) : (parse(out.stdout) as StackDocument);
      // JavaScript, React, npm, react's package and the 3,000 generated ones.
      expect(document.tools.length).toBe(3004);
      expect(out.stdout).toBe(render(document, format));
    }
  });

  it("detect never writes its document as one text: each write is a piece", async () => {
    const dir = tempDir();
    const dependencies: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) dependencies[`@acme/generated-${i}`] = "^1.0.0";
    writeFile(dir, "package.json", JSON.stringify({ name: "acme-generated", version: "1.0.0", private: true, dependencies }, null, 2));
    const writes: string[] = [];
    const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (writes.push(String(chunk)), true));
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await detectCommand.run([dir, "--no-git", "--format", "json"])).toBe(0);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    const whole = writes.join("");
    expect((JSON.parse(whole) as StackDocument).tools.length).toBe(3002);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(whole.length / 4);
  });
});
