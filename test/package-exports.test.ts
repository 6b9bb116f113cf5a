import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

/** A scratch project that depends on the built package (linked, as an install would place it). */
function scratch(): string {
  const dir = tempDir("techstack-consumer-");
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules/techstack"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  return dir;
}

const probe = `
  const doc = await t.detect(t.MemorySource ? new t.MemorySource({ "package.json": '{"dependencies":{"react":"^18.2.0"}}' }) : ".", { git: false });
  const out = { names: doc.tools.map((x) => x.name), yaml: t.render(doc, "yaml").startsWith("repo_name:"), valid: t.validate(doc).length, resolved: t.resolve(t.builtinCatalog(), "postgres")[0].tool.name };
  console.log(JSON.stringify(out));
`;

describe("the published package", () => {
  it("imports as ESM and requires as CommonJS, with the same API", () => {
    const dir = scratch();
    writeFileSync(join(dir, "esm.mjs"), `import * as t from "techstack";\n${probe}`);
    writeFileSync(join(dir, "cjs.cjs"), `const t = require("techstack");\n(async () => {${probe}})();`);
    const esm = JSON.parse(execFileSync(process.execPath, ["esm.mjs"], { cwd: dir, encoding: "utf8" }));
    const cjs = JSON.parse(execFileSync(process.execPath, ["cjs.cjs"], { cwd: dir, encoding: "utf8" }));
    expect(esm).toEqual({ names: ["React", "npm", "react"], yaml: true, valid: 0, resolved: "PostgreSQL" });
    expect(cjs).toEqual(esm);
    const schema = JSON.parse(execFileSync(process.execPath, ["-e", 'console.log(JSON.stringify(require("techstack/schema.json").title))'], { cwd: dir, encoding: "utf8" }));
    expect(schema).toContain("techstack.yml");
  });
});
