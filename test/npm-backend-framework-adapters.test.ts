import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

/** A package-lock.json v3 for a root manifest, each package at the release given. */
function lockOf(manifest: Record<string, unknown>, versions: Record<string, string>): string {
  const packages: Record<string, unknown> = { "": { name: manifest.name, dependencies: manifest.dependencies } };
  for (const [name, version] of Object.entries(versions)) packages[`node_modules/${name}`] = { version, resolved: `https://registry.npmjs.org/${name}/-/${name.split("/").pop()}-${version}.tgz` };
  return JSON.stringify({ name: manifest.name, lockfileVersion: 3, requires: true, packages });
}

describe("backend frameworks' bindings and database adapters", () => {
  it("a Feathers 5 app on Koa names Koa and Socket.IO at the releases installed, Feathers at its own", async () => {
    const manifest = {
      name: "chat-api",
      dependencies: { "@feathersjs/feathers": "^5.0.14", "@feathersjs/koa": "^5.0.14", "@feathersjs/socketio": "^5.0.14", "@feathersjs/mongodb": "^5.0.14", mongodb: "^6.3.0" },
    };
    const lock = lockOf(manifest, { "@feathersjs/feathers": "5.0.14", "@feathersjs/koa": "5.0.14", "@feathersjs/socketio": "5.0.14", "@feathersjs/mongodb": "5.0.14", mongodb: "6.3.0", koa: "2.15.0", "socket.io": "4.7.4" });
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": lock }), { git: false });
    expect(tool(document.tools, "FeathersJS")?.version).toBe("5.0.14");
    expect(tool(document.tools, "Koa")).toMatchObject({ version: "2.15.0", detection_source_url: "package-lock.json" });
    expect(tool(document.tools, "Socket.IO")?.version).toBe("4.7.4");
    expect(tool(document.tools, "MongoDB")).toBeDefined();
    expect(tool(document.tools, "MongoDB")?.version).toBeUndefined();
    expect(pkg(document.tools, "@feathersjs/koa")?.version).toBe("5.0.14");
  });

  it("a Feathers app on Express names Express, never at Feathers' numbering", async () => {
    const manifest = { name: "api", dependencies: { "@feathersjs/feathers": "^5.0.14", "@feathersjs/express": "^5.0.14" } };
    const lock = lockOf(manifest, { "@feathersjs/feathers": "5.0.14", "@feathersjs/express": "5.0.14", express: "4.18.2" });
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": lock }), { git: false });
    expect(tool(document.tools, "ExpressJS")?.version).toBe("4.18.2");
  });

  it("Sails', LoopBack's and Payload's own adapters name the database, without their numbering", async () => {
    const sails = { name: "sails-app", dependencies: { sails: "^1.5.8", "sails-postgresql": "^5.0.1", "sails-hook-orm": "^4.0.0" } };
    const loopback = { name: "lb-app", dependencies: { "@loopback/core": "^5.1.5", "loopback-connector-mysql": "^7.0.6" } };
    const payload = { name: "cms", dependencies: { payload: "^2.8.2", "@payloadcms/db-mongodb": "^1.2.0", "@payloadcms/bundler-webpack": "^1.0.5" } };
    const one = async (manifest: Record<string, unknown>) => (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false })).document.tools;
    const s = await one(sails);
    expect(tool(s, "PostgreSQL")).toBeDefined();
    expect(tool(s, "PostgreSQL")?.version).toBeUndefined();
    expect(tool(s, "Sails.js")?.version).toBe("1.5.8");
    const l = await one(loopback);
    expect(tool(l, "MySQL")).toBeDefined();
    expect(tool(l, "MySQL")?.version).toBeUndefined();
    const p = await one(payload);
    expect(tool(p, "MongoDB")).toBeDefined();
    expect(tool(p, "Payload CMS")?.version).toBe("2.8.2");
  });

  it("a NestJS app's Redis cache stores name Redis, never at the store's numbering", async () => {
    for (const store of ["cache-manager-redis-yet", "@keyv/redis"]) {
      const manifest = { name: "api", dependencies: { "@nestjs/core": "^10.3.0", "@nestjs/cache-manager": "^2.2.1", "cache-manager": "^5.4.0", [store]: "^4.1.2" } };
      const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false });
      expect(tool(document.tools, "Redis"), store).toBeDefined();
      expect(tool(document.tools, "Redis")?.version, store).toBeUndefined();
    }
  });

  it("an AdonisJS 6 app's own Redis module names Redis, AdonisJS at @adonisjs/core's release", async () => {
    const manifest = { name: "adonis6", type: "module", dependencies: { "@adonisjs/core": "^6.14.1", "@adonisjs/redis": "^9.1.0", "@adonisjs/lucid": "^21.3.0", mysql2: "^3.11.3" } };
    const lock = lockOf(manifest, { "@adonisjs/core": "6.14.1", "@adonisjs/redis": "9.1.0", "@adonisjs/lucid": "21.3.0", mysql2: "3.11.3", ioredis: "5.4.1" });
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": lock, "adonisrc.ts": "export default {}\n" }), { git: false });
    expect(tool(document.tools, "AdonisJS")?.version).toBe("6.14.1");
    expect(tool(document.tools, "Redis")).toBeDefined();
    expect(tool(document.tools, "Redis")?.version).toBeUndefined();
  });

  it("KeystoneJS 5's database adapters name the database, Keystone at @keystonejs/keystone's release", async () => {
    const manifest = { name: "cms", dependencies: { "@keystonejs/keystone": "^19.3.3", "@keystonejs/adapter-mongoose": "^11.2.2", "@keystonejs/app-admin-ui": "^7.5.2" } };
    const found = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false })).document.tools;
    expect(tool(found, "KeystoneJS")?.version).toBe("19.3.3");
    expect(tool(found, "MongoDB")).toBeDefined();
    expect(tool(found, "MongoDB")?.version).toBeUndefined();
    const knex = { name: "cms", dependencies: { "@keystonejs/keystone": "^19.3.3", "@keystonejs/adapter-knex": "^13.3.2" } };
    expect(tool((await scan(new MemorySource({ "package.json": JSON.stringify(knex) }), { git: false })).document.tools, "PostgreSQL")).toBeDefined();
  });

  it("Fastify's database plugins name Fastify and the database, neither at the plugin's numbering", async () => {
    const manifest = { name: "svc", dependencies: { "@fastify/mongodb": "^8.0.0", "@fastify/redis": "^6.1.1", "@fastify/cors": "^8.5.0" } };
    const lock = lockOf(manifest, { "@fastify/mongodb": "8.0.0", "@fastify/redis": "6.1.1", "@fastify/cors": "8.5.0", fastify: "4.25.2", mongodb: "6.3.0", ioredis: "5.3.2" });
    const found = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": lock }), { git: false })).document.tools;
    expect(tool(found, "Fastify")?.version).toBe("4.25.2");
    for (const name of ["MongoDB", "Redis"]) {
      expect(tool(found, name), name).toBeDefined();
      expect(tool(found, name)?.version, name).toBeUndefined();
    }
  });

  it("an AdonisJS 4 app (no @adonisjs/core yet) names AdonisJS, not at its framework package's numbering", async () => {
    const manifest = { name: "adonis-fullstack-app", dependencies: { "@adonisjs/ace": "^5.0.8", "@adonisjs/fold": "^4.0.9", "@adonisjs/framework": "^5.0.9", "@adonisjs/ignitor": "^2.0.8", "@adonisjs/lucid": "^6.1.3" } };
    const found = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false })).document.tools;
    expect(tool(found, "AdonisJS")).toBeDefined();
    expect(tool(found, "AdonisJS")?.version).toBeUndefined();
  });

  it("a Strapi 3 app on its Mongoose connector names MongoDB, Strapi at its own release", async () => {
    const manifest = { name: "blog", dependencies: { strapi: "3.6.8", "strapi-admin": "3.6.8", "strapi-connector-mongoose": "3.6.8", "strapi-plugin-users-permissions": "3.6.8" } };
    const found = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false })).document.tools;
    expect(tool(found, "Strapi")?.version).toBe("3.6.8");
    expect(tool(found, "MongoDB")).toBeDefined();
    expect(tool(found, "MongoDB")?.version).toBeUndefined();
  });
});
