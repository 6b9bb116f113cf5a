import { describe, expect, it } from "vitest";
import { readPnpmLock } from "../detectors/npm/lockfile/pnpm.js";

// An npm alias (`"sw": "npm:string-width@^4.2.0"`) is written in an importer's `version` with the
// installed package's name before its release, in each lockfile version's own way.
describe("pnpm-lock.yaml aliases", () => {
  it("v6: a slash, the name, `@`, the version and any peers", () => {
    const lock = readPnpmLock(
      [
        "lockfileVersion: '6.0'",
        "",
        "dependencies:",
        "  sw:",
        "    specifier: npm:string-width@^4.2.0",
        "    version: /string-width@4.2.3",
        "  ui:",
        "    specifier: npm:@acme/ui@^2.0.0",
        "    version: /@acme/ui@2.1.0(react@18.2.0)",
        "  react-dom:",
        "    specifier: ^18.2.0",
        "    version: 18.2.0(react@18.2.0)",
        "",
      ].join("\n"),
    );
    expect(lock.resolve("sw", "npm:string-width@^4.2.0", "")?.version).toBe("4.2.3");
    expect(lock.resolve("ui", "npm:@acme/ui@^2.0.0", "")?.version).toBe("2.1.0");
    expect(lock.resolve("react-dom", "^18.2.0", "")?.version).toBe("18.2.0");
  });

  it("v9: the name, `@` and the version, without a slash; peers and links as before", () => {
    const lock = readPnpmLock(
      [
        "lockfileVersion: '9.0'",
        "",
        "importers:",
        "",
        "  .:",
        "    dependencies:",
        "      string-width-cjs:",
        "        specifier: npm:string-width@^4.2.0",
        "        version: string-width@4.2.3",
        "      ui:",
        "        specifier: npm:@acme/ui@^2.0.0",
        "        version: '@acme/ui@2.1.0(react@18.3.1)'",
        "      my_lib:",
        "        specifier: npm:@scope/my_lib@^1.0.0",
        "        version: '@scope/my_lib@1.4.0'",
        "      local:",
        "        specifier: link:../local",
        "        version: link:../local",
        "",
      ].join("\n"),
    );
    expect(lock.resolve("string-width-cjs", "npm:string-width@^4.2.0", "")?.version).toBe("4.2.3");
    expect(lock.resolve("ui", "npm:@acme/ui@^2.0.0", "")?.version).toBe("2.1.0");
    expect(lock.resolve("my_lib", "npm:@scope/my_lib@^1.0.0", "")?.version).toBe("1.4.0");
    expect(lock.resolve("local", "link:../local", "")).toBeUndefined();
  });

  it("v5: an alias path with a peer suffix; a plain version's peer suffix is no alias", () => {
    const lock = readPnpmLock(
      [
        "lockfileVersion: 5.4",
        "",
        "dependencies:",
        "  sw: /string-width/4.2.3_typescript@5.0.4",
        "  react-redux: 7.2.6_react@17.0.2",
        "",
      ].join("\n"),
    );
    expect(lock.resolve("sw", "npm:string-width@^4.2.0", "")?.version).toBe("4.2.3");
    expect(lock.resolve("react-redux", "^7.2.6", "")?.version).toBe("7.2.6");
  });
});
