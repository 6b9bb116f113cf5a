import { describe, expect, it } from "vitest";
import { readModuleBazel, readWorkspace } from "../detectors/cpp/bazel.js";
import { readCmake } from "../detectors/cpp/cmake.js";
import { namedToolVersions } from "./helpers.js";

// One reader of the release a C or C++ dependency's git tag names, for CMake's fetches (FetchContent,
// CPM, ExternalProject) and Bazel's overrides and WORKSPACE archives. The shapes are the same for
// both; what differs is whose name may come before the release (below).

describe("a release tag read for CMake and for Bazel alike", () => {
  it("OpenSSL 1.x's underscored tag keeps its letter (OpenSSL_1_1_1w is 1.1.1w) under a FetchContent, CPM or ExternalProject fetch, as under a WORKSPACE's git_repository", () => {
    const cmake = [
      "include(FetchContent)",
      "FetchContent_Declare(",
      "  openssl",
      "  GIT_REPOSITORY https://github.com/openssl/openssl.git",
      "  GIT_TAG        OpenSSL_1_1_1w",
      ")",
      'CPMAddPackage("gh:openssl/openssl#OpenSSL_1_1_1n")',
      "ExternalProject_Add(curl GIT_REPOSITORY https://github.com/curl/curl.git GIT_TAG curl-7_88_1)",
    ].join("\n");
    expect(readCmake(cmake).map((r) => `${r.name} ${r.version ?? "-"}`)).toEqual(["openssl 1.1.1w", "openssl 1.1.1n", "curl 7.88.1"]);
    const workspace = 'git_repository(\n    name = "openssl",\n    remote = "https://github.com/openssl/openssl.git",\n    tag = "OpenSSL_1_1_1w",\n)\n';
    expect(readWorkspace(workspace).map((r) => `${r.name} ${r.version ?? "-"}`)).toEqual(["openssl 1.1.1w"]);
  });

  it("a tag after the project's name, one ending in a digit too (hdf5-1_14_3), and SQLite's version- tags, for both", () => {
    const cmake = [
      "FetchContent_Declare(mbedtls GIT_REPOSITORY https://github.com/Mbed-TLS/mbedtls.git GIT_TAG mbedtls-3.5.1)",
      "FetchContent_Declare(hdf5 GIT_REPOSITORY https://github.com/HDFGroup/hdf5.git GIT_TAG hdf5-1_14_3)",
      "FetchContent_Declare(sqlite GIT_REPOSITORY https://github.com/sqlite/sqlite.git GIT_TAG version-3.45.0)",
    ].join("\n");
    expect(readCmake(cmake).map((r) => `${r.name} ${r.version ?? "-"}`)).toEqual(["mbedtls 3.5.1", "hdf5 1.14.3", "sqlite 3.45.0"]);
    const module = [
      'bazel_dep(name = "mbedtls", version = "3.5.0")',
      'bazel_dep(name = "hdf5", version = "1.14.2")',
      'bazel_dep(name = "sqlite3", version = "3.44.0")',
      'git_override(module_name = "mbedtls", remote = "https://github.com/Mbed-TLS/mbedtls.git", tag = "mbedtls-3.5.1")',
      'git_override(module_name = "hdf5", remote = "https://github.com/HDFGroup/hdf5.git", tag = "hdf5-1_14_3")',
      'git_override(module_name = "sqlite3", remote = "https://github.com/sqlite/sqlite.git", tag = "version-3.45.0")',
    ].join("\n");
    expect(readModuleBazel(module).map((d) => `${d.name} ${d.version ?? "-"}`)).toEqual(["mbedtls 3.5.1", "hdf5 1.14.3", "sqlite3 3.45.0"]);
  });

  it("CMake reads any name before the release (the fetched repository's own prefix: LLVM's llvmorg-, Expat's R_); Bazel only the dependency's own, an archive or override often being a fork's", () => {
    const cmake = [
      "FetchContent_Declare(llvm GIT_REPOSITORY https://github.com/llvm/llvm-project.git GIT_TAG llvmorg-17.0.6)",
      "FetchContent_Declare(expat GIT_REPOSITORY https://github.com/libexpat/libexpat.git GIT_TAG R_2_5_0)",
    ].join("\n");
    expect(readCmake(cmake).map((r) => `${r.name} ${r.version ?? "-"}`)).toEqual(["llvm 17.0.6", "expat 2.5.0"]);
    const module = [
      'bazel_dep(name = "zlib", version = "1.3.1")',
      'git_override(module_name = "zlib", remote = "https://github.com/zlib-ng/zlib-ng.git", tag = "zlib-ng-2.1.6")',
    ].join("\n");
    expect(readModuleBazel(module).map((d) => `${d.name} ${d.version ?? "-"}`)).toEqual(["zlib -"]);
  });
});

describe("OpenSSL's letter release in the document", () => {
  it("is written as its numeric release, 1.1.1, as the site writes every release (numeric parts only), from a Bazel tag and a CMake fetch alike", async () => {
    const workspace = 'git_repository(\n    name = "openssl",\n    remote = "https://github.com/openssl/openssl.git",\n    tag = "OpenSSL_1_1_1w",\n)\n';
    expect(await namedToolVersions({ WORKSPACE: workspace }, ["OpenSSL"])).toEqual({ OpenSSL: "1.1.1" });
    const cmake = "cmake_minimum_required(VERSION 3.24)\nproject(proxy C)\ninclude(FetchContent)\nFetchContent_Declare(openssl GIT_REPOSITORY https://github.com/openssl/openssl.git GIT_TAG OpenSSL_1_1_1w)\n";
    expect(await namedToolVersions({ "CMakeLists.txt": cmake }, ["OpenSSL"])).toEqual({ OpenSSL: "1.1.1" });
  });
});
