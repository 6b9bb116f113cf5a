import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// Two SQL clients the site lists as packages without naming a tool from them (npm knex: 3 of 3
// repositories, 3 owners; Go's lib/pq: 4 of 4, 4 owners). Their tools still come from what shows
// them for themselves: a knexfile, a database image.
describe("SQL clients the site lists only as packages", () => {
  // Modelled on a Feathers API on PostgreSQL through Knex, and a Go service on lib/pq.
  const manifest = JSON.stringify({
    name: "api",
    dependencies: { "@feathersjs/feathers": "^5.0.11", "@feathersjs/knex": "^5.0.11", knex: "^2.5.1", pg: "^8.11.3" },
  });
  const goMod = "module example.com/orders\n\ngo 1.21\n\nrequire (\n\tgithub.com/gorilla/mux v1.8.1\n\tgithub.com/lib/pq v1.10.9\n)\n";
  const tree = { "package.json": manifest, "service/go.mod": goMod };

  it("knex and lib/pq are package entries naming neither Knex.js nor PostgreSQL", async () => {
    const { document } = await scan(new MemorySource(tree), { git: false });
    expect(tool(document.tools, "Knex.js")).toBeUndefined();
    expect(pkg(document.tools, "knex")).toBeDefined();
    expect(pkg(document.tools, "pq")?.version).toBe("1.10.9");
    // pg, node-postgres, still names PostgreSQL, as the site names it
    expect(tool(document.tools, "PostgreSQL")?.detection_source).toBe("package.json");
    const goOnly = await scan(new MemorySource({ "service/go.mod": goMod }), { git: false });
    expect(tool(goOnly.document.tools, "PostgreSQL")).toBeUndefined();
    expect(tool(goOnly.document.tools, "Golang")).toBeDefined();
  });

  it("both are named with --all-tools, and Knex.js from its knexfile", async () => {
    const all = await scan(new MemorySource({ "service/go.mod": goMod, "package.json": manifest }), { git: false, allTools: true });
    expect(tool(all.document.tools, "Knex.js")).toBeDefined();
    expect(tool(all.document.tools, "PostgreSQL")).toBeDefined();
    const knexfile = await scan(new MemorySource({ ...tree, "knexfile.js": "module.exports = { client: 'pg' };\n" }), { git: false });
    expect(tool(knexfile.document.tools, "Knex.js")?.detection_source).toBe("knexfile.js");
  });
});
