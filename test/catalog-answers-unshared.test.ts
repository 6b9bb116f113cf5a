import { describe, expect, it } from "vitest";
import { Catalog, parseCatalogFile } from "../src/index.js";

// A JavaScript caller (no ReadonlyMap / readonly string[] types to stop it) that changes a list or map
// a catalog answered with must not change what the catalog answers next: the lists were the index's
// own, so a push onto `entries("npm").get("react")` made every later lookup of react name Vue too.
const source = parseCatalogFile(`
tools:
  - { id: react, name: React }
  - { id: vue, name: Vue }
  - { id: nuget, name: NuGet }
  - { id: hashicorp-terraform, name: Terraform }
matchers:
  npm:
    react: react
    "@vue/*": vue
  file:
    "*.csproj": nuget
  docker:
    hashicorp/terraform: [~, hashicorp-terraform]
`);

/** Runs a caller's change, which may throw (a frozen list refuses it): either way the next answers must hold. */
function tryTo(change: () => unknown): void {
  try {
    change();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
  }
}

describe("a catalog's answers, changed by the caller", () => {
  it("a change to entries()' lists or map reaches no later lookup", () => {
    const c = new Catalog(source);
    tryTo(() => (c.entries("npm").get("react") as string[]).push("vue"));
    tryTo(() => (c.entries("npm").get("@vue/*") as string[]).splice(0, 1));
    tryTo(() => (c.entries("file") as Map<string, string[]>).delete("*.csproj"));
    tryTo(() => (c.entries("npm") as Map<string, string[]>).set("vue", ["vue"]));
    expect(c.ids("npm", "react")).toEqual(["react"]);
    expect(c.match("npm", "react").map((t) => t.name)).toEqual(["React"]);
    expect(c.ids("npm", "@vue/compiler-sfc")).toEqual(["vue"]);
    expect(c.ids("npm", "vue")).toEqual([]);
    expect([...c.entries("file")]).toEqual([["*.csproj", ["nuget"]]]);
    expect(c.entries("npm").get("react")).toEqual(["react"]);
    expect(c.reveals("npm", "vue")).toBe(true);
  });

  it("a change to ids()' list reaches no later lookup", () => {
    const c = new Catalog(source);
    tryTo(() => (c.ids("npm", "react") as string[]).push("vue"));
    tryTo(() => (c.ids("npm", "no-such-package") as string[]).push("vue"));
    tryTo(() => (c.ids("npm", "@vue/runtime-dom") as string[]).length = 0);
    expect(c.ids("npm", "react")).toEqual(["react"]);
    expect(c.ids("npm", "no-such-package")).toEqual([]);
    expect(c.ids("npm", "@vue/runtime-dom")).toEqual(["vue"]);
  });

  it("a change to matchedKey()'s ids reaches no later lookup", () => {
    const c = new Catalog(source);
    const key = c.matchedKey("docker", "hashicorp/terraform")!;
    tryTo(() => (key.ids.ids as string[]).push("react"));
    tryTo(() => ((key.ids as { versionless: boolean }).versionless = false));
    tryTo(() => (c.matchedKey("npm", "react")!.ids.packageOnlyIds as string[]).push("vue"));
    expect(c.ids("docker", "hashicorp/terraform")).toEqual(["hashicorp-terraform"]);
    expect(c.versionless("docker", "hashicorp/terraform")).toBe(true);
    expect(c.match("npm", "react", true).map((t) => t.id)).toEqual(["react"]);
  });

  it("a change to kindNames()' list reaches no later answer", () => {
    const c = new Catalog(source);
    tryTo(() => c.kindNames().splice(0));
    expect(c.kindNames()).toEqual(["npm", "file", "docker"]);
  });
});
