import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readPnpmLock } from "../detectors/npm/lockfile/pnpm.js";
import { tool } from "./helpers.js";

// A React app that declares react-redux and not redux: Redux is named from react-redux, which lends
// no release of its own; the one redux pnpm installed under it gives Redux its release, as the
// hoisted copy of package-lock.json and the single entry of yarn.lock already do.
const manifest = JSON.stringify({ name: "shop", private: true, dependencies: { react: "^18.2.0", "react-redux": "^8.1.3" } });

const v9 = [
  "lockfileVersion: '9.0'",
  "",
  "importers:",
  "",
  "  .:",
  "    dependencies:",
  "      react:",
  "        specifier: ^18.2.0",
  "        version: 18.3.1",
  "      react-redux:",
  "        specifier: ^8.1.3",
  "        version: 8.1.3(react@18.3.1)(redux@4.2.1)",
  "",
  "packages:",
  "",
  "  '@babel/runtime@7.24.7':",
  "    resolution: {integrity: sha512-UwgBRMjJP+xv857DCngvqXI3Iq6J4v0wXmwc6sapg+zyhbwmQX67LUEFrkK5tbyJ30jGuG3ZvWpBiB9LCy1kWw==}",
  "",
  "  react-redux@8.1.3:",
  "    resolution: {integrity: sha512-n0ZrutD7DaX/j9VscF+uTALI3oUPa/pO4Z3soOBIjuRn/FzVu6aehhysxZCLi6y7duMf52WNZGMl7CtuK5EnRw==}",
  "    peerDependencies:",
  "      redux: ^4 || ^5.0.0-beta.0",
  "",
  "  react@18.3.1:",
  "    resolution: {integrity: sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ==}",
  "",
  "  redux@4.2.1:",
  "    resolution: {integrity: sha512-LAUYz4lc+Do8/g7aeRa8JkyDErK6ekstQaqWQrNRW//MY1TvCEpMtpTWvlQ+FPbWCx+Xixu/6SHt5N0HR+SB4w==}",
  "",
  "snapshots:",
  "",
  "  react-redux@8.1.3(react@18.3.1)(redux@4.2.1):",
  "    dependencies:",
  "      '@babel/runtime': 7.24.7",
  "      redux: 4.2.1",
  "",
].join("\n");

describe("pnpm-lock.yaml: a package installed under another", () => {
  it("gives its one release to the tool the project names without one (v9)", async () => {
    const { document } = await scan(new MemorySource({ "package.json": manifest, "pnpm-lock.yaml": v9 }), { git: false });
    expect(tool(document.tools, "Redux")).toMatchObject({ version: "4.2.1", detection_source: "package.json", detection_source_url: "pnpm-lock.yaml" });
    expect(tool(document.tools, "React")?.version).toBe("18.3.1");
  });

  it("reads the keys of v5 and v6 too; two releases of a name, or a name a project declares, give none", () => {
    const v5 = "lockfileVersion: 5.4\n\nspecifiers:\n  react-redux: ^7.2.9\n\ndependencies:\n  react-redux: 7.2.9_react@17.0.2\n\npackages:\n\n  /redux/4.2.1:\n    resolution: {integrity: sha512-x}\n\n  /@reduxjs/toolkit/1.9.7_react@17.0.2:\n    resolution: {integrity: sha512-y}\n\n  /lodash/4.17.21:\n    resolution: {integrity: sha512-z}\n\n  /lodash/3.10.1:\n    resolution: {integrity: sha512-w}\n";
    const five = readPnpmLock(v5);
    expect(five.installed!("")).toEqual(["redux", "@reduxjs/toolkit"]);
    expect(five.resolve("redux", "*", "")?.version).toBe("4.2.1");
    expect(five.resolve("lodash", "*", "")).toBeUndefined();
    expect(five.installed!("packages/ui")).toEqual([]);
    const v6 = "lockfileVersion: '6.0'\n\ndependencies:\n  react-redux:\n    specifier: ^8.1.3\n    version: 8.1.3(react@18.2.0)(redux@4.2.1)\n\npackages:\n\n  /react-redux@8.1.3(react@18.2.0)(redux@4.2.1):\n    resolution: {integrity: sha512-a}\n\n  /redux@4.2.1:\n    resolution: {integrity: sha512-b}\n";
    expect(readPnpmLock(v6).installed!("")).toEqual(["redux"]);
  });
});
