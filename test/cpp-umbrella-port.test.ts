import { describe, expect, it } from "vitest";
import { cppDetector } from "../detectors/cpp/index.js";
import type { Catalog } from "../src/catalog/catalog.js";
import { builtinCatalog, catalogWith, parseCatalogFile } from "../src/catalog/load.js";
import { MemorySource, scan } from "../src/index.js";
import { runDetectors } from "../src/scan/run.js";
import { byFile } from "./detector-findings.js";

// A port of a library vcpkg splits into several (vcpkg's boost-asio of Boost, qt5-svg or qtsvg of Qt)
// stands for the package CMake finds (find_package(Boost), find_package(Qt6)) when the catalog's vcpkg
// matchers give the port that tool's release: a pinned one takes CMake's floor away, as a port of the
// package's own name does. kinds.yml's cpp-umbrella-port table does the same for the splits of a
// registry the catalog does not know. The manifests are laid out as vcpkg's manifest-mode examples
// write them, the scripts as the libraries' guides do.

const cmakeOf = async (files: Record<string, string>, catalog: Catalog = builtinCatalog()) =>
  byFile((await runDetectors(new MemorySource(files), [cppDetector], catalog)).findings)["CMakeLists.txt"]?.filter((f) => f.startsWith("cmake:"));

const manifest = (pins: Record<string, string>) =>
  JSON.stringify({ name: "viewer", "version-string": "0.3.0", dependencies: Object.keys(pins), overrides: Object.entries(pins).map(([name, version]) => ({ name, version })) }, null, 2);

const script = [
  "cmake_minimum_required(VERSION 3.21)",
  "project(viewer CXX)",
  "find_package(Boost 1.80 REQUIRED COMPONENTS system)",
  "find_package(Qt5 5.12 REQUIRED COMPONENTS Widgets Svg)",
  "",
].join("\n");

describe("a pinned vcpkg port of a split library", () => {
  it("a boost- port of any length (boost-multi-index) pins find_package(Boost); every Qt module port, qt5-base or qt5-svg, qtbase or qtsvg, pins Qt's", async () => {
    expect(await cmakeOf({ "vcpkg.json": manifest({ "boost-multi-index": "1.84.0", "qt5-base": "5.15.2" }), "CMakeLists.txt": script })).toEqual(["cmake:boost@3 direct", "cmake:qt5@4 direct"]);
    expect(await cmakeOf({ "vcpkg.json": manifest({ "boost-asio": "1.84.0", "qt5-svg": "5.15.2" }), "CMakeLists.txt": script })).toEqual(["cmake:boost@3 direct", "cmake:qt5@4 direct"]);
    const qt6 = script.replace("find_package(Qt5 5.12", "find_package(Qt6 6.2");
    expect(await cmakeOf({ "vcpkg.json": manifest({ qtsvg: "6.7.2" }), "CMakeLists.txt": qt6 })).toEqual(["cmake:boost@3 ->1.80 direct", "cmake:qt6@4 direct"]);
  });

  it("a port of another project built on Qt (qtkeychain-qt5, qt-advanced-docking-system) has its own release and leaves Qt's floor", async () => {
    expect(await cmakeOf({ "vcpkg.json": manifest({ "qtkeychain-qt5": "0.14.3", "qt-advanced-docking-system": "4.3.0" }), "CMakeLists.txt": script })).toEqual(["cmake:boost@3 ->1.80 direct", "cmake:qt5@4 ->5.12 direct"]);
  });

  it("a port only floored (version>=) below CMake's floor leaves it; one at or above it takes it away", async () => {
    const floored = (version: string) => JSON.stringify({ name: "viewer", dependencies: [{ name: "boost-asio", "version>=": version }] });
    expect(await cmakeOf({ "vcpkg.json": floored("1.79.0"), "CMakeLists.txt": script })).toEqual(["cmake:boost@3 ->1.80 direct", "cmake:qt5@4 ->5.12 direct"]);
    expect(await cmakeOf({ "vcpkg.json": floored("1.84.0"), "CMakeLists.txt": script })).toEqual(["cmake:boost@3 direct", "cmake:qt5@4 ->5.12 direct"]);
  });

  it("is decided by the vcpkg matchers: a catalog file that gives boost- ports a release of their own (`[~, boost]`) leaves find_package(Boost)'s floor", async () => {
    const files = { "vcpkg.json": manifest({ "boost-multi-index": "1.84.0", "qt5-base": "5.15.2" }), "CMakeLists.txt": script };
    const catalog = catalogWith(parseCatalogFile('matchers:\n  vcpkg:\n    "boost-*": [~, boost]\n'));
    expect(await cmakeOf(files, catalog)).toEqual(["cmake:boost@3 ->1.80 direct", "cmake:qt5@4 direct"]);
  });
});

describe("cpp-umbrella-port in a repository's catalog file", () => {
  it("adds a split library of a private vcpkg registry: its acme-sdk- ports pin the package CMake finds as AcmeSdk", async () => {
    const files = {
      "vcpkg.json": manifest({ "acme-sdk-core": "2.4.0", "acme-sdk-net": "2.4.0" }),
      "CMakeLists.txt": "project(gateway CXX)\nfind_package(AcmeSdk 2.1 CONFIG REQUIRED)\n",
    };
    expect(await cmakeOf(files)).toEqual(["cmake:acmesdk@2 ->2.1 direct"]);
    const catalog = catalogWith(parseCatalogFile("kinds:\n  cpp-umbrella-port:\n    acme-sdk-: AcmeSdk\n"));
    expect(await cmakeOf(files, catalog)).toEqual(["cmake:acmesdk@2 direct"]);
  });
});

describe("a Qt module port in the document", () => {
  const qtOf = async (pins: Record<string, string>) => {
    const { document } = await scan(new MemorySource({ "vcpkg.json": manifest(pins), "CMakeLists.txt": "project(viewer CXX)\nfind_package(Qt6 6.2 REQUIRED COMPONENTS Svg)\n" }), { git: false });
    const qt = document.tools.find((t) => t.name === "Qt");
    return [qt?.version, qt?.detection_source];
  };

  it("gives Qt the release its pinned module port is at (qtsvg, qt5-tools), from vcpkg.json", async () => {
    expect(await qtOf({ qtsvg: "6.7.2" })).toEqual(["6.7.2", "vcpkg.json"]);
    expect(await qtOf({ "qt5-tools": "5.15.16#1" })).toEqual(["5.15.16", "vcpkg.json"]);
  });

  it("a Qt-based library's port (qtkeychain-qt6) does not: Qt keeps CMake's floor", async () => {
    expect(await qtOf({ "qtkeychain-qt6": "0.14.3" })).toEqual(["6.2", "CMakeLists.txt"]);
  });
});
