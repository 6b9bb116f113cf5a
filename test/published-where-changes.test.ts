import { describe, expect, it } from "vitest";
import { placeChanges } from "../src/document/published-where.js";
import type { StackDocument } from "../src/types.js";

// placeChanges() is what `check` weighs to say a committed techstack.yml names another repository
// than the checkout's remote. Stop 69's mutation round found no test of a self-hosted forge's links,
// of a header written without its provider, of a document with no links, or of a hand-edited tools list.

function stack(header: Record<string, unknown>, links: unknown[] = []): StackDocument {
  return { ...header, tools: links.map((link, i) => (link === null ? null : { name: `Tool ${i}`, detection_source_url: link })) } as unknown as StackDocument;
}

describe("where a stack document says its repository is published", () => {
  it("a self-hosted GitLab moved to another host: the same name and provider, the page its links open changed", () => {
    const before = stack({ repo_name: "platform/shop", provider: "gitlab" }, ["https://gitlab.acme.io/platform/shop/-/blob/main/package.json"]);
    const after = stack({ repo_name: "platform/shop", provider: "gitlab" }, ["https://git.acme.dev/platform/shop/-/blob/main/package.json"]);
    expect(placeChanges(before, after)).toEqual([{ field: "repository page", from: "https://gitlab.acme.io/platform/shop", to: "https://git.acme.dev/platform/shop" }]);
  });

  it("a renamed repository whose document lists no tools: the page from the header alone", () => {
    const before = stack({ repo_name: "acme/shop", provider: "github" });
    const after = stack({ repo_name: "acme/storefront", provider: "github" });
    expect(placeChanges(before, after)).toEqual([
      { field: "repo_name", from: "acme/shop", to: "acme/storefront" },
      { field: "repository page", from: "https://github.com/acme/shop", to: "https://github.com/acme/storefront" },
    ]);
  });

  it("a committed header written by hand without provider and repo_name: each from nothing", () => {
    const after = stack({ repo_name: "acme/shop", provider: "github" }, ["https://github.com/acme/shop/blob/main/package.json"]);
    expect(placeChanges(stack({}), after)).toEqual([
      { field: "repo_name", from: "", to: "acme/shop" },
      { field: "provider", from: "", to: "github" },
      { field: "repository page", from: "", to: "https://github.com/acme/shop" },
    ]);
  });

  it("a hand-edited tools list (an empty entry, a link that is a number) is read for the links it has", () => {
    const header = { repo_name: "platform/shop", provider: "gitlab" };
    const before = stack(header, [null, 42, "https://gitlab.acme.io/platform/shop/-/blob/main/go.mod"]);
    const after = stack(header, ["https://gitlab.acme.io/platform/shop/-/blob/main/go.mod"]);
    expect(placeChanges(before, after)).toEqual([]);
  });
});
