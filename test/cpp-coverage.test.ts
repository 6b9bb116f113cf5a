import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readModuleBazel, readPythonToolchain } from "../detectors/cpp/bazel.js";
import { readCmake } from "../detectors/cpp/cmake.js";
import { releaseOfTag } from "../detectors/cpp/release-tag.js";

// The official names the site's tools (10 stacks or more) go by in C and C++ manifests: vcpkg ports,
// Conan Center references, CMake packages, pkg-config modules, linker names (Makefiles, qmake, CMake,
// Bazel BUILD files, Autotools), Bazel modules and the repository names WORKSPACE files bind, Arduino
// libraries (platformio.ini, library.json) and ESP-IDF components; and the releases these files give.

const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00", disable: ["languages"] };
const tools = (found: readonly ToolEntry[]) => found.map((t) => `${t.name} ${t.version ?? "-"} ${t.detection_source}${t.detection_source_url !== t.detection_source ? ` (${t.detection_source_url})` : ""}`);
const names = async (files: Record<string, string>) => (await scan(new MemorySource(files), options)).document.tools.map((t) => t.name).sort();

describe("C and C++ manifests: the names of the site's tools", () => {
  it("vcpkg ports and Conan references of clients, bindings and libraries", async () => {
    const vcpkg = JSON.stringify({
      name: "svc",
      dependencies: ["prometheus-cpp", "tensorflow-cc", "mysql-connector-cpp", "influxdb-cxx", "clickhouse-cpp", "msgpack", "avro-cpp", "python3", "pybind11", "sqlitecpp", "luajit", "cpr", "mosquitto"],
    });
    expect(await names({ "vcpkg.json": vcpkg })).toEqual(["Avro", "Clickhouse", "InfluxDB", "Lua", "MQTT", "MessagePack", "MySQL", "Prometheus", "Python", "SQLite", "TensorFlow", "cURL"].sort());
    const conan = "[requires]\ncpython/3.12.2\ncassandra-cpp-driver/2.17.1\nmsgpack-cxx/6.1.0\nprometheus-cpp/1.1.0\nsol2/3.3.1\n";
    expect(await names({ "conanfile.txt": conan })).toEqual(["Cassandra", "Conan", "Lua", "MessagePack", "Prometheus", "Python"]);
  });

  it("CMake packages: CMake's own find modules and the libraries' package configs", async () => {
    const cmake = [
      "find_package(Python3 3.10 REQUIRED COMPONENTS Interpreter Development)",
      "find_package(xgboost REQUIRED)",
      "find_package(Matlab COMPONENTS MX_LIBRARY)",
      "find_package(ImageMagick COMPONENTS Magick++)",
      "find_package(Parquet CONFIG REQUIRED)",
      "find_package(mongoc-1.0 1.24 REQUIRED)",
      "find_package(amqpcpp CONFIG REQUIRED)",
      "find_package(CppKafka REQUIRED)",
      "find_package(unofficial-sqlite3 CONFIG REQUIRED)",
      "find_package(Lua51 REQUIRED)",
      "find_package(prometheus-cpp CONFIG REQUIRED)",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "CMakeLists.txt": cmake }), options);
    expect(tools(document.tools)).toEqual([
      "Lua - CMakeLists.txt",
      "MATLAB - CMakeLists.txt",
      "Python 3.10 CMakeLists.txt",
      "Apache Parquet - CMakeLists.txt",
      "Kafka - CMakeLists.txt",
      "MongoDB - CMakeLists.txt",
      "RabbitMQ - CMakeLists.txt",
      "SQLite - CMakeLists.txt",
      "CMake - CMakeLists.txt",
      "Prometheus - CMakeLists.txt",
      "XGBoost - CMakeLists.txt",
      "ImageMagick - CMakeLists.txt",
    ]);
  });

  it("pkg-config modules (Meson's dependency() among them) and the libraries -l flags link", async () => {
    const meson = "project('p', 'cpp')\nlua = dependency('lua-5.4')\npy = dependency('python3-embed')\nmagick = dependency('Magick++')\nmq = dependency('libmosquitto')\nmc = dependency('libmemcached')\nrpp = dependency('redis++')\n";
    expect(await names({ "meson.build": meson })).toEqual(["ImageMagick", "Lua", "MQTT", "Memcached", "Python", "Redis"]);
    // With `method : 'cmake'` Meson asks CMake for the package, by CMake's name.
    const viaCmake = "project('p', 'cpp')\nocv = dependency('OpenCV', method : 'cmake', modules : ['opencv_core'])\nmx = dependency('Matlab',\n  method : 'cmake')\ngrpc = dependency('gRPC', method : 'pkg-config')\n";
    expect(await names({ "meson.build": viaCmake })).toEqual(["MATLAB", "OpenCV"]);
    // The modules a make variable lists, and pkg-config called through $(PKG_CONFIG).
    const viaVariables = [
      "PKG_CONFIG ?= pkg-config",
      "PKGS = libcurl \\",
      "       libmosquitto",
      "PKGS += python3-embed",
      "OTHER = libpq",
      "CFLAGS += $(shell $(PKG_CONFIG) --cflags $(PKGS))",
      "LDLIBS += $(shell $(PKG_CONFIG) --libs $(PKGS)) `$(PKG_CONFIG) --libs hiredis`",
    ].join("\n");
    expect(await names({ Makefile: viaVariables })).toEqual(["MQTT", "Python", "Redis", "cURL"]);
    // A qmake project's LIBS (under a scope too) and PKGCONFIG; ProGuard's rules stay silent.
    const pro = [
      "QT += core gui sql",
      "TEMPLATE = app",
      "CONFIG += c++17 link_pkgconfig",
      "PKGCONFIG += opencv4 \\",
      "    libmosquitto",
      "LIBS += -L/usr/local/lib -lcurl",
      "unix:!macx: LIBS += -lpq",
      "win32 {",
      "    LIBS += -lopengl32",
      "}",
      "# LIBS += -lhiredis",
    ].join("\n");
    expect(await names({ "app.pro": pro, "android/proguard-rules.pro": "-keep class x.** { *; }\n-dontwarn -lcurl\n" })).toEqual(["MQTT", "OpenCV", "OpenGL", "PostgreSQL", "Qt", "cURL"]);
    expect(await names({ "app.pro": "TEMPLATE = subdirs\ninclude(deps.pri)\n", "deps.pri": "LIBS += -lhiredis -lsqlite3\n" })).toEqual(["Qt", "Redis", "SQLite"]);
    // CMake: find_library's names and the system libraries target_link_libraries links by name; the
    // project's own targets (add_library(crypto ...)), imported targets and variables are no system library.
    const cmake = [
      "find_library(WIRINGPI_LIB wiringPi REQUIRED)",
      "find_library(PQ_LIB NAMES libpq pq HINTS /usr/lib/postgresql)",
      "add_subdirectory(src)",
      "target_link_libraries(gateway PRIVATE crypto ${WIRINGPI_LIB} Threads::Threads hiredis -lmosquitto $<$<PLATFORM_ID:Windows>:ws2_32>)",
      "link_libraries(sqlite3)",
    ].join("\n");
    expect(await names({ "CMakeLists.txt": cmake, "src/CMakeLists.txt": "add_library(crypto STATIC aes.c)\nadd_executable(gateway main.c)\n" })).toEqual(["CMake", "MQTT", "PostgreSQL", "Raspberry Pi", "Redis", "SQLite"]);
    // Autotools: configure.ac's pkg-config and library checks, Makefile.am's -l flags.
    const configure = [
      "AC_INIT([sensord], [1.2.0])",
      "AM_INIT_AUTOMAKE([foreign])",
      "PKG_CHECK_MODULES([CURL], [libcurl >= 7.68 libmosquitto])",
      "PKG_CHECK_MODULES(SSL, openssl >= 1.1)",
      "AC_CHECK_LIB([pq], [PQconnectdb], [], [AC_MSG_ERROR([libpq missing])])",
      "AC_SEARCH_LIBS([sqlite3_open], [sqlite3])",
      "dnl AC_CHECK_LIB([hiredis], [redisConnect])",
      "AC_OUTPUT",
    ].join("\n");
    const am = "bin_PROGRAMS = sensord\nsensord_SOURCES = main.c\nsensord_LDADD = -lwiringPi $(CURL_LIBS)\n";
    expect(await names({ "configure.ac": configure, "Makefile.am": am })).toEqual(["MQTT", "OpenSSL", "PostgreSQL", "Raspberry Pi", "SQLite", "cURL"]);
    // Bazel: the system libraries a BUILD file's rules link.
    const build = 'cc_binary(\n    name = "sensor",\n    srcs = ["main.cc"],\n    linkopts = ["-lpthread", "-lpq"] + select({\n        "//conditions:default": ["-lwiringPi"],\n    }),\n)\n# linkopts = ["-lhiredis"]\n';
    expect(await names({ "BUILD.bazel": build })).toEqual(["Bazel", "PostgreSQL", "Raspberry Pi"]);
    const make = "LDLIBS = -lwiringPi -lpaho-mqtt3as -lcassandra -lthrift -lrocksdb -lleveldb -lswscale -lcudart -ltensorflow -ltorch -lc10 -lpython3.12 -lmysqlcppconn8 -lgrpc -lavro\n";
    expect(await names({ Makefile: make })).toEqual(
      ["Apache Thrift", "Avro", "CUDA", "Cassandra", "FFMPEG", "LevelDB", "MQTT", "MySQL", "Python", "PyTorch", "Raspberry Pi", "RocksDB", "TensorFlow", "gRPC"].sort(),
    );
  });

  it("Bazel modules and WORKSPACE repositories: rules and clients without their own releases, TensorFlow at its archive's", async () => {
    const module = ['bazel_dep(name = "rules_python", version = "0.31.0")', 'bazel_dep(name = "rules_proto", version = "6.0.0")', 'bazel_dep(name = "prometheus-cpp", version = "1.2.4")'].join("\n");
    const { document } = await scan(new MemorySource({ "MODULE.bazel": module }), options);
    expect(tools(document.tools)).toEqual(["Python - MODULE.bazel", "Protobuf - MODULE.bazel", "Bazel - MODULE.bazel", "Prometheus - MODULE.bazel"]);
    const workspace = [
      'http_archive(name = "org_tensorflow", strip_prefix = "tensorflow-2.15.0", urls = ["https://github.com/tensorflow/tensorflow/archive/v2.15.0.tar.gz"])',
      'http_archive(name = "com_github_jupp0r_prometheus_cpp", strip_prefix = "prometheus-cpp-1.2.4", urls = ["https://github.com/jupp0r/prometheus-cpp/archive/v1.2.4.zip"])',
    ].join("\n");
    const ws = await scan(new MemorySource({ WORKSPACE: workspace }), options);
    expect(tools(ws.document.tools)).toEqual(["Bazel - WORKSPACE", "Prometheus - WORKSPACE", "TensorFlow 2.15.0 WORKSPACE"]);
  });
  it("Arduino libraries of hosted services: Telegram's Bot API, Azure IoT Hub, PubNub", async () => {
    const ini = "[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nlib_deps =\n    witnessmenow/UniversalTelegramBot @ ^1.3.0\n    bblanchon/ArduinoJson @ ^6.21.5\n    AzureIoTHub\n    pubnub/Pubnub @ 3.2.0\n";
    expect(await names({ "platformio.ini": ini })).toEqual(["Arduino", "Azure IoT Hub", "ESP32", "PlatformIO", "PubNub", "Telegram Bot API"]);
  });

  it("a PlatformIO library's library.json: its frameworks, platforms and dependencies (either form); another tool's library.json names nothing", async () => {
    const manifest = JSON.stringify({
      name: "WeatherNode",
      version: "1.4.0",
      frameworks: ["arduino"],
      platforms: "espressif32, espressif8266",
      dependencies: [{ owner: "knolleary", name: "PubSubClient", version: "^2.8" }, { name: "ArduinoJson", version: "^7.0.0" }],
    });
    expect(await names({ "library.json": manifest, "src/WeatherNode.cpp": "" })).toEqual(["Arduino", "ESP32", "MQTT"]);
    const map = JSON.stringify({ name: "x", frameworks: "*", dependencies: { "tobiasschuerg/ESP8266 Influxdb": "^3.13.1" } });
    expect(await names({ "library.json": map })).toEqual(["InfluxDB"]);
    expect(await names({ "library.json": JSON.stringify({ name: "books", dependencies: [{ name: "PubSubClient" }] }) })).toEqual([]);
  });

  it("a platformio.ini's test_framework: GoogleTest is Google Test, Unity (ThrowTheSwitch's C framework) no game engine", async () => {
    const ini = "[env:native]\nplatform = native\ntest_framework = googletest\n\n[env:uno]\nplatform = atmelavr\nboard = uno\nframework = arduino\ntest_framework = unity ; the default\n";
    expect(await names({ "platformio.ini": ini })).toEqual(["Arduino", "Google Test", "PlatformIO"]);
  });

  it("an ESP-IDF component requiring ESP-IDF's MQTT client shows MQTT; the component manager's downloads are not the project's", async () => {
    const files = {
      "CMakeLists.txt": "cmake_minimum_required(VERSION 3.16)\ninclude($ENV{IDF_PATH}/tools/cmake/project.cmake)\nproject(station)\n",
      "main/CMakeLists.txt": 'idf_component_register(SRCS "main.c" INCLUDE_DIRS "."\n    REQUIRES "mqtt" nvs_flash\n    PRIV_REQUIRES esp_wifi)\n',
      "sdkconfig.defaults": 'CONFIG_IDF_TARGET="esp32c3"\n',
      "managed_components/espressif__esp-sr/CMakeLists.txt": "find_package(OpenSSL REQUIRED)\n",
    };
    expect(await names(files)).toEqual(["CMake", "ESP32", "MQTT"]);
    // Arduino's core as a registry component
    const manifest = 'dependencies:\n  idf: ">=5.1"\n  espressif/arduino-esp32: "^3.0.2"\n  espressif/led_strip: "^2.5.3"\n';
    expect(await names({ ...files, "main/idf_component.yml": manifest })).toEqual(["Arduino", "CMake", "ESP32", "MQTT"]);
    // ESP-IDF 6 takes ESP-MQTT from the registry
    expect(await names({ "main/idf_component.yml": 'dependencies:\n  idf: ">=6.0"\n  espressif/mqtt: "^1.0.0"\n' })).toEqual(["ESP32", "MQTT"]);
    expect(readCmake('idf_component_register(SRCS "a.c" REQUIRES ${deps} PRIV_REQUIRES mqtt)').map((r) => `${r.kind}:${r.name}`)).toEqual(["esp-idf-component:mqtt"]);
  });
});

describe("C and C++ manifests: releases", () => {
  it("xmake.lua: a `3.11.x` requirement is its lowest release; a bare `3.x` names none", async () => {
    const { document } = await scan(new MemorySource({ "xmake.lua": 'add_requires("python 3.11.x", {kind = "binary"})\nadd_requires("lua 5.x")\ntarget("t")\n' }), options);
    expect(tools(document.tools)).toEqual(["Lua - xmake.lua", "Python 3.11 xmake.lua"]);
  });

  it("a find_package floor yields to the release the project's conan.lock or vcpkg.json gives the package", async () => {
    const cmake = "project(svc CXX)\nfind_package(Boost 1.80 REQUIRED COMPONENTS system)\nfind_package(Lua 5.4 REQUIRED)\nfind_package(OpenSSL 3.0 REQUIRED)\n";
    const conan = "from conan import ConanFile\n\nclass Svc(ConanFile):\n    requires = \"boost/[>=1.80 <2]\"\n";
    const lock = JSON.stringify({ version: "0.5", requires: ["boost/1.84.0#d5e6f7a8b9c0d1e2%1705000000.0"] });
    const vcpkg = JSON.stringify({ name: "svc", dependencies: [{ name: "lua", "version>=": "5.4.6" }, "openssl"] });
    const { document } = await scan(new MemorySource({ "CMakeLists.txt": cmake, "src/CMakeLists.txt": cmake, "conanfile.py": conan, "conan.lock": lock, "vcpkg.json": vcpkg }), options);
    expect(tools(document.tools)).toEqual([
      "Boost 1.84.0 conanfile.py (conan.lock)",
      "Lua 5.4.6 vcpkg.json",
      "CMake - CMakeLists.txt",
      "Conan - conanfile.py",
      // vcpkg.json names openssl without a release: the floor is all there is
      "OpenSSL 3.0 CMakeLists.txt",
    ]);
    // vcpkg's one port per Boost library and Qt's base module count as Boost and Qt
    const ports = JSON.stringify({ name: "app", dependencies: ["qtbase", "boost-system"], overrides: [{ name: "qtbase", version: "6.6.1" }, { name: "boost-system", version: "1.84.0" }] });
    const split = await scan(new MemorySource({ "CMakeLists.txt": "find_package(Qt6 6.5 REQUIRED COMPONENTS Widgets)\nfind_package(Boost 1.80 REQUIRED COMPONENTS system)\n", "vcpkg.json": ports }), options);
    expect(tools(split.document.tools)).toEqual(["Boost 1.84.0 vcpkg.json", "Qt 6.6.1 vcpkg.json", "CMake - CMakeLists.txt"]);
    // Without a package manager's release the floor stays.
    const alone = await scan(new MemorySource({ "CMakeLists.txt": cmake }), options);
    expect(tools(alone.document.tools)).toContain("Boost 1.80 CMakeLists.txt");
    // A manifest's floor below CMake's does not lower it; an unlocked Conan range's lowest is a floor too.
    const lower = JSON.stringify({ name: "svc", dependencies: [{ name: "lua", "version>=": "5.1" }] });
    const ranges = "[requires]\nboost/[>=1.74 <2]\nopenssl/[>=3.1 <4]\n";
    const floors = await scan(new MemorySource({ "CMakeLists.txt": cmake, "vcpkg.json": lower, "conanfile.txt": ranges }), options);
    expect(tools(floors.document.tools)).toEqual(["Boost 1.80 CMakeLists.txt", "Lua 5.4 CMakeLists.txt", "CMake - CMakeLists.txt", "Conan - conanfile.txt", "OpenSSL 3.1 conanfile.txt"]);
  });

  it("Apache Avro's own C and C++ ports carry Avro's release (a dated snapshot none); msgpack-c's releases stay its own under every package name", async () => {
    // avro-c and avro-cpp are released with Apache Avro (1.12.1 of both), as org.apache.avro:avro is
    const vcpkg = JSON.stringify({ name: "codec", dependencies: ["avro-cpp", "avro-c", "msgpack"], overrides: [{ name: "avro-cpp", version: "1.12.1" }, { name: "avro-c", version: "1.12.1" }, { name: "msgpack", version: "6.1.0" }] });
    const { document } = await scan(new MemorySource({ "vcpkg.json": vcpkg }), options);
    expect(tools(document.tools)).toEqual(["Avro 1.12.1 vcpkg.json", "MessagePack - vcpkg.json"]);
    // vcpkg's avro-cpp built commits of 2021 and 2022 (`version-date`): a snapshot's day is no release
    const snapshot = JSON.stringify({ name: "codec", dependencies: ["avro-cpp"], overrides: [{ name: "avro-cpp", "version-date": "2022-11-07", "port-version": 1 }] });
    const dated = await scan(new MemorySource({ "vcpkg.json": snapshot }), options);
    expect(tools(dated.document.tools)).toEqual(["Avro - vcpkg.json"]);
    // msgpack-c's C package config before 6.x (msgpackc, 5.x) and before the renames (msgpack, 3.x)
    for (const name of ["msgpackc 5.0", "msgpack 3.3"]) {
      const cmake = await scan(new MemorySource({ "CMakeLists.txt": `find_package(${name} CONFIG REQUIRED)\n` }), options);
      expect(tools(cmake.document.tools)).toEqual(["MessagePack - CMakeLists.txt", "CMake - CMakeLists.txt"]);
    }
  });

  it("CPM's URI keyword, cURL's underscored tags and an archive's own name give releases", () => {
    const text = [
      'CPMAddPackage(URI "gh:nlohmann/json@3.11.3" OPTIONS "JSON_BuildTests OFF")',
      'CPMAddPackage(URI "gh:catchorg/Catch2#v3.5.2" EXCLUDE_FROM_ALL YES)',
      "FetchContent_Declare(curl GIT_REPOSITORY https://github.com/curl/curl.git GIT_TAG curl-8_6_0)",
      "FetchContent_Declare(lua URL https://www.lua.org/ftp/lua-5.4.6.tar.gz)",
      "FetchContent_Declare(sqlite3 URL https://www.sqlite.org/2024/sqlite-amalgamation-3450100.zip)",
      "FetchContent_Declare(json URL https://github.com/nlohmann/json/releases/download/v3.11.3/json.tar.xz)",
    ].join("\n");
    expect(readCmake(text).map((r) => `${r.name} ${r.version ?? "-"}`)).toEqual(["json 3.11.3", "Catch2 3.5.2", "curl 8.6.0", "lua 5.4.6", "sqlite3 -", "json 3.11.3"]);
    expect(releaseOfTag("curl-8_6_0")).toBe("8.6.0");
    expect(releaseOfTag("OpenSSL_1_1_1w")).toBe("1.1.1w");
    expect(releaseOfTag("a1b2c3d4e5f6")).toBeUndefined();
  });

  it("WORKSPACE: maybe(http_archive, ...), new_git_repository and the .bzl files it loads its dependencies from; a MODULE.bazel's use_repo_rule archives", async () => {
    const workspace = 'workspace(name = "svc")\nload("//bazel:deps.bzl", "svc_deps")\nsvc_deps()\n';
    const deps = [
      'load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")',
      'load("@bazel_tools//tools/build_defs/repo:utils.bzl", "maybe")',
      "",
      "def svc_deps():",
      "    maybe(",
      "        http_archive,",
      '        name = "com_google_googletest",',
      '        strip_prefix = "googletest-1.14.0",',
      '        urls = ["https://github.com/google/googletest/archive/refs/tags/v1.14.0.tar.gz"],',
      "    )",
      "    new_git_repository(",
      '        name = "com_github_grpc_grpc",',
      '        remote = "https://github.com/grpc/grpc.git",',
      '        tag = "v1.62.1",',
      '        build_file = "//third_party:grpc.BUILD",',
      "    )",
      "",
      "def _archive(name, url):",
      "    http_archive(name = name, urls = [url])",
    ].join("\n");
    const { document } = await scan(new MemorySource({ WORKSPACE: workspace, "bazel/deps.bzl": deps }), options);
    expect(tools(document.tools)).toEqual(["gRPC 1.62.1 bazel/deps.bzl", "Bazel - WORKSPACE", "Google Test 1.14.0 bazel/deps.bzl"]);
    const module = [
      'bazel_dep(name = "rules_cc", version = "0.0.9")',
      'http_archive = use_repo_rule("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")',
      'http_archive(name = "org_tensorflow", strip_prefix = "tensorflow-2.16.1", urls = ["https://github.com/tensorflow/tensorflow/archive/v2.16.1.tar.gz"])',
    ].join("\n");
    const bzlmod = await scan(new MemorySource({ "MODULE.bazel": module }), options);
    expect(tools(bzlmod.document.tools)).toEqual(["Bazel - MODULE.bazel", "TensorFlow 2.16.1 MODULE.bazel"]);
  });

  it("WORKSPACE: Boost, curl and OpenSSL by the names their archives are bound to, at the release after each one's own name (curl's underscored tag, Boost's archive folder)", async () => {
    const deps = [
      'load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")',
      "",
      "def third_party_deps():",
      "    http_archive(",
      '        name = "boost",',
      '        build_file = "@com_github_nelhage_rules_boost//:BUILD.boost",',
      '        strip_prefix = "boost_1_81_0",',
      '        urls = ["https://boostorg.jfrog.io/artifactory/main/release/1.81.0/source/boost_1_81_0.tar.gz"],',
      "    )",
      "    http_archive(",
      '        name = "com_github_curl_curl",',
      '        urls = ["https://github.com/curl/curl/archive/curl-7_69_1.tar.gz"],',
      '        strip_prefix = "curl-curl-7_69_1",',
      '        build_file = "//third_party:curl.BUILD",',
      "    )",
      "    http_archive(",
      '        name = "openssl",',
      '        strip_prefix = "openssl-openssl-3.0.3/",',
      '        urls = ["https://github.com/openssl/openssl/archive/refs/tags/openssl-3.0.3.tar.gz"],',
      '        build_file = "//third_party:openssl.BUILD",',
      "    )",
    ].join("\n");
    const workspace = 'workspace(name = "gateway")\nload("//bazel:deps.bzl", "third_party_deps")\nthird_party_deps()\n';
    const { document } = await scan(new MemorySource({ WORKSPACE: workspace, "bazel/deps.bzl": deps }), options);
    expect(tools(document.tools)).toEqual(["Boost 1.81.0 bazel/deps.bzl", "Bazel - WORKSPACE", "OpenSSL 3.0.3 bazel/deps.bzl", "cURL 7.69.1 bazel/deps.bzl"]);
  });

  it("MODULE.bazel: the root module's overrides decide a module's release (a single_version_override's, an archive's, none for a commit or a local folder); rules_python's toolchain is the Python built with", async () => {
    const module = [
      'bazel_dep(name = "protobuf", version = "26.0.bcr.1", repo_name = "com_google_protobuf")',
      'bazel_dep(name = "grpc", version = "1.62.1")',
      'bazel_dep(name = "rules_python", version = "0.31.0")',
      "single_version_override(",
      '    module_name = "protobuf",',
      '    version = "27.0",',
      ")",
      'python = use_extension("@rules_python//python/extensions:python.bzl", "python")',
      'python.toolchain(python_version = "3.10")',
      'python.toolchain(python_version = "3.11", is_default = True)',
    ].join("\n");
    expect(readModuleBazel(module).map((d) => `${d.name} ${d.declared} ${d.version}`)).toEqual(["protobuf 27.0 27.0", "grpc 1.62.1 1.62.1", "rules_python 0.31.0 0.31.0"]);
    expect(readPythonToolchain(module)).toEqual({ version: "3.11", line: 10 });
    // A module built from a commit or a local folder has no release; an archive's names its own.
    const overridden = [
      'bazel_dep(name = "grpc", version = "1.62.1")',
      'bazel_dep(name = "googletest", version = "1.14.0")',
      'bazel_dep(name = "openssl", version = "3.3.1.bcr.1")',
      'bazel_dep(name = "curl", version = "8.7.1")',
      'git_override(module_name = "grpc", remote = "https://github.com/grpc/grpc.git", commit = "2a3a6f8c0b1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f")',
      'archive_override(module_name = "googletest", urls = ["https://github.com/google/googletest/archive/refs/tags/v1.15.2.tar.gz"], strip_prefix = "googletest-1.15.2")',
      'local_path_override(module_name = "openssl", path = "../openssl")',
      'git_override(module_name = "curl", remote = "https://github.com/curl/curl.git", tag = "v8.8.0")',
    ].join("\n");
    expect(readModuleBazel(overridden).map((d) => `${d.name} ${d.version ?? "-"}`)).toEqual(["grpc -", "googletest 1.15.2", "openssl -", "curl 8.8.0"]);
    expect(readPythonToolchain('python.toolchain(python_version = "3.12")\n')).toEqual({ version: "3.12", line: 1 });
    // A WORKSPACE registers rules_python's interpreter by a call of its own.
    const workspace = 'load("@rules_python//python:repositories.bzl", "python_register_toolchains")\n\npython_register_toolchains(\n    name = "python3_11",\n    python_version = "3.11.8",\n)\n';
    const ws = await scan(new MemorySource({ WORKSPACE: workspace }), options);
    expect(tools(ws.document.tools)).toEqual(["Python 3.11.8 WORKSPACE", "Bazel - WORKSPACE"]);
    const { document } = await scan(new MemorySource({ "MODULE.bazel": module }), options);
    expect(tools(document.tools)).toEqual(["Python 3.11 MODULE.bazel", "Protobuf 27.0 MODULE.bazel", "gRPC 1.62.1 MODULE.bazel", "Bazel - MODULE.bazel"]);
  });
});
