import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { manualDocument } from "../src/cli/manual-document.js";
import { resolveCommand } from "../src/cli/commands/resolve.js";
import { call, tempDir } from "./helpers.js";
import { filledManualEntry } from "../src/cli/manual-entries.js";
import { builtinCatalog, Catalog } from "../src/index.js";
import { builtinSource } from "../src/catalog/load.js";
import type { ToolEntry } from "../src/types.js";

// A tool of the site's list the catalog leaves out (catalog/site-list.tsv), named by hand, is an
// entry like any other: `submit --manual "cloudflare r2" "vercel kv" "aws copilot" --yes` sent
// CloudFlare, Vercel and AWS, then, once resolve found them, nothing ("no tool was chosen").
describe("--manual names of tools the site lists and the catalog leaves out", () => {
  afterEach(() => vi.restoreAllMocks());
  const stderr = () => vi.spyOn(process.stderr, "write").mockImplementation(() => true);

  it("are entries with the site's name, category and sub-category, and no web site, beside catalog tools", async () => {
    const said = stderr();
    const doc = await manualDocument(tempDir("techstack-listed-"), ["cloudflare r2", "vercel kv", "aws copilot", "redis"], true);
    const entries = doc.tools.map((t) => [t.name, t.category, t.sub_category, t.website_url, t.detection_source]);
    expect(entries).toEqual(
      expect.arrayContaining([
        ["Cloudflare R2", "Data Stores", "Cloud Storage", undefined, "manual"],
        ["Vercel KV", "Data Stores", "Redis Hosting", undefined, "manual"],
        ["AWS Copilot", "Build, Test, Deploy", "Container Tools", undefined, "manual"],
      ]),
    );
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["AWS Copilot", "Cloudflare R2", "Redis", "Vercel KV"]);
    // The list says nothing of a tool's source or hosting: no open_source or hosted_saas is made up
    // (it wrote false for both); the catalog's Redis has its own.
    const flags = Object.fromEntries(doc.tools.map((t) => [t.name, [t.open_source, t.hosted_saas]]));
    expect(flags).toEqual({ "AWS Copilot": [undefined, undefined], "Cloudflare R2": [undefined, undefined], Redis: [true, false], "Vercel KV": [undefined, undefined] });
    // Each is said, so a generic word taken as the site's tool of that name is seen before it is sent.
    expect(said.mock.calls.map(([text]) => String(text))).toContain("'cloudflare r2' taken as Cloudflare R2 (Data Stores / Cloud Storage), a tool of the site's list that scans do not detect\n");
  });

  // The list knows no page of its tools: one named by its repository's address has that page.
  it("named by the address of its repository (a clone's too), has that address as its web site", async () => {
    const said = stderr();
    const doc = await manualDocument(tempDir("techstack-listed-"), ["https://github.com/techfort/LokiJS.git", "github.com/vercel/next.js"], true);
    expect(doc.tools.map((t) => [t.name, t.website_url, t.sub_category]).sort()).toEqual([
      ["LokiJS", "https://github.com/techfort/LokiJS", "In-Memory Databases"],
      ["Next.js", "https://nextjs.org/", "Frameworks (Full Stack)"],
    ]);
    expect(said.mock.calls.map(([text]) => String(text))).toContain("'https://github.com/techfort/LokiJS.git' taken as LokiJS (Data Stores / In-Memory Databases), a tool of the site's list that scans do not detect\n");
    // Named by its name, it has none still.
    expect((await manualDocument(tempDir("techstack-listed-"), ["lokijs"], true)).tools[0]?.website_url).toBeUndefined();
  });

  // Only the list's tools take the address as their page: a tool of the repository's own catalog
  // written without a site, named by its repository's address, is that tool, said as a guess.
  it("a repository catalog's tool without a site, named by its repository's address, is no tool of the list", async () => {
    const said = stderr();
    const dir = tempDir("techstack-listed-");
    writeFileSync(join(dir, "techstack.catalog.yml"), "tools:\n  - id: acme-deployer\n    name: Acme Deployer\n    category: Build, Test, Deploy\n    sub_category: Deployment as a Service\n");
    const doc = await manualDocument(dir, ["github.com/acme/acme-deployer"], true);
    expect(doc.tools.map((t) => [t.name, t.website_url])).toEqual([["Acme Deployer", undefined]]);
    expect(said.mock.calls.map(([text]) => String(text))).toEqual(["'github.com/acme/acme-deployer' taken as Acme Deployer\n"]);
  });

  it("offered after a catalog tool of that alias, are named surely by their slug", async () => {
    stderr();
    const byAlias = await manualDocument(tempDir("techstack-listed-"), ["elastic"], true);
    expect(byAlias.tools.map((t) => t.name)).toEqual(["Elasticsearch"]);
    const bySlug = await manualDocument(tempDir("techstack-listed-"), ["elastic-go"], true);
    expect(bySlug.tools.map((t) => [t.name, t.sub_category])).toEqual([["Elastic", "Search Tools"]]);
  });

  it("whose name and slug are both a catalog tool's alias, are named surely by the site's page of them", async () => {
    stderr();
    const doc = await manualDocument(tempDir("techstack-listed-"), ["kube", "https://stackshare.io/kube", "stackshare.io/dynamo"], true);
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["Dynamo", "Kube", "Kubernetes"]);
  });

  it("whose name another tool may be meant by is no sure pick with --yes: its page on the site is", async () => {
    stderr();
    const error = await manualDocument(tempDir("techstack-listed-"), ["fiber", "zk"], true).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "TECHSTACK_UNSURE_NAME" });
    expect((error as Error).message).toContain("\n  'fiber' could be 'stackshare.io/fiber' (Fiber), 'react-three-fiber' or 'Autoprefixer'\n  'zk' could be 'stackshare.io/zk' (ZK)\n");
    const doc = await manualDocument(tempDir("techstack-listed-"), ["stackshare.io/fiber", "react-three-fiber"], true);
    expect(doc.tools.map((t) => [t.name, t.sub_category]).sort()).toEqual([["Fiber", "Mobile Prototyping & Interaction Design Tools"], ["react-three-fiber", "Game Development"]]);
  });

  it("are shown by techstack resolve, marked as the site's list's only", async () => {
    expect((await call(resolveCommand, ["cloudflare r2", "--limit", "2"])).stdout).toBe("cloudflare r2:\n  Cloudflare R2  0.99  Data Stores / Cloud Storage  (site list only)\n  CloudFlare  0.88  Assets and Media / Content Delivery Network\n");
    const json = JSON.parse((await call(resolveCommand, ["elastic", "--json", "--limit", "2"])).stdout) as unknown;
    expect(json).toEqual([{ query: "elastic", clear: true, matches: [{ id: "elasticsearch", name: "Elasticsearch", score: 0.99, matched_by: "alias" }, { id: "elastic-go", name: "Elastic", score: 0.985, matched_by: "name", site_list_only: true }] }]);
  });
});

// `write` fills a tool a user added to techstack.yml by hand (detection_source: manual) from what the
// catalog knows of it; one of the site's list the catalog leaves out was kept bare, with no category,
// though `submit --manual` and the picker give the same tool its category and sub-category.
describe("a hand entry naming a tool the site lists and the catalog leaves out", () => {
  const catalog = builtinCatalog();
  const fill = (entry: Record<string, unknown>, from: Catalog = catalog) => filledManualEntry({ detection_source: "manual", ...entry } as unknown as ToolEntry, from);

  it("gets the site's category and sub-category, as --manual writes the tool, by its name written exactly or but for case", () => {
    const filled = { name: "Cloudflare R2", category: "Data Stores", sub_category: "Cloud Storage", detection_source: "manual" };
    expect(fill({ name: "Cloudflare R2" })).toEqual(filled);
    expect(fill({ name: "cloudflare R2" })).toEqual({ ...filled, name: "cloudflare R2" });
    expect(Object.keys(fill({ name: "Vercel KV", version: "1.0.0" }))).toEqual(["name", "version", "category", "sub_category", "detection_source"]);
  });

  it("keeps what it writes itself; a slug, a near name or another catalog leaves it as written", () => {
    // A category of the user's own keeps the site's sub-category out: it belongs to another category.
    expect(fill({ name: "Vercel KV", category: "Databases", open_source: true })).toEqual({ name: "Vercel KV", open_source: true, category: "Databases", detection_source: "manual" });
    for (const name of ["cloudflare-r2", "Cloudflare R", "CloudflareR2"]) expect(fill({ name }), name).toEqual({ name, detection_source: "manual" });
    expect(fill({ name: "Cloudflare R2" }, new Catalog(builtinSource()))).toEqual({ name: "Cloudflare R2", detection_source: "manual" });
  });

  it("found by the catalog first: of two tools one but for case (ZAP the scanner, Zap the logger), the one written exactly, none for another case", () => {
    expect(fill({ name: "ZAP" })).toMatchObject({ name: "ZAP", sub_category: "Penetration Testing Tools" });
    expect(fill({ name: "Zap" })).toMatchObject({ name: "Zap", sub_category: "Logging Tools" });
    expect(fill({ name: "zap" })).toEqual({ name: "zap", detection_source: "manual" });
  });
});
