import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Files of the "shared" project reuse their worker's modules (vitest.config.ts, isolate: false), so a
// vi.mock there is hoisted into a module graph another file already loaded: the mock may never take,
// and a test spying through it passes alone and fails in the suite. Every file that mocks a module
// must be in the config's isolated list, as must one that resets the module registry (vi.resetModules):
// the files after it in the worker would load the engine again, and its first-use state afresh.
describe("vitest configuration", () => {
  it("runs every test file that replaces a module with vi.mock, or resets the registry, in the isolated project", () => {
    const config = readFileSync("vitest.config.ts", "utf8");
    const list = /const isolated = \[([^\]]*)\]/.exec(config)?.[1] ?? "";
    const isolated = new Set([...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
    expect(isolated.size).toBeGreaterThan(0);
    const mocking = readdirSync("test")
      .filter((name) => name.endsWith(".test.ts"))
      .map((name) => `test/${name}`)
      .filter((path) => /\bvi\.(?:mock|doMock|resetModules)\(/.test(readFileSync(path, "utf8").replace(/\/\/.*$/gm, "")));
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((path) => !isolated.has(path))).toEqual([]);
  });
});
