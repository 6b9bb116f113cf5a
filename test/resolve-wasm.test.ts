import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { isClear } from "../src/catalog/clear-match.js";

// "wasm", WebAssembly's file extension and everyday short name, was unsure between Jasmine and
// Docker Swarm when stop 70's acceptance run typed it at a manual submission.
describe("wasm, typed for WebAssembly", () => {
  it.each(["wasm", "WASM", "Wasm"])("%s is clearly WebAssembly", (typed) => {
    const matches = resolve(builtinCatalog(), typed);
    expect(matches[0]?.tool.name).toBe("WebAssembly");
    expect(isClear(matches)).toBe(true);
  });
});
