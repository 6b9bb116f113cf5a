import { describe, expect, it } from "vitest";
import { MemorySource } from "../src/sources/memory.js";
import { scan } from "../src/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";
import { expectFinishesWithin } from "./work-budget.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00Z" } as const;

// An npm alias installs another package under the declared name: a Preact app that keeps its
// React imports working, and a Tailwind 2 site on PostCSS 7 through Tailwind's compat build.
describe("npm aliases (`npm:other@range`)", () => {
  it("name the package they install, at the release the lockfile keeps under the declared name", async () => {
    const pkg = JSON.stringify({
      name: "widget",
      dependencies: { react: "npm:@preact/compat@^17.1.2", "react-dom": "npm:@preact/compat@^17.1.2", preact: "^10.19.3" },
      devDependencies: { tailwindcss: "npm:@tailwindcss/postcss7-compat@^2.2.17" },
    });
    const lock = JSON.stringify({
      name: "widget",
      lockfileVersion: 3,
      packages: {
        "": { name: "widget", dependencies: { react: "npm:@preact/compat@^17.1.2", "react-dom": "npm:@preact/compat@^17.1.2", preact: "^10.19.3" }, devDependencies: { tailwindcss: "npm:@tailwindcss/postcss7-compat@^2.2.17" } },
        "node_modules/preact": { version: "10.19.3", license: "MIT" },
        "node_modules/react": { name: "@preact/compat", version: "17.1.2", license: "MIT" },
        "node_modules/react-dom": { name: "@preact/compat", version: "17.1.2", license: "MIT" },
        "node_modules/tailwindcss": { name: "@tailwindcss/postcss7-compat", version: "2.2.17", dev: true, license: "MIT" },
      },
    });
    const { document } = await scan(new MemorySource({ "package.json": pkg, "package-lock.json": lock }), opts);
    const names = document.tools.map((t) => t.name);
    expect(names).not.toContain("React");
    expect(names).not.toContain("react");
    expect(document.tools.find((t) => t.name === "Preact")).toMatchObject({ version: "10.19.3" });
    expect(document.tools.find((t) => t.name === "@preact/compat")).toMatchObject({ version: "17.1.2", package_url: "https://www.npmjs.com/@preact/compat" });
    // the compat build is Tailwind CSS 2.2.17 itself
    expect(document.tools.find((t) => t.name === "Tailwind CSS")).toMatchObject({ version: "2.2.17" });
    expect(document.tools.find((t) => t.name === "@tailwindcss/postcss7-compat")).toMatchObject({ version: "2.2.17" });
  });

  it("without a lockfile, the alias's own range gives the lowest release", async () => {
    const pkg = JSON.stringify({ dependencies: { "vue-legacy": "npm:vue@~2.7.14", "string-width-cjs": "npm:string-width@^4.2.0" } });
    const { document } = await scan(new MemorySource({ "package.json": pkg }), opts);
    expect(document.tools.find((t) => t.package_url === "https://www.npmjs.com/vue")).toMatchObject({ version: "2.7.14" });
    expect(document.tools.find((t) => t.name === "Vue.js")).toMatchObject({ version: "2.7.14" });
    expect(document.tools.find((t) => t.name === "string-width")).toMatchObject({ version: "4.2.0" });
    expect(document.tools.map((t) => t.name)).not.toContain("vue-legacy");
  });
});

describe("Tailwind's plugins", () => {
  it("name Tailwind CSS without lending it their own numbers", async () => {
    const pkg = JSON.stringify({ devDependencies: { "@tailwindcss/forms": "^0.5.7", "@tailwindcss/typography": "^0.5.10" } });
    const { document } = await scan(new MemorySource({ "package.json": pkg }), opts);
    const tailwind = document.tools.find((t) => t.name === "Tailwind CSS");
    expect(tailwind).toBeDefined();
    expect(tailwind?.version).toBeUndefined();
  });
});

// An override that installs another package under a declared name (`"overrides": { "react":
// "npm:@preact/compat@17.1.2" }`, pnpm's `overrides` alike): the lockfile names the package in use,
// and its release is that package's, not the declared one's (there is no React 17.1.2).
describe("an override that puts another package under a declared name", () => {
  const manifest = JSON.stringify({ name: "shop", dependencies: { react: "^18.2.0", next: "^14.1.0" }, overrides: { react: "npm:@preact/compat@17.1.2" } }, null, 2);

  it("package-lock.json v3 (`name` on the entry) and v1 (`npm:` before the version)", async () => {
    const v3 = {
      lockfileVersion: 3,
      packages: {
        "": { name: "shop", dependencies: { next: "^14.1.0", react: "^18.2.0" } },
        "node_modules/next": { version: "14.1.0" },
        "node_modules/react": { name: "@preact/compat", version: "17.1.2" },
      },
    };
    const v1 = { lockfileVersion: 1, dependencies: { next: { version: "14.1.0" }, react: { version: "npm:@preact/compat@17.1.2" } } };
    for (const lock of [v3, v1]) {
      const { findings } = await detectorFindings(npmDetector, { "package.json": manifest, "package-lock.json": JSON.stringify(lock) }, "file, ref, line");
      expect(compact(findings)).toEqual(["npm:@preact/compat@4 ^18.2.0 ->17.1.2 (package-lock.json) direct", "npm:next@5 ^14.1.0 ->14.1.0 (package-lock.json) direct"]);
    }
  });

  it("bun.lock (the entry's `name@version`)", async () => {
    const lock = '{ "lockfileVersion": 1, "workspaces": { "": { "name": "shop", "dependencies": { "next": "^14.1.0", "react": "^18.2.0", }, }, }, "overrides": { "react": "npm:@preact/compat@17.1.2", }, "packages": { "next": ["next@14.1.0", "", {}, "sha512-a"], "react": ["@preact/compat@17.1.2", "", {}, "sha512-b"], }, }';
    const { findings } = await detectorFindings(npmDetector, { "package.json": manifest, "bun.lock": lock }, "file, ref, line");
    expect(compact(findings)).toEqual(["npm:@preact/compat@4 ^18.2.0 ->17.1.2 (bun.lock) direct", "npm:next@5 ^14.1.0 ->14.1.0 (bun.lock) direct"]);
  });

  it("pnpm-lock.yaml v9 (the importer's version names the package)", async () => {
    const lock = [
      "lockfileVersion: '9.0'",
      "",
      "overrides:",
      "  react: npm:@preact/compat@17.1.2",
      "",
      "importers:",
      "",
      "  .:",
      "    dependencies:",
      "      next:",
      "        specifier: ^14.1.0",
      "        version: 14.1.0",
      "      react:",
      "        specifier: npm:@preact/compat@17.1.2",
      "        version: '@preact/compat@17.1.2(preact@10.19.6)'",
      "",
    ].join("\n");
    const { findings } = await detectorFindings(npmDetector, { "package.json": manifest, "pnpm-lock.yaml": lock }, "file, ref, line");
    expect(compact(findings)).toEqual(["npm:@preact/compat@4 ^18.2.0 ->17.1.2 (pnpm-lock.yaml) direct", "npm:next@5 ^14.1.0 ->14.1.0 (pnpm-lock.yaml) direct"]);
  });
});

describe("Vue 3's migration build", () => {
  it("vue aliased to @vue/compat is Vue.js at the build's release, which Vue's own numbering shares", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify({ dependencies: { vue: "npm:@vue/compat@^3.4.15" } }) }), opts);
    expect(document.tools.find((t) => t.name === "Vue.js" && !t.package_url)).toMatchObject({ version: "3.4.15", detection_source: "package.json" });
  });
});

// A project moving between majors keeps both: `"react17": "npm:react@^17.0.2"` written above its
// own `"react": "^16.14.0"`. The package it declares under its own name is React 16; the alias is
// a second copy beside it and gives neither the tool nor the package entry its release.
describe("an alias to a package the manifest also declares under its own name", () => {
  const pkg = JSON.stringify(
    { name: "legacy-app", version: "2.0.0", dependencies: { react17: "npm:react@^17.0.2", react: "^16.14.0", mongoose: "^5.13.0" } },
    null,
    2,
  );
  it("package-lock.json v1: the declared name's copy", async () => {
    const lock = JSON.stringify({
      name: "legacy-app",
      version: "2.0.0",
      lockfileVersion: 1,
      requires: true,
      dependencies: {
        mongoose: { version: "5.13.22", resolved: "https://registry.npmjs.org/mongoose/-/mongoose-5.13.22.tgz", integrity: "sha512-a" },
        react: { version: "16.14.0", resolved: "https://registry.npmjs.org/react/-/react-16.14.0.tgz", integrity: "sha512-b" },
        react17: { version: "npm:react@17.0.2", resolved: "https://registry.npmjs.org/react/-/react-17.0.2.tgz", integrity: "sha512-c" },
      },
    });
    const { document } = await scan(new MemorySource({ "package.json": pkg, "package-lock.json": lock }), opts);
    expect(document.tools.find((t) => t.name === "React")).toMatchObject({ version: "16.14.0", detection_source: "package.json", detection_source_url: "package-lock.json" });
    expect(document.tools.find((t) => t.name === "react")).toMatchObject({ version: "16.14.0", package_url: "https://www.npmjs.com/react" });
    const { findings } = await detectorFindings(npmDetector, { "package.json": pkg, "package-lock.json": lock });
    expect(compact(findings.filter((f) => f.ref === "npm:react"))).toEqual(["npm:react@6 ^16.14.0 ->16.14.0 (package-lock.json) direct"]);
  });

  it("yarn.lock: the same", async () => {
    const lock = [
      "# yarn lockfile v1",
      "",
      "",
      "mongoose@^5.13.0:",
      '  version "5.13.22"',
      "",
      '"react17@npm:react@^17.0.2":',
      '  version "17.0.2"',
      "",
      "react@^16.14.0:",
      '  version "16.14.0"',
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "package.json": pkg, "yarn.lock": lock }), opts);
    expect(document.tools.find((t) => t.name === "React")).toMatchObject({ version: "16.14.0", detection_source_url: "yarn.lock" });
  });

  it("an alias alone still names its package", async () => {
    const only = JSON.stringify({ dependencies: { react17: "npm:react@^17.0.2", mongoose: "^5.13.0" } });
    const { document } = await scan(new MemorySource({ "package.json": only }), opts);
    expect(document.tools.find((t) => t.name === "React")).toMatchObject({ version: "17.0.2" });
  });
});

describe("a package.json of 20,000 dependencies and aliases", () => {
  // Its budget counts CPU time, so the clock's timeout only guards a hang. 20,000 (stop 72, from 100,000):
  // a search per name from the top still takes seconds at this size, many times the budget.
  it("finds each dependency's line in one pass over the file (87 s for 100,000 when each name was searched for from the top)", { timeout: 60_000 }, async () => {
    const n = 10_000;
    const dependencies: Record<string, string> = {};
    for (let i = 0; i < n; i++) dependencies[`p${i}`] = "^1.0.0";
    for (let i = 0; i < n; i++) dependencies[`a${i}`] = `npm:q${i}@^2.0.0`;
    const text = JSON.stringify({ name: "x", dependencies }, null, 1);
    const { findings } = await expectFinishesWithin(() => detectorFindings(npmDetector, { "package.json": text }), 25);
    const lines = compact(findings.filter((f) => f.ref === "npm:p0" || f.ref === "npm:q9999"));
    expect(lines).toEqual(["npm:p0@4 ^1.0.0 ->1.0.0 direct", "npm:q9999@20003 ^2.0.0 ->2.0.0 direct"]);
  });
});
