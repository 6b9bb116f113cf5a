import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { isClear } from "../src/catalog/clear-match.js";

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

describe("a word the site names kinds of tools with", () => {
  // Before, each was a vendor's product at 0.94 ("test" Google Test, "build" Google Cloud Build, "dns"
  // Google Cloud DNS, "devops" Azure DevOps, "project" Microsoft Project) or, among other words, at
  // 0.88 ("my project"): a clear pick for a word that says what kind of tool is meant.
  it("is no vendor's product typed without its vendor", () => {
    const catalog = builtinCatalog();
    const sure = ["test", "build", "dns", "devops", "project", "my project", "iot"].filter((q) => {
      const matches = resolve(catalog, q, 10);
      return (matches[0]?.score ?? 0) >= 0.9 || isClear(matches);
    });
    expect(sure).toEqual([]);
    // A product's own name passes the same test.
    expect(isClear(resolve(catalog, "terraform", 10))).toBe(true);
  });

  it("a product's own word, the vendor typed, or the whole name still resolves", () => {
    const catalog = builtinCatalog();
    const top = (q: string) => resolve(catalog, q, 1).map((r) => [r.tool.name, r.score]);
    expect(top("spanner")).toEqual([["Google Cloud Spanner", 0.94]]);
    expect(top("ec2")).toEqual([["Amazon EC2", 0.94]]);
    expect(top("sqs")).toEqual([["Amazon SQS", 0.94]]);
    expect(top("cloud build")).toEqual([["Google Cloud Build", 0.99]]);
    expect(top("azure devops")).toEqual([["Azure DevOps", 1]]);
    expect(top("ms project")).toEqual([["Microsoft Project", 0.99]]);
    expect(top("spanner emulator")).toEqual([["Google Cloud Spanner", 0.88]]);
  });
});
