import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Packages that bind a tool for one side of an app, each on its own numbering: Apollo Client
// (the site's Apollo is Apollo Server, and takes apollo-server's release: held-out
// MunBrian/Hackernew_React_Apollo, SirHarveyBix/Blog) and React-Bootstrap (the site names
// Bootstrap from it alone: held-out MunBrian/MaridhaSytm).
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const byName = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);
const lockOf = (manifest: { name: string; dependencies: Record<string, string> }, versions: Record<string, string>) =>
  JSON.stringify({
    name: manifest.name,
    lockfileVersion: 3,
    packages: { "": manifest, ...Object.fromEntries(Object.entries(versions).map(([n, v]) => [`node_modules/${n}`, { version: v }])) },
  });

describe("client bindings numbered apart from their tool", () => {
  it("Apollo takes apollo-server's release, not the client's, in a repository declaring both", async () => {
    const web = { name: "hackernews-react-apollo", dependencies: { "@apollo/client": "^3.8.7", graphql: "^16.8.1", react: "^18.2.0", "react-dom": "^18.2.0" } };
    const server = { name: "hackernews-node", dependencies: { "@prisma/client": "^3.8.1", "apollo-server": "^2.19.0", bcryptjs: "^2.4.3" } };
    const files = {
      "package.json": JSON.stringify(web),
      "package-lock.json": lockOf(web, { "@apollo/client": "3.8.7", graphql: "16.8.1", react: "18.2.0", "react-dom": "18.2.0" }),
      "server/package.json": JSON.stringify(server),
      "server/package-lock.json": lockOf(server, { "@prisma/client": "3.8.1", "apollo-server": "2.19.0", bcryptjs: "2.4.3" }),
    };
    const { document } = await scan(new MemorySource(files), opts);
    expect(byName(document.tools, "Apollo")).toMatchObject({ version: "2.19.0", detection_source: "server/package.json" });
    expect(document.tools.find((t) => t.package_url && t.name === "@apollo/client")).toMatchObject({ version: "3.8.7" });
  });

  it("@apollo/client alone names Apollo without its own release", async () => {
    const manifest = { name: "web", dependencies: { "@apollo/client": "^3.7.2", react: "^18.2.0" } };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": lockOf(manifest, { "@apollo/client": "3.7.2", react: "18.2.0" }) }), opts);
    const apollo = byName(document.tools, "Apollo");
    expect(apollo).toBeDefined();
    expect(apollo?.version).toBeUndefined();
  });

  it("react-bootstrap alone names Bootstrap, without lending it react-bootstrap's 2.x", async () => {
    const manifest = { name: "maridhasystem", dependencies: { express: "^4.18.2", mongoose: "^6.7.1", "react-bootstrap": "^2.6.0" } };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": lockOf(manifest, { express: "4.18.2", mongoose: "6.7.1", "react-bootstrap": "2.6.0" }) }), opts);
    const bootstrap = byName(document.tools, "Bootstrap");
    expect(bootstrap).toMatchObject({ detection_source: "package.json" });
    expect(bootstrap?.version).toBeUndefined();
    expect(byName(document.tools, "React Bootstrap")).toBeUndefined();
  });

  it("beside `bootstrap`, Bootstrap keeps bootstrap's own release", async () => {
    const manifest = { name: "site", dependencies: { bootstrap: "^5.2.3", "react-bootstrap": "^2.7.0", react: "^18.2.0" } };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": lockOf(manifest, { bootstrap: "5.2.3", "react-bootstrap": "2.7.0", react: "18.2.0" }) }), opts);
    expect(byName(document.tools, "Bootstrap")).toMatchObject({ version: "5.2.3" });
  });
});
