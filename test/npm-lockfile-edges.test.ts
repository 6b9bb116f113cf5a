import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageLock } from "../detectors/npm/lockfile/package-lock.js";
import { readYarnLock } from "../detectors/npm/lockfile/yarn.js";
import { readPnpmLock } from "../detectors/npm/lockfile/pnpm.js";
import { readImportersSection } from "../detectors/npm/lockfile/pnpm-importers.js";
import { readBunLock } from "../detectors/npm/lockfile/bun.js";
import { readBunLockb } from "../detectors/npm/lockfile/bun-binary.js";
import { readDenoLock } from "../detectors/npm/lockfile/deno.js";
import { fixture } from "./helpers.js";

// The npm-family lockfile readers on the shapes their tools write that the main tests leave out:
// workspace links and nested copies in package-lock v3, yarn's installed list below the root,
// pnpm links and git paths, Bun's git tags and unknown workspaces, Deno 1's lockfiles.

describe("package-lock.json: what is installed where", () => {
  const v3 = readPackageLock({
    name: "shop",
    lockfileVersion: 3,
    packages: {
      "": { name: "shop", workspaces: ["packages/*"] },
      "node_modules/@shop/ui": { resolved: "packages/ui", link: true },
      "node_modules/react": { version: "18.2.0", license: "MIT" },
      "node_modules/react/node_modules/loose-envify": { version: "1.4.0" },
      "node_modules/@babel/runtime": { version: "7.23.9" },
      "packages/ui": { name: "@shop/ui", version: "0.1.0" },
      "packages/ui/node_modules/react": { version: "17.0.2" },
      "packages/ui/node_modules/react/node_modules/scheduler": { version: "0.20.2" },
    },
  });

  it("the top level's packages, a workspace link among them, no nested copy", () => {
    expect(v3.installed!("")).toEqual(["@shop/ui", "react", "@babel/runtime"]);
    expect(v3.installed!("packages/ui")).toEqual(["react"]);
    expect(v3.installed!("packages/api")).toEqual([]);
    expect(v3.resolve("@shop/ui", "*", "")).toBeUndefined();
    expect(v3.resolve("react", "^17", "packages/ui")).toEqual({ version: "17.0.2" });
    expect(v3.resolve("react", "^18", "packages/api")).toEqual({ version: "18.2.0", license: "MIT" });
  });

  it("v1 lists its top level for the root only; a lockfile with neither form installs nothing", () => {
    const v1 = readPackageLock({ lockfileVersion: 1, dependencies: { react: { version: "18.2.0" }, "react-is": { version: "npm:react-is@18.2.0" } } });
    expect(v1.installed!("")).toEqual(["react", "react-is"]);
    expect(v1.installed!("packages/ui")).toEqual([]);
    expect(v1.resolve("react-is", "^18", "")).toEqual({ version: "18.2.0" });
    for (const data of [{}, null, { lockfileVersion: 3, packages: [] }]) {
      expect(readPackageLock(data).installed!("")).toEqual([]);
      expect(readPackageLock(data).resolve("react", "^18", "")).toBeUndefined();
    }
  });
});

describe("yarn.lock: the installed list", () => {
  it("only at the lockfile's own folder; one entry alone is listed", () => {
    const lock = readYarnLock('# yarn lockfile v1\n\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz"\n');
    expect(lock.installed!("")).toEqual(["left-pad"]);
    expect(lock.installed!("packages/web")).toEqual([]);
    const berry = readYarnLock('__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"left-pad@npm:^1.3.0":\n  version: 1.3.0\n  resolution: "left-pad@npm:1.3.0"\n  languageName: node\n  linkType: hard\n');
    expect(berry.installed!("")).toEqual(["left-pad"]);
  });
});

describe("pnpm-lock.yaml: versions that are none", () => {
  it("a link to a folder named with a digit, and a v5 git path, give no version", () => {
    const lock = readPnpmLock(
      [
        "lockfileVersion: '6.0'",
        "",
        "importers:",
        "",
        "  .:",
        "    dependencies:",
        "      '@acme/3d-viewer':",
        "        specifier: workspace:*",
        "        version: link:packages/3d-viewer",
        "      viewer-legacy:",
        "        specifier: link:../2024-viewer",
        "        version: link:../2024-viewer",
        "      three:",
        "        specifier: ^0.160.0",
        "        version: 0.160.1",
        "",
      ].join("\n"),
    );
    expect(lock.resolve("@acme/3d-viewer", "workspace:*", "")).toBeUndefined();
    expect(lock.resolve("viewer-legacy", "link:../2024-viewer", "")).toBeUndefined();
    expect(lock.resolve("three", "^0.160.0", "")?.version).toBe("0.160.1");
    const v5 = readPnpmLock("lockfileVersion: 5.4\n\nspecifiers:\n  ui-kit: github:1stdibs/ui-kit#v2\n\ndependencies:\n  ui-kit: github.com/1stdibs/ui-kit/4f1c2a9\n  ms: /ms/2.1.3\n");
    expect(v5.resolve("ui-kit", "github:1stdibs/ui-kit#v2", "")).toBeUndefined();
    expect(v5.resolve("ms", "^2.1.3", "")?.version).toBe("2.1.3");
  });
});

describe("pnpm's quick importers reader refuses what it does not know", () => {
  const section = (lines: string[]) => ["importers:", "", "  .:", "    dependencies:", "      react:", ...lines].join("\n") + "\n";

  it("pnpm's own layout, blank lines and all, is read", () => {
    const read = readImportersSection(section(["        specifier: ^18.2.0", "        version: 18.2.0", "", "  packages/ui: {}"]));
    expect(read).toBeInstanceOf(Map);
    expect((((read!.get(".") as Map<string, unknown>).get("dependencies") as Map<string, unknown>).get("react") as Map<string, unknown>).get("version")).toBe("18.2.0");
  });

  it("a tab, a carriage return, an odd indentation or a fifth level: undefined, for the YAML reader", () => {
    expect(readImportersSection(section(["        specifier: ^18.2.0", "        version: 18.2.0\t"]))).toBeUndefined();
    expect(readImportersSection(section(["        specifier: ^18.2.0", "        version: 18.2.0"]).replace(/\n/g, "\r\n"))).toBeUndefined();
    expect(readImportersSection(section(["        specifier: ^18.2.0", "         version: 18.2.0"]))).toBeUndefined();
    expect(readImportersSection(section(["        specifier: ^18.2.0", "        version:", "          resolved: 18.2.0"]))).toBeUndefined();
    expect(readImportersSection("importers:\n\n")).toBeUndefined();
    // Without the slip, the same section is read.
    expect(readImportersSection(section(["        specifier: ^18.2.0", "        version: 18.2.0"]))).toBeInstanceOf(Map);
  });
});

describe("bun.lock", () => {
  const lock = readBunLock({
    lockfileVersion: 1,
    workspaces: { "": { name: "shop" }, "apps/web": { name: "@shop/web" }, "apps/docs": {} },
    packages: {
      react: ["react@18.3.1", "", {}, "sha512-x"],
      "@shop/web/react": ["react@19.0.0", "", {}, "sha512-y"],
      "ui-kit": ["ui-kit@github:acme/ui-kit#v1.2.3", {}, "acme-ui-kit-4f1c2a9"],
      "@shop/web": ["@shop/web@workspace:apps/web"],
    },
  });

  it("a workspace's own copy, then the hoisted one; an importer bun.lock does not list, or one without a name, gets the hoisted one", () => {
    expect(lock.resolve("react", "^19", "apps/web")?.version).toBe("19.0.0");
    expect(lock.resolve("react", "^18", "apps/docs")?.version).toBe("18.3.1");
    expect(lock.resolve("react", "^18", "tools/cli")?.version).toBe("18.3.1");
  });

  it("a git dependency at a tag and a workspace package give no version", () => {
    expect(lock.resolve("ui-kit", "github:acme/ui-kit#v1.2.3", "")).toBeUndefined();
    expect(lock.resolve("@shop/web", "workspace:*", "")).toBeUndefined();
    // A registry package of the same lock does.
    expect(lock.resolve("react", "^18", "")?.version).toBe("18.3.1");
  });
});

describe("deno.lock", () => {
  it("version 3 (`packages.specifiers`, npm and JSR) and version 2 (`npm.specifiers`)", () => {
    const v3 = readDenoLock({ version: "3", packages: { specifiers: { "npm:zod@^3.22": "npm:zod@3.23.8", "npm:@preact/signals@^1.2": "npm:@preact/signals@1.2.3_preact@10.22.0", "jsr:@std/assert@^1": "jsr:@std/assert@1.0.0" } } });
    expect(v3("npm:zod@^3.22")).toBe("3.23.8");
    expect(v3("npm:@preact/signals@^1.2")).toBe("1.2.3");
    expect(v3("jsr:@std/assert@^1")).toBe("1.0.0");
    const v2 = readDenoLock({ version: "2", npm: { specifiers: { "zod@^3.22": "zod@3.23.8", "@types/node": "@types/node@20.11.5" } } });
    expect(v2("npm:zod@^3.22")).toBe("3.23.8");
    expect(v2("npm:@types/node")).toBe("20.11.5");
  });

  it("version 4: a peer suffix naming a scoped package is cut at the first underscore", () => {
    const v4 = readDenoLock({ version: "4", specifiers: { "npm:@vitejs/plugin-react@^4.2": "4.2.1_vite@5.0.10__@types+node@20.10.5_@types+node@20.10.5", "npm:react@^18": "18.3.1" } });
    expect(v4("npm:@vitejs/plugin-react@^4.2")).toBe("4.2.1");
    expect(v4("npm:react@^18")).toBe("18.3.1");
  });
});

describe("bun.lockb: a corrupt file names what is wrong", () => {
  const whole = readFileSync(join(fixture("bun-lockb-workspaces"), "bun.lockb"));
  const problem = (edit: (b: Buffer) => void) => {
    const copy = Buffer.from(whole);
    edit(copy);
    const reading = readBunLockb(copy);
    return "problem" in reading ? reading.problem : "read";
  };
  const AT = 86; // the package columns' header: count, (alignment), fields, begin, end
  const count = Number(whole.readBigUInt64LE(AT));
  const begin = Number(whole.readBigUInt64LE(AT + 24));
  const end = Number(whole.readBigUInt64LE(AT + 32));

  it("the package columns: their layout, their place and their count", () => {
    expect(problem((b) => b.writeBigUInt64LE(7n, AT + 16))).toBe("read");
    expect(problem((b) => b.writeBigUInt64LE(9n, AT + 16))).toBe("unknown bun.lockb package layout (9 fields)");
    expect(problem((b) => b.writeBigUInt64LE(BigInt(AT + 39), AT + 24))).toBe("corrupt bun.lockb (package list)");
    expect(problem((b) => b.writeBigUInt64LE(BigInt(begin - 1), AT + 32))).toBe("corrupt bun.lockb (package list)");
    expect(problem((b) => b.writeBigUInt64LE(BigInt(Math.floor((end - begin) / (8 + 8 + 72 + 8 + 8)) + 1), AT))).toBe("corrupt bun.lockb (package list)");
    expect(count).toBeGreaterThan(0);
  });

  it("a size past what a number holds, and a size past the file", () => {
    expect(problem((b) => b.writeBigUInt64LE(2n ** 60n, 78))).toBe("corrupt bun.lockb (size)");
    expect(problem((b) => b.writeBigUInt64LE(BigInt(whole.length + 1), 78))).toBe(`truncated bun.lockb (${whole.length} of ${whole.length + 1} bytes)`);
    expect(problem((b) => b.writeBigUInt64LE(BigInt(whole.length), 78))).toBe("read");
  });

  it("a trailing array announcing another element size", () => {
    const trees = whole.indexOf("> 20 sizeof", end);
    expect(trees).toBeGreaterThan(0);
    expect(problem((b) => b.write("> 21 sizeof", trees, "latin1"))).toBe("unknown bun.lockb layout (trees)");
  });
});
