import { describe, expect, it } from "vitest";
import { conanRelease, readConanfilePy, readConanfileTxt, readConanLock } from "../detectors/cpp/conan.js";
import { readVcpkgManifest } from "../detectors/cpp/vcpkg.js";

// Conan's and vcpkg's files read alone: conanfile.txt and conanfile.py as text (as `conan new`
// and ConanCenter's recipes lay them out), conan.lock in Conan 2's and Conan 1's formats, and
// vcpkg.json manifests with features, host tools, version constraints and overrides.

const refs = (found: ReturnType<typeof readConanfileTxt>) => found.map((r) => `${r.name} ${r.declared}${r.dev ? " dev" : ""} @${r.line}`);

describe("readConanfileTxt", () => {
  it("the requires and tool sections' references, with user/channel and revisions cut off; other sections, comments and blank lines name nothing", () => {
    const text = [
      "[requires]",
      "zlib/1.3.1",
      "boost/[>=1.80 <2.0]  # any 1.x from 1.80",
      "poco/1.12.4@acme/stable",
      "openssl/3.2.1#a1b2c3",
      "",
      "# fmt/10.2.1",
      "[tool_requires]",
      "cmake/3.27.7",
      "[Build_Requires]",
      "ninja/1.11.1",
      "[test_requires]",
      "gtest/1.14.0",
      "[generators]",
      "CMakeDeps",
      "[options]",
      "zlib/*:shared=True",
      "[layout]",
      "cmake_layout",
      "notread/1.0",
    ].join("\n");
    expect(refs(readConanfileTxt(text))).toEqual([
      "zlib 1.3.1 @2",
      "boost [>=1.80 <2.0] @3",
      "poco 1.12.4 @4",
      "openssl 3.2.1 @5",
      "cmake 3.27.7 dev @9",
      "ninja 1.11.1 dev @11",
      "gtest 1.14.0 dev @13",
    ]);
  });

  it("lines before any section, and a reference without a version, name nothing; CRLF lines count alike", () => {
    expect(refs(readConanfileTxt("zlib/1.3.1\r\n[requires]\r\nspdlog\r\nspdlog/1.13.0\r\n"))).toEqual(["spdlog 1.13.0 @4"]);
  });
});

describe("readConanfilePy", () => {
  it("a tuple attribute over lines, a one-line tuple without brackets, and each call's kind; python_requires and options are no requirements", () => {
    const text = [
      "from conan import ConanFile",
      "",
      "class WeatherConan(ConanFile):",
      '    python_requires = "pyreq/0.1"',
      '    requires = "poco/1.12.4", "openssl/3.2.1"',
      "    tool_requires = (",
      '        "cmake/3.27.7",',
      "        'ninja/1.11.1',",
      "    )",
      '    build_requires = "m4/1.4.19"',
      '    default_options = {"poco/*:shared": True}',
      "",
      "    def requirements(self):",
      '        self.requires("zlib/[>=1.2.11 <2]")',
      '        self.test_requires("gtest/1.14.0")',
      '        self.build_requires("bison/3.8.2")',
      '        self.requires(f"boost/{self._boost}")',
      "        self.requires(self._dep)",
    ].join("\n");
    expect(refs(readConanfilePy(text))).toEqual([
      "poco 1.12.4 @5",
      "openssl 3.2.1 @5",
      "cmake 3.27.7 dev @7",
      "ninja 1.11.1 dev @8",
      "m4 1.4.19 dev @10",
      "zlib [>=1.2.11 <2] @14",
      "gtest 1.14.0 dev @15",
      "bison 3.8.2 dev @16",
    ]);
  });

  it("an f-string in an attribute names no version; references come back in the file's order, a call written before an attribute first", () => {
    const text = ["class Legacy(ConanFile):", "    def build_requirements(self):", '        self.tool_requires("cmake/3.27.7")', "", '    requires = (f"zlib/{ZLIB}", "bzip2/1.0.8")'].join("\n");
    expect(refs(readConanfilePy(text))).toEqual(["cmake 3.27.7 dev @3", "bzip2 1.0.8 @5"]);
  });

  it("a list attribute's strings end at its closing bracket; the lines after it are not its own", () => {
    const text = ['    requires = ["fmt/10.2.1", "spdlog/1.13.0"]', '    name = "weather/1.0"', '    test_requires = ("catch2/3.5.2")', '    license = "MIT/1.0"'].join("\n");
    expect(refs(readConanfilePy(text))).toEqual(["fmt 10.2.1 @1", "spdlog 1.13.0 @1", "catch2 3.5.2 dev @3"]);
  });

  it("a bracket never closed is read for a bounded stretch only, to the file's end at most", () => {
    const text = '    requires = ["fmt/10.2.1",\n' + " ".repeat(5000) + '"late/1.0"\n';
    expect(refs(readConanfilePy(text))).toEqual(["fmt 10.2.1 @1"]);
    expect(refs(readConanfilePy('    requires = ["fmt/10.2.1"'))).toEqual(["fmt 10.2.1 @1"]);
    expect(refs(readConanfilePy('    requires = "fmt/10.2.1"'))).toEqual(["fmt 10.2.1 @1"]);
  });
});

describe("readConanLock", () => {
  it("Conan 2: requires, build_requires and python_requires, revisions and timestamps cut off, the first of a name kept", () => {
    const lock = {
      version: "0.5",
      requires: ["zlib/1.3.1#f52e03ae3d251dec704634230cd806a2%1708593606.497", "openssl/3.2.1#abc%1", 7, "zlib/1.2.13#old"],
      build_requires: ["cmake/3.27.7#def%2"],
      python_requires: ["pyreq/0.1#x%3"],
      config_requires: ["notread/1.0"],
    };
    expect([...readConanLock(lock)]).toEqual([
      ["zlib", "1.3.1"],
      ["openssl", "3.2.1"],
      ["cmake", "3.27.7"],
      ["pyreq", "0.1"],
    ]);
  });

  it("Conan 1's graph_lock nodes, the root's node without a reference skipped; anything else none", () => {
    const lock = { graph_lock: { nodes: { "0": { path: "conanfile.txt" }, "1": { ref: "boost/1.83.0#rev" }, "2": { ref: "bzip2/1.0.8@conan/stable#r" }, "3": "broken" } }, version: "0.4" };
    expect([...readConanLock(lock)]).toEqual([
      ["boost", "1.83.0"],
      ["bzip2", "1.0.8"],
    ]);
    expect([...readConanLock({ graph_lock: { nodes: [] }, requires: "zlib/1.3.1" })]).toEqual([]);
    expect([...readConanLock(["zlib/1.3.1"])]).toEqual([]);
    expect([...readConanLock(null)]).toEqual([]);
  });
});

describe("conanRelease", () => {
  it("a plain version; a range's lowest, whatever operator or v opens it; none where the range has no lower end or the version is no number", () => {
    expect(conanRelease("1.3.1")).toBe("1.3.1");
    expect(conanRelease("cci.20230101")).toBeUndefined();
    expect(conanRelease("[=1.2.3]")).toBe("1.2.3");
    expect(conanRelease("[>=v2.0 <3]")).toBe("2.0");
    expect(conanRelease("[1.2 || 2.0]")).toBe("1.2");
    expect(conanRelease("[<2, >=1.5]")).toBe("1.5");
    expect(conanRelease("[>1.0 <2]")).toBeUndefined();
    expect(conanRelease("[*]")).toBeUndefined();
  });
});

describe("readVcpkgManifest", () => {
  it("overrides in each version field pin a release, the port revision cut off; a version-date dates a snapshot and gives none", () => {
    const manifest = {
      name: "weather",
      "version-string": "1.0.0",
      "builtin-baseline": "3426db05b996481ca31e95fff3734cf23e0f51bc",
      dependencies: ["fmt", "boost-asio", "abseil", "sqlite3", "paho-mqttpp3", { name: "curl", features: ["ssl"], "version>=": "8.4.0#1" }],
      overrides: [
        { name: "fmt", version: "10.2.1#2" },
        { name: "boost-asio", "version-semver": "1.83.0" },
        { name: "abseil", "version-date": "2024-01-16" },
        { name: "sqlite3", "version-string": "3.45.0", version: "9.9.9" },
        { name: "zlib", version: "1.3.1#12" },
        { name: "paho-mqttpp3", "port-version": 1 },
        { version: "1.0.0" },
        "zlib",
      ],
    };
    expect(readVcpkgManifest(manifest)).toEqual([
      { name: "fmt", declared: "10.2.1#2", version: "10.2.1", dev: false },
      { name: "boost-asio", declared: "1.83.0", version: "1.83.0", dev: false },
      { name: "abseil", declared: "2024-01-16", version: undefined, dev: false },
      { name: "sqlite3", declared: "9.9.9", version: "9.9.9", dev: false },
      { name: "paho-mqttpp3", declared: undefined, version: undefined, dev: false },
      { name: "curl", declared: ">=8.4.0", version: "8.4.0", dev: false },
    ]);
    // A port revision of two digits is cut off as one of one.
    expect(readVcpkgManifest({ ...manifest, dependencies: ["zlib"] })).toEqual([{ name: "zlib", declared: "1.3.1#12", version: "1.3.1", dev: false }]);
  });

  it("a version>= that is a date gives the constraint but no release; an override wins over it", () => {
    expect(readVcpkgManifest({ dependencies: [{ name: "nlohmann-json", "version>=": "2023-08-01.1" }, { name: "grpc", "version>=": "1.51.1" }], overrides: [{ name: "grpc", version: "1.60.0" }] })).toEqual([
      { name: "nlohmann-json", declared: ">=2023-08-01.1", version: undefined, dev: false },
      { name: "grpc", declared: "1.60.0", version: "1.60.0", dev: false },
    ]);
  });

  it("a host tool and a feature's dependencies are development ones, unless the main list names the port first; a feature that is no object names nothing", () => {
    const manifest = {
      dependencies: [{ name: "vcpkg-cmake", host: true }, { name: "protobuf", host: false }, "gtest"],
      features: {
        tests: { description: "tests", dependencies: ["gtest", "catch2", { name: "benchmark", "version>=": "1.8.3" }] },
        broken: "x",
        nodeps: { description: "no dependencies" },
      },
    };
    expect(readVcpkgManifest(manifest).map((d) => `${d.name}${d.version ? ` ${d.version}` : ""}${d.dev ? " dev" : ""}`)).toEqual(["vcpkg-cmake dev", "protobuf", "gtest", "catch2 dev", "benchmark 1.8.3 dev"]);
    expect(readVcpkgManifest({ dependencies: "fmt", features: [] })).toEqual([]);
    expect(readVcpkgManifest({ dependencies: ["fmt"], overrides: { fmt: "10.2.1" } })).toEqual([{ name: "fmt", declared: undefined, version: undefined, dev: false }]);
  });
});
