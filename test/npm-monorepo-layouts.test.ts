import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";

const npm = (files: Record<string, string>) => detectorFindings(npmDetector, files, "file, ref, line");
const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * A Rush monorepo: no package.json at the top, rush.json (JSON with comments) lists the projects,
 * and the one lockfile lives in common/config/rush/, its importers named from common/temp
 * (`../../apps/web-app`), the folder Rush installs from.
 */
const rushJson = [
  "/**",
  " * This is the main configuration file for Rush.",
  " */",
  "{",
  '  "$schema": "https://developer.microsoft.com/json-schemas/rush/v5/rush.schema.json",',
  '  "rushVersion": "5.130.3",',
  '  "pnpmVersion": "8.15.9",',
  '  // "npmVersion": "6.14.15",',
  '  // "yarnVersion": "1.9.4",',
  '  "nodeSupportedVersionRange": ">=18.20.0 <19.0.0 || >=20.14.0 <21.0.0",',
  '  "projects": [',
  '    { "packageName": "@contoso/web-app", "projectFolder": "apps/web-app" },',
  '    { "packageName": "@contoso/utils", "projectFolder": "libraries/utils", "shouldPublish": true },',
  "  ]",
  "}",
].join("\n");

const pnpmLock = [
  "lockfileVersion: '6.0'",
  "",
  "settings:",
  "  autoInstallPeers: false",
  "  excludeLinksFromLockfile: false",
  "",
  "importers:",
  "",
  "  .: {}",
  "",
  "  ../../apps/web-app:",
  "    dependencies:",
  "      '@contoso/utils':",
  "        specifier: workspace:*",
  "        version: link:../../libraries/utils",
  "      '@fluentui/react-components':",
  "        specifier: ~9.54.5",
  "        version: 9.54.7(@types/react@18.2.79)(react-dom@18.2.0)(react@18.2.0)",
  "      react:",
  "        specifier: ~18.2.0",
  "        version: 18.2.0",
  "    devDependencies:",
  "      webpack:",
  "        specifier: ~5.91.0",
  "        version: 5.91.0",
  "",
  "  ../../libraries/utils:",
  "    dependencies:",
  "      lodash:",
  "        specifier: ~4.17.15",
  "        version: 4.17.21",
  "",
  "packages:",
  "",
  "  /lodash@4.17.21:",
  "    resolution: {integrity: sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==}",
  "    dev: false",
  "",
].join("\n");

describe("the npm detector on a Rush monorepo", () => {
  it("versions from common/config/rush/pnpm-lock.yaml, whose importers are named from common/temp; pnpm at rush.json's pnpmVersion", async () => {
    const files = {
      "rush.json": rushJson,
      "common/config/rush/pnpm-lock.yaml": pnpmLock,
      "common/config/rush/pnpm-config.json": json({ useWorkspaces: true }),
      "apps/web-app/package.json": json({
        name: "@contoso/web-app",
        version: "1.0.0",
        dependencies: { "@contoso/utils": "workspace:*", "@fluentui/react-components": "~9.54.5", react: "~18.2.0" },
        devDependencies: { webpack: "~5.91.0" },
      }),
      "libraries/utils/package.json": json({ name: "@contoso/utils", version: "2.3.0", dependencies: { lodash: "~4.17.15" } }),
    };
    const { findings, warnings } = await npm(files);
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual([
      "npm:@fluentui/react-components@6 ~9.54.5 ->9.54.7 (common/config/rush/pnpm-lock.yaml) direct",
      "npm:react@7 ~18.2.0 ->18.2.0 (common/config/rush/pnpm-lock.yaml) direct",
      "npm:webpack@10 ~5.91.0 ->5.91.0 (common/config/rush/pnpm-lock.yaml) direct dev",
      "npm:lodash@5 ~4.17.15 ->4.17.21 (common/config/rush/pnpm-lock.yaml) direct",
      "package-manager:pnpm@7 ->8.15.9",
    ]);
  });

  it("a project depending on another by its version (Rush links it, as it does outside workspaces) is no package entry", async () => {
    const files = {
      "rush.json": rushJson,
      "apps/web-app/package.json": json({ name: "@contoso/web-app", dependencies: { "@contoso/utils": "^2.3.0", react: "~18.2.0" } }),
      "libraries/utils/package.json": json({ name: "@contoso/utils", version: "2.3.0" }),
    };
    const { findings } = await npm(files);
    expect(compact(findings).filter((f) => f.startsWith("npm:"))).toEqual(["npm:react@5 ~18.2.0 ->18.2.0 direct"]);
  });

  it("outside workspaces (Rush's older mode), each package at the one release the lockfile holds of it", async () => {
    const classic = [
      "lockfileVersion: 5.3",
      "",
      "specifiers:",
      "  '@rush-temp/web': file:./projects/web.tgz",
      "",
      "dependencies:",
      "  '@rush-temp/web': file:projects/web.tgz",
      "",
      "packages:",
      "",
      "  /react/17.0.2:",
      "    resolution: {integrity: sha512-gnhPt75i/dq/z3/6q/0asP78D0u592D5L1pVuM8xcQf3Nc4zpMUfWMd3UYQIVCp6d+7ebOeB1uRMxPVYfQDaKA==}",
      "    dev: false",
      "",
      "  file:projects/web.tgz:",
      "    resolution: {integrity: sha512-abc==, tarball: file:projects/web.tgz}",
      "    name: '@rush-temp/web'",
      "    version: 0.0.0",
      "    dependencies:",
      "      react: 17.0.2",
      "    dev: false",
      "",
    ].join("\n");
    const files = {
      "rush.json": json({ rushVersion: "5.82.0", pnpmVersion: "6.35.1", projects: [{ packageName: "web", projectFolder: "apps/web" }] }),
      "common/config/rush/pnpm-lock.yaml": classic,
      "apps/web/package.json": json({ name: "web", version: "1.0.0", dependencies: { react: "^17.0.2" } }),
    };
    const { findings } = await npm(files);
    expect(compact(findings)).toEqual(["npm:react@5 ^17.0.2 ->17.0.2 (common/config/rush/pnpm-lock.yaml) direct", "package-manager:pnpm@3 ->6.35.1"]);
  });

  it("a rush.json naming yarnVersion gives Yarn its release; a common/config/rush/yarn.lock its packages'", async () => {
    const files = {
      "rush.json": json({ rushVersion: "5.100.0", yarnVersion: "1.22.19", projects: [{ packageName: "site", projectFolder: "apps/site" }] }),
      "common/config/rush/yarn.lock": ['# yarn lockfile v1', "", 'react@^18.2.0:\n  version "18.3.1"\n'].join("\n"),
      "apps/site/package.json": json({ name: "site", dependencies: { react: "^18.2.0" } }),
    };
    const { findings } = await npm(files);
    expect(compact(findings)).toEqual(["npm:react@4 ^18.2.0 ->18.3.1 (common/config/rush/yarn.lock) direct", "package-manager:yarn@3 ->1.22.19"]);
  });
});

describe("the npm detector on a Bun workspace with catalogs", () => {
  const root = json({
    name: "bun-catalog",
    private: true,
    workspaces: {
      packages: ["apps/*", "packages/*"],
      catalog: { react: "^19.0.0", "react-dom": "^19.0.0" },
      catalogs: { testing: { vitest: "^3.0.5" } },
    },
    devDependencies: { typescript: "^5.7.3" },
  });
  const web = json({ name: "web", dependencies: { react: "catalog:", "react-dom": "catalog:", ui: "workspace:*" }, devDependencies: { vitest: "catalog:testing" } });

  it("a `catalog:` spec reads its range from the root package.json's catalogs, under `workspaces` or at the top", async () => {
    const { findings } = await npm({ "package.json": root, "apps/web/package.json": web });
    expect(compact(findings)).toEqual([
      "npm:react@4 ^19.0.0 ->19.0.0 direct",
      "npm:react-dom@5 ^19.0.0 ->19.0.0 direct",
      "npm:vitest@9 ^3.0.5 ->3.0.5 direct dev",
      "npm:typescript@20 ^5.7.3 ->5.7.3 direct dev",
    ]);
    const top = json({ name: "bun-catalog", workspaces: ["apps/*"], catalog: { react: "^19.0.0" } });
    const { findings: atTop } = await npm({ "package.json": top, "apps/web/package.json": json({ name: "web", dependencies: { react: "catalog:" } }) });
    expect(compact(atTop)).toEqual(["npm:react@4 ^19.0.0 ->19.0.0 direct"]);
  });

  it("with bun.lock, the release it installed", async () => {
    const lock = [
      "{",
      '  "lockfileVersion": 1,',
      '  "workspaces": {',
      '    "": { "name": "bun-catalog", "devDependencies": { "typescript": "^5.7.3", }, },',
      '    "apps/web": { "name": "web", "dependencies": { "react": "catalog:", "react-dom": "catalog:", "ui": "workspace:*", }, "devDependencies": { "vitest": "catalog:testing", }, },',
      "  },",
      '  "catalog": { "react": "^19.0.0", "react-dom": "^19.0.0", },',
      '  "catalogs": { "testing": { "vitest": "^3.0.5", }, },',
      '  "packages": {',
      '    "react": ["react@19.0.0", "", {}, "sha512-AAA=="],',
      '    "react-dom": ["react-dom@19.0.0", "", { "dependencies": { "scheduler": "^0.25.0" }, "peerDependencies": { "react": "^19.0.0" } }, "sha512-BBB=="],',
      '    "typescript": ["typescript@5.7.3", "", { "bin": { "tsc": "bin/tsc" } }, "sha512-CCC=="],',
      '    "ui": ["ui@workspace:packages/ui"],',
      '    "vitest": ["vitest@3.0.5", "", {}, "sha512-DDD=="],',
      "  }",
      "}",
    ].join("\n");
    const { findings } = await npm({ "package.json": root, "apps/web/package.json": web, "packages/ui/package.json": json({ name: "ui" }), "bun.lock": lock });
    expect(compact(findings).filter((f) => f.includes("direct"))).toEqual([
      "npm:react@4 ^19.0.0 ->19.0.0 (bun.lock) direct",
      "npm:react-dom@5 ^19.0.0 ->19.0.0 (bun.lock) direct",
      "npm:vitest@9 ^3.0.5 ->3.0.5 (bun.lock) direct dev",
      "npm:typescript@20 ^5.7.3 ->5.7.3 (bun.lock) direct dev",
    ]);
  });
});

describe("Volta's pins in a workspace", () => {
  it("the root's node and package manager releases; a workspace's `extends` pins nothing of its own", async () => {
    const files = {
      "package.json": json({ name: "acme", private: true, workspaces: ["packages/*"], volta: { node: "20.15.1", yarn: "1.22.22" } }),
      "packages/app/package.json": json({ name: "app", volta: { extends: "../../package.json" } }),
    };
    const { findings } = await npm(files);
    expect(compact(findings)).toEqual(["engine:node@7 20.15.1 ->20.15.1", "package-manager:yarn@7 ->1.22.22"]);
  });
});

describe("the Yarn release a repository commits", () => {
  it("`.yarnrc.yml`'s yarnPath (Yarn 2+) and `.yarnrc`'s yarn-path (Yarn 1) name the release file", async () => {
    const { findings } = await npm({
      "package.json": json({ name: "shop", private: true, dependencies: { react: "^18.2.0" } }),
      ".yarnrc.yml": "# pinned by `yarn set version`\nnodeLinker: node-modules\n\nyarnPath: .yarn/releases/yarn-4.1.0.cjs\n",
      "legacy/package.json": json({ name: "legacy", dependencies: { jquery: "3.7.1" } }),
      "legacy/.yarnrc": '# yarn lockfile v1\nyarn-path ".yarn/releases/yarn-1.22.19.js"\n',
      // Only a release file's name says which release; a renamed binary says nothing.
      "tools/.yarnrc.yml": "yarnPath: .yarn/releases/yarn-berry.cjs\n",
    });
    expect(compact(findings.filter((f) => f.ref.startsWith("package-manager:")))).toEqual([
      "package-manager:yarn@4 ->4.1.0",
      "package-manager:yarn@2 ->1.22.19",
    ]);
    expect(findings.filter((f) => f.ref.startsWith("package-manager:")).map((f) => f.file)).toEqual([".yarnrc.yml", "legacy/.yarnrc"]);
  });
});

describe("Expo's eas.json", () => {
  it("a build profile's node is the Node.js release EAS builds with; a major alone or no profile gives none", async () => {
    const eas = json({ cli: { version: ">= 7.0.0" }, build: { development: { developmentClient: true, distribution: "internal" }, production: { node: "20.11.1", autoIncrement: true } }, submit: { production: {} } });
    const { findings } = await npm({ "package.json": json({ name: "app", dependencies: { expo: "~51.0.8" } }), "eas.json": eas, "other/eas.json": json({ build: { preview: { node: "20" } } }) });
    expect(compact(findings.filter((f) => f.ref === "engine:node"))).toEqual(["engine:node@11 ->20.11.1"]);
    expect(findings.find((f) => f.ref === "engine:node")?.file).toBe("eas.json");
  });
});
