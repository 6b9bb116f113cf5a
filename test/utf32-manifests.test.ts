import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMainHere, tempDir } from "./helpers.js";

/** `text` as `iconv -t UTF-32` (little-endian, with its BOM) or `-t UTF-32BE` plus a BOM writes it. */
function utf32(text: string, littleEndian: boolean): Buffer {
  const codes = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const out = Buffer.alloc(codes.length * 4);
  codes.forEach((code, i) => (littleEndian ? out.writeUInt32LE(code, i * 4) : out.writeUInt32BE(code, i * 4)));
  return out;
}

describe("a manifest saved as UTF-32", () => {
  it("is read after either byte-order mark, where it was read as UTF-16 and warned of with NUL bytes in the warning", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), utf32('{\n  "name": "shop",\n  "dependencies": { "react": "^18.2.0" }\n}\n', true));
    writeFileSync(join(dir, "requirements.txt"), utf32("Django==4.2.7\n", false));
    const r = await runMainHere(["detect", dir, "--no-git", "--format", "json"]);
    expect(r.stderr).toBe("");
    const names = (JSON.parse(r.stdout) as { tools: Array<{ name: string; version?: string }> }).tools.map((t) => `${t.name} ${t.version ?? ""}`.trim());
    expect(names).toContain("React 18.2.0");
    expect(names).toContain("Django 4.2.7");
  });

  it("UTF-16 saved without its byte-order mark is still skipped as binary, and the warning says what it looks like", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), Buffer.from('{"dependencies": {"react": "^18.2.0"}}', "utf16le"));
    const r = await runMainHere(["detect", dir, "--no-git", "--format", "json"]);
    expect(r.stderr).toContain("warning: package.json: skipped: binary content (it reads as UTF-16 without a byte-order mark: save it as UTF-8)\n");
    expect(r.stderr).not.toContain("\x00");
  });
});
