import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

const tools = async (manifest: Record<string, unknown>) =>
  (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false })).document.tools;

describe("GraphQL servers' packages", () => {
  it("Apollo Server 3's Lambda and Koa integrations give Apollo the server's release", async () => {
    const lambda = await tools({ name: "gql-lambda", dependencies: { "apollo-server-lambda": "^3.13.0", graphql: "^16.8.1" }, devDependencies: { serverless: "^3.38.0" } });
    expect(tool(lambda, "Apollo")?.version).toBe("3.13.0");
    const koa = await tools({ name: "gql-koa", dependencies: { "apollo-server-koa": "^2.26.0", koa: "^2.13.4", graphql: "^15.8.0" } });
    expect(tool(koa, "Apollo")?.version).toBe("2.26.0");
    expect(tool(koa, "Koa")?.version).toBe("2.13.4");
  });

  it("GraphQL Yoga 2's @graphql-yoga/node is Yoga at its release; a plugin names it without its own", async () => {
    const yoga2 = await tools({ name: "yoga2", dependencies: { "@graphql-yoga/node": "^2.13.13", graphql: "^16.6.0" } });
    expect(tool(yoga2, "graphql-yoga")?.version).toBe("2.13.13");
    const yoga5 = await tools({ name: "yoga5", dependencies: { "graphql-yoga": "^5.10.4", "@graphql-yoga/plugin-response-cache": "^3.12.6" } });
    expect(tool(yoga5, "graphql-yoga")?.version).toBe("5.10.4");
    const pluginOnly = await tools({ name: "plugin", dependencies: { "@graphql-yoga/redis-event-target": "^3.0.1" } });
    expect(tool(pluginOnly, "graphql-yoga")).toBeDefined();
    expect(tool(pluginOnly, "graphql-yoga")?.version).toBeUndefined();
  });
});
