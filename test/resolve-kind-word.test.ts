import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";

describe("a kind word after an unknown name", () => {
  // Before: "xata db" was the tool named "DB" at 0.88 (the word "db" alone a name among the words),
  // as "fauna db" and "neon db" were; a trailing "db", "server" or "sdk" says what the rest is.
  it("names no tool whose whole name is that word", () => {
    const catalog = builtinCatalog();
    for (const q of ["xata db", "tigerbeetle db", "sled db"]) {
      const [first] = resolve(catalog, q, 1);
      expect(first?.tool.id, q).not.toBe("db");
      expect(first?.score ?? 0, q).toBeLessThan(0.88);
    }
    // The word alone, or a known name before it, still resolves as ever.
    expect(resolve(catalog, "db", 1)[0]?.tool.id).toBe("db");
    expect(resolve(catalog, "mongo db", 1)[0]?.tool.name).toBe("MongoDB");
  });

  // The site lists no GitHub Container Registry, Grafana Cloud or Terraform Cloud: each stays a
  // guess under 0.9 (Google Container Registry's near-spelling; Grafana and Terraform among the
  // words), never a confident answer.
  it("a product the site does not list stays unsure", () => {
    const catalog = builtinCatalog();
    for (const q of ["ghcr", "grafana cloud", "terraform cloud"]) expect(resolve(catalog, q, 1)[0]?.score ?? 0, q).toBeLessThan(0.9);
  });
});
