import { describe, expect, it } from "vitest";
import { readBuildLinkopts, readModuleBazel, readPythonToolchain, readWorkspace } from "../detectors/cpp/bazel.js";
import { readXmakeRequires } from "../detectors/cpp/xmake.js";
import { builtinCatalog } from "../src/catalog/load.js";

// Bazel's and xmake's build files read alone: MODULE.bazel as the Bazel Central Registry's modules
// and rules_python write it, WORKSPACE and .bzl dependency macros, BUILD files' linkopts, and
// xmake.lua files as `xmake create` and xmake-repo's examples lay them out.

describe("readModuleBazel", () => {
  it("an override without a module name, or a single_version_override only patching, leaves the bazel_dep's version; a git tag not a release gives none", () => {
    const module = [
      'bazel_dep(name = "abseil-cpp", version = "20240116.2")',
      'bazel_dep(name = "zlib", version = "1.3.1.bcr.3")',
      'bazel_dep(name = "fmt", version = "10.2.1")',
      'bazel_dep(name = "re2", version = "2024-02-01")',
      "single_version_override(",
      '    module_name = "abseil-cpp",',
      '    patches = ["//patches:absl.patch"],',
      ")",
      'single_version_override(version = "1.0")',
      'git_override(module_name = "fmt", remote = "https://github.com/fmtlib/fmt.git", tag = "main")',
    ].join("\n");
    expect(readModuleBazel(module).map((d) => `${d.name} ${d.declared ?? "-"} ${d.version ?? "-"}`)).toEqual([
      "abseil-cpp 20240116.2 20240116.2",
      "zlib 1.3.1.bcr.3 1.3.1",
      "fmt - -",
      "re2 2024-02-01 2024-02-01",
    ]);
  });

  it("an empty version, a name held in a variable or with odd characters, and dev_dependency False; a comment's arguments are blanked", () => {
    const module = [
      'bazel_dep(name = "platforms", version = "")',
      "bazel_dep(name = NAME, version = \"1.0\")",
      'bazel_dep(name = "bad name", version = "1.0")',
      'bazel_dep(name = "rules_go", version = "0.46.0", dev_dependency = False)',
      "bazel_dep(",
      '    name = "googletest",',
      '    # version = "1.10.0",',
      '    version = "1.14.0",',
      "    dev_dependency = True,",
      ")",
      'bazel_dep(name = "unclosed", version = "1.0"',
    ].join("\n");
    expect(readModuleBazel(module).map((d) => `${d.name} ${d.version ?? "-"}${d.dev ? " dev" : ""} @${d.line}`)).toEqual([
      "platforms - @1",
      "rules_go 0.46.0 @4",
      "googletest 1.14.0 dev @5",
    ]);
  });

  it("a git_override's release tag decides (fmt tags without a v); a release candidate's tag gives none; unformatted `dev_dependency=True` is read", () => {
    // A MODULE.bazel as written before buildifier ran over it: no blanks around `=`.
    const module = [
      'module(name = "geo_service", version = "0.4.0")',
      'bazel_dep(name = "fmt", version = "10.1.1")',
      'bazel_dep(name = "grpc", version = "1.62.1")',
      'bazel_dep(name = "googletest", version="1.14.0.bcr.1", dev_dependency=True)',
      'git_override(module_name = "fmt", remote = "https://github.com/fmtlib/fmt.git", tag = "10.2.1")',
      'git_override(module_name = "grpc", remote = "https://github.com/grpc/grpc.git", tag = "v1.63.0-pre1")',
    ].join("\n");
    expect(readModuleBazel(module).map((d) => `${d.name} ${d.declared ?? "-"} ${d.version ?? "-"}${d.dev ? " dev" : ""}`)).toEqual([
      "fmt 10.2.1 10.2.1",
      "grpc - -",
      "googletest 1.14.0.bcr.1 1.14.0 dev",
    ]);
  });

  it("a git_override's tag after the module's own name is its release: Boost's, OpenSSL's, curl's underscored one; another project's tag gives none", () => {
    const module = [
      'module(name = "ingest", version = "2.1.0")',
      'bazel_dep(name = "boost.asio", version = "1.83.0.bcr.1")',
      'bazel_dep(name = "openssl", version = "3.3.1.bcr.1")',
      'bazel_dep(name = "curl", version = "8.4.0")',
      'bazel_dep(name = "zlib", version = "1.3.1")',
      'git_override(module_name = "boost.asio", remote = "https://github.com/boostorg/asio.git", tag = "boost-1.84.0")',
      'git_override(module_name = "openssl", remote = "https://github.com/openssl/openssl.git", tag = "openssl-3.3.1")',
      'git_override(module_name = "curl", remote = "https://github.com/curl/curl.git", tag = "curl-8_5_0")',
      'git_override(module_name = "zlib", remote = "https://github.com/example/zlib-ng.git", tag = "zlib-ng-2.1.6")',
    ].join("\n");
    expect(readModuleBazel(module).map((d) => `${d.name} ${d.version ?? "-"}`)).toEqual(["boost.asio 1.84.0", "openssl 3.3.1", "curl 8.5.0", "zlib -"]);
  });

  it("a call whose arguments run past the bound (calls nested in calls) is no dependency's; one just within it is read", () => {
    const filler = (n: number) => `    x = "${"a".repeat(n)}",\n`;
    const long = `bazel_dep(name = "far", version = "1.0",\n${filler(16_400)})\n`;
    const near = `bazel_dep(name = "near", version = "2.0",\n${filler(16_000)})\n`;
    expect(readModuleBazel(long + near).map((d) => d.name)).toEqual(["near"]);
  });
});

describe("readPythonToolchain", () => {
  it("the first toolchain with a release where none is the default; is_default = False is not the default; a version not dotted names none", () => {
    const module = [
      'python.toolchain(python_version = "3.x")',
      'python.toolchain(python_version = "3.9", is_default = False)',
      'python.toolchain(python_version = "3.10")',
    ].join("\n");
    expect(readPythonToolchain(module)).toEqual({ version: "3.9", line: 2 });
    expect(readPythonToolchain('python.toolchain(python_version = "3")\npip.parse(python_version = "3.11")\n')).toBeUndefined();
    // Unformatted keywords, as a MODULE.bazel buildifier never ran over writes them.
    expect(readPythonToolchain('python.toolchain(python_version="3.11")\npython.toolchain(python_version="3.12", is_default=True)\n')).toEqual({ version: "3.12", line: 2 });
  });
});

describe("readWorkspace", () => {
  it("a release from a release download folder, an archive folder or a tag; maybe() of git_repository; a name of odd characters skipped", () => {
    const ws = [
      "http_archive(",
      '    name = "com_github_gflags_gflags",',
      '    urls = ["https://github.com/gflags/gflags/releases/download/v2.2.2/gflags-2.2.2.tgz"],',
      ")",
      'http_archive(name = "eigen", urls = ["https://gitlab.com/libeigen/eigen/-/archive/3.4.0/eigen-3.4.0.tar.bz2"])',
      'http_archive(name = "bazel_skylib", urls = ["https://example.org/archive/1.5.0/"])',
      'maybe(git_repository, name = "com_github_google_glog", remote = "https://github.com/google/glog", tag = "release-0.6.0")',
      'git_repository(name = "nlohmann json", tag = "v3.11.3")',
      'http_archive(name = "snappy", strip_prefix = "snappy-v1.1.10", urls = ["https://example.org/snappy.zip"])',
      'http_archive(name = "libuv", urls = ["https://dist.libuv.org/dist/v1.48.0/libuv-v1.48.0.tar.gz"])',
    ].join("\n");
    expect(readWorkspace(ws).map((r) => `${r.name} ${r.version ?? "-"} @${r.line}`)).toEqual([
      "com_github_gflags_gflags 2.2.2 @1",
      "eigen 3.4.0 @5",
      "bazel_skylib 1.5.0 @6",
      "com_github_google_glog 0.6.0 @7",
      "snappy 1.1.10 @9",
      "libuv - @10",
    ]);
  });
});

describe("readWorkspace: releases after the library's own name", () => {
  it("curl's and OpenSSL 1.x's underscored tags and GitHub archives, Boost's archive folder, by the names a WORKSPACE binds them to", () => {
    const ws = [
      "new_git_repository(",
      '    name = "com_github_curl_curl",',
      '    remote = "https://github.com/curl/curl",',
      '    build_file = "//third_party/curl:curl.BUILD",',
      '    tag = "curl-7_69_1",',
      ")",
      "new_git_repository(",
      '    name = "openssl",',
      '    remote = "https://github.com/openssl/openssl.git",',
      '    build_file = "//third_party/openssl:openssl.BUILD",',
      '    tag = "OpenSSL_1_1_1m",',
      ")",
      "http_archive(",
      '    name = "openssl1",',
      '    build_file = "//ext/openssl1:BUILD",',
      '    strip_prefix = "openssl-OpenSSL_1_1_1n/",',
      '    urls = ["https://github.com/openssl/openssl/archive/refs/tags/OpenSSL_1_1_1n.tar.gz"],',
      ")",
      "http_archive(",
      '    name = "boost",',
      '    build_file = "@com_github_nelhage_rules_boost//:BUILD.boost",',
      '    strip_prefix = "boost_1_81_0",',
      '    urls = ["https://boostorg.jfrog.io/artifactory/main/release/1.81.0/source/boost_1_81_0.tar.gz"],',
      ")",
      "http_archive(",
      '    name = "curl_archive",',
      '    strip_prefix = "curl-curl-7_81_0",',
      '    url = "https://github.com/curl/curl/archive/refs/tags/curl-7_81_0.zip",',
      ")",
      'http_archive(name = "libcurl", url = "https://github.com/curl/curl/archive/refs/tags/curl-7_84_0.zip")',
      'http_archive(name = "com_google_googletest", urls = ["https://github.com/google/googletest/archive/refs/tags/v1.14.0.tar.gz"])',
      'http_archive(name = "boringssl", strip_prefix = "boringssl-OpenSSL_1_1_1n", urls = ["https://example.org/boringssl.tar.gz"])',
      'git_repository(name = "com_github_curl_curl_tiny", remote = "https://github.com/example/tiny-curl", tag = "tiny-curl-8_4_0")',
      'http_archive(name = "openssl3", strip_prefix = "openssl-openssl-3.0.0-alpha1", urls = ["https://github.com/openssl/openssl/archive/refs/tags/openssl-3.0.0-alpha1.tar.gz"])',
    ].join("\n");
    expect(readWorkspace(ws).map((r) => `${r.name} ${r.version ?? "-"}`)).toEqual([
      "com_github_curl_curl 7.69.1",
      "openssl 1.1.1m",
      "openssl1 1.1.1n",
      "boost 1.81.0",
      "curl_archive 7.81.0",
      "libcurl 7.84.0",
      "com_google_googletest 1.14.0",
      "boringssl -",
      "com_github_curl_curl_tiny -",
      "openssl3 -",
    ]);
  });
});

describe("readBuildLinkopts", () => {
  it("each -l library once at its first line, in either quotes and under a select; comments and other flags skipped", () => {
    const build = [
      "cc_binary(",
      '    name = "server",',
      '    srcs = ["main.cc"],',
      "    linkopts = select({",
      '        "@platforms//os:linux": ["-lpq", "-lrt", "-pthread"],',
      "        \"//conditions:default\": ['-lpq', \"-L/opt/lib\"],",
      "    }),",
      '    # linkopts = ["-lold"],',
      ")",
      'cc_test(name = "t", linkopts = ["-lcurl", "-l9x"])',
    ].join("\n");
    expect(readBuildLinkopts(build)).toEqual([
      { name: "pq", line: 5 },
      { name: "rt", line: 5 },
      { name: "curl", line: 10 },
    ]);
  });
});

describe("readXmakeRequires", () => {
  const plusIsRelease = (name: string) => builtinCatalog().tableValue("xmake-plus-release", name) !== undefined;
  const shown = (text: string) => readXmakeRequires(text, plusIsRelease).requires.map((r) => `${r.kind}:${r.name}${r.declared ? ` "${r.declared}"` : ""}${r.version ? ` ${r.version}` : ""} @${r.line}`);

  it("a release written with the tag's `v`, as xmake-repo's packages declare many (`add_versions(\"v1.3.1\", ...)`), is that release; a branch's suffix gives none", () => {
    const lua = [
      'add_rules("mode.debug", "mode.release")',
      'add_requires("argparse v3.2")',
      'add_requires("spdlog v1.15.3", {configs = {header_only = true, std_format = true}})',
      'add_requires("imgui v1.92.5-docking", {configs = {glfw = true, opengl3 = true}})',
      'add_requires("glfw 3.4", "glm 0.9.9+8", "glog v0.6.0", "stb")',
      'add_requires("vulkan-memory-allocator v3.0.1")',
    ].join("\n");
    expect(shown(lua)).toEqual([
      'xmake:argparse "v3.2" 3.2 @2',
      'xmake:spdlog "v1.15.3" 1.15.3 @3',
      'xmake:imgui "v1.92.5-docking" @4',
      'xmake:glfw "3.4" 3.4 @5',
      'xmake:glm "0.9.9+8" 0.9.9.8 @5',
      'xmake:glog "v0.6.0" 0.6.0 @5',
      "xmake:stb @5",
      'xmake:vulkan-memory-allocator "v3.0.1" 3.0.1 @6',
    ]);
  });

  it("a `+N` is a fourth release part for the packages whose xmake-repo file fetches it so (Crow's v1.2.1.2), not for others nor another registry's package", () => {
    const lua = [
      'add_requires("crow v1.2.1+2", {configs = {ssl = true}})',
      'add_requires("CLHEP 2.4.6+3", "zlib 1.3.1+1", "conan::glm 0.9.9+8")',
    ].join("\n");
    expect(shown(lua)).toEqual(['xmake:crow "v1.2.1+2" 1.2.1.2 @1', 'xmake:clhep "2.4.6+3" 2.4.6.3 @2', 'xmake:zlib "1.3.1+1" @2', 'conan:glm "0.9.9+8" @2']);
  });

  it("releases from exact versions and the lowest of ~, ^, >= and .x; a bounded range, a bare major .x or a branch give none", () => {
    const lua = [
      'set_project("weather")',
      "add_requires('zlib v1.3.1')",
      'add_requires("spdlog ~1.13.0", "Catch2 ^3.5", "nlohmann_json 3.11.x")',
      'add_requires("libcurl >=8.0 <9.0", "boost 1.x", "glfw master")',
      'add_requires("VCPKG::Abseil", "brew::sqlite3", "conan::poco 1.12.4")',
      'add_requires("fmt >= 10.1")',
    ].join("\n");
    expect(shown(lua)).toEqual([
      "xmake:zlib \"v1.3.1\" 1.3.1 @2",
      "xmake:spdlog \"~1.13.0\" 1.13.0 @3",
      "xmake:catch2 \"^3.5\" 3.5 @3",
      "xmake:nlohmann_json \"3.11.x\" 3.11 @3",
      "xmake:libcurl \">=8.0 <9.0\" @4",
      "xmake:boost \"1.x\" @4",
      "xmake:glfw \"master\" @4",
      "vcpkg:abseil @5",
      "conan:poco \"1.12.4\" 1.12.4 @5",
      "xmake:fmt \">= 10.1\" 10.1 @6",
    ]);
  });

  it("Lua comments: long ones over lines (any level) blanked with their lines kept, an unclosed one read as a line comment; a rule name of odd characters skipped", () => {
    const lua = [
      "--[[",
      'add_requires("old")',
      "]]",
      'add_requires("fmt") --[==[ add_requires("gone") ]==] add_requires("zlib")',
      "--[=[ never closed add_requires(\"lost\")",
      'add_requires("glm")',
      "--[=[ also never closed",
      'add_rules("qt.quickapp", "bad rule", "mode.debug")',
    ].join("\n");
    expect(shown(lua)).toEqual(["xmake:fmt @4", "xmake:zlib @4", "xmake:glm @6"]);
    expect(readXmakeRequires(lua).rules).toEqual([
      { name: "qt.quickapp", line: 8 },
      { name: "mode.debug", line: 8 },
    ]);
  });

  it("a long comment far into the file is blanked as one near its start is", () => {
    const lua = ['set_project("weather")', 'set_version("1.0.0")', 'set_languages("c++20")', 'add_rules("mode.debug", "mode.release")', "--[[", 'add_requires("old")', "]]", 'add_requires("fmt")'].join("\n");
    expect(shown(lua)).toEqual(["xmake:fmt @8"]);
  });

  it("an unclosed call ends the reading; a table of options after the names is not read for names", () => {
    expect(shown('add_requires("fmt", {configs = {header_only = "true"}})\nadd_requires("glm")\nadd_requires("zlib"\n')).toEqual(["xmake:fmt @1", "xmake:glm @2"]);
  });
});
