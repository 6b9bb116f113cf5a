import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { isClear } from "../src/catalog/clear-match.js";

// What a user copies into a submission prompt from a workflow, a Gradle script, a file listing or
// a browser: GitHub Actions and Gradle plugin ids are read through the catalog's matchers as package
// and image names are; a file name through its file matchers; a web address as the tool whose site
// it is. Each of these failed before (nothing, or a stem's or near-spelling's wrong guess).
const catalog = builtinCatalog();
const first = (q: string) => {
  const [best] = resolve(catalog, q, 3);
  return best && { name: best.tool.name, by: best.matchedBy };
};

describe("names copied from a workflow, a build script or a file listing", () => {
  it("read a GitHub Action, with or without its @ref, as its matcher's tool", () => {
    expect(first("hashicorp/setup-terraform@v3")).toEqual({ name: "Terraform", by: "package" });
    expect(first("subosito/flutter-action")).toEqual({ name: "Flutter", by: "package" });
  });

  it("read a Gradle plugin id as its matcher's tool", () => {
    expect(first("org.jetbrains.kotlin.jvm")).toEqual({ name: "Kotlin", by: "package" });
  });

  it("read a file name or a path from the root as the file matchers' tools, the first glob's tool first", () => {
    expect(resolve(catalog, "./helmfile.yaml", 3).map((r) => r.tool.name)).toEqual(["Helmfile", "Kubernetes", "Helm"]);
    expect(resolve(catalog, "./Chart.yaml", 1).map((r) => r.tool.name)).toEqual(["Kubernetes"]);
    expect(first(".circleci/config.yml")).toEqual({ name: "CircleCI", by: "package" });
    expect(first("turbo.json")?.name).toBe("Turborepo");
  });

  it("take no data file's name before its dot for a tool, nor its spelling for a confident guess", () => {
    for (const q of ["README.md", "CHANGELOG.md", "notes.txt"]) {
      const matches = resolve(catalog, q, 10);
      expect(isClear(matches), `${q}: ${matches[0]?.tool.name} ${matches[0]?.score}`).toBe(false);
    }
  });
});

describe("web addresses", () => {
  it("are the tool whose site they are, or a page of", () => {
    expect(first("https://redis.io")).toEqual({ name: "Redis", by: "website" });
    expect(first("https://nodejs.org/en/download")).toEqual({ name: "Node.js", by: "website" });
    expect(first("aws.amazon.com/s3/pricing")).toEqual({ name: "Amazon S3", by: "website" });
    expect(first("https://github.com")).toEqual({ name: "GitHub", by: "website" });
  });

  it("on a code host, are a repository named after its tool, and never the host's own tool", () => {
    expect(first("https://github.com/facebook/react")).toEqual({ name: "React", by: "website" });
    expect(first("github.com/vercel/next.js")?.name).toBe("Next.js");
    expect(resolve(catalog, "https://github.com/someone/my-dotfiles", 5).map((r) => r.tool.name)).not.toContain("GitHub");
  });

  // README: resolve-typed-names' 358 names all resolve right first; its "quay.io/keycloak/keycloak"
  // was read as a page of Quay.io's site (0.97), over the image Keycloak's matchers know (0.96).
  it("on a container registry's host, typed without a scheme, are the image it holds, not the registry's site", () => {
    expect(first("quay.io/keycloak/keycloak")).toEqual({ name: "Keycloak", by: "package" });
    expect(first("quay.io/prometheus/prometheus:v2.53.0")?.name).toBe("Prometheus");
    // The registry's own address, or a page of its site typed as one, is still the registry.
    expect(first("quay.io")?.name).toBe("Quay.io");
    expect(first("https://quay.io/repository/keycloak/keycloak")).toEqual({ name: "Quay.io", by: "website" });
  });

  it("of the site's own tool pages, are the tool of that slug", () => {
    expect(first("https://stackshare.io/mongodb")).toEqual({ name: "MongoDB", by: "website" });
    expect(resolve(catalog, "https://stackshare.io/stackups/a-vs-b", 5)).toEqual([]);
  });

  it("are no host where a port follows, nor where no tool's site is", () => {
    expect(resolve(catalog, "localhost:8080", 5).filter((r) => r.score >= 0.6)).toEqual([]);
    expect(resolve(catalog, "https://example.com", 5)).toEqual([]);
    // A tool's own site is one.
    expect(resolve(catalog, "https://www.terraform.io", 1)[0]?.tool.name).toBe("Terraform");
  });
});
