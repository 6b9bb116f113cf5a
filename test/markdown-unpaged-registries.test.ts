import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../src/catalog/load.js";
import type { Registry } from "../src/catalog/types.js";
import { toMarkdown } from "../src/document/markdown.js";
import type { StackDocument, ToolEntry } from "../src/types.js";

// A repository's catalog may add a registry of its own whose packages have no page (an internal
// artifact store, its entries named group:artifact as Maven's are). Beside the built-in Maven
// registry, each named package goes in the table of the registry filed under its own category and
// sub-category, not in the first registry without pages.

const doc = (tools: ToolEntry[]): StackDocument => ({
  repo_name: "acme/billing",
  report_id: "x",
  version: 0.1,
  repo_type: "Private",
  timestamp: "2024-03-05 10:00:00.000000000 Z",
  requested_by: "ada",
  provider: "github",
  branch: "main",
  detected_tools_count: tools.length,
  tools,
});

const slf4j: ToolEntry = { name: "org.slf4j:slf4j-api", version: "2.0.9", category: "Libraries", sub_category: "Maven Packages", detection_source: "pom.xml" };
const billing: ToolEntry = { name: "com.acme:billing-core", version: "3.4.0", category: "Libraries", sub_category: "Acme Artifactory Packages", detection_source: "pom.xml" };

const withArtifactory = (registry: Registry) => new Map<string, Registry>([...builtinCatalog().registries, ["acme-artifactory", registry]]);

/** The package tables' headings (`## Apache Maven (1)`), the group heading above them aside. */
const tableHeadings = (md: string) => md.split("\n").filter((line) => /^## (?!<img src='https:\/\/img\.stackshare\.io\/group).* \(\d+\)$/.test(line));

describe("package tables of two registries without pages", () => {
  it("each named package is filed under its own registry's table", () => {
    const registries = withArtifactory({ category: "Libraries", sub_category: "Acme Artifactory Packages", title: "Acme Artifactory" });
    const md = toMarkdown(doc([slf4j, billing]), registries);
    expect(tableHeadings(md)).toEqual([expect.stringMatching(/ Acme Artifactory \(1\)$/), expect.stringMatching(/ Apache Maven \(1\)$/)]);
    expect(md).toContain("## Acme Artifactory (1)\n\n|NAME|VERSION|LAST UPDATED|LAST UPDATED BY|LICENSE|VULNERABILITIES|\n|:------|:------|:------|:------|:------|:------|\n|com.acme:billing-core|v3.4.0|");
    expect(md).toContain("|[org.slf4j:slf4j-api](https://central.sonatype.com/artifact/org.slf4j/slf4j-api)|v2.0.9|");
  });
});
