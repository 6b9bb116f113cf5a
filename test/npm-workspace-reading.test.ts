import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";

/** What the npm detector alone reports for a tree (ordered by file, then ref, then line), and its warnings. */
const npm = (files: Record<string, string>) => detectorFindings(npmDetector, files, "file, ref, line");
const json = (value: unknown) => JSON.stringify(value, null, 2);

describe("the npm detector on a Yarn workspace monorepo, finding by finding", () => {
  it("each workspace's dependencies from the root yarn.lock; links, aliases, engines, packageManager and .nvmrc", async () => {
    const files = {
      "package.json": json({
        name: "acme",
        private: true,
        workspaces: ["apps/*", "packages/*"],
        packageManager: "yarn@1.22.19+sha256.732620bac8b1690d507274f025f3c6cfdc3627a84d9642e38a07452cc00e0f2e",
        engines: { node: ">=18", yarn: "1.22.19" },
        devDependencies: { turbo: "^1.12.4", typescript: "~5.3.3" },
      }),
      "yarn.lock": [
        "# yarn lockfile v1",
        "",
        'next@14.1.0:\n  version "14.1.0"\n',
        'react@^18.2.0:\n  version "18.2.0"\n',
        'turbo@^1.12.4:\n  version "1.12.5"\n',
        'typescript@~5.3.3:\n  version "5.3.3"\n',
        '"react-dom@npm:preact@^10.19.0":\n  version "10.19.6"\n',
        'clsx@^2.1.0:\n  version "2.1.1"\n',
      ].join("\n"),
      "apps/web/package.json": json({
        name: "@acme/web",
        dependencies: { next: "14.1.0", react: "^18.2.0", "@acme/ui": "workspace:*", "@acme/config": "^1.0.0", "react-dom": "npm:preact@^10.19.0" },
        devDependencies: { eslint: "^8.56.0" },
      }),
      "packages/ui/package.json": json({ name: "@acme/ui", version: "1.0.0", peerDependencies: { react: "^18" }, dependencies: { clsx: "^2.1.0" } }),
      "packages/config/package.json": json({ name: "@acme/config", version: "1.0.0" }),
      ".nvmrc": "v20.11.1\n",
    };
    const { findings, warnings } = await npm(files);
    expect(warnings).toEqual([]);
    const web = "apps/web/package.json";
    const lock = { versionFile: "yarn.lock" };
    expect(findings).toEqual([
      { ref: "engine:node", file: ".nvmrc", line: 1, version: "20.11.1" },
      // Not in the lockfile: the lowest release the range allows, no lockfile named.
      { ref: "npm:eslint", file: web, line: 11, declared: "^8.56.0", version: "8.56.0", direct: true, dev: true },
      { ref: "npm:next", file: web, line: 4, declared: "14.1.0", version: "14.1.0", ...lock, direct: true, dev: false },
      // An alias installs preact under react-dom's name: the lockfile keys it by the alias.
      { ref: "npm:preact", file: web, line: 8, declared: "^10.19.0", version: "10.19.6", ...lock, direct: true, dev: false },
      { ref: "npm:react", file: web, line: 5, declared: "^18.2.0", version: "18.2.0", ...lock, direct: true, dev: false },
      // engines: node's range names nothing; yarn's pinned release is Yarn's.
      { ref: "engine:yarn", file: "package.json", line: 9, declared: "1.22.19", version: "1.22.19" },
      // A Yarn 1 lockfile has no importers: the root holds every package it installed, but not
      // preact's release under react-dom's name (before, React DOM was installed at 10.19.6).
      { ref: "npm:next", file: "package.json", version: "14.1.0", ...lock, installed: true },
      { ref: "npm:react", file: "package.json", version: "18.2.0", ...lock, installed: true },
      { ref: "npm:turbo", file: "package.json", line: 14, declared: "^1.12.4", version: "1.12.5", ...lock, direct: true, dev: true },
      { ref: "npm:typescript", file: "package.json", line: 15, declared: "~5.3.3", version: "5.3.3", ...lock, direct: true, dev: true },
      // The packageManager field without its hash.
      { ref: "package-manager:yarn", file: "package.json", line: 8, version: "1.22.19" },
      { ref: "npm:clsx", file: "packages/ui/package.json", line: 8, declared: "^2.1.0", version: "2.1.1", ...lock, direct: true, dev: false },
      // A peer range takes the release installed for the workspace.
      { ref: "npm:react", file: "packages/ui/package.json", line: 5, declared: "^18", version: "18.2.0", ...lock, direct: true, dev: false },
    ]);
  });
});

describe("reading one package.json", () => {
  it("takes each dependency once, from the first section naming it, in npm's order of sections", async () => {
    const { readManifest } = await import("../detectors/npm/manifest.js");
    const manifest = readManifest({
      name: "@acme/web",
      dependencies: { react: "^18.2.0", "": "1.0.0", lodash: 4 },
      devDependencies: { react: "^18.3.0", vitest: "^1.2.0" },
      peerDependencies: { "react-dom": "^18", react: "*" },
      optionalDependencies: { fsevents: "~2.3.3" },
      bundleDependencies: ["lodash"],
    });
    expect(manifest).toEqual({
      name: "@acme/web",
      dependencies: [
        { name: "react", range: "^18.2.0", type: "dependencies" },
        { name: "lodash", range: "", type: "dependencies" },
        { name: "vitest", range: "^1.2.0", type: "devDependencies" },
        { name: "fsevents", range: "~2.3.3", type: "optionalDependencies" },
        { name: "react-dom", range: "^18", type: "peerDependencies" },
      ],
      engines: {},
      workspaces: [],
    });
  });

  it("workspaces as a list or as Yarn's { packages } object; anything else is none", async () => {
    const { readManifest } = await import("../detectors/npm/manifest.js");
    expect(readManifest({ workspaces: ["apps/*", "packages/*", 3] }).workspaces).toEqual(["apps/*", "packages/*"]);
    expect(readManifest({ workspaces: { packages: ["packages/*"], nohoist: ["**/react-native"] } }).workspaces).toEqual(["packages/*"]);
    expect(readManifest({ workspaces: { nohoist: ["**/react-native"] } }).workspaces).toEqual([]);
    expect(readManifest({ workspaces: "packages/*" }).workspaces).toEqual([]);
    expect(readManifest(["not", "a", "manifest"])).toEqual({ dependencies: [], engines: {}, workspaces: [] });
  });

  it("engines keep string ranges; devEngines fill in what engines leave out, as one object or a list", async () => {
    const { readManifest } = await import("../detectors/npm/manifest.js");
    expect(
      readManifest({
        engines: { node: ">=20", pnpm: "9.1.0", vscode: 1 },
        devEngines: {
          runtime: [{ name: "node", version: ">=22" }, { name: "bun", version: "1.1.0" }],
          packageManager: { name: "pnpm", version: "8.0.0" },
          cpu: { name: "x64", version: "1" },
        },
      }).engines,
    ).toEqual({ node: ">=20", pnpm: "9.1.0", bun: "1.1.0" });
    expect(readManifest({ devEngines: { packageManager: [{ name: "yarn" }, { name: "npm", version: "10.5.0" }, "pnpm"] } }).engines).toEqual({ npm: "10.5.0" });
  });

  it("packageManager without its hash, with or without a release; Volta's node only where it is a release", async () => {
    const { readManifest } = await import("../detectors/npm/manifest.js");
    expect(readManifest({ packageManager: " pnpm@9.1.0+sha512.abc123 " }).packageManager).toEqual({ name: "pnpm", version: "9.1.0" });
    expect(readManifest({ packageManager: "yarn" }).packageManager).toEqual({ name: "yarn" });
    expect(readManifest({ packageManager: "@yarnpkg/berry@4.1.0" }).packageManager).toEqual({ name: "@yarnpkg/berry", version: "4.1.0" });
    expect(readManifest({ packageManager: 4 }).packageManager).toBeUndefined();
    expect(readManifest({ volta: { node: " 20.11.1 " } }).voltaNode).toBe("20.11.1");
    expect(readManifest({ volta: { node: "20" } }).voltaNode).toBe("20");
    expect(readManifest({ volta: { node: "20.11.1.4" } }).voltaNode).toBeUndefined();
    expect(readManifest({ volta: { node: "v20.11.1" } }).voltaNode).toBeUndefined();
    expect(readManifest({ volta: { node: "lts" } }).voltaNode).toBeUndefined();
    expect(readManifest({ volta: "20.11.1" }).voltaNode).toBeUndefined();
  });

  it("specs that point at the repository or elsewhere than the registry are local", async () => {
    const { isLocalSpec } = await import("../detectors/npm/manifest.js");
    for (const spec of ["workspace:*", "workspace:^", "file:../ui", "link:../ui", "portal:../ui", "patch:ui@workspace%3A*#./patches/ui.patch", "patch:broken"]) expect(isLocalSpec(spec), spec).toBe(true);
    // A patch of a registry package is that package, patched: the registry's, not the repository's.
    for (const spec of ["^18.2.0", "npm:preact@^10", "github:acme/ui", " workspace:*", "my-workspace:1", "patch:lodash@4.17.21#./patches/lodash.patch", "patch:typeorm@npm%3A0.3.20#~/.yarn/patches/typeorm-npm-0.3.20-4f1c2d3e5b.patch"]) expect(isLocalSpec(spec), spec).toBe(false);
  });

  it("Yarn berry: a patched registry package and an `npm:` range without a name are the declared package", async () => {
    const files = {
      "package.json": json({
        name: "billing-service",
        packageManager: "yarn@4.3.1",
        dependencies: {
          typeorm: "patch:typeorm@npm%3A0.3.20#~/.yarn/patches/typeorm-npm-0.3.20-4f1c2d3e5b.patch",
          "@acme/ui": "patch:@acme/ui@workspace%3A*#~/.yarn/patches/ui.patch",
          "@nestjs/jwt": "npm:^10.2.0",
          lodash: "npm:4.17.21",
        },
      }),
      "yarn.lock": [
        "__metadata:",
        "  version: 8",
        "  cacheKey: 10c0",
        "",
        '"@nestjs/jwt@npm:^10.2.0":',
        "  version: 10.2.0",
        '  resolution: "@nestjs/jwt@npm:10.2.0"',
        "  languageName: node",
        "  linkType: hard",
        "",
        '"lodash@npm:4.17.21":',
        "  version: 4.17.21",
        '  resolution: "lodash@npm:4.17.21"',
        "  languageName: node",
        "  linkType: hard",
        "",
        '"typeorm@npm:0.3.20":',
        "  version: 0.3.20",
        '  resolution: "typeorm@npm:0.3.20"',
        "  languageName: node",
        "  linkType: hard",
        "",
        '"typeorm@patch:typeorm@npm%3A0.3.20#~/.yarn/patches/typeorm-npm-0.3.20-4f1c2d3e5b.patch":',
        "  version: 0.3.20",
        '  resolution: "typeorm@patch:typeorm@npm%3A0.3.20#~/.yarn/patches/typeorm-npm-0.3.20-4f1c2d3e5b.patch::version=0.3.20&hash=9c3a1f"',
        "  languageName: node",
        "  linkType: hard",
        "",
      ].join("\n"),
    };
    const { findings } = await npm(files);
    expect(findings.filter((f) => f.direct).map((f) => [f.ref, f.declared, f.version, f.versionFile])).toEqual([
      ["npm:@nestjs/jwt", "^10.2.0", "10.2.0", "yarn.lock"],
      ["npm:lodash", "4.17.21", "4.17.21", "yarn.lock"],
      ["npm:typeorm", "0.3.20", "0.3.20", "yarn.lock"],
    ]);
  });
});

describe("pnpm catalogs", () => {
  it("the default catalog and named ones; the default may also be written under catalogs", async () => {
    const { readPnpmCatalogs } = await import("../detectors/npm/catalogs.js");
    const lookup = readPnpmCatalogs({
      packages: ["apps/*"],
      catalog: { react: "^18.2.0", vite: 5 },
      catalogs: { default: { react: "^17.0.0", zod: "^3.22.0" }, react19: { react: "^19.0.0" }, broken: "^1" },
    });
    expect(lookup("react", "catalog:")).toBe("^18.2.0");
    expect(lookup("react", "catalog:default")).toBe("^18.2.0");
    expect(lookup("react", " catalog: react19 ")).toBe("^19.0.0");
    expect(lookup("zod", "catalog:")).toBeUndefined();
    expect(lookup("vite", "catalog:")).toBeUndefined();
    expect(lookup("react", "catalog:broken")).toBeUndefined();
    expect(lookup("react", "catalog:react17")).toBeUndefined();
    expect(lookup("react", "^18.2.0")).toBeUndefined();
    const onlyNamed = readPnpmCatalogs({ catalogs: { default: { zod: "^3.22.0" } } });
    expect(onlyNamed("zod", "catalog:")).toBe("^3.22.0");
    expect(readPnpmCatalogs(null)("react", "catalog:")).toBeUndefined();
  });
});

describe("the npm detector on nested workspaces and lockfiles", () => {
  const pnpmLock = [
    "lockfileVersion: '9.0'",
    "",
    "importers:",
    "",
    "  .:",
    "    devDependencies:",
    "      prettier:",
    "        specifier: ^3.2.0",
    "        version: 3.2.5",
    "",
    "  packages/api:",
    "    dependencies:",
    "      fastify:",
    "        specifier: ^4.26.0",
    "        version: 4.26.2",
    "      zod:",
    "        specifier: 'catalog:'",
    "        version: 3.22.4",
    "",
    "packages:",
    "",
    "  fastify@4.26.2:",
    "    resolution: {integrity: sha512-x}",
    "",
  ].join("\n");

  it("a pnpm workspace below the top: the lockfile's own importers, its catalog, sibling links by plain name", async () => {
    const { findings, warnings } = await npm({
      "frontend/pnpm-workspace.yaml": "packages:\n  - packages/*\ncatalog:\n  zod: ^3.22.0\n",
      "frontend/pnpm-lock.yaml": pnpmLock,
      "frontend/package.json": json({ name: "frontend", private: true, devDependencies: { prettier: "^3.2.0" } }),
      "frontend/packages/api/package.json": json({ name: "api", dependencies: { fastify: "^4.26.0", zod: "catalog:", shared: "^1.0.0" } }),
      "frontend/packages/shared/package.json": json({ name: "shared", version: "1.0.0" }),
      // Outside the workspace: a catalog spec with no catalog above it, and a plain `shared` that is the registry's.
      "tools/package.json": json({ name: "tools", dependencies: { zod: "catalog:", shared: "^2.0.0" } }),
    });
    expect(warnings).toEqual([]);
    expect(findings).toEqual([
      { ref: "npm:prettier", file: "frontend/package.json", line: 5, declared: "^3.2.0", version: "3.2.5", versionFile: "frontend/pnpm-lock.yaml", direct: true, dev: true },
      { ref: "npm:fastify", file: "frontend/packages/api/package.json", line: 4, declared: "^4.26.0", version: "4.26.2", versionFile: "frontend/pnpm-lock.yaml", direct: true, dev: false },
      { ref: "npm:zod", file: "frontend/packages/api/package.json", line: 5, declared: "^3.22.0", version: "3.22.4", versionFile: "frontend/pnpm-lock.yaml", direct: true, dev: false },
      { ref: "npm:shared", file: "tools/package.json", line: 5, declared: "^2.0.0", version: "2.0.0", direct: true, dev: false },
      { ref: "npm:zod", file: "tools/package.json", line: 4, declared: "catalog:", direct: true, dev: false },
    ]);
  });

  it("npm-shrinkwrap.json over package-lock.json in one folder; a folder's own lockfile over one above", async () => {
    const lock = (version: string) => json({ lockfileVersion: 3, packages: { "": {}, "node_modules/express": { version, license: "MIT" } } });
    const { findings } = await npm({
      "package.json": json({ name: "api", dependencies: { express: "^4.18.0" } }),
      "package-lock.json": lock("4.18.1"),
      "npm-shrinkwrap.json": lock("4.18.2"),
      "admin/package.json": json({ name: "admin", dependencies: { express: "^4.17.0" } }),
      "admin/package-lock.json": lock("4.17.3"),
    });
    expect(findings.filter((f) => f.ref === "npm:express" && f.direct).map((f) => [f.file, f.version, f.versionFile, f.license])).toEqual([
      ["admin/package.json", "4.17.3", "admin/package-lock.json", "MIT"],
      ["package.json", "4.18.2", "npm-shrinkwrap.json", "MIT"],
    ]);
  });

  it("a lockfile that cannot be read is one warning with its first line; the one above then serves", async () => {
    const { findings, warnings } = await npm({
      "package.json": json({ name: "root", workspaces: ["web"], dependencies: { react: "^18.2.0" } }),
      "yarn.lock": '# yarn lockfile v1\n\nreact@^18.2.0:\n  version "18.2.0"\n',
      "web/package.json": json({ name: "web", dependencies: { react: "^18.2.0" } }),
      "web/package-lock.json": "{ broken",
      "web/bun.lock": "{ also broken",
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^web\/package-lock\.json: /);
    expect(findings.filter((f) => f.ref === "npm:react" && f.direct).map((f) => [f.file, f.version, f.versionFile])).toEqual([
      ["package.json", "18.2.0", "yarn.lock"],
      ["web/package.json", "18.2.0", "yarn.lock"],
    ]);
  });

  it("engines read from devEngines point at their own line; .nvmrc and .node-version as written", async () => {
    const { findings } = await npm({
      "package.json": json({ name: "app", devEngines: { packageManager: { name: "pnpm", version: "9.1.0" } } }),
      "a/.nvmrc": "v18.12  # the CI image\n",
      "b/.node-version": " 20 \n",
      "c/.nvmrc": "lts/hydrogen\n",
      "d/.nvmrc": "18.x\n",
    });
    expect(findings).toEqual([
      { ref: "engine:node", file: "a/.nvmrc", line: 1, version: "18.12" },
      { ref: "engine:node", file: "b/.node-version", line: 1, version: "20.0.0" },
      // An LTS line by its code name is that line's major; a range (18.x) names none.
      { ref: "engine:node", file: "c/.nvmrc", line: 1, version: "18.0.0" },
      { ref: "engine:pnpm", file: "package.json", line: 3, declared: "9.1.0", version: "9.1.0" },
    ]);
  });
});
