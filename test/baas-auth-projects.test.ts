import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// Backend-as-a-service and authentication projects as their own tools lay them out (an audit of
// Firebase, Supabase, Amplify, Appwrite, PocketBase, Convex, Keycloak, Auth0, Clerk, ORY, Okta repositories).

const tools = async (files: Record<string, string>) => {
  const { document, warnings } = await scan(new MemorySource(files), { git: false });
  expect(warnings).toEqual([]);
  return Object.fromEntries(document.tools.map((t) => [t.name, `${t.version ?? ""} ${t.detection_source}`.trim()]));
};

const npmLock = (deps: Record<string, string>) =>
  JSON.stringify({
    name: "app",
    lockfileVersion: 3,
    requires: true,
    packages: { "": { name: "app", dependencies: Object.fromEntries(Object.keys(deps).map((d) => [d, "^" + deps[d]])) }, ...Object.fromEntries(Object.entries(deps).map(([d, v]) => [`node_modules/${d}`, { version: v, license: "MIT" }])) },
  });
const npmApp = (deps: Record<string, string>, dir = "") => ({
  [`${dir}package.json`]: JSON.stringify({ name: "app", private: true, dependencies: Object.fromEntries(Object.keys(deps).map((d) => [d, "^" + deps[d]])) }),
  [`${dir}package-lock.json`]: npmLock(deps),
});

describe("Convex", () => {
  it("its convex package names Convex beside the convex/ folder it deploys", async () => {
    const found = await tools({
      ...npmApp({ convex: "1.12.1", react: "18.3.1" }),
      "convex.json": '{ "functions": "convex/" }\n',
      "convex/schema.ts": 'import { defineSchema, defineTable } from "convex/server";\nexport default defineSchema({ messages: defineTable({}) });\n',
    });
    expect(found["Convex"]).toBeDefined();
    expect(found["convex"]).toBe("1.12.1 package.json");
  });
});

describe("ORY Kratos and Hydra", () => {
  it("their server images name them at the image's release; their own generated clients name them too", async () => {
    const compose = "services:\n  kratos:\n    image: oryd/kratos:v1.1.0\n    command: serve -c /etc/config/kratos/kratos.yml --dev\n  hydra:\n    image: oryd/hydra:v2.2.0\n    command: serve all --dev\n";
    const found = await tools({ "docker-compose.yml": compose });
    expect(found["ORY Kratos"]).toBe("1.1.0 docker-compose.yml");
    expect(found["ORY Hydra"]).toBe("2.2.0 docker-compose.yml");
    const sdk = await tools(npmApp({ "@ory/kratos-client": "1.1.0", "@ory/hydra-client": "2.2.0" }));
    expect(sdk["ORY Kratos"]).toBe("1.1.0 package.json");
    expect(sdk["ORY Hydra"]).toBe("2.2.0 package.json");
  });
});

describe("Appwrite", () => {
  it("the CLI's appwrite.json names Appwrite; its SDKs name it without their own 14.x / 11.x releases", async () => {
    const found = await tools({
      "appwrite.json": JSON.stringify({ projectId: "65a1b2c3", projectName: "Acme", functions: [{ $id: "hello", runtime: "node-18.0", path: "functions/hello" }] }),
    });
    expect(found["Appwrite"]).toBe("appwrite.json");
    const modern = await tools({ "appwrite.config.json": JSON.stringify({ projectId: "65a1b2c3", tablesDB: [] }) });
    expect(modern["Appwrite"]).toBe("appwrite.config.json");
    const sdk = await tools({ ...npmApp({ appwrite: "14.0.1" }), ...npmApp({ "node-appwrite": "11.1.0" }, "functions/hello/") });
    expect(sdk["Appwrite"]).toBe("package.json");
    expect(sdk["appwrite"]).toBe("14.0.1 package.json");
    expect(sdk["node-appwrite"]).toBe("11.1.0 functions/hello/package.json");
    const flutter = await tools({ "pubspec.yaml": "name: app\nenvironment:\n  sdk: '>=3.0.0 <4.0.0'\ndependencies:\n  appwrite: ^12.0.1\n  pocketbase: ^0.18.1\n" });
    expect(flutter["Appwrite"]).toBe("pubspec.yaml");
    expect(flutter["PocketBase"]).toBe("pubspec.yaml");
  });
});

describe("PocketBase", () => {
  it("its pb_hooks and pb_migrations name it; the JavaScript SDK names it without the SDK's release", async () => {
    const hooks = await tools({ "pb_hooks/main.pb.js": 'routerAdd("GET", "/hello/:name", (c) => c.json(200, {}))\n' });
    expect(hooks["PocketBase"]).toBe("pb_hooks/main.pb.js");
    const migrations = await tools({ "backend/pb_migrations/1712345678_created_posts.js": "migrate((db) => {}, (db) => {})\n" });
    expect(migrations["PocketBase"]).toBe("backend/pb_migrations/1712345678_created_posts.js");
    const sdk = await tools(npmApp({ pocketbase: "0.21.3" }, "web/"));
    expect(sdk["PocketBase"]).toBe("web/package.json");
    expect(sdk["pocketbase"]).toBe("0.21.3 web/package.json");
    // a hooks folder's plain scripts and a lone migrations folder elsewhere name nothing
    expect((await tools({ "pb_hooks/util.js": "module.exports = {}\n", "db/migrations/001.js": "exports.up = () => {}\n" }))["PocketBase"]).toBeUndefined();
  });
});

describe("AWS Amplify (Gen 1)", () => {
  it("the Amplify CLI's project under amplify/ names it with no aws-amplify package (a native app's)", async () => {
    const found = await tools({
      "amplify/.config/project-config.json": JSON.stringify({ projectName: "notes", version: "3.1", frontend: "ios", providers: ["awscloudformation"] }),
      "amplify/backend/backend-config.json": JSON.stringify({ auth: { notesauth: { service: "Cognito", providerPlugin: "awscloudformation" } } }),
    });
    expect(found["AWS Amplify"]).toBe("amplify/.config/project-config.json");
  });
});

describe("Auth0", () => {
  it("its Deploy CLI, which a repository keeping its tenant as tenant.yaml installs, names Auth0", async () => {
    const found = await tools({ ...npmApp({ "auth0-deploy-cli": "7.22.1" }), "tenant/tenant.yaml": "tenant:\n  friendly_name: Acme\nclients:\n  - name: Acme Web\n    app_type: regular_web\n" });
    expect(found["Auth0"]).toBe("package.json");
    expect(found["auth0-deploy-cli"]).toBe("7.22.1 package.json");
  });
});
